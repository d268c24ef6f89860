import { FilePdfIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { formKeys, formPdfUrl, useApproveForm, useCaseForms, useForm, useReviseForm, useShareForm } from '../api';
import { FormStatusTag } from '../components/CaseForms';
import { DocumentView } from '../components/DocumentView';
import { FormComments } from '../components/FormComments';
import { FormEditor } from '../components/FormEditor';
import { FormHistory } from '../components/FormHistory';
import { latestRounds, RoundComparison } from '../components/RoundComparison';
import { SickNoteCopy } from '../components/SickNoteCopy';
import { approvalRolesOf, cellKey, problemKey, shownFieldIds, submitProblems } from '../engine';
import { formTexts } from '../texts';
import { FOLLOW_UP_PLAN_KEY, FUNCTION_IN_WORK_KEY, type CommentKind, type FormTemplate, type FormValues, type FormView, type RoleKey, type ValueProblem } from '../types';
import { useAutosave } from '../useAutosave';
import { osloClock, useFormVocabulary } from '../vocabulary';

type T = (typeof formTexts)['nb'];

type Status =
  | { key: 'approved' | 'approvedPartly' | 'shared' | 'sharedForm' | 'commented' | 'improvementRequested' | 'loadedTheirs' | 'discarded' }
  | { key: 'revised'; revision: number };

function statusText(status: Status, t: T): string {
  return status.key === 'revised' ? t.revised(status.revision) : t[status.key];
}

/** `/skjema/:id`: one plan or form, as the viewer may see it, with what the viewer may do. */
export function FormPage() {
  const { id = '' } = useParams();
  const t = useTexts(formTexts);
  const common = useTexts(commonTexts);
  const query = useForm(id);
  const [reloads, setReloads] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 403);
    return (
      <VStack gap="space-16">
        <PageHeading>{notFound ? t.notFoundTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }
  const form = query.data;
  return (
    <FormDetail
      // A new revision, or the other version after a conflict, starts the editor afresh.
      key={`${form.id}:${form.revision}:${reloads}`}
      form={form}
      status={status}
      onStatus={setStatus}
      onReload={async () => {
        await query.refetch();
        setReloads((n) => n + 1);
      }}
      onRefresh={async () => {
        await query.refetch();
      }}
    />
  );
}

interface DetailProps {
  form: FormView;
  status: Status | null;
  onStatus: (status: Status | null) => void;
  onReload: () => Promise<void>;
  onRefresh: () => Promise<void>;
}

function FormDetail({ form, status, onStatus, onReload, onRefresh }: DetailProps) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  const lang = useLang();
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const allowed = new Set(form.allowedActions);
  const editable = form.status === 'draft' && allowed.has('edit');
  const template = form.template;
  const feedback = useFormFeedback();
  const statusRef = useRef<HTMLDivElement>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const ids = { editor: useId(), actions: useId(), preview: useId(), history: useId(), comments: useId(), rounds: useId(), sickNote: useId() };
  const [invalidDates, setInvalidDates] = useState<Set<string>>(new Set());
  const [summaryHeading, setSummaryHeading] = useState(t.errorSummaryApprove);
  const [previewShown, setPreviewShown] = useState(!editable);
  const [previewPending, setPreviewPending] = useState(false);
  const approveMutation = useApproveForm(form.id);
  const shareMutation = useShareForm(form.id);
  const reviseMutation = useReviseForm(form.id);
  const caseForms = useCaseForms(template.key === FUNCTION_IN_WORK_KEY ? form.caseId : '');

  // A change after an approval drops the approvals on the server: the page shows that at once.
  const hadApprovals = form.approvals.length > 0;
  const autosave = useAutosave({
    formId: form.id,
    revision: form.revision,
    template,
    serverValues: form.values,
    serverEditCount: form.editCount,
    enabled: editable,
    onSaved: () => {
      if (hadApprovals) void onRefresh();
    },
  });
  const order = fieldOrder(template, autosave.values);
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);

  // A new revision mounts a new editor: the message about it takes the focus.
  useEffect(() => {
    if (status?.key === 'revised' || status?.key === 'loadedTheirs') statusRef.current?.focus();
  }, []);

  const announce = (next: Status, focus = true) => {
    onStatus(next);
    if (focus) requestAnimationFrame(() => statusRef.current?.focus());
  };

  // The approval fields the viewer signs, when approving is allowed now.
  const myRoles = approvalRolesOf(me.role);
  const shown = shownFieldIds(template, autosave.values);
  const approveAs: RoleKey[] = allowed.has('approve') ? myRoles : [];
  const approvalInEditor =
    editable && template.sections.some((s) => s.fields.some((f) => f.type === 'approval' && shown.has(f.id) && approveAs.includes(f.role) && form.values[f.id] === undefined));

  const change = (update: (previous: FormValues) => FormValues) => {
    autosave.setValues((previous) => {
      const next = update(previous);
      for (const key of Object.keys(feedback.errors)) {
        const field = key.split('.')[0]!;
        if (JSON.stringify(previous[field]) !== JSON.stringify(next[field])) feedback.clear(key);
      }
      return next;
    });
  };

  const dateErrors = Object.fromEntries([...invalidDates].map((key) => [key, t.dateInvalid]));
  const ctx = {
    domId: feedback.fieldId,
    errors: { ...feedback.errors, ...dateErrors },
    onDateInvalid: (key: string, invalid: boolean) =>
      setInvalidDates((all) => {
        if (all.has(key) === invalid) return all;
        const next = new Set(all);
        if (invalid) next.add(key);
        else next.delete(key);
        return next;
      }),
  };

  const refusal = (error: unknown): Record<string, string> => fieldsOfRefusal(error, template, autosave.values, t, lang, v.role);

  const approve = async () => {
    setSummaryHeading(t.errorSummaryApprove);
    const local = Object.fromEntries(submitProblems(template, autosave.values).map((p) => [problemKey(p), problemText(p, template, t, lang)]));
    if (invalidDates.size > 0 || Object.keys(local).length > 0) return feedback.fail(local);
    if (!(await autosave.flush())) return;
    try {
      const result = await approveMutation.mutateAsync();
      feedback.reset();
      announce({ key: result.status === 'draft' ? 'approvedPartly' : 'approved' });
    } catch (error) {
      const fields = refusal(error);
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  const share = async () => {
    setSummaryHeading(t.errorSummaryShare);
    try {
      await shareMutation.mutateAsync();
      feedback.reset();
      announce({ key: template.key === FOLLOW_UP_PLAN_KEY ? 'shared' : 'sharedForm' });
    } catch (error) {
      const fields = refusal(error);
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  const revise = async () => {
    try {
      const result = await reviseMutation.mutateAsync();
      // The page starts a new editor for the new revision; the message stays above it.
      onStatus({ key: 'revised', revision: result.revision });
    } catch (error) {
      feedback.fail({}, error);
    }
  };

  const showPreview = async () => {
    setPreviewPending(true);
    try {
      await autosave.flush();
      await onRefresh();
      setPreviewShown(true);
    } finally {
      setPreviewPending(false);
    }
  };

  const loadTheirs = async () => {
    autosave.forget();
    await queryClient.invalidateQueries({ queryKey: formKeys.form(form.id), refetchType: 'none' });
    await onReload();
    onStatus({ key: 'loadedTheirs' });
  };

  const rounds = template.key === FUNCTION_IN_WORK_KEY && caseForms.data ? latestRounds(caseForms.data.forms, template.key) : null;
  const canShare = allowed.has('share');
  const canRevise = allowed.has('revise');
  const approveInBar = allowed.has('approve') && !approvalInEditor;
  const writerComment = form.comments.some((c) => c.kind === 'improvement_request' && c.revision === form.revision) && (editable || canRevise);

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to={`/saker/${encodeURIComponent(form.caseId)}`}>{t.backToCase}</AppLink>
        </div>
        {/* The person's name stays out of the document title (browser history). */}
        <PageHeading documentTitle={`${v.template(template.key, template.title)} – ${t.documentTitle}`}>{v.template(template.key, template.title)}</PageHeading>
        <HStack gap="space-8" align="center" wrap>
          <FormStatusTag status={form.status} />
          <BodyShort size="small">{t.revisionN(form.revision)}</BodyShort>
        </HStack>
        <InfoList
          items={[
            { label: t.concerns, value: form.citizen.name },
            { label: t.templateVersion, value: String(form.templateVersion) },
            {
              label: t.approvedBy,
              value: form.approvals.length > 0 ? form.approvals.map((a) => `${a.name} (${v.role(a.role)}) ${formatDateTime(a.at, lang)}`).join('; ') : null,
            },
          ]}
        />
        {template.description && <BodyShort className="forms-narrow">{template.description[lang]}</BodyShort>}
        <div ref={statusRef} role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} className="focus-target" data-testid="form-status-message">
          {status && (
            <Alert variant="success" size="small">
              {statusText(status, t)}
            </Alert>
          )}
        </div>
        {writerComment && (
          <Alert variant="warning" data-testid="improvement-requested">
            {form.comments
              .filter((c) => c.kind === 'improvement_request' && c.revision === form.revision)
              .map((c) => `${v.commentKind(c.kind)}: ${c.text} (${c.authorName})`)
              .join(' ')}
          </Alert>
        )}
        {!editable && form.status !== 'draft' && (canRevise ? <BodyShort>{t.lockedInfo(v.status(form.status))}</BodyShort> : null)}
      </VStack>

      {rounds && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.rounds} data-testid="rounds-section">
          <Heading level="2" size="medium" id={ids.rounds}>
            {t.rounds}
          </Heading>
          <RoundComparison rounds={rounds} current={form} />
        </VStack>
      )}

      {allowed.has('sick_note_text') && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.sickNote}>
          <Heading level="2" size="medium" id={ids.sickNote}>
            {t.toSickNote}
          </Heading>
          <SickNoteCopy formId={form.id} />
        </VStack>
      )}

      {editable && (
        <VStack as="section" gap="space-16" aria-labelledby={ids.editor} data-testid="form-editor-section">
          <Heading ref={editorHeading} level="2" size="medium" id={ids.editor} tabIndex={-1} className="focus-target">
            {t.editorTitle}
          </Heading>
          <SaveStatus state={autosave.state} onRetry={() => void autosave.retry()} />
          {autosave.restored && autosave.state.kind !== 'conflict' && (
            <Alert variant="info" data-testid="form-draft-restored">
              <VStack gap="space-8">
                <Heading level="3" size="xsmall">
                  {t.restoredTitle}
                </Heading>
                <BodyShort>{t.restoredText(formatDateTime(autosave.restored.at, lang))}</BodyShort>
                <div>
                  <Button
                    type="button"
                    size="small"
                    variant="secondary"
                    onClick={() => {
                      autosave.discardLocal();
                      announce({ key: 'discarded' });
                    }}
                  >
                    {t.discardLocal}
                  </Button>
                </div>
              </VStack>
            </Alert>
          )}
          {autosave.state.kind === 'conflict' && (
            <Alert variant="warning" data-testid="form-edit-conflict" role="alert">
              <VStack gap="space-8">
                <Heading level="3" size="xsmall">
                  {t.conflictTitle}
                </Heading>
                <BodyShort>{t.conflictText}</BodyShort>
                <div>
                  <Button type="button" size="small" onClick={() => void loadTheirs()}>
                    {t.loadTheirs}
                  </Button>
                </div>
              </VStack>
            </Alert>
          )}
          <FormEditor
            template={template}
            values={autosave.values}
            approvals={form.values}
            onChange={change}
            ctx={ctx}
            approveAs={approveAs}
            onApprove={() => void approve()}
            approving={approveMutation.isPending}
          />
        </VStack>
      )}

      {(approveInBar || canShare || canRevise || allowed.has('pdf') || Object.keys(feedback.errors).length > 0 || Boolean(feedback.general)) && (
        <VStack as="section" gap="space-16" aria-labelledby={ids.actions}>
          <Heading level="2" size="medium" id={ids.actions}>
            {t.actions}
          </Heading>
          <FormFeedback feedback={feedback} order={order} heading={summaryHeading} />
          <HStack gap="space-12" align="center" wrap>
            {approveInBar && (
              <Button type="button" onClick={() => void approve()} loading={approveMutation.isPending}>
                {t.approve}
              </Button>
            )}
            {canShare && (
              <Button type="button" onClick={() => void share()} loading={shareMutation.isPending}>
                {template.key === FOLLOW_UP_PLAN_KEY ? t.share : t.shareForm}
              </Button>
            )}
            {canRevise && (
              <Button type="button" variant="secondary" onClick={() => void revise()} loading={reviseMutation.isPending}>
                {t.revise}
              </Button>
            )}
            {allowed.has('pdf') && (
              <Link href={formPdfUrl(form.id, form.revision)} download data-testid="form-pdf">
                <FilePdfIcon aria-hidden />
                {t.downloadPdf}
              </Link>
            )}
          </HStack>
        </VStack>
      )}

      <VStack as="section" gap="space-12" aria-labelledby={ids.preview} data-testid="form-preview">
        <Heading level="2" size="medium" id={ids.preview}>
          {editable ? t.preview : t.content}
        </Heading>
        <BodyShort className="forms-subtle">{editable ? `${t.previewDescription} ${t.previewDraftNote}` : t.contentDescription}</BodyShort>
        {editable && (
          <div>
            <Button type="button" size="small" variant="secondary" onClick={() => void showPreview()} loading={previewPending}>
              {previewShown ? t.refreshPreview : t.showPreview}
            </Button>
          </div>
        )}
        {(previewShown || !editable) && <DocumentView document={form.document} />}
      </VStack>

      <VStack as="section" gap="space-12" aria-labelledby={ids.history}>
        <Heading level="2" size="medium" id={ids.history}>
          {t.history}
        </Heading>
        <FormHistory form={form} />
      </VStack>

      {(form.comments.length > 0 || allowed.has('comment') || allowed.has('request_improvement')) && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.comments} data-testid="form-comments-section">
          <Heading level="2" size="medium" id={ids.comments}>
            {t.comments}
          </Heading>
          <FormComments
            form={form}
            canComment={allowed.has('comment')}
            canRequestImprovement={allowed.has('request_improvement')}
            labelledBy={ids.comments}
            onDone={(kind: CommentKind) => announce({ key: kind === 'improvement_request' ? 'improvementRequested' : 'commented' }, false)}
          />
        </VStack>
      )}
    </VStack>
  );
}

