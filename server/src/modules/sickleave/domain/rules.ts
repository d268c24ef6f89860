import type { EventKind, Owner, PeriodType } from './types.js';

/**
 * Every number and week of the sick-leave timeline lives here, with the source it comes from, so
 * a change in law or practice is a configuration change and never a hunt through the logic.
 */

/** From `fromAge` (birthday included) at most `maxDays` sick-pay days, counted from that birthday. */
export interface AgeRule {
  fromAge: number;
  maxDays: number;
}

export interface MilestoneDefinition {
  key: string;
  owner: Owner;
  /** Due this many weeks after the first day (week N = first day + N × 7); null = due on the maksdato. */
  week: number | null;
  /** Any of these events, on any date, makes the milestone done. */
  completedBy: readonly EventKind[];
  /** Any of these events makes the milestone not applicable, with reason 'not_needed'. */
  notNeededBy?: readonly EventKind[];
  /** Done as soon as the case exists (the sick note itself), with reason 'note_issued'. */
  doneAtStart?: boolean;
  /** Done when the case's period on the due date has one of these types; the reason is that type. */
  fulfilledByPeriodTypeAtDue?: readonly PeriodType[];
}

export interface SickLeaveRules {
  /** Notes of the same person and employer with at most this many days between them form one case. */
  joinGapDays: number;
  /** A milestone is due soon when its due date is at most this many days ahead. */
  dueSoonDays: number;
  /** Sick-pay days (Monday–Friday, graded days counted whole) before the maksdato (ftrl. § 8-12). */
  sickPayDays: number;
  /** Period types that use sick-pay days. A pending note (avventende) pays none. */
  sickPayPeriodTypes: readonly PeriodType[];
  /** Lower limits for older members (ftrl. § 8-51). Every rule whose age is reached applies. */
  ageRules: readonly AgeRule[];
  /** How far from today a note's periods may lie before validation refuses it. */
  noteWindow: Readonly<{ yearsBeforeToday: number; yearsAfterToday: number }>;
  /** The milestones of a case; their order here breaks ties between equal due dates. */
  milestones: readonly MilestoneDefinition[];
}

/** The timeline in domain.md §2 (arbeidsmiljøloven § 4-6, folketrygdloven §§ 8-7 a, 8-8, 8-12). */
export const DEFAULT_MILESTONES: readonly MilestoneDefinition[] = [
  { key: 'sick_note_issued', owner: 'gp', week: 0, completedBy: [], doneAtStart: true },
  { key: 'follow_up_plan', owner: 'employer', week: 4, completedBy: ['follow_up_plan_received'] },
  { key: 'dialogue_meeting_1', owner: 'employer', week: 7, completedBy: ['dialogue_meeting_1_held'] },
  { key: 'extended_questions_7', owner: 'gp', week: 7, completedBy: ['extended_questions_answered_7'] },
  {
    key: 'activity_requirement',
    owner: 'nav',
    week: 8,
    completedBy: ['activity_requirement_assessed', 'activity_requirement_exception'],
    // Work-related activity is what the requirement asks for; a graded note already has it.
    fulfilledByPeriodTypeAtDue: ['graded'],
  },
  { key: 'work_capacity_assessment', owner: 'nav', week: 12, completedBy: ['work_capacity_assessed'] },
  { key: 'extended_questions_17', owner: 'gp', week: 17, completedBy: ['extended_questions_answered_17'] },
  {
    key: 'dialogue_meeting_2_candidate',
    owner: 'nav',
    week: 17,
    // Being a candidate asks NAV to decide about meeting 2; either outcome settles it.
    completedBy: ['dialogue_meeting_2_held', 'dialogue_meeting_2_not_needed'],
  },
  {
    key: 'dialogue_meeting_2',
    owner: 'nav',
    week: 26,
    completedBy: ['dialogue_meeting_2_held'],
    notNeededBy: ['dialogue_meeting_2_not_needed'],
  },
  { key: 'extended_questions_39', owner: 'gp', week: 39, completedBy: ['extended_questions_answered_39'] },
  { key: 'information_week_39', owner: 'nav', week: 39, completedBy: ['information_week_39_sent'] },
  // Passing the maksdato without a decision on what follows is NAV's to act on; AAP settles it.
  { key: 'maksdato', owner: 'nav', week: null, completedBy: ['aap_granted'] },
];

// Read-only so no caller changes the defaults for everyone else; spread it to override a value.
export const DEFAULT_RULES: Readonly<SickLeaveRules> = {
  joinGapDays: 16,
  dueSoonDays: 7,
  sickPayDays: 248,
  sickPayPeriodTypes: ['full', 'graded', 'activity_possible'],
  ageRules: [
    { fromAge: 67, maxDays: 60 },
    { fromAge: 70, maxDays: 0 },
  ],
  noteWindow: { yearsBeforeToday: 1, yearsAfterToday: 1 },
  milestones: DEFAULT_MILESTONES,
};
