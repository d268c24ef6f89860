import { Button, Checkbox, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { Section } from '../../../../shared/components/Section';
import { usePatchCourse } from '../../api';
import { coursePartTexts } from '../../texts';
import { WORK_STATUSES, type CourseAction, type CoursePatch, type CourseView, type WorkStatus } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';

interface Props {
  course: CourseView;
  can: (action: CourseAction) => boolean;
  onStatus: (message: string) => void;
}

/** Work status now (one scale), the job specialist joining within the caseload, the employer's involvement, the session budget. */
export function WorkSection({ course, can, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const v = useTeamVocabulary();
  const patch = usePatchCourse(course.id);
  const [workStatus, setWorkStatus] = useState<WorkStatus>(course.workStatus);
  const [jobSpecialist, setJobSpecialist] = useState(course.jobSpecialist?.memberId ?? '');
  const [budget, setBudget] = useState(String(course.sessionBudget));
  const [budgetError, setBudgetError] = useState<string | undefined>();
  const employerConsented = course.consent?.scope.includes('employer') ?? false;
  const send = (body: CoursePatch, message: string) => patch.mutate(body, { onSuccess: () => onStatus(message) });
  const submit = (handler: () => void) => (event: FormEvent) => {
    event.preventDefault();
    if (!patch.isPending) handler();
  };
  const anything = can('set_work_status') || can('assign_job_specialist') || can('involve_employer') || can('raise_budget');
  if (!anything) return null;
  return (
    <Section title={t.work}>
      <VStack gap="space-24" className="teams-narrow">
        {can('set_work_status') && (
          <form onSubmit={submit(() => send({ workStatus }, t.workStatusSaved))} noValidate>
            <HStack gap="space-8" align="end" wrap>
              <Select label={t.workStatusNow} value={workStatus} onChange={(e) => setWorkStatus(e.target.value as WorkStatus)} data-testid="work-status">
                {WORK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {v.workStatus(status)}
                  </option>
                ))}
              </Select>
              <Button type="submit" size="small" variant="secondary" disabled={workStatus === course.workStatus}>
                {t.saveWorkStatus}
              </Button>
            </HStack>
          </form>
        )}
        {can('assign_job_specialist') && course.jobSpecialists && (
          <form onSubmit={submit(() => send({ jobSpecialistMemberId: jobSpecialist || null }, t.jobSpecialistSaved))} noValidate>
            <HStack gap="space-8" align="end" wrap>
              <Select label={t.jobSpecialist} description={t.jobSpecialistDescription} value={jobSpecialist} onChange={(e) => setJobSpecialist(e.target.value)}>
                <option value="">{t.chooseJobSpecialist}</option>
                {course.jobSpecialists.map((m) => (
                  <option key={m.memberId} value={m.memberId}>
                    {`${m.name} – ${t.caseload(m.caseload, m.limit)}`}
                  </option>
                ))}
              </Select>
              <Button type="submit" size="small" variant="secondary" disabled={jobSpecialist === (course.jobSpecialist?.memberId ?? '')}>
                {t.saveJobSpecialist}
              </Button>
            </HStack>
          </form>
        )}
        {can('involve_employer') && employerConsented && (
          <Checkbox checked={course.employerInvolved} onChange={(e) => send({ employerInvolved: e.target.checked }, t.employerSaved)} disabled={patch.isPending}>
            {t.employerInvolved}
          </Checkbox>
        )}
        {can('raise_budget') && (
          <form
            onSubmit={submit(() => {
              const n = Number(budget);
              if (!/^\d+$/.test(budget.trim()) || n < 1 || n > 100) return setBudgetError(t.budgetInvalid);
              setBudgetError(undefined);
              send({ sessionBudget: n }, t.budgetSaved);
            })}
            noValidate
          >
            <HStack gap="space-8" align="end" wrap>
              <TextField label={t.budget} value={budget} onChange={(e) => setBudget(e.target.value)} error={budgetError} htmlSize={4} inputMode="numeric" />
              <Button type="submit" size="small" variant="secondary" disabled={budget === String(course.sessionBudget)}>
                {t.saveBudget}
              </Button>
            </HStack>
          </form>
        )}
        {patch.isError && <ApiErrorAlert error={patch.error} size="small" />}
      </VStack>
    </Section>
  );
}
