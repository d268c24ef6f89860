/**
 * Rules of the KPIs counted live from small tables (issue 12 point 1): forums, teams and arenas.
 * Forums and teams give contributions per month like the pre-aggregated families; the arenas'
 * reach is a share of a population over the twelve months up to the end of each trend bucket.
 *
 * Forums (submissions whose submitter belongs to the area; month of submission):
 * - forum_submissions: deviations and proposals received (a count).
 * - forum_time_to_outcome: hours from received to outcome, for those with an outcome.
 * - forum_deviations_covered: deviations (merged duplicates counted through the case they joined);
 *   a hit when a published recommendation answers it (the forums' coverage report's rule).
 * Teams (referrals of the area's NAV office):
 * - team_referrals: referrals made (a count), month of referral.
 * - team_inclusion: referrals decided (accepted or declined); a hit when accepted.
 * - team_first_session: hours from referral to the first session (held or booked), month of referral.
 * - team_outcome_work: courses closed (completed or dropped out) with a work status at closure,
 *   month of closure; a hit when in work (full or graded) at closure.
 * Arenas:
 * - gps_reached: the area's GPs (persons with a GP position at a GP office there); a hit for each
 *   who attended a session of any arena in the twelve months up to the bucket's end.
 * - visit_round_coverage: the area's GP offices; a hit for each visited (visit done) in those months.
 */
import { osloDate } from '../../../platform/oslo-date.js';
import { hoursBetween } from './histogram.js';
import { monthStart, type Contribution, type Tally } from './tally.js';

export interface SubmissionRecord {
  kind: 'deviation' | 'proposal';
  status: string;
  createdAt: Date;
  outcomeAt: Date | null;
  coveredByPublished: boolean;
}

export interface ReferralRecord {
  status: 'pending_gp_approval' | 'submitted' | 'waiting' | 'accepted' | 'declined' | 'withdrawn';
  createdAt: Date;
  firstSessionAt: Date | null;
}

export interface CourseClosureRecord {
  status: 'active' | 'completed' | 'dropped_out';
  closedAt: Date | null;
  workStatusEnd: string | null;
}

export const FORUM_METRICS = ['forum_submissions', 'forum_time_to_outcome', 'forum_deviations_covered'] as const;
export const TEAM_METRICS = ['team_referrals', 'team_inclusion', 'team_first_session', 'team_outcome_work'] as const;
export const ARENA_METRICS = ['gps_reached', 'visit_round_coverage'] as const;

const monthOfInstant = (at: Date) => monthStart(osloDate(at));

export function submissionContributions(s: SubmissionRecord): Contribution[] {
  const month = monthOfInstant(s.createdAt);
  const out: Contribution[] = [{ metric: 'forum_submissions', month }];
  if (s.outcomeAt) out.push({ metric: 'forum_time_to_outcome', month, hours: hoursBetween(s.createdAt, s.outcomeAt) });
  if (s.kind === 'deviation' && s.status !== 'merged') out.push({ metric: 'forum_deviations_covered', month, hit: s.coveredByPublished });
  return out;
}

export function referralContributions(r: ReferralRecord): Contribution[] {
  const month = monthOfInstant(r.createdAt);
  const out: Contribution[] = [{ metric: 'team_referrals', month }];
  if (r.status === 'accepted' || r.status === 'declined') out.push({ metric: 'team_inclusion', month, hit: r.status === 'accepted' });
  if (r.firstSessionAt) out.push({ metric: 'team_first_session', month, hours: hoursBetween(r.createdAt, r.firstSessionAt) });
  return out;
}

const IN_WORK = new Set(['working_full', 'working_graded']);

export function courseClosureContributions(c: CourseClosureRecord): Contribution[] {
  if (c.status === 'active' || !c.closedAt || !c.workStatusEnd) return [];
  return [{ metric: 'team_outcome_work', month: monthOfInstant(c.closedAt), hit: IN_WORK.has(c.workStatusEnd) }];
}

/** Something that happened to one member of a population (a GP attending, an office visited). */
export interface ReachEvent {
  /** The GP person or the GP office. */
  memberKey: string;
  /** 'YYYY-MM-DD' */
  day: string;
}

/**
 * The share of a population reached in a window: n is the population, hits the distinct members
 * with an event on a day in [windowStart, windowEndExclusive). Members outside the population (a
 * GP who moved away since) are not counted.
 */
export function reachTally(population: ReadonlySet<string>, events: readonly ReachEvent[], windowStart: string, windowEndExclusive: string): Tally {
  const reached = new Set<string>();
  for (const e of events) if (e.day >= windowStart && e.day < windowEndExclusive && population.has(e.memberKey)) reached.add(e.memberKey);
  return { n: population.size, hits: reached.size, hist: null };
}

/** Twelve months back from the first day after a bucket ('YYYY-MM-DD' → 'YYYY-MM-DD'). */
export function twelveMonthsBefore(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
}
