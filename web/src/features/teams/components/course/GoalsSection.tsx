import { BodyShort, HStack, Select, Tag, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { Section } from '../../../../shared/components/Section';
import { formatDate } from '../../../../shared/format';
import { usePatchGoal } from '../../api';
import { coursePartTexts } from '../../texts';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';
import { GoalForm } from './GoalForm';

interface Props {
  goals: Goal[] | null;
  courseId: string | null;
  canEdit: boolean;
  onStatus?: (message: string) => void;
}

/** The main goals with their sub-goals, each with its area, target date and status (changed in place by the team). */
export function GoalsSection({ goals, courseId, canEdit, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const patch = usePatchGoal();
  if (!goals) return null;
  const main = mainGoalsOf(goals);
  const change = (goal: Goal, status: GoalStatus) => patch.mutate({ id: goal.id, patch: { status } }, { onSuccess: () => onStatus?.(t.goalChanged) });
  return (
    <Section title={t.goals}>
      <BodyShort size="small" className="teams-subtle">
        {t.goalsIntro}
      </BodyShort>
      <GoalTree goals={goals} canEdit={canEdit} onChange={change} pendingId={patch.isPending ? (patch.variables?.id ?? null) : null} />
      {patch.isError && <ApiErrorAlert error={patch.error} size="small" />}
      {canEdit && courseId && <GoalForm courseId={courseId} mainGoals={main} onAdded={() => onStatus?.(t.goalAdded)} />}
    </Section>
  );
}

const mainGoalsOf = (goals: Goal[]) => goals.filter((g) => g.parentId === null || !goals.some((p) => p.id === g.parentId));

interface TreeProps {
  goals: Goal[];
  canEdit?: boolean;
  onChange?: (goal: Goal, status: GoalStatus) => void;
  pendingId?: string | null;
}

/** Main goals with their sub-goals nested; the status is a select for the team, a tag for everyone else. */
export function GoalTree({ goals, canEdit = false, onChange = () => undefined, pendingId = null }: TreeProps) {
  const t = useTexts(coursePartTexts);
  if (goals.length === 0) return <BodyShort>{t.goalsEmpty}</BodyShort>;
  const subOf = (id: string) => goals.filter((g) => g.parentId === id);
  return (
    <ul className="teams-list teams-goals" data-testid="course-goals">
      {mainGoalsOf(goals).map((goal) => (
        <li key={goal.id}>
          <GoalLine goal={goal} main canEdit={canEdit} onChange={onChange} pending={pendingId === goal.id} />
          {subOf(goal.id).length > 0 && (
            <ul>
              {subOf(goal.id).map((sub) => (
                <li key={sub.id}>
                  <GoalLine goal={sub} main={false} canEdit={canEdit} onChange={onChange} pending={pendingId === sub.id} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

interface LineProps {
  goal: Goal;
  main: boolean;
  canEdit: boolean;
  onChange: (goal: Goal, status: GoalStatus) => void;
  pending: boolean;
}

function GoalLine({ goal, main, canEdit, onChange, pending }: LineProps) {
  const t = useTexts(coursePartTexts);
  const v = useTeamVocabulary();
  return (
    <VStack gap="space-4" paddingBlock="space-4" data-goal-status={goal.status}>
      <HStack gap="space-8" align="center" wrap>
        <BodyShort weight={main ? 'semibold' : 'regular'} className="teams-text">
          <span className="aksel-sr-only">{main ? t.mainGoal : t.subGoal}: </span>
          {goal.text}
        </BodyShort>
        <Tag size="xsmall" variant="outline" data-color="neutral">
          {v.area(goal.area)}
        </Tag>
      </HStack>
      <HStack gap="space-12" align="center" wrap>
        {canEdit ? (
          <Select size="small" label={t.goalStatusLabel(goal.text)} hideLabel value={goal.status} onChange={(e) => onChange(goal, e.target.value as GoalStatus)} disabled={pending}>
            {GOAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {v.goalStatus(status)}
              </option>
            ))}
          </Select>
        ) : (
          <Tag size="xsmall" variant="moderate" data-color={goal.status === 'reached' ? 'success' : 'neutral'}>
            {v.goalStatus(goal.status)}
          </Tag>
        )}
        {goal.targetDate && <BodyShort size="small">{t.targetOn(formatDate(goal.targetDate))}</BodyShort>}
        {goal.reachedAt && <BodyShort size="small">{t.reachedOn(formatDate(goal.reachedAt))}</BodyShort>}
      </HStack>
    </VStack>
  );
}