function SaveStatus({ state, onRetry }: { state: ReturnType<typeof useAutosave>['state']; onRetry: () => void }) {
  const t = useTexts(formTexts);
  let text: ReactNode = t.notSavedYet;
  if (state.kind === 'saving') text = t.saving;
  if (state.kind === 'saved') text = t.savedAt(osloClock(state.at));
  if (state.kind === 'offline') text = t.offline;
  if (state.kind === 'failed') text = `${t.saveFailed} ${state.error instanceof Error ? state.error.message : ''}`;
  if (state.kind === 'conflict') text = t.conflictTitle;
  return (
    <HStack gap="space-12" align="center" wrap>
      <BodyShort size="small" role="status" aria-live="polite" aria-atomic="true" data-testid="form-save-status" data-state={state.kind}>
        {text}
      </BodyShort>
      {(state.kind === 'offline' || state.kind === 'failed') && (
        <Button type="button" size="xsmall" variant="tertiary" onClick={onRetry}>
          {t.retryNow}
        </Button>
      )}
    </HStack>
  );
}

/** Field and cell keys in screen order, for the error summary. */
function fieldOrder(template: FormTemplate, values: FormValues): string[] {
  const keys: string[] = [];
  for (const field of template.sections.flatMap((s) => s.fields)) {
    keys.push(field.id);
    if (field.type === 'table') {
      const rows = Array.isArray(values[field.id]) ? (values[field.id] as unknown[]) : [];
      rows.forEach((_, index) => {
        keys.push(`${field.id}.${index}`);
        for (const column of field.columns) keys.push(cellKey(field.id, index, column.id));
      });
    }
  }
  return keys;
}

