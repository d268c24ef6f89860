import type { InclusionCriterion, SickLeaveStatusAtReferral } from '../../../platform/db/schema-teams.js';
import { daysBetween, isIsoDate, type IsoDate } from '../../sickleave/domain/dates.js';

/**
 * Inclusion checks at referral (issue 8): the team's age range on the referral day, "at risk or at
 * most N weeks into sick leave", and the criteria the GP ticks. A referral outside the criteria is
 * allowed only with an explicit reason, which the team sees beside the answers. Pure.
 */

/** Report 003's target group for a work-focus team ("Arbeidsfokus på fastlegekontor", §1.1). */
export const WORK_FOCUS_CRITERIA: readonly InclusionCriterion[] = [
  { key: 'age_18_55', nb: 'Alder 18–55 år', en: 'Age 18–55', required: true },
  { key: 'early_sick_leave', nb: 'I risiko for sykmelding eller 0–8 uker sykmeldt', en: 'At risk of sick leave or 0–8 weeks on sick leave', required: true },
  { key: 'mild_moderate', nb: 'Lette til moderate psykiske plager og/eller muskel- og skjelettplager', en: 'Mild to moderate mental-health and/or musculoskeletal problems', required: true },
  { key: 'wants_simultaneous_help', nb: 'Ønsker og kan nyttiggjøre seg samtidig helse- og arbeidsrettet hjelp', en: 'Wants and can use simultaneous health and work-focused help', required: true },
];

/** The work-focus team's structured limits, checked from facts rather than ticked. */
export const WORK_FOCUS_LIMITS = { ageMin: 18, ageMax: 55, maxSickLeaveWeeks: 8 } as const;

/** An explicit reason for referring outside the criteria: a sentence, not a tick. */
export const OUTSIDE_REASON_MIN_LENGTH = 10;

export interface InclusionRules {
  criteria: readonly InclusionCriterion[];
  ageMin: number | null;
  ageMax: number | null;
  maxSickLeaveWeeks: number | null;
}

export interface ReferralFacts {
  birthDate: IsoDate;
  /** The referral day. */
  on: IsoDate;
  sickLeaveStatus: SickLeaveStatusAtReferral;
  /** Whole weeks since the first day of sick leave; null when not sick-listed. */
  sickLeaveWeeks: number | null;
}

export type InclusionMiss =
  | { kind: 'age_below'; age: number; min: number }
  | { kind: 'age_above'; age: number; max: number }
  | { kind: 'sick_leave_too_long'; weeks: number; max: number }
  | { kind: 'criterion_not_met'; key: string };

export interface InclusionResult {
  inside: boolean;
  age: number;
  misses: InclusionMiss[];
  /** The answers kept: one per criterion of the team, unknown keys dropped, unanswered as false. */
  answers: Record<string, boolean>;
}

/** Whole years of age on a day (a birthday on 29 February is reached on 1 March in other years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  if (!isIsoDate(birthDate) || !isIsoDate(on)) throw new RangeError('ageOn: dates must be YYYY-MM-DD');
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Completed weeks of sick leave on a day (days 0–6 are 0 weeks), never negative. */
export function sickLeaveWeeks(firstDay: IsoDate, on: IsoDate): number {
  return Math.max(0, Math.floor(daysBetween(firstDay, on) / 7));
}

export function checkInclusion(rules: InclusionRules, facts: ReferralFacts, ticked: Readonly<Record<string, boolean>>): InclusionResult {
  const age = ageOn(facts.birthDate, facts.on);
  const misses: InclusionMiss[] = [];
  if (rules.ageMin !== null && age < rules.ageMin) misses.push({ kind: 'age_below', age, min: rules.ageMin });
  if (rules.ageMax !== null && age > rules.ageMax) misses.push({ kind: 'age_above', age, max: rules.ageMax });
  // "At risk" (not yet sick-listed) is always inside the sick-leave limit.
  const weeks = facts.sickLeaveStatus === 'at_risk' ? null : facts.sickLeaveWeeks;
  if (rules.maxSickLeaveWeeks !== null && weeks !== null && weeks > rules.maxSickLeaveWeeks) {
    misses.push({ kind: 'sick_leave_too_long', weeks, max: rules.maxSickLeaveWeeks });
  }
  const answers: Record<string, boolean> = {};
  for (const criterion of rules.criteria) {
    answers[criterion.key] = ticked[criterion.key] === true;
    if (criterion.required && !answers[criterion.key]) misses.push({ kind: 'criterion_not_met', key: criterion.key });
  }
  return { inside: misses.length === 0, age, misses, answers };
}

/** Outside the criteria needs a reason of some substance; inside, a reason is kept but not needed. */
export function outsideReasonProblem(result: Pick<InclusionResult, 'inside'>, reason: string | null | undefined): 'TEAM_OUTSIDE_CRITERIA_REASON_MISSING' | null {
  if (result.inside) return null;
  return (reason?.trim().length ?? 0) >= OUTSIDE_REASON_MIN_LENGTH ? null : 'TEAM_OUTSIDE_CRITERIA_REASON_MISSING';
}

/** Criteria as an admin gives them: keys unique and well-formed, both languages written. */
export function criteriaProblem(criteria: readonly InclusionCriterion[]): string | null {
  const keys = new Set<string>();
  for (const c of criteria) {
    if (!/^[a-z0-9_]{1,60}$/.test(c.key)) return `criterion key "${c.key}" must be 1–60 of a-z, 0-9, _`;
    if (keys.has(c.key)) return `criterion key "${c.key}" appears twice`;
    if (!c.nb.trim() || !c.en.trim()) return `criterion "${c.key}" needs a text in bokmål and English`;
    keys.add(c.key);
  }
  return null;
}
