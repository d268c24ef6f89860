/**
 * Sick-leave follow-up KPIs' rules (issue 12 point 1; the weeks are the timeline's, domain.md §2
 * and sickleave/domain/rules.ts). A milestone counts in the month it fell due (first day + N
 * weeks), once it is due at `asOf`, and only for cases that lasted until then (a case that ended
 * in week 3 needs no plan by week 4).
 *
 * - plan_by_week_4: a follow-up plan received on or before the week-4 day.
 * - meeting_1_by_week_7: dialogue meeting 1 held on or before the week-7 day.
 * - meeting_2_by_week_26: dialogue meeting 2 held, or the exception decided ("not needed"), on or
 *   before the week-26 day.
 * - early_meeting_in_time: the GP's "wants an early dialogue meeting" task; counts in its deadline's
 *   month once due (or done); a hit when done by the end of its deadline day.
 * - nav_first_look: hours from a sick note's issue to NAV's first opening of it (opened notes), in
 *   the month the note was issued.
 * The GP's own figure gp_milestones: the three milestones above for cases the GP started.
 */
import { addDaysIso } from '../../sickleave/domain/dates.js';
import { DEFAULT_MILESTONES } from '../../sickleave/domain/rules.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { hoursBetween } from './histogram.js';
import { monthStart, type Contribution } from './tally.js';

export interface CaseRecord {
  firstDay: string;
  lastDay: string;
  /** The GP who issued the case's first note. */
  gpPersonId: string | null;
  /** The earliest day each completing event happened (case_event / case_decision), by kind. */
  events: Partial<Record<'follow_up_plan_received' | 'dialogue_meeting_1_held' | 'dialogue_meeting_2_held' | 'dialogue_meeting_2_not_needed', string>>;
}

export interface EarlyMeetingTaskRecord {
  dueOn: string;
  doneAt: Date | null;
  status: 'open' | 'taken' | 'done' | 'cancelled';
}

export interface NoteRecord {
  issuedAt: Date;
  navFirstOpenedAt: Date | null;
}

export const SICKLEAVE_METRICS = ['plan_by_week_4', 'meeting_1_by_week_7', 'meeting_2_by_week_26', 'early_meeting_in_time', 'nav_first_look'] as const;

const weekOf = (key: string) => DEFAULT_MILESTONES.find((m) => m.key === key)?.week ?? 0;

/** The milestones the KPIs follow: metric, the timeline's week, and the events that meet it. */
export const MILESTONE_KPIS = [
  { metric: 'plan_by_week_4', week: weekOf('follow_up_plan'), metBy: ['follow_up_plan_received'] },
  { metric: 'meeting_1_by_week_7', week: weekOf('dialogue_meeting_1'), metBy: ['dialogue_meeting_1_held'] },
  { metric: 'meeting_2_by_week_26', week: weekOf('dialogue_meeting_2'), metBy: ['dialogue_meeting_2_held', 'dialogue_meeting_2_not_needed'] },
] as const;

/** The day a milestone falls due: the first day + weeks × 7. */
export const dueDay = (firstDay: string, week: number) => addDaysIso(firstDay, week * 7);

export function caseContributions(c: CaseRecord, asOfDay: string): Contribution[] {
  const out: Contribution[] = [];
  for (const kpi of MILESTONE_KPIS) {
    const due = dueDay(c.firstDay, kpi.week);
    if (due > asOfDay || c.lastDay < due) continue;
    const met = kpi.metBy.some((kind) => {
      const on = c.events[kind];
      return on !== undefined && on <= due;
    });
    const month = monthStart(due);
    out.push({ metric: kpi.metric, month, hit: met });
    if (c.gpPersonId) out.push({ metric: 'gp_milestones', month, hit: met, gpPersonId: c.gpPersonId });
  }
  return out;
}

export function earlyMeetingContributions(t: EarlyMeetingTaskRecord, asOfDay: string): Contribution[] {
  if (t.status === 'cancelled') return [];
  const doneDay = t.doneAt ? osloDate(t.doneAt) : null;
  if (!doneDay && t.dueOn >= asOfDay) return [];
  return [{ metric: 'early_meeting_in_time', month: monthStart(t.dueOn), hit: doneDay !== null && doneDay <= t.dueOn }];
}

export function noteContributions(n: NoteRecord): Contribution[] {
  if (!n.navFirstOpenedAt) return [];
  return [{ metric: 'nav_first_look', month: monthStart(osloDate(n.issuedAt)), hours: hoursBetween(n.issuedAt, n.navFirstOpenedAt) }];
}