function labelOfField(template: FormTemplate, fieldId: string, lang: 'nb' | 'en'): string {
  const field = template.sections.flatMap((s) => s.fields).find((f) => f.id === fieldId);
  return field ? field.label[lang] : fieldId;
}

function problemText(problem: ValueProblem, template: FormTemplate, t: T, lang: 'nb' | 'en', serverMessage?: string): string {
  const field = template.sections.flatMap((s) => s.fields).find((f) => f.id === problem.fieldId);
  const label = labelOfField(template, problem.fieldId, lang);
  const column = field?.type === 'table' && problem.column ? field.columns.find((c) => c.id === problem.column) : undefined;
  const columnLabel = column ? column.label[lang] : problem.column;
  switch (problem.code) {
    case 'FORM_REQUIRED_MISSING':
      return problem.row !== undefined && columnLabel ? t.problem_cellRequired(columnLabel, problem.row + 1, label) : t.problem_required(label);
    case 'FORM_VALUE_TOO_LONG':
      return t.problem_tooLong(columnLabel ?? label, problem.maxLength ?? 0);
    case 'FORM_TABLE_ROWS':
      return t.problem_rows(label, problem.min ?? 0, problem.max ?? 0);
    default:
      return t.problem_other(columnLabel ?? label, serverMessage ?? problem.code);
  }
}

