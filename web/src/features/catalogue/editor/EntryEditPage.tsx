import { Alert, BodyShort, Button, HStack, Tag, TextField, VStack } from '@navikt/ds-react';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { entryPath, useEditorEntry, useSaveEntry } from '../api';
import { KindTag } from '../components/KindTag';
import { editorTexts } from '../texts/editor';
import { ENTRY_STATUS_LABELS, labelOf } from '../texts/vocabulary';
import type { AnyContent, EditConflict, EntryView, PublishProblem } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';
import { ConflictAlert } from './ConflictAlert';
import { ContentForm } from './ContentForm';
import { cleaned } from './fields';
import { VersionHistory } from './VersionHistory';
import { WorkflowActions } from './WorkflowActions';

/** `/kunnskap/redaksjon/:id`: the edit form, what stops publishing, the workflow and the history. */
export function EntryEditPage() {
  const { id = '' } = useParams();
  const entry = useEditorEntry(id);
  if (entry.isPending) return <LoadingState />;
  if (entry.isError) return <ApiErrorAlert error={entry.error} />;
  // A new working version (saved here or by someone else and reloaded) starts the form afresh.
  return <Editor key={entry.data.workingVersion} entry={entry.data} onReload={() => void entry.refetch()} />;
}

/** The problems by field path for the inputs, and as sentences for the summary. */
function useProblemTexts(problems: PublishProblem[]) {
  const t = useTexts(editorTexts);
  const v = useCatalogueVocabulary();
  return useMemo(() => {
    const byField = new Map<string, string>();
    const sentences: string[] = [];
    for (const problem of problems) {
      if (problem.code === 'CATALOGUE_REQUIRED_FIELDS_MISSING') {
        problem.fields.forEach((f) => byField.set(f, t.problemMissing));
        sentences.push(t.problemMissingList(problem.fields.map((f) => v.field(f)).join(', ')));
      } else if (problem.code === 'CATALOGUE_NUMBER_NOT_POSITIVE') {
        byField.set('sites', t.problemNumber);
        sentences.push(t.problemNumberList(problem.fields.join(', ')));
      } else {
        problem.fields.forEach((href) => sentences.push(t.problemLink(href)));
      }
    }
    return { byField, sentences };
  }, [problems, t, v]);
}

function Editor({ entry, onReload }: { entry: EntryView; onReload: () => void }) {
  const t = useTexts(editorTexts);
  const lang = useLang();
  const save = useSaveEntry(entry.id);
  const [content, setContent] = useState<AnyContent>(entry.content);
  const [changeNote, setChangeNote] = useState('');
  const [dirty, setDirty] = useState(false);
  const problems = useProblemTexts(entry.problems);
  const conflict = isApiError(save.error) && save.error.code === 'CATALOGUE_EDIT_CONFLICT' ? (save.error.details as EditConflict) : null;

  const submit = () => save.mutate({ baseVersion: entry.workingVersion, content: cleaned(content) as Record<string, unknown>, ...(changeNote.trim() ? { changeNote: changeNote.trim() } : {}) });
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/kunnskap/redaksjon">{t.backToList}</AppLink>
        <PageHeading>{t.editTitle(entry.title)}</PageHeading>
        <HStack gap="space-8" align="center" wrap>
          <KindTag kind={entry.kind} />
          <Tag size="small" variant="moderate" data-color={entry.status === 'published' ? 'success' : entry.status === 'in_review' ? 'warning' : 'neutral'} data-testid="entry-status">
            {labelOf(ENTRY_STATUS_LABELS, entry.status, lang)}
          </Tag>
          <BodyShort size="small">{`${t.workingVersion(entry.workingVersion)} · ${t.publishedVersion(entry.publishedVersion)}`}</BodyShort>
          {entry.publishedVersion !== null && <AppLink to={entryPath(entry.kind, entry.slug)}>{t.publicPage}</AppLink>}
        </HStack>
        <BodyShort size="small" className="catalogue-subtle">{t.statusChanged(entry.statusChangedBy, formatDateTime(entry.statusChangedAt, lang))}</BodyShort>
        {entry.reviewNote && <Alert variant="info" size="small">{`${t.reviewNote}: ${entry.reviewNote}`}</Alert>}
        <Alert variant={problems.sentences.length > 0 ? 'warning' : 'success'} size="small" data-testid="publish-problems">
          {problems.sentences.length > 0 ? (
            <>
              <strong>{t.problemsTitle}</strong>
              <ul className="catalogue-list">
                {problems.sentences.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          ) : (
            t.noProblems
          )}
        </Alert>
      </VStack>
      <WorkflowActions entry={entry} dirty={dirty} />
      {conflict && <ConflictAlert conflict={conflict} onReload={onReload} />}
      <Section title={labelOf(ENTRY_STATUS_LABELS, entry.status, lang)}>
        {!entry.canSave && <Alert variant="info" size="small">{t.cannotSave}</Alert>}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <VStack gap="space-20">
            <ContentForm
              kind={entry.kind}
              content={content}
              problems={problems.byField}
              disabled={!entry.canSave}
              onChange={(next) => {
                setContent(next);
                setDirty(true);
              }}
            />
            <TextField label={t.changeNote} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} maxLength={2000} disabled={!entry.canSave} />
            {save.isError && !conflict && <ApiErrorAlert error={save.error} />}
            <div>
              <Button type="submit" loading={save.isPending} disabled={!entry.canSave}>
                {t.save}
              </Button>
            </div>
          </VStack>
        </form>
      </Section>
      <VersionHistory entry={entry} />
    </VStack>
  );
}
