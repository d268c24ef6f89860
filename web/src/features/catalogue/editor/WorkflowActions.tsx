import { BodyShort, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { useTransition } from '../api';
import { editorTexts } from '../texts/editor';
import { labelOf, TRANSITION_LABELS } from '../texts/vocabulary';
import type { EntryView, Transition } from '../types';

/**
 * The workflow buttons the entry's state allows. Each carries the version shown, so nothing is
 * published unread; publishing is offered only to an editor who wrote none of the changes (the
 * server decides and says why otherwise).
 */
export function WorkflowActions({ entry, dirty }: { entry: EntryView; dirty: boolean }) {
  const t = useTexts(editorTexts);
  const lang = useLang();
  const transition = useTransition(entry.id);
  const [note, setNote] = useState('');
  const run = (action: Transition) => transition.mutate({ action, version: entry.workingVersion, ...(action === 'return' && note.trim() ? { note: note.trim() } : {}) }, { onSuccess: () => setNote('') });
  return (
    <Section title={t.actions}>
      <VStack gap="space-12" data-testid="workflow-actions">
        {entry.allowedTransitions.includes('publish') && !entry.mayPublish && <BodyShort>{t.mayNotPublish}</BodyShort>}
        {entry.allowedTransitions.includes('return') && <Textarea label={t.returnNote} value={note} onChange={(e) => setNote(e.target.value)} minRows={2} maxLength={2000} />}
        <HStack gap="space-8" wrap>
          {entry.allowedTransitions.map((action) => (
            <Button
              key={action}
              type="button"
              size="small"
              variant={action === 'publish' || action === 'submit' ? 'primary' : action === 'archive' ? 'danger' : 'secondary'}
              disabled={dirty || transition.isPending || (action === 'publish' && !entry.mayPublish)}
              loading={transition.isPending && transition.variables?.action === action}
              onClick={() => run(action)}
            >
              {labelOf(TRANSITION_LABELS, action, lang)}
            </Button>
          ))}
        </HStack>
        {transition.isError && <ApiErrorAlert error={transition.error} />}
      </VStack>
    </Section>
  );
}
