import type { Capacity, ConsentRecipient, CourseStatus, InclusionCriterion, NamedRef, ReferralPolicy, ReferralStatus, SickLeaveStatus, TeamKind, WorkStatus } from './codes';

// ---------------------------------------------------------------------------------------------
// Referral

export interface DraftTeam {
  id: string;
  kind: TeamKind;
  name: string;
  criteria: InclusionCriterion[];
  ageMin?: number | null;
  ageMax?: number | null;
  maxSickLeaveWeeks?: number | null;
  referralPolicy?: ReferralPolicy;
  description?: string | null;
  capacity: Capacity;
  /** The place a referral made now would take on the waiting list (null: a free place). */
  waitingPosition?: number | null;
  /** `YYYY-MM-DD`. */
  expectedStart: string | null;
  /** The person already has an open referral or an active course here: a second is refused. */
  alreadyReferred?: 'referral' | 'course' | null;
}

export interface ReferralDraft {
  person: { citizenId: string; name: string; age: number | null };
  caseId?: string | null;
  sickLeave: { status: SickLeaveStatus; grade: number | null; weeks: number | null; firstDay?: string | null };
  navOffice?: NamedRef | null;
  teams: DraftTeam[];
}

export interface ConsentInput {
  scope: ConsentRecipient[];
  /** `YYYY-MM-DD`. */
  givenOn: string;
}

export interface ReferralInput {
  teamId: string;
  citizenId: string;
  caseId?: string;
  criteria: Record<string, boolean>;
  outsideCriteriaReason?: string;
  reason: string;
  consent: ConsentInput;
}

export interface ReferralCreated {
  id: string;
  status: ReferralStatus;
  waitingPosition: number | null;
  expectedStart: string | null;
  outsideCriteria: boolean;
}

export interface Placement {
  status: ReferralStatus;
  waitingPosition: number | null;
  expectedStart: string | null;
}

export interface ConsentChanged {
  consent: Consent | null;
  /** Withdrawing the treating side ends the course (dropped out). */
  courseEnded: boolean;
}

export interface Consent {
  id?: string;
  scope: ConsentRecipient[];
  givenOn: string;
  recordedByName?: string | null;
  withdrawnAt: string | null;
  withdrawnByName?: string | null;
}

/** A referral as the viewer may see it (intake lists, the GP's list, the patient's page). */
export interface ReferralView {
  id: string;
  team: NamedRef & { kind?: TeamKind };
  person?: { citizenId: string; name: string; age?: number | null } | null;
  status: ReferralStatus;
  referredByName?: string | null;
  createdAt: string;
  criteriaAnswers?: Record<string, boolean>;
  criteria?: InclusionCriterion[];
  outsideCriteriaReason?: string | null;
  reason?: string | null;
  sickLeave?: { status: SickLeaveStatus; grade: number | null; weeks: number | null } | null;
  ageAtReferral?: number | null;
  gpApprovedAt?: string | null;
  waitingPosition?: number | null;
  expectedStart?: string | null;
  decidedAt?: string | null;
  decidedByName?: string | null;
  declineReason?: string | null;
  recommendation?: string | null;
  consent?: Consent | null;
  courseId?: string | null;
  course?: { id: string; status: CourseStatus } | null;
}

export interface Intake {
  submitted: ReferralView[];
  waiting: ReferralView[];
  recent: ReferralView[];
}

export interface Accepted {
  referralId: string;
  courseId: string;
  sessionId: string;
  status: 'accepted';
  /** The first session is later than the team's target. */
  lateStart?: boolean;
  targetBy?: string;
}

export interface AcceptInput {
  firstSession: { startsAt: string; durationMinutes: number; organisationId?: string };
  therapistMemberId?: string;
  workStatusStart: WorkStatus;
  sessionBudget?: number;
}

export interface DecisionInput {
  reason: string;
  recommendation?: string;
}

// ---------------------------------------------------------------------------------------------
// The GP's updates

export type GpUpdateKind = 'accepted' | 'waiting' | 'declined' | 'started' | 'started_work' | 'goal_reached' | 'dropped_out' | 'changed' | 'final_report';

export interface GpUpdate {
  id: string;
  kind: GpUpdateKind;
  title: string;
  body: string;
  tariffHint: string | null;
  sentToNav?: boolean;
  readAt: string | null;
  createdAt: string;
  createdByName?: string | null;
  courseId?: string | null;
}

export interface GpReferral extends ReferralView {
  updates: GpUpdate[];
  unread: number;
  /** The final report's sections as written (see FinalReport). */
  finalReport: Record<string, unknown> | null;
}

export interface GpReferrals {
  referrals: GpReferral[];
}
