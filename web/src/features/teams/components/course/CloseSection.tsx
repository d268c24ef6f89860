import { BodyShort, Button, Link, Radio, RadioGroup, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { formTexts } from '../../../directory-admin/texts';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { useCloseCourse } from '../../api';
import { teamErrorsFromApi } from '../../serverErrors';
import { courseTexts } from '../../texts';
import { WORK_STATUSES, type CourseView, type WorkStatus } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';
import { CourseSection } from './CourseSection';

type Outcome = 'completed' | 'dropped_out';
const FIELDS = ['outcome', 'workStatusEnd', 'reason'] as const;

interface Props {
  course: CourseView;
  onClosed: (message: string) => void;
  /** Moves the focus to the final report (when it is what is missing). */
  goToFinalReport: () => void;
}

/** Closing the course: completed (final report and the end work status) or dropped out (with why). */
export function CloseSection({ course, onClosed, goToFinalReport }: Props) {
  const t = useTexts(courseTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const close = useCloseCourse(course.id);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [workStatusEnd, setWorkStatusEnd] = useState<WorkStatus | ''>(course.workStatus);
  const [reason, setReason] = useState('');
  const missing = course.finalReportMissing ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (close.isPending) return;
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = t.outcomeRequired;
    if (outcome === 'completed' && !workStatusEnd) found.workStatusEnd = t.workStatusEndRequired;
    if (outcome === 'completed' && missing.length > 0) found.outcome = t.finalReportMissingForClose;
    if (outcome === 'dropped_out' && !reason.trim()) found.reason = t.closeReasonRequired;
    if (Object.keys(found).length > 0 || !outcome) return feedback.fail(found);
    try {
      await close.mutateAsync({ outcome, ...(workStatusEnd ? { workStatusEnd } : {}), ...(outcome === 'dropped_out' ? { reason: reason.trim() } : {}) });
      feedback.reset();
      onClosed(t.closed);
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, { outcome: { label: t.outcome }, workStatusEnd: { label: t.workStatusEnd }, reason: { label: t.closeReason } }, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <CourseSection title={t.close}>
      <BodyShort size="small" className="teams-subtle">
        {t.closeIntro}
      </BodyShort>
      <form onSubmit={submit} noValidate className="teams-narrow" data-testid="close-course-form">
        <VStack gap="space-16">
          <RadioGroup
            id={fieldId('outcome')}
            legend={t.outcome}
            value={outcome}
            onChange={(value: Outcome) => {
              setOutcome(value);
              feedback.clear('outcome');
            }}
            error={errors.outcome}
          >
            <Radio value="completed">{t.outcome_completed}</Radio>
            <Radio value="dropped_out">{t.outcome_dropped_out}</Radio>
          </RadioGroup>
          {outcome === 'completed' && missing.length > 0 && (
            <BodyShort size="small">
              {t.missingSections(missing.length)}{' '}
              <Link
                href="#final-report"
                onClick={(event) => {
                  event.preventDefault();
                  goToFinalReport();
                }}
              >
                {t.goToFinalReport}
              </Link>
            </BodyShort>
          )}
          <Select
            id={fieldId('workStatusEnd')}
            label={t.workStatusEnd}
            value={workStatusEnd}
            onChange={(e) => {
              setWorkStatusEnd(e.target.value as WorkStatus | '');
              feedback.clear('workStatusEnd');
            }}
            error={errors.workStatusEnd}
          >
            <option value="">{t.chooseWorkStatus}</option>
            {WORK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {v.workStatus(status)}
              </option>
            ))}
          </Select>
          {outcome === 'dropped_out' && (
            <Textarea
              id={fieldId('reason')}
              label={t.closeReason}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                feedback.clear('reason');
              }}
              error={errors.reason}
              maxLength={1000}
              minRows={2}
              aria-required
            />
          )}
          <FormFeedback feedback={feedback} order={FIELDS} heading={form.errorSummaryHeading} />
          <div>
            <Button type="submit" variant="danger" loading={close.isPending}>
              {t.closeSubmit}
            </Button>
          </div>
        </VStack>
      </form>
    </CourseSection>
  );
}
