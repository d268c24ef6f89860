/** Table types of teams and referrals (migration 0010), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

export type TeamKind = 'work_focus' | 'diabetes' | 'dementia' | 'geriatric' | 'rehabilitation' | 'other';
export type TeamReferralPolicy = 'gp_only' | 'gp_approval';
export type TeamJointCadence = 'every_4th_session' | 'monthly';
export type TeamMemberRole = 'team_lead' | 'cognitive_therapist' | 'job_specialist' | 'nav_adviser' | 'nurse' | 'resource_doctor' | 'other';
export type TeamReferralStatus = 'pending_gp_approval' | 'submitted' | 'waiting' | 'accepted' | 'declined' | 'withdrawn';
export type SickLeaveStatusAtReferral = 'at_risk' | 'sick_listed_full' | 'sick_listed_graded';
/** Who consent lets see the course: the treating team (therapist), the job specialist, NAV, the employer. */
export type ConsentRecipient = 'therapist' | 'job_specialist' | 'nav' | 'employer';
export type TeamCourseStatus = 'active' | 'completed' | 'dropped_out';
/** One unambiguous work-status scale at start and closure (report 003). */
export type WorkStatus = 'working_full' | 'working_graded' | 'sick_listed_full' | 'at_risk' | 'job_seeker' | 'student' | 'aap' | 'other';
export type TeamSessionKind = 'assessment' | 'start' | 'regular' | 'joint' | 'end' | 'refresher';
export type TeamSessionStatus = 'booked' | 'held' | 'cancelled' | 'missed';
export type TeamSessionAttendee = 'participant' | 'therapist' | 'job_specialist' | 'gp' | 'nav' | 'employer';
export type TeamGoalArea = 'work' | 'study' | 'health' | 'other';
export type TeamGoalStatus = 'open' | 'in_progress' | 'reached' | 'dropped';
export type TeamFormRound = 'start' | 'end' | 'other';
export type TeamGpUpdateKind = 'accepted' | 'waiting' | 'declined' | 'started' | 'started_work' | 'goal_reached' | 'dropped_out' | 'changed' | 'final_report';

export interface InclusionCriterion {
  key: string;
  nb: string;
  en: string;
  /** A referral that does not tick a required criterion needs a reason the team sees. */
  required: boolean;
}

