import { addDaysIso, daysBetween, minIso, type IsoDate } from './dates.js';
import { computeMaksdato, type MaksdatoResult } from './maksdato.js';
import type { MilestoneDefinition, SickLeaveRules } from './rules.js';
import type { CaseEvent, CaseStatus, Milestone, MilestoneStatus, SickLeaveCase } from './types.js';

/**
 * The deadlines of one case as they stand today: who owes what by when, and what is already done.
 * Recomputed from the case, its events and today's date every time; nothing here is stored.
 */
export interface TimelineInput {
  case: SickLeaveCase;
  birthDate: IsoDate;
  today: IsoDate;
  status: CaseStatus;
  /** The day the case ended, for the statuses that end it; the case's last day when missing. */
  endedOn?: IsoDate;
  events: readonly CaseEvent[];
}

export interface Timeline {
  /** Ordered by due date; equal dates keep the order of rules.milestones. */
  milestones: Milestone[];
  maksdato: MaksdatoResult;
  /** The current week of the case, 1-based (days 0–6 are week 1); 0 before the first day. Stops counting when the case has ended. */
  week: number;
  /** The first milestone still to be done, or null when none is. */
  nextDue: Milestone | null;
}

/**
 * Statuses after which the sick leave is over. 'fit_for_job_placement' is not among them: sick pay
 * can continue while the person looks for work, so its deadlines still run.
 */
const ENDED_STATUSES: ReadonlySet<CaseStatus> = new Set(['fit', 'closed', 'moved_to_aap']);

export function computeTimeline(input: TimelineInput, rules: SickLeaveRules): Timeline {
  const { firstDay, periods } = input.case;
  const maksdato = computeMaksdato({ firstDay, periods, birthDate: input.birthDate, today: input.today }, rules);
  const endedOn = ENDED_STATUSES.has(input.status) ? (input.endedOn ?? input.case.lastDay) : undefined;

  const milestones = rules.milestones
    .map((definition, order) => ({ order, milestone: milestoneFor(definition, input, maksdato.maksdato, endedOn, rules) }))
    .sort((a, b) => (a.milestone.dueDate < b.milestone.dueDate ? -1 : a.milestone.dueDate > b.milestone.dueDate ? 1 : a.order - b.order))
    .map(({ milestone }) => milestone);

  const weekDay = endedOn === undefined ? input.today : minIso(input.today, endedOn);
  const daysIn = daysBetween(firstDay, weekDay);
  return {
    milestones,
    maksdato,
    week: daysIn < 0 ? 0 : Math.floor(daysIn / 7) + 1,
    nextDue: milestones.find((m) => m.status !== 'done' && m.status !== 'not_applicable') ?? null,
  };
}

function milestoneFor(
  definition: MilestoneDefinition,
  input: TimelineInput,
  maksdato: IsoDate,
  endedOn: IsoDate | undefined,
  rules: Pick<SickLeaveRules, 'dueSoonDays'>,
): Milestone {
  const dueDate = definition.week === null ? maksdato : addDaysIso(input.case.firstDay, definition.week * 7);
  const base = { key: definition.key, owner: definition.owner, week: definition.week, dueDate };

  const completing = earliest(input.events.filter((e) => definition.completedBy.includes(e.kind)));
  if (completing) return { ...base, status: 'done', completedBy: { kind: completing.kind, on: completing.on } };
  if (definition.doneAtStart) return { ...base, status: 'done', reason: 'note_issued' };
  if (endedOn !== undefined && endedOn < dueDate) return { ...base, status: 'not_applicable', reason: 'case_ended' };
  if (input.events.some((e) => definition.notNeededBy?.includes(e.kind))) {
    return { ...base, status: 'not_applicable', reason: 'not_needed' };
  }
  const typeAtDue = input.case.periods.find((p) => p.fom <= dueDate && dueDate <= p.tom)?.type;
  if (typeAtDue !== undefined && definition.fulfilledByPeriodTypeAtDue?.includes(typeAtDue)) {
    return { ...base, status: 'done', reason: typeAtDue };
  }
  return { ...base, status: statusByDate(dueDate, input.today, rules.dueSoonDays) };
}

function statusByDate(dueDate: IsoDate, today: IsoDate, dueSoonDays: number): MilestoneStatus {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due_soon' : 'planned';
}

/** The first event by date (then by kind), so the answer does not depend on the events' order. */
function earliest(events: readonly CaseEvent[]): CaseEvent | undefined {
  return [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))[0];
}
