import { fromDayNumber, toDayNumber, type IsoDate } from './dates.js';
import { computeMaksdato, type MaksdatoResult } from './maksdato.js';
import type { MilestoneDefinition, SickLeaveRules } from './rules.js';
import type { CaseEvent, CaseStatus, Milestone, PeriodType, SickLeaveCase } from './types.js';

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

  // Day numbers once per case; the milestones then compare integers (100,000 cases in < 2 s).
  const days: CaseDays = {
    first: toDayNumber(firstDay),
    today: toDayNumber(input.today),
    ended: endedOn === undefined ? undefined : toDayNumber(endedOn),
    maksdato: toDayNumber(maksdato.maksdato),
    periods: periods.map((p) => ({ fom: toDayNumber(p.fom), tom: toDayNumber(p.tom), type: p.type })),
    firstByKind: earliestByKind(input.events),
  };
  const computed: { order: number; due: number; milestone: Milestone }[] = [];
  rules.milestones.forEach((definition, order) => {
    const due = definition.week === null ? days.maksdato : days.first + definition.week * 7;
    computed.push({ order, due, milestone: milestoneFor(definition, due, days, rules.dueSoonDays) });
  });
  computed.sort((a, b) => a.due - b.due || a.order - b.order);
  const milestones = computed.map((c) => c.milestone);

  let nextDue: Milestone | null = null;
  for (const m of milestones) {
    if (m.status !== 'done' && m.status !== 'not_applicable') {
      nextDue = m;
      break;
    }
  }
  return { milestones, maksdato, week: caseWeek(days.first, days.today, days.ended), nextDue };
}

/** The case's week on `today` (day numbers), 1-based; 0 before the first day; frozen once it ended. */
export function caseWeek(first: number, today: number, ended?: number): number {
  const daysIn = (ended === undefined ? today : Math.min(today, ended)) - first;
  return daysIn < 0 ? 0 : Math.floor(daysIn / 7) + 1;
}

/** How an open milestone (neither done nor not applicable) stands on `today` (day numbers). */
export function openMilestoneStatus(due: number, today: number, dueSoonDays: number): 'overdue' | 'due_soon' | 'planned' {
  const daysLeft = due - today;
  return daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due_soon' : 'planned';
}

interface CaseDays {
  first: number;
  today: number;
  ended: number | undefined;
  maksdato: number;
  periods: { fom: number; tom: number; type: PeriodType }[];
  firstByKind: ReadonlyMap<string, CaseEvent>;
}

function milestoneFor(definition: MilestoneDefinition, due: number, days: CaseDays, dueSoonDays: number): Milestone {
  const milestone: Milestone = { key: definition.key, owner: definition.owner, week: definition.week, dueDate: fromDayNumber(due), status: 'planned' };
  let completing: CaseEvent | undefined;
  for (const kind of definition.completedBy) {
    const event = days.firstByKind.get(kind);
    if (event && (!completing || before(event, completing))) completing = event;
  }
  if (completing) {
    milestone.status = 'done';
    milestone.completedBy = { kind: completing.kind, on: completing.on };
    return milestone;
  }
  if (definition.doneAtStart) return done(milestone, 'note_issued');
  if (days.ended !== undefined && days.ended < due) return notApplicable(milestone, 'case_ended');
  for (const kind of definition.notNeededBy ?? []) if (days.firstByKind.has(kind)) return notApplicable(milestone, 'not_needed');
  if (definition.fulfilledByPeriodTypeAtDue) {
    for (const p of days.periods) {
      if (p.fom <= due && due <= p.tom) {
        if (definition.fulfilledByPeriodTypeAtDue.includes(p.type)) return done(milestone, p.type);
        break;
      }
    }
  }
  milestone.status = openMilestoneStatus(due, days.today, dueSoonDays);
  return milestone;
}

function done(milestone: Milestone, reason: string): Milestone {
  milestone.status = 'done';
  milestone.reason = reason;
  return milestone;
}

function notApplicable(milestone: Milestone, reason: string): Milestone {
  milestone.status = 'not_applicable';
  milestone.reason = reason;
  return milestone;
}

const before = (a: CaseEvent, b: CaseEvent) => a.on < b.on || (a.on === b.on && a.kind < b.kind);

/**
 * The first event of each kind by date (then by kind), in one pass, so the answer does not depend
 * on the events' order and each milestone looks its events up instead of filtering them all.
 */
function earliestByKind(events: readonly CaseEvent[]): Map<string, CaseEvent> {
  const first = new Map<string, CaseEvent>();
  for (const event of events) {
    const known = first.get(event.kind);
    if (!known || before(event, known)) first.set(event.kind, event);
  }
  return first;
}
