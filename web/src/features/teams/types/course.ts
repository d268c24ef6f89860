import type { Attendee, ConsentRecipient, CourseStatus, CourseTemplateKey, FormRound, GoalArea, GoalStatus, JointCadence, NamedRef, SessionKind, SessionStatus, SickLeaveStatus, TeamKind, WorkStatus } from './codes';
import type { GpUpdate } from './referrals';

// ---------------------------------------------------------------------------------------------
// The course (forløp)

/** The GP's tariff for joining a start or end session (domain/gp-texts.ts). */
export interface GpTariff {
  code: string | null;
  reason: string;
  /** The tariff's name; null until there is one to suggest (the GP has not yet taken part). */
  text: string | null;
  amountNok: number | null;
}

export interface Session {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  startsAt: string;
  durationMinutes: number;
  organisationId: string | null;
  organisationName: string | null;
  gpLastMinutes: number | null;
  attendees: Attendee[];
  note: string | null;
  pastReason: string | null;
  createdByName: string;
  gpTariff: GpTariff | null;
}

export interface SessionInput {
  kind: SessionKind;
  startsAt: string;
  durationMinutes: number;
  organisationId?: string | null;
  /** Start and end sessions: the GP joins the last N minutes (left out: the team's default; null: not invited). */
  gpLastMinutes?: number | null;
  pastReason?: string | null;
}

export interface SessionPatch {
  status?: SessionStatus;
  attendees?: Attendee[];
  note?: string | null;
  startsAt?: string;
  pastReason?: string | null;
}

export interface Goal {
  id: string;
  parentId: string | null;
  area: GoalArea;
  text: string;
  status: GoalStatus;
  targetDate: string | null;
  reachedAt: string | null;
}

export interface GoalInput {
  parentId?: string | null;
  area: GoalArea;
  text: string;
  status?: GoalStatus;
  targetDate?: string | null;
}

export interface CourseForm {
  id: string;
  templateKey: CourseTemplateKey | string;
  templateVersion: number;
  title: string;
  round: FormRound;
  values: Record<string, unknown>;
  completedAt: string | null;
  updatedByName: string | null;
  updatedAt: string | null;
}

/** "Funksjon i arbeid" at start and end, compared per scale on the server. */
export interface MappingComparison {
  startFormId: string;
  endFormId: string;
  changes: {
    fieldId: string;
    label: string;
    earlier: number | null;
    later: number | null;
    comparable: boolean;
    change: number | null;
    direction: 'up' | 'down' | 'unchanged' | string | null;
    meaning: 'better' | 'worse' | 'unchanged' | string | null;
  }[];
}

/** The final report's sections (domain/final-report.ts): written so it supports the GP's function assessment. */
export interface FinalReport {
  background: string;
  courseSummary: string;
  functionAssessment: string;
  goalsOutcome: string;
  relapsePrevention: string;
  recommendations: string;
}

export type CourseAction =
  | 'edit_summary'
  | 'book_session'
  | 'record_session'
  | 'edit_goals'
  | 'edit_forms'
  | 'edit_job_support_plan'
  | 'set_work_status'
  | 'assign_job_specialist'
  | 'raise_budget'
  | 'involve_employer'
  | 'write_final_report'
  | 'close'
  | 'manage_consent'
  | 'withdraw_consent';

export interface MemberRef {
  memberId: string;
  name: string;
}

/** The shared course as the viewer may see it: parts outside the consent come as null. */
export interface CourseView {
  id: string;
  referralId: string;
  team: { id: string; name: string; kind: TeamKind; gpJoinsLastMinutes: number };
  person: { citizenId: string; name: string; age: number | null } | null;
  status: CourseStatus;
  startedOn: string;
  closedAt: string | null;
  closureReason: string | null;
  sessionBudget: number;
  refresherLimit: number;
  sessionsHeld: number;
  regularUsed: number;
  refreshersUsed: number;
  workStatusStart: WorkStatus;
  /** Now: the start status until first changed. */
  workStatus: WorkStatus;
  workStatusEnd: WorkStatus | null;
  employerInvolved: boolean;
  therapist: MemberRef | null;
  jobSpecialist: MemberRef | null;
  referral: {
    id: string;
    reason: string;
    outsideCriteriaReason: string | null;
    sickLeaveStatus: SickLeaveStatus;
    sickLeaveGrade: number | null;
    sickLeaveWeeks: number | null;
    referredByName: string;
    referredAt: string;
  } | null;
  summary: { text: string; updatedAt: string | null; updatedByName: string | null } | null;
  sessions: Session[] | null;
  jointMeeting: { applies: boolean; cadence: JointCadence | string; due: boolean; bookedAt: string | null; sessionsLeft: number | null; dueOn: string | null } | null;
  goals: Goal[] | null;
  forms: CourseForm[] | null;
  mappingComparison: MappingComparison | null;
  finalReport: FinalReport | null;
  finalReportAt: string | null;
  finalReportMissing: (keyof FinalReport)[] | null;
  gpUpdates: GpUpdate[] | null;
  consent: { scope: ConsentRecipient[]; givenOn: string; withdrawnAt: string | null } | null;
  /** Candidates when the job specialist joins: the team's job specialists with their caseload. */
  jobSpecialists: (MemberRef & { caseload: number; limit: number })[] | null;
  allowedActions: CourseAction[];
}

export interface CoursePatch {
  workStatus?: WorkStatus;
  employerInvolved?: boolean;
  jobSpecialistMemberId?: string | null;
  sessionBudget?: number;
}

export interface CloseInput {
  outcome: 'completed' | 'dropped_out';
  workStatusEnd?: WorkStatus | null;
  reason?: string | null;
}

// ---------------------------------------------------------------------------------------------
// The weekly board

export interface BoardRow {
  courseId: string;
  participant: { citizenId: string; name: string };
  therapistName: string | null;
  jobSpecialistName: string | null;
  startedOn: string;
  nextSession: { startsAt: string; kind: SessionKind } | null;
  sessionsHeld: number;
  regularUsed: number;
  sessionBudget: number;
  openGoals: number;
  /** What is overdue, as codes (domain: the board's follow-ups). */
  overdue: string[];
}

export interface Board {
  team: NamedRef;
  generatedAt: string;
  courses: BoardRow[];
}
