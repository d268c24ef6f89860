/** The teams' code values (mirroring `server/src/platform/db/schema-teams.ts`) and small shared shapes. */

export const TEAM_KINDS = ['work_focus', 'diabetes', 'dementia', 'geriatric', 'rehabilitation', 'other'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const REFERRAL_POLICIES = ['gp_only', 'gp_approval'] as const;
export type ReferralPolicy = (typeof REFERRAL_POLICIES)[number];

export const JOINT_CADENCES = ['every_4th_session', 'monthly'] as const;
export type JointCadence = (typeof JOINT_CADENCES)[number];

export const MEMBER_ROLES = ['team_lead', 'cognitive_therapist', 'job_specialist', 'nav_adviser', 'nurse', 'resource_doctor', 'other'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type ReferralStatus = 'pending_gp_approval' | 'submitted' | 'waiting' | 'accepted' | 'declined' | 'withdrawn';
export type SickLeaveStatus = 'at_risk' | 'sick_listed_full' | 'sick_listed_graded';

/** Who the consent lets see the course. */
export const CONSENT_RECIPIENTS = ['therapist', 'job_specialist', 'nav', 'employer'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

export type CourseStatus = 'active' | 'completed' | 'dropped_out';

/** One unambiguous work-status scale at start and closure (report 003). */
export const WORK_STATUSES = ['working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const SESSION_KINDS = ['assessment', 'start', 'regular', 'joint', 'end', 'refresher'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SessionStatus = 'booked' | 'held' | 'cancelled' | 'missed';

export const ATTENDEES = ['participant', 'therapist', 'job_specialist', 'gp', 'nav', 'employer'] as const;
export type Attendee = (typeof ATTENDEES)[number];

export const GOAL_AREAS = ['work', 'study', 'health', 'other'] as const;
export type GoalArea = (typeof GOAL_AREAS)[number];
export const GOAL_STATUSES = ['open', 'in_progress', 'reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export type FormRound = 'start' | 'end' | 'other';
export type CourseTemplateKey = 'function-in-work' | 'job-support-plan';

export interface InclusionCriterion {
  key: string;
  nb: string;
  en: string;
  required: boolean;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface Capacity {
  places: number;
  active: number;
  /** Referrals submitted and waiting for intake: each holds a place. */
  pendingIntake: number;
  free: number;
  waiting: number;
}