/**
 * A refusal put on its fields: value problems (`details.problems[].fieldId`, row and column), a
 * plan without work tasks (the work-task table), approvals missing (`details.missing` roles, on
 * their approval fields). Anything else is shown as the server's message.
 */
function fieldsOfRefusal(error: unknown, template: FormTemplate, values: FormValues, t: T, lang: 'nb' | 'en', roleLabel: (role: string) => string): Record<string, string> {
  if (!isApiError(error)) return {};
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  const fields = template.sections.flatMap((s) => s.fields);
  const found: Record<string, string> = {};
  if (Array.isArray(details.problems)) {
    for (const problem of details.problems as ValueProblem[]) {
      if (typeof problem?.fieldId !== 'string' || !fields.some((f) => f.id === problem.fieldId)) continue;
      const key = problemKey(problem);
      if (!found[key]) found[key] = problemText(problem, template, t, lang, error.message);
    }
  }
  if (error.code === 'FOLLOW_UP_PLAN_NO_WORK_TASKS') {
    const table = fields.find((f) => f.id === 'workTasks') ?? fields.find((f) => f.type === 'table');
    if (table) found[table.id] = t.problem_noWorkTasks;
  }
  const missing = Array.isArray(details.missing) ? (details.missing as string[]) : Array.isArray(details.roles) ? (details.roles as string[]) : [];
  if (error.code === 'FOLLOW_UP_PLAN_NOT_APPROVED' || error.code === 'FORM_APPROVAL_REQUIRED' || error.code === 'FORM_NOT_APPROVED') {
    const shown = shownFieldIds(template, values);
    for (const role of missing) {
      const field = fields.find((f) => f.type === 'approval' && f.role === role && shown.has(f.id));
      if (field) found[field.id] = t.problem_approval(roleLabel(role));
    }
  }
  return found;
}
