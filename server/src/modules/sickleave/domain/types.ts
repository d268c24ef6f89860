import type { IsoDate } from './dates.js';

/**
 * The shapes the sick-leave domain works on. Plain data with ISO dates, so they can come from the
 * database, a message or a test without conversion.
 */

/** full = 100 % off work; graded = partly at work; pending = avventende sykmelding; activity_possible = the note says work-related activity is possible. */
export type PeriodType = 'full' | 'graded' | 'pending' | 'activity_possible';

export interface NotePeriod {
  fom: IsoDate;
  tom: IsoDate;
  /** Percent off work, 1–100. */
  grade: number;
  type: PeriodType;
}

export type ExtendedQuestionsWeek = 7 | 17 | 39;

export interface SickNote {
  id: string;
  personId: string;
  employerId: string | null;
  periods: readonly NotePeriod[];
  issuedAt: IsoDate;
  issuerPersonId: string;
  extendedQuestionsAnswered?: readonly ExtendedQuestionsWeek[];
  wantsEarlyMeeting?: boolean;
  wantsEarlyDialogue?: boolean;
}

/** A sykefraværstilfelle: the notes of one person and employer joined across short gaps. */
export interface SickLeaveCase {
  key: string;
  personId: string;
  employerId: string | null;
  /** Ordered by the notes' first day, then issue date, then id. */
  noteIds: string[];
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Day-by-day union of the notes (a later-issued note wins where they overlap), chronological. */
  periods: NotePeriod[];
}

export type CaseStatus = 'active' | 'graded' | 'pending' | 'fit' | 'fit_for_job_placement' | 'moved_to_aap' | 'closed';

export type EventKind =
  | 'follow_up_plan_received'
  | 'dialogue_meeting_1_held'
  | 'activity_requirement_assessed'
  | 'activity_requirement_exception'
  | 'work_capacity_assessed'
  | 'dialogue_meeting_2_held'
  | 'dialogue_meeting_2_not_needed'
  | 'extended_questions_answered_7'
  | 'extended_questions_answered_17'
  | 'extended_questions_answered_39'
  | 'information_week_39_sent'
  | 'aap_granted';

export interface CaseEvent {
  kind: EventKind;
  on: IsoDate;
  detail?: string;
}

export type Owner = 'gp' | 'nav' | 'employer' | 'patient';

export type MilestoneStatus = 'planned' | 'due_soon' | 'overdue' | 'done' | 'not_applicable';

export interface Milestone {
  key: string;
  owner: Owner;
  /** Weeks after the case's first day; null when the date comes from elsewhere (maksdato). */
  week: number | null;
  dueDate: IsoDate;
  status: MilestoneStatus;
  completedBy?: { kind: EventKind; on: IsoDate };
  /** Why a milestone is done without an event, or not applicable. */
  reason?: string;
}
