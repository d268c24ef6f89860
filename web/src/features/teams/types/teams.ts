import type { Capacity, InclusionCriterion, JointCadence, MemberRole, NamedRef, ReferralPolicy, TeamKind } from './codes';

// Teams: settings, members and where they are present (ADR 0004).

export interface TeamSummary {
  id: string;
  kind: TeamKind;
  name: string;
  description: string | null;
  trialSite: string | null;
  active: boolean;
  referralPolicy: ReferralPolicy;
  capacity: Capacity;
  /** The viewer's own roles in the team (none for an admin or a GP who only refers). */
  myRoles: MemberRole[];
}

export interface Presence {
  organisationId: string;
  organisationName?: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM`. */
  from: string;
  to: string;
}

export interface TeamMember {
  id: string;
  userId: string;
  name: string;
  role: MemberRole;
  active: boolean;
  presence: Presence[];
}

export interface TeamDetail extends TeamSummary {
  hostOrganisationId: string | null;
  hostOrganisation: NamedRef | null;
  servedOrganisations: (NamedRef & { kind?: string })[];
  criteria: InclusionCriterion[];
  ageMin: number | null;
  ageMax: number | null;
  maxSickLeaveWeeks: number | null;
  referralPolicy: ReferralPolicy;
  sessionBudget: number;
  refresherLimit: number;
  firstSessionTargetDays: number;
  jobSpecialistCaseload: number;
  jointMeetingCadence: JointCadence;
  gpJoinsLastMinutes: number;
  members: TeamMember[];
  capacity: Capacity;
}

export interface TeamInput {
  kind: TeamKind;
  name: string;
  description?: string;
  trialSite?: string;
  hostOrganisationId?: string;
  servedOrganisationIds: string[];
  criteria?: InclusionCriterion[];
  ageMin?: number | null;
  ageMax?: number | null;
  maxSickLeaveWeeks?: number | null;
  referralPolicy: ReferralPolicy;
  capacity: number;
  sessionBudget?: number;
  refresherLimit?: number;
  firstSessionTargetDays?: number;
  jobSpecialistCaseload?: number;
  jointMeetingCadence?: JointCadence;
  gpJoinsLastMinutes?: number;
  active?: boolean;
}

export interface MemberInput {
  userId: string;
  role: MemberRole;
  presence: { organisationId: string; weekday: number; from: string; to: string }[];
}

/** A user an admin may make a member (the server's list of candidates). */
export interface MemberCandidate {
  userId: string;
  name: string;
  /** The app role (gp, nav_adviser, team_member …). */
  role: string;
  organisationName: string | null;
}
