import '../forms.css';
import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack, Select, Table, Tag, VStack, type TagProps } from '@navikt/ds-react';
import { forwardRef, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { formPath, useCaseForms, useCreateForm, useFormTemplates } from '../api';
import { formTexts } from '../texts';
import type { FormSummary } from '../types';
import { useFormVocabulary } from '../vocabulary';

const STATUS_COLOURS: Record<string, Pick<TagProps, 'variant' | 'data-color'>> = {
  draft: { variant: 'outline', 'data-color': 'neutral' },
  approved: { variant: 'moderate', 'data-color': 'info' },
  shared: { variant: 'moderate', 'data-color': 'success' },
};

/** Utkast / Godkjent / Delt: the colour repeats what the text says. */
export function FormStatusTag({ status }: { status: string }) {
  const v = useFormVocabulary();
  return (
    <Tag size="small" {...(STATUS_COLOURS[status] ?? STATUS_COLOURS.draft)}>
      {v.status(status)}
    </Tag>
  );
}

/**
 * The case page's "Planer og skjema": the case's forms as the viewer may see them (the employer
 * only the employer-visible ones, the GP and NAV a follow-up plan once shared) and "Nytt skjema"
 * with the templates the viewer may start.
 */
export const CaseForms = forwardRef<HTMLHeadingElement, { caseId: string }>(function CaseForms({ caseId }, ref) {
  const t = useTexts(formTexts);
  const headingId = useId();
  const query = useCaseForms(caseId);
  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} data-testid="case-forms">
      <Heading ref={ref} level="2" size="medium" id={headingId} tabIndex={-1} className="focus-target">
        {t.sectionTitle}
      </Heading>
      {query.isPending && <LoadingState />}
      {query.isError && <ApiErrorAlert error={query.error} size="small" />}
      {query.data && (
        <>
          {query.data.forms.length === 0 ? <BodyShort>{t.none}</BodyShort> : <FormsTable forms={query.data.forms} />}
          {query.data.canCreate.length > 0 && <NewForm caseId={caseId} keys={query.data.canCreate} />}
        </>
      )}
    </VStack>
  );
});

function FormsTable({ forms }: { forms: FormSummary[] }) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="case-form-table">
        <caption className="aksel-sr-only">{t.tableLabel}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.colForm}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colRevision}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colApprovedBy}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colComments}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {forms.map((form) => {
            const approvals = form.approvals ?? [];
            const comments = form.commentCount ?? form.comments ?? 0;
            return (
              <Table.Row key={form.id} data-form-id={form.id} data-template={form.templateKey} data-status={form.status} data-comments={comments}>
                <Table.HeaderCell scope="row">
                  <AppLink to={formPath(form.id)}>{v.template(form.templateKey, form.title)}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell>
                  <FormStatusTag status={form.status} />
                </Table.DataCell>
                <Table.DataCell>{form.revision}</Table.DataCell>
                <Table.DataCell>{approvals.length === 0 ? t.notApproved : approvals.map((a) => `${a.name} (${v.role(a.role)})`).join(', ')}</Table.DataCell>
                <Table.DataCell>{comments}</Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

/** "Nytt skjema": a select of the templates the viewer may start; the new draft opens. */
function NewForm({ caseId, keys }: { caseId: string; keys: string[] }) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  const navigate = useNavigate();
  const templates = useFormTemplates();
  const create = useCreateForm(caseId);
  const focusLater = usePendingFocus();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>();
  const opener = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = useId();
  const titleOf = (templateKey: string) => v.template(templateKey, templates.data?.find((tpl) => tpl.key === templateKey)?.title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!key) {
      setError(t.chooseTemplateRequired);
      selectRef.current?.focus();
      return;
    }
    try {
      const form = await create.mutateAsync(key);
      navigate(formPath(form.id));
    } catch {
      // Shown below the form.
    }
  };

  if (!open) {
    return (
      <div>
        <Button
          ref={opener}
          type="button"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          onClick={() => {
            setOpen(true);
            focusLater(() => selectRef.current);
          }}
        >
          {t.newForm}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-busy={create.isPending} data-testid="new-form" className="forms-narrow">
      <VStack gap="space-12">
        <Select
          ref={selectRef}
          id={selectId}
          label={t.newFormLabel}
          description={t.newFormDescription}
          value={key}
          onChange={(e) => {
            setKey(e.target.value);
            setError(undefined);
          }}
          error={error}
          aria-required
        >
          <option value="">{t.chooseTemplate}</option>
          {keys.map((templateKey) => (
            <option key={templateKey} value={templateKey}>
              {titleOf(templateKey)}
            </option>
          ))}
        </Select>
        {create.isError && <ApiErrorAlert error={create.error} size="small" />}
        <HStack gap="space-12">
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setOpen(false);
              setError(undefined);
              focusLater(() => opener.current);
            }}
          >
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
