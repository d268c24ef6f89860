import { Alert, BodyShort, Button, Heading, Label, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { shownFieldIds } from '../engine';
import { formTexts } from '../texts';
import type { ApprovalValue, CellValue, Field, FormTemplate, FormValues, RoleKey, TableRow } from '../types';
import { useFormVocabulary } from '../vocabulary';
import { CellInput, TableInput, type FieldContext } from './FieldInput';

interface Props {
  template: FormTemplate;
  values: FormValues;
  /** Approvals as the server has stamped them. */
  approvals: FormValues;
  onChange: (update: (previous: FormValues) => FormValues) => void;
  ctx: FieldContext;
  /** The roles the viewer may approve as, when approving is allowed now. */
  approveAs: readonly RoleKey[];
  onApprove: () => void;
  approving: boolean;
}

/**
 * The generic editor: the template's sections as headed groups, each field with the Aksel input
 * of its type, help texts as descriptions, and fields that come and go with their conditions.
 */
export function FormEditor({ template, values, approvals, onChange, ctx, approveAs, onApprove, approving }: Props) {
  const lang = useLang();
  const shown = shownFieldIds(template, values);
  const focusLater = usePendingFocus();
  const set = (id: string, value: CellValue | TableRow[] | undefined) =>
    onChange((previous) => {
      const next = { ...previous };
      if (value === undefined) delete next[id];
      else next[id] = value;
      return next;
    });
  return (
    <VStack gap="space-32" data-testid="form-editor">
      {template.sections.map((section) => {
        const fields = section.fields.filter((field) => shown.has(field.id));
        if (fields.length === 0) return null;
        return (
          <EditorSection key={section.id} title={section.title[lang]} help={section.help?.[lang]}>
            {fields.map((field) => (
              <div key={field.id} className="forms-field" data-field-id={field.id}>
                <FieldView field={field} values={values} approvals={approvals} set={set} ctx={ctx} focusLater={focusLater} approveAs={approveAs} onApprove={onApprove} approving={approving} />
              </div>
            ))}
          </EditorSection>
        );
      })}
    </VStack>
  );
}

function EditorSection({ title, help, children }: { title: string; help?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <VStack as="section" gap="space-16" aria-labelledby={id} className="forms-section">
      <Heading level="3" size="small" id={id}>
        {title}
      </Heading>
      {help && <BodyShort className="forms-subtle">{help}</BodyShort>}
      {children}
    </VStack>
  );
}

interface FieldViewProps {
  field: Field;
  values: FormValues;
  approvals: FormValues;
  set: (id: string, value: CellValue | TableRow[] | undefined) => void;
  ctx: FieldContext;
  focusLater: (target: () => HTMLElement | null | undefined) => void;
  approveAs: readonly RoleKey[];
  onApprove: () => void;
  approving: boolean;
}

function FieldView({ field, values, approvals, set, ctx, focusLater, approveAs, onApprove, approving }: FieldViewProps) {
  const lang = useLang();
  const value = values[field.id];
  switch (field.type) {
    case 'table':
      return <TableInput field={field} value={Array.isArray(value) ? (value as TableRow[]) : []} onChange={(rows) => set(field.id, rows)} ctx={ctx} focusLater={focusLater} />;
    case 'approval':
      return (
        <ApprovalField
          id={ctx.domId(field.id)}
          label={field.label[lang]}
          role={field.role}
          approval={approvals[field.id] as ApprovalValue | undefined}
          error={ctx.errors[field.id]}
          canApprove={approveAs.includes(field.role)}
          onApprove={onApprove}
          approving={approving}
        />
      );
    default:
      return (
        <CellInput
          spec={field}
          fieldKey={field.id}
          label={field.label[lang]}
          help={field.help?.[lang]}
          required={field.required}
          value={value as CellValue | undefined}
          onChange={(next) => set(field.id, next)}
          ctx={ctx}
        />
      );
  }
}

interface ApprovalProps {
  id: string;
  label: string;
  role: RoleKey;
  approval: ApprovalValue | undefined;
  error?: string;
  canApprove: boolean;
  onApprove: () => void;
  approving: boolean;
}

/** "Godkjent av …", or the viewer's own "Godkjenn" when the field is theirs. */
export function ApprovalField({ id, label, role, approval, error, canApprove, onApprove, approving }: ApprovalProps) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  const lang = useLang();
  const descriptionId = `${id}-hint`;
  return (
    <VStack gap="space-8" data-testid="approval-field" data-role={role} data-approved={approval ? 'true' : 'false'}>
      <Label as="p">{label}</Label>
      {approval ? (
        <BodyShort>{t.approvedByText(approval.name, v.role(approval.by), formatDateTime(approval.at, lang))}</BodyShort>
      ) : canApprove ? (
        <VStack gap="space-8" align="start">
          <BodyShort size="small" id={descriptionId}>
            {t.approvalHint}
          </BodyShort>
          <Button id={id} type="button" onClick={onApprove} loading={approving} aria-describedby={descriptionId}>
            {t.approve}
          </Button>
        </VStack>
      ) : (
        <BodyShort id={id} tabIndex={-1}>
          {t.notApprovedYet}. {t.approvalWaiting(v.role(role))}
        </BodyShort>
      )}
      {error && (
        <Alert variant="error" size="small" inline>
          {error}
        </Alert>
      )}
    </VStack>
  );
}

