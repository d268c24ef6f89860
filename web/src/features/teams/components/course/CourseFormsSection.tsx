import { BodyShort, Button, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { Section } from '../../../../shared/components/Section';
import { formatDateTime } from '../../../../shared/format';
import { useStartCourseForm } from '../../api';
import { coursePartTexts } from '../../texts';
import type { CourseForm, CourseView, FormRound } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';
import { CourseFormEditor } from './CourseFormEditor';
import { MappingComparisonTable } from './MappingComparisonTable';

const FUNCTION_IN_WORK = 'function-in-work';
const JOB_SUPPORT_PLAN = 'job-support-plan';

interface Props {
  course: CourseView;
  canMapping: boolean;
  canPlan: boolean;
  onStatus: (message: string) => void;
}

/** "Funksjon i arbeid" at the start and the end (with the change between them) and the job-support plan. */
export function CourseFormsSection({ course, canMapping, canPlan, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const v = useTeamVocabulary();
  const start = useStartCourseForm(course.id);
  if (!course.forms) return null;
  const forms = course.forms;
  const active = course.status === 'active';
  const mapping = (round: FormRound) => forms.find((f) => f.templateKey === FUNCTION_IN_WORK && f.round === round);
  const plans = forms.filter((f) => f.templateKey === JOB_SUPPORT_PLAN);
  const begin = (templateKey: string, round: FormRound) => start.mutate({ templateKey, round }, { onSuccess: () => onStatus(t.formStarted) });
  return (
    <Section title={t.forms}>
      <VStack gap="space-16">
        <Heading level="3" size="small">
          {t.functionInWork}
        </Heading>
        <BodyShort size="small" className="teams-subtle">
          {t.functionInWorkIntro}
        </BodyShort>
        {(['start', 'end'] as const).map((round) => {
          const form = mapping(round);
          return form ? (
            <FormEntry key={round} form={form} title={`${t.functionInWork} – ${v.round(round).toLowerCase()}`} canEdit={canMapping && active} onStatus={onStatus} />
          ) : (
            <HStack key={round} gap="space-12" align="center">
              <BodyShort>
                {v.round(round)}: {t.notStarted}
              </BodyShort>
              {canMapping && active && (
                <Button type="button" size="small" variant="secondary" onClick={() => begin(FUNCTION_IN_WORK, round)} loading={start.isPending && start.variables?.round === round && start.variables.templateKey === FUNCTION_IN_WORK}>
                  {t.startRound(v.round(round).toLowerCase())}
                </Button>
              )}
            </HStack>
          );
        })}
        {course.mappingComparison && <MappingComparisonTable comparison={course.mappingComparison} />}
      </VStack>
      <VStack gap="space-16">
        <Heading level="3" size="small">
          {t.jobSupportPlan}
        </Heading>
        <BodyShort size="small" className="teams-subtle">
          {t.jobSupportPlanIntro}
        </BodyShort>
        {plans.map((form) => (
          <FormEntry key={form.id} form={form} title={t.jobSupportPlan} canEdit={canPlan && active} onStatus={onStatus} />
        ))}
        {plans.length === 0 && (
          <HStack gap="space-12" align="center">
            <BodyShort>{t.notStarted}</BodyShort>
            {canPlan && active && (
              <Button type="button" size="small" variant="secondary" onClick={() => begin(JOB_SUPPORT_PLAN, 'other')} loading={start.isPending && start.variables?.templateKey === JOB_SUPPORT_PLAN}>
                {t.startPlan}
              </Button>
            )}
          </HStack>
        )}
      </VStack>
      {start.isError && <ApiErrorAlert error={start.error} size="small" />}
    </Section>
  );
}

/** One form: its state, and its fields opened in place (a draft opens by itself for the team). */
function FormEntry({ form, title, canEdit, onStatus }: { form: CourseForm; title: string; canEdit: boolean; onStatus: (message: string) => void }) {
  const t = useTexts(coursePartTexts);
  const lang = useLang();
  const writable = canEdit && form.completedAt === null;
  const [open, setOpen] = useState(writable);
  const regionId = `course-form-${form.id}`;
  return (
    <VStack gap="space-8" className="teams-subgroup" data-testid="course-form" data-template={form.templateKey} data-round={form.round} data-completed={form.completedAt ? 'true' : 'false'}>
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight="semibold">{title}</BodyShort>
        {form.completedAt ? (
          <Tag size="xsmall" variant="moderate" data-color="success">
            {t.completedAt(formatDateTime(form.completedAt, lang))}
          </Tag>
        ) : (
          form.updatedAt && (
            <BodyShort size="small" className="teams-subtle">
              {t.draftUpdated(form.updatedByName ?? '', formatDateTime(form.updatedAt, lang))}
            </BodyShort>
          )
        )}
        <Button type="button" size="xsmall" variant="tertiary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
          {open ? t.close : t.open}
        </Button>
      </HStack>
      <div id={regionId} hidden={!open}>
        {open && <CourseFormEditor form={form} canEdit={writable} onStatus={onStatus} />}
      </div>
    </VStack>
  );
}
