import { Tag, type TagProps } from '@navikt/ds-react';
import { useVocabulary } from '../vocabulary';

const MILESTONE_COLOURS: Record<string, Pick<TagProps, 'variant' | 'data-color'>> = {
  planned: { variant: 'outline', 'data-color': 'neutral' },
  due_soon: { variant: 'moderate', 'data-color': 'warning' },
  overdue: { variant: 'strong', 'data-color': 'danger' },
  done: { variant: 'moderate', 'data-color': 'success' },
  not_applicable: { variant: 'outline', 'data-color': 'neutral' },
};

/** Planlagt / Snart / Forfalt / Utført / Ikke aktuelt. The colour repeats what the text says. */
export function MilestoneStatusTag({ status }: { status: string }) {
  const vocabulary = useVocabulary();
  const colours = MILESTONE_COLOURS[status] ?? MILESTONE_COLOURS.planned;
  return (
    <Tag size="small" {...colours}>
      {vocabulary.milestoneStatus(status)}
    </Tag>
  );
}

const OPEN_STATUSES = new Set(['active', 'graded', 'pending']);

export function CaseStatusTag({ status }: { status: string }) {
  const vocabulary = useVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={OPEN_STATUSES.has(status) ? 'info' : 'neutral'}>
      {vocabulary.caseStatus(status)}
    </Tag>
  );
}

const TASK_COLOURS: Record<string, Pick<TagProps, 'variant' | 'data-color'>> = {
  open: { variant: 'outline', 'data-color': 'warning' },
  taken: { variant: 'moderate', 'data-color': 'info' },
  done: { variant: 'moderate', 'data-color': 'success' },
  cancelled: { variant: 'outline', 'data-color': 'neutral' },
};

/** A task's state; a NAV task that is taken says so in words the GP understands. */
export function TaskStatusTag({ status, ownerKind }: { status: string; ownerKind?: string }) {
  const vocabulary = useVocabulary();
  const colours = TASK_COLOURS[status] ?? TASK_COLOURS.open;
  const text = status === 'taken' && ownerKind === 'nav_office' ? vocabulary.taskTakenByNav : vocabulary.taskStatus(status);
  return (
    <Tag size="small" {...colours}>
      {text}
    </Tag>
  );
}
