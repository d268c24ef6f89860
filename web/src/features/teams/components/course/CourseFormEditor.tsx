import { Button, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { useFormTemplate } from '../../../forms/api';
import { FormEditor } from '../../../forms/components/FormEditor';
import { submitProblems } from '../../../forms/engine';
import { formTexts } from '../../../forms/texts';
import type { FormValues } from '../../../forms/types';
import { useCompleteCourseForm, useSaveCourseForm } from '../../api';
import { fieldOrder, problemFields, refusalFields } from '../../courseFormProblems';
import { coursePartTexts } from '../../texts';
import type { CourseForm } from '../../types';

interface Props {
  form: CourseForm;
  /** Writable now: the viewer's side writes this form, and it is not completed. */
  canEdit: boolean;
  onStatus: (message: string) => void;
}

/**
 * A course form on the form engine, with the forms feature's editor: saved as a draft when asked,
 * completed once every required answer is given. Read-only (the same fields, disabled) once
 * completed or for a viewer who may not write it.
 */
export function CourseFormEditor({ form, canEdit, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const ft = useTexts(formTexts);
  const lang = useLang();
  const template = useFormTemplate(form.templateKey, form.templateVersion);
  const save = useSaveCourseForm();
  const complete = useCompleteCourseForm();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<FormValues>(() => form.values as FormValues);
  const [invalidDates, setInvalidDates] = useState<Set<string>>(new Set());
  const [dirty, setDirty] = useState(false);
  const pending = save.isPending || complete.isPending;

  if (template.isPending) return <LoadingState />;
  if (template.isError) return <ApiErrorAlert error={template.error} size="small" />;
  const tpl = template.data;
  const ctx = {
    domId: feedback.fieldId,
    errors: { ...feedback.errors, ...Object.fromEntries([...invalidDates].map((key) => [key, ft.dateInvalid])) },
    onDateInvalid: (key: string, invalid: boolean) =>
      setInvalidDates((all) => {
        if (all.has(key) === invalid) return all;
        const next = new Set(all);
        if (invalid) next.add(key);
        else next.delete(key);
        return next;
      }),
    disabled: !canEdit || pending,
  };

  const saveDraft = async (): Promise<boolean> => {
    if (invalidDates.size > 0) {
      feedback.fail({});
      return false;
    }
    try {
      await save.mutateAsync({ id: form.id, values });
      setDirty(false);
      return true;
    } catch (error) {
      const fields = refusalFields(error, tpl, ft, lang);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
      return false;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) {
      feedback.reset();
      onStatus(t.formSaved);
    }
  };

  const onComplete = async () => {
    const local = problemFields(submitProblems(tpl, values), tpl, ft, lang);
    if (invalidDates.size > 0 || Object.keys(local).length > 0) return feedback.fail(local);
    if (dirty && !(await saveDraft())) return;
    try {
      await complete.mutateAsync(form.id);
      feedback.reset();
      onStatus(t.formCompleted);
    } catch (error) {
      const fields = refusalFields(error, tpl, ft, lang);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  return (
    <VStack gap="space-16" data-testid="course-form-editor" data-template={form.templateKey} data-round={form.round}>
      <FormEditor
        template={tpl}
        values={values}
        approvals={{}}
        onChange={(update) => {
          setValues(update);
          setDirty(true);
        }}
        ctx={ctx}
        approveAs={[]}
        onApprove={() => undefined}
        approving={false}
      />
      <FormFeedback feedback={feedback} order={fieldOrder(tpl, values)} heading={ft.errorSummaryApprove} />
      {canEdit && (
        <HStack gap="space-8">
          <Button type="button" size="small" variant="secondary" onClick={() => void onSave()} loading={save.isPending && !complete.isPending}>
            {t.saveDraft}
          </Button>
          <Button type="button" size="small" onClick={() => void onComplete()} loading={complete.isPending}>
            {t.complete}
          </Button>
        </HStack>
      )}
    </VStack>
  );
}
