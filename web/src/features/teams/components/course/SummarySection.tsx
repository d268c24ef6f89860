import { BodyLong, BodyShort, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../../api/errors';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { Section } from '../../../../shared/components/Section';
import { formatDateTime } from '../../../../shared/format';
import { usePendingFocus } from '../../../directory-admin/usePendingFocus';
import { useSaveSummary } from '../../api';
import { courseTexts } from '../../texts';
import type { CourseView } from '../../types';

const SUMMARY_MAX = 8000;

/** The one shared summary everyone on the course reads, so the person does not tell their story again. */
export function SummarySection({ course, canEdit, onStatus }: { course: CourseView; canEdit: boolean; onStatus: (message: string) => void }) {
  const t = useTexts(courseTexts);
  const lang = useLang();
  const save = useSaveSummary(course.id);
  const summary = course.summary;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [basedOn, setBasedOn] = useState<string | null>(null);
  // Someone else saved meanwhile: their text is shown beside the user's, and the next save is over theirs.
  const [theirs, setTheirs] = useState<{ text: string; updatedByName: string | null } | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const focusLater = usePendingFocus();
  if (!summary) return null;

  const open = () => {
    setText(summary.text);
    setError(undefined);
    setBasedOn(summary.updatedAt);
    setTheirs(null);
    setEditing(true);
    focusLater(() => field.current);
  };
  const close = () => {
    setEditing(false);
    focusLater(() => editButton.current);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.length > SUMMARY_MAX) return setError(t.tooLong(SUMMARY_MAX));
    // The summary it was based on: a change by someone else since is refused, not overwritten.
    save.mutate(
      { text: text.trim(), basedOn },
      {
        onSuccess: () => {
          onStatus(t.summarySaved);
          close();
        },
        onError: (failure) => {
          const current = isApiError(failure) && failure.code === 'TEAM_SUMMARY_CONFLICT' ? (failure.details as { current?: { text: string; updatedAt: string | null; updatedByName: string | null } } | undefined)?.current : undefined;
          if (!current) return;
          setBasedOn(current.updatedAt);
          setTheirs({ text: current.text, updatedByName: current.updatedByName });
        },
      },
    );
  };

  return (
    <Section title={t.summary}>
      <BodyShort size="small" className="teams-subtle">
        {t.summaryIntro}
      </BodyShort>
      {editing ? (
        <form onSubmit={submit} noValidate className="teams-form">
          <VStack gap="space-12">
            <Textarea ref={field} label={t.summaryLabel} value={text} onChange={(e) => setText(e.target.value)} error={error} maxLength={SUMMARY_MAX} minRows={6} data-testid="summary-input" />
            {save.isError && <ApiErrorAlert error={save.error} size="small" />}
            {theirs && (
              <VStack gap="space-4" className="teams-subgroup">
                <BodyShort weight="semibold">{t.summaryTheirs(theirs.updatedByName ?? '')}</BodyShort>
                <BodyLong className="teams-text">{theirs.text}</BodyLong>
              </VStack>
            )}
            <HStack gap="space-8">
              <Button type="submit" size="small" loading={save.isPending}>
                {t.save}
              </Button>
              <Button type="button" size="small" variant="secondary" onClick={close} disabled={save.isPending}>
                {t.cancel}
              </Button>
            </HStack>
          </VStack>
        </form>
      ) : (
        <VStack gap="space-8" align="start">
          <BodyLong className={summary.text ? 'teams-text' : 'teams-text teams-subtle'} data-testid="course-summary">
            {summary.text || t.summaryEmpty}
          </BodyLong>
          {summary.updatedAt && summary.updatedByName && (
            <BodyShort size="small" className="teams-subtle">
              {t.summaryUpdated(summary.updatedByName, formatDateTime(summary.updatedAt, lang))}
            </BodyShort>
          )}
          {canEdit && (
            <Button ref={editButton} type="button" size="small" variant="secondary" onClick={open}>
              {t.editSummary}
            </Button>
          )}
        </VStack>
      )}
    </Section>
  );
}
