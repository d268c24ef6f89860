import { Alert, Button, Checkbox, CheckboxGroup, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useAccept, useMarkReady, useSetThemes } from '../api';
import { THEMES } from '../fields';
import { caseTexts } from '../texts';
import type { BodyDetail, Submission } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { ForwardForm, MergeForm, OutcomeForm, RejectForm } from './TriageForms';

type Mode = 'reject' | 'forward' | 'merge' | null;

const DISCUSSABLE = new Set(['accepted', 'in_assessment', 'assessed']);
const OPEN = new Set(['received', 'accepted', 'in_assessment', 'assessed', 'forwarded']);

/** The leader's and secretary's actions on a case: accept, reject, forward, merge; themes, meeting list, outcome. */
export function TriagePanel({ submission, body }: { submission: Submission; body: BodyDetail }) {
  const t = useTexts(caseTexts);
  const v = useForumVocabulary();
  const accept = useAccept();
  const ready = useMarkReady();
  const setThemes = useSetThemes();
  const [mode, setMode] = useState<Mode>(null);
  const [themes, setThemesValue] = useState<string[]>(submission.themes);
  const [themesSaved, setThemesSaved] = useState(false);
  const own = submission.ownStatus ?? submission.status;
  const error = accept.error ?? ready.error ?? setThemes.error;

  return (
    <VStack gap="space-24" className="forums-form" data-testid="triage">
      {own === 'received' && (
        <HStack gap="space-12">
          <Button onClick={() => accept.mutate(submission.id)} loading={accept.isPending} data-testid="accept-case">
            {t.accept}
          </Button>
          <Button variant="secondary" onClick={() => setMode(mode === 'forward' ? null : 'forward')} aria-expanded={mode === 'forward'}>
            {t.forward}
          </Button>
          <Button variant="secondary" onClick={() => setMode(mode === 'merge' ? null : 'merge')} aria-expanded={mode === 'merge'}>
            {t.merge}
          </Button>
          <Button variant="danger" onClick={() => setMode(mode === 'reject' ? null : 'reject')} aria-expanded={mode === 'reject'}>
            {t.reject}
          </Button>
        </HStack>
      )}
      {mode === 'reject' && <RejectForm submissionId={submission.id} onDone={() => setMode(null)} />}
      {mode === 'forward' && <ForwardForm submissionId={submission.id} onDone={() => setMode(null)} />}
      {mode === 'merge' && <MergeForm submission={submission} bodyId={body.id} onDone={() => setMode(null)} />}
      {DISCUSSABLE.has(own) && (
        <div>
          <Button variant="secondary" onClick={() => ready.mutate({ id: submission.id, ready: !submission.readyForMeeting })} loading={ready.isPending}>
            {submission.readyForMeeting ? t.notReady : t.markReady}
          </Button>
        </div>
      )}
      {OPEN.has(own) && (
        <VStack gap="space-8">
          <CheckboxGroup legend={t.editThemes} value={themes} onChange={(value: string[]) => { setThemesValue(value); setThemesSaved(false); }} size="small">
            {THEMES.map((theme) => (
              <Checkbox key={theme} value={theme}>
                {v.theme(theme)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <div>
            <Button size="small" variant="secondary" onClick={() => setThemes.mutate({ id: submission.id, themes }, { onSuccess: () => setThemesSaved(true) })} loading={setThemes.isPending}>
              {t.saveThemes}
            </Button>
          </div>
          {themesSaved && <Alert variant="success" size="small" inline role="status">{t.done}</Alert>}
        </VStack>
      )}
      {own !== 'merged' && own !== 'rejected' && <OutcomeForm submission={submission} />}
      {Boolean(error) && <ApiErrorAlert error={error} />}
    </VStack>
  );
}
