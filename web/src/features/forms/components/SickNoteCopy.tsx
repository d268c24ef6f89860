import { ClipboardIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { fetchSickNoteText } from '../api';
import { formTexts } from '../texts';

type Outcome = { kind: 'copied'; truncated: boolean } | { kind: 'manual'; text: string } | { kind: 'empty' } | { kind: 'error'; error: unknown };

/**
 * The GP's one action: the form's text for the sick note (the function fields from "Funksjon i
 * arbeid", the employer-visible part from the job list) is fetched and put on the clipboard. When
 * the browser refuses the clipboard, the text is shown to be copied by hand.
 */
export function SickNoteCopy({ formId }: { formId: string }) {
  const t = useTexts(formTexts);
  const descriptionId = useId();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const take = async () => {
    setPending(true);
    setOutcome(null);
    try {
      const answer = await fetchSickNoteText(formId);
      const text = [answer.function, answer.job].filter((part): part is string => Boolean(part && part.trim())).join('\n\n');
      if (!text) return setOutcome({ kind: 'empty' });
      try {
        await navigator.clipboard.writeText(text);
        setOutcome({ kind: 'copied', truncated: answer.truncated });
      } catch {
        setOutcome({ kind: 'manual', text });
      }
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setPending(false);
    }
  };
  return (
    <VStack gap="space-12" align="start" data-testid="sick-note-copy">
      <BodyShort id={descriptionId}>{t.toSickNoteDescription}</BodyShort>
      <Button type="button" variant="secondary" icon={<ClipboardIcon aria-hidden />} onClick={() => void take()} loading={pending} aria-describedby={descriptionId}>
        {t.toSickNote}
      </Button>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="sick-note-copy-status">
        {outcome?.kind === 'copied' && (
          <Alert variant="success" size="small">
            {outcome.truncated ? t.copiedTruncated : t.copied}
          </Alert>
        )}
        {outcome?.kind === 'manual' && (
          <Alert variant="warning" size="small">
            {t.copyFailed}
          </Alert>
        )}
        {outcome?.kind === 'empty' && (
          <Alert variant="info" size="small">
            {t.noText}
          </Alert>
        )}
      </div>
      {outcome?.kind === 'manual' && <Textarea label={t.copyText} value={outcome.text} readOnly minRows={6} className="forms-narrow" />}
      {outcome?.kind === 'error' && <ApiErrorAlert error={outcome.error} size="small" />}
    </VStack>
  );
}