export interface TeamTable {
  id: Generated<string>;
  kind: TeamKind;
  name: string;
  description: Nullable<string>;
  trial_site: Nullable<string>;
  host_organisation_id: Nullable<string>;
  criteria: ColumnType<InclusionCriterion[], string | undefined, string>;
  age_min: Nullable<number>;
  age_max: Nullable<number>;
  max_sick_leave_weeks: Nullable<number>;
  referral_policy: ColumnType<TeamReferralPolicy, TeamReferralPolicy | undefined, TeamReferralPolicy>;
  capacity: number;
  session_budget: ColumnType<number, number | undefined, number>;
  refresher_limit: ColumnType<number, number | undefined, number>;
  first_session_target_days: ColumnType<number, number | undefined, number>;
  job_specialist_caseload: ColumnType<number, number | undefined, number>;
  joint_meeting_cadence: ColumnType<TeamJointCadence, TeamJointCadence | undefined, TeamJointCadence>;
  gp_joins_last_minutes: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamServedOrganisationTable {
  team_id: string;
  organisation_id: string;
}

export interface TeamMemberTable {
  id: Generated<string>;
  team_id: string;
  user_id: string;
  role: TeamMemberRole;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface TeamPresenceTable {
  id: Generated<string>;
  member_id: string;
  organisation_id: string;
  weekday: number;
  /** 'HH:MM:SS' */
  from_time: string;
  to_time: string;
}

export interface TeamReferralTable {
  id: Generated<string>;
  team_id: string;
  citizen_id: string;
  case_id: Nullable<string>;
  referred_by: string;
  referred_by_role: string;
  referred_by_name: string;
  gp_person_id: Nullable<string>;
  gp_approved_at: Nullable<Date>;
  status: TeamReferralStatus;
  criteria_answers: ColumnType<Record<string, boolean>, string | undefined, string>;
  outside_criteria_reason: Nullable<string>;
  reason: string;
  age_at_referral: number;
  sick_leave_status: SickLeaveStatusAtReferral;
  sick_leave_grade: Nullable<number>;
  sick_leave_weeks: Nullable<number>;
  nav_office_id: Nullable<string>;
  waiting_since: Nullable<Date>;
  /** 'YYYY-MM-DD' */
  expected_start: Nullable<string>;
  decided_at: Nullable<Date>;
  decided_by_name: Nullable<string>;
  decline_reason: Nullable<string>;
  recommendation: Nullable<string>;
  idempotency_key: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamConsentTable {
  id: Generated<string>;
  referral_id: string;
  citizen_id: string;
  team_id: string;
  scope: ConsentRecipient[];
  /** 'YYYY-MM-DD' */
  given_on: string;
  recorded_by: Nullable<string>;
  recorded_by_name: string;
  withdrawn_at: Nullable<Date>;
  withdrawn_by_name: Nullable<string>;
  created_at: Timestamp;
}

/** The final report, written so it can support the GP's function assessment. */
export interface FinalReport {
  background: string;
  courseSummary: string;
  functionAssessment: string;
  goalsOutcome: string;
  relapsePrevention: string;
  recommendations: string;
}

export interface TeamCourseTable {
  id: Generated<string>;
  referral_id: string;
  team_id: string;
  citizen_id: string;
  status: TeamCourseStatus;
  therapist_member_id: Nullable<string>;
  job_specialist_member_id: Nullable<string>;
  session_budget: number;
  work_status_start: WorkStatus;
  work_status_end: Nullable<WorkStatus>;
  /** Now, while the course runs (migration 0011); null until first changed: the start status holds. */
  work_status_current: Nullable<WorkStatus>;
  work_status_changed_at: Nullable<Date>;
  /** Kept by the database from team_session and team_goal (migration 0012) for evaluation; never written by code. */
  sessions_held: ColumnType<number, never, never>;
  first_session_at: ColumnType<Date | null, never, never>;
  goals_set: ColumnType<number, never, never>;
  goals_reached: ColumnType<number, never, never>;
  employer_involved: ColumnType<boolean, boolean | undefined, boolean>;
  summary: ColumnType<string, string | undefined, string>;
  summary_updated_at: Nullable<Date>;
  summary_updated_by_name: Nullable<string>;
  final_report: ColumnType<FinalReport | null, string | null | undefined, string | null>;
  final_report_at: Nullable<Date>;
  closure_reason: Nullable<string>;
  /** 'YYYY-MM-DD' */
  started_on: string;
  closed_at: Nullable<Date>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamSessionTable {
  id: Generated<string>;
  course_id: string;
  kind: TeamSessionKind;
  status: TeamSessionStatus;
  starts_at: Timestamp;
  duration_minutes: number;
  organisation_id: Nullable<string>;
  gp_last_minutes: Nullable<number>;
  attendees: ColumnType<TeamSessionAttendee[], TeamSessionAttendee[] | undefined, TeamSessionAttendee[]>;
  note: Nullable<string>;
  past_reason: Nullable<string>;
  created_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamGoalTable {
  id: Generated<string>;
  course_id: string;
  parent_id: Nullable<string>;
  area: TeamGoalArea;
  text: string;
  status: TeamGoalStatus;
  /** 'YYYY-MM-DD' */
  target_date: Nullable<string>;
  reached_at: Nullable<Date>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamCourseFormTable {
  id: Generated<string>;
  course_id: string;
  template_key: string;
  template_version: number;
  round: TeamFormRound;
  values: ColumnType<Record<string, unknown>, string | undefined, string>;
  completed_at: Nullable<Date>;
  updated_by_name: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamGpUpdateTable {
  id: Generated<string>;
  referral_id: string;
  course_id: Nullable<string>;
  gp_person_id: Nullable<string>;
  kind: TeamGpUpdateKind;
  title: string;
  body: string;
  tariff_hint: Nullable<string>;
  sent_to_nav: ColumnType<boolean, boolean | undefined, boolean>;
  read_at: Nullable<Date>;
  created_by_name: string;
  created_at: Timestamp;
}
