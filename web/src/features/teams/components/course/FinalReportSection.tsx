import { Alert, BodyShort, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { forwardRef, useRef, useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { formTexts } from '../../../directory-admin/texts';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { usePendingFocus } from '../../../directory-admin/usePendingFocus';
import { formatDateTime } from '../../../../shared/format';
import { useSaveFinalReport } from '../../api';
import { EMPTY_FINAL_REPORT, FINAL_REPORT_SECTIONS } from '../../finalReport';
import { teamErrorsFromApi } from '../../serverErrors';
import { courseTexts } from '../../texts';
import type { CourseView, FinalReport } from '../../types';
import { FinalReportView } from '../FinalReportView';
import { CourseSection } from './CourseSection';

const ORDER = FINAL_REPORT_SECTIONS.map((s) => s.key);

interface Props {
  course: CourseView;
  canEdit: boolean;
  onStatus: (message: string) => void;
}

/** The final report: read in full, and written section by section by the treating side (saved incomplete while written). */
export const FinalReportSection = forwardRef<HTMLHeadingElement, Props>(function FinalReportSection({ course, canEdit, onStatus }, headingRef) {
  const t = useTexts(courseTexts);
  const form = useTexts(formTexts);
  const lang = useLang();
  const save = useSaveFinalReport(course.id);
  const feedback = useFormFeedback();
  const focusLater = usePendingFocus();
  const { errors, fieldId } = feedback;
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<FinalReport>(EMPTY_FINAL_REPORT);
  const editButton = useRef<HTMLButtonElement>(null);
  const report = course.finalReport;
  const missing = course.finalReportMissing ?? [];
  const visible = report !== null || canEdit || course.finalReportMissing !== null;
  if (!visible) return null;

  const open = () => {
    setValues({ ...EMPTY_FINAL_REPORT, ...(report ?? {}) });
    feedback.reset();
    setEditing(true);
    focusLater(() => document.getElementById(fieldId(ORDER[0]!)));
  };
  const close = () => {
    setEditing(false);
    focusLater(() => editButton.current);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    for (const { key, maxLength } of FINAL_REPORT_SECTIONS) if ([...values[key]].length > maxLength) found[key] = t.tooLong(maxLength);
    if (Object.keys(found).length > 0) return feedback.fail(found);
    try {
      await save.mutateAsync(values);
      onStatus(t.finalReportSaved);
      close();
    } catch (error) {
      const specs = Object.fromEntries(ORDER.map((key) => [key, { label: t[`section_${key}`] }]));
      const { fields, general } = teamErrorsFromApi(error, specs, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <CourseSection title={t.finalReport} ref={headingRef} testId="final-report-section">
      <BodyShort size="small" className="teams-subtle">
        {t.finalReportIntro}
      </BodyShort>
      {editing ? (
        <form onSubmit={submit} noValidate className="teams-form" data-testid="final-report-form">
          <VStack gap="space-16">
            {FINAL_REPORT_SECTIONS.map(({ key, maxLength }) => (
              <Textarea
                key={key}
                id={fieldId(key)}
                name={key}
                label={t[`section_${key}`]}
                description={t[`help_${key}`]}
                value={values[key]}
                onChange={(e) => {
                  setValues((previous) => ({ ...previous, [key]: e.target.value }));
                  feedback.clear(key);
                }}
                error={errors[key]}
                maxLength={maxLength}
                minRows={3}
              />
            ))}
            <FormFeedback feedback={feedback} order={ORDER} heading={form.errorSummaryHeading} />
            <HStack gap="space-8">
              <Button type="submit" size="small" loading={save.isPending}>
                {t.saveFinalReport}
              </Button>
              <Button type="button" size="small" variant="secondary" onClick={close} disabled={save.isPending}>
                {t.cancel}
              </Button>
            </HStack>
          </VStack>
        </form>
      ) : (
        <VStack gap="space-12" align="start">
          {report ? <FinalReportView report={report} /> : <BodyShort>{t.finalReportEmpty}</BodyShort>}
          {course.finalReportAt && <BodyShort size="small">{t.finalReportWrittenAt(formatDateTime(course.finalReportAt, lang))}</BodyShort>}
          {canEdit && missing.length > 0 && (
            <Alert variant="info" size="small" inline>
              {t.missingSections(missing.length)}
            </Alert>
          )}
          {canEdit && (
            <Button ref={editButton} type="button" size="small" variant="secondary" onClick={open}>
              {t.editFinalReport}
            </Button>
          )}
        </VStack>
      )}
    </CourseSection>
  );
});
