/**
 * Shapes of the sick-leave API (server/src/modules/sickleave: routes.ts, schemas.ts,
 * case-detail.ts, queries.ts). Keys are the server's; unknown values of the string unions are
 * shown as sent.
 */

export const PERIOD_TYPES = ['full', 'graded', 'pending', 'activity_possible'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export const DIAGNOSIS_SYSTEMS = ['ICPC-2', 'ICD-10'] as const;
export type DiagnosisSystem = (typeof DIAGNOSIS_SYSTEMS)[number];

export const FOLLOW_UP_CLASSES = [1, 2, 3, 4] as const;
export type FollowUpClass = (typeof FOLLOW_UP_CLASSES)[number];

export const EXTENDED_WEEKS = [7, 17, 39] as const;
export type ExtendedWeek = (typeof EXTENDED_WEEKS)[number];

export type CaseStatus = 'active' | 'graded' | 'pending' | 'fit' | 'fit_for_job_placement' | 'moved_to_aap' | 'closed';
export type MilestoneStatus = 'planned' | 'due_soon' | 'overdue' | 'done' | 'not_applicable';
export type MilestoneOwner = 'gp' | 'nav' | 'employer' | 'patient';
export type TaskOwnerKind = 'nav_office' | 'employer' | 'gp';
export type TaskStatus = 'open' | 'taken' | 'done' | 'cancelled';

/** The timeline's milestones, in the server's order (rules.ts). */
export const MILESTONE_KEYS = [
  'sick_note_issued',
  'follow_up_plan',
  'dialogue_meeting_1',
  'extended_questions_7',
  'activity_requirement',
  'work_capacity_assessment',
  'extended_questions_17',
  'dialogue_meeting_2_candidate',
  'dialogue_meeting_2',
  'extended_questions_39',
  'information_week_39',
  'maksdato',
] as const;

/** Events a user may record (POST /api/cases/:id/events), and who may record each. */
export const RECORDABLE_EVENTS = [
  'follow_up_plan_received',
  'dialogue_meeting_1_held',
  'work_capacity_assessed',
  'dialogue_meeting_2_held',
  'information_week_39_sent',
] as const;
export type RecordableEvent = (typeof RECORDABLE_EVENTS)[number];

export const DECISION_KINDS = [
  'activity_requirement_met',
  'activity_requirement_exception',
  'aap_granted',
  'fit_for_job_placement',
  'sick_pay_stopped',
  'dialogue_meeting_2_not_needed',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface NotePeriod {
  fom: string;
  tom: string;
  grade: number;
  type: PeriodType | string;
}

export interface SickNoteInput {
  employerOrgNumber?: string | null;
  diagnosis: { system: DiagnosisSystem; code: string; text?: string };
  periods: { fom: string; tom: string; grade: number; type: PeriodType }[];
  symptomsFindings: string;
  functionDailyLife: string;
  functionWork: string;
  remainingCapacity: string;
  assessment?: string;
  treatmentPlan?: string;
  prognosis?: string;
  expectedDuration?: string;
  fullLeaveJustification?: string;
  extendedQuestions?: { week: ExtendedWeek; answers: Record<string, string> };
  wantsEarlyMeeting?: boolean;
  wantsEarlyDialogue?: boolean;
  followUpClass: FollowUpClass;
  workAdaptationNote?: string;
}

export interface CreatedTask {
  kind: string;
  ownerKind: TaskOwnerKind | string;
  dueOn: string;
}

export interface IssuedNote {
  noteId: string;
  caseId: string;
  tasks: CreatedTask[];
}

export interface Ref {
  id: string;
  name: string;
}

export interface DueRef {
  key: string;
  dueDate: string;
  status: MilestoneStatus | string;
}

export interface Maksdato {
  usedDays: number;
  remainingDays: number;
  maksdato: string;
  limitedByAge: boolean;
}

export interface Milestone {
  key: string;
  owner: MilestoneOwner | string;
  week: number | null;
  dueDate: string;
  status: MilestoneStatus | string;
  completedBy?: { kind: string; on: string };
  reason?: string;
}

export interface CaseNote {
  id: string;
  issuedAt: string;
  issuer: string;
  periods: NotePeriod[];
  workAdaptationNote: string | null;
  // Not in the employer copy:
  diagnosis?: { system: string; code: string; text: string | null };
  symptomsFindings?: string;
  functionDailyLife?: string;
  functionWork?: string;
  remainingCapacity?: string;
  assessment?: string | null;
  treatmentPlan?: string | null;
  prognosis?: string | null;
  expectedDuration?: string | null;
  fullLeaveJustification?: string | null;
  wantsEarlyMeeting?: boolean;
  wantsEarlyDialogue?: boolean;
  followUpClass?: number;
  navFirstOpenedAt?: string | null;
}

export interface CaseMeasure {
  id: string;
  code: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  result: string | null;
}

export interface CaseDecision {
  id: string;
  kind: DecisionKind | string;
  decidedOn: string;
  effectiveFrom: string | null;
  note: string | null;
}

export interface CaseTask {
  id: string;
  kind: string;
  ownerKind: TaskOwnerKind | string;
  dueOn: string;
  status: TaskStatus | string;
  takenAt: string | null;
}

export interface CaseDetail {
  id: string;
  view: 'full' | 'employer_copy';
  citizen: Ref;
  employer: Ref | null;
  status: CaseStatus | string;
  firstDay: string;
  lastDay: string;
  week: number;
  adviser: { userId: string; name: string; phone: string | null; email: string | null } | null;
  maksdato: Maksdato | null;
  milestones: Milestone[];
  notes: CaseNote[];
  measures: CaseMeasure[];
  decisions: CaseDecision[];
  tasks: CaseTask[];
}

/** GET /api/gp/cases */
export interface GpCaseItem {
  caseId: string;
  citizen: Ref;
  status: CaseStatus | string;
  week: number;
  nextDue: (DueRef & { owner: MilestoneOwner | string }) | null;
  maksdato: string;
  adviser: { name: string; phone: string | null; email: string | null } | null;
}

/** GET /api/nav/work-list */
export interface WorkListItem {
  caseId: string;
  citizen: Ref;
  employer: Ref | null;
  adviser: { userId: string; name: string } | null;
  status: CaseStatus | string;
  week: number;
  overdue: { key: string; dueDate: string }[];
  nextDue: DueRef | null;
  maksdato: string | null;
}

export interface WorkListFilter {
  milestone?: string;
  assignedUserId?: string;
  employerId?: string;
  gpPersonId?: string;
  offset?: number;
  limit?: number;
}

/** GET /api/nav/work-list: one page, most urgent first. */
export interface WorkListPage {
  items: WorkListItem[];
  total: number;
  overdueTotal: number;
  limit: number;
  offset: number;
}

/** GET /api/nav/work-list/options: the employers and GPs among the office's open cases. */
export interface WorkListOptions {
  employers: Ref[];
  gps: Ref[];
}

/** GET /api/nav/tasks */
export interface OfficeTask {
  id: string;
  caseId: string;
  kind: string;
  dueOn: string;
  status: TaskStatus | string;
  escalatedAt: string | null;
  citizen: Ref;
}

/**
 * GET /api/me/cases (the patient's own cases). Agreed shape: caseId, firstDay, status; the server
 * also sends the last day and the employer's name.
 */
export interface OwnCase {
  caseId: string;
  firstDay: string;
  status: CaseStatus | string;
  lastDay?: string;
  employerName?: string | null;
}

/** GET /api/employer/cases: work-list-like items with the employer's own milestones only. */
export interface EmployerCaseItem {
  caseId: string;
  citizen: Ref;
  status: CaseStatus | string;
  week: number;
  nextDue: DueRef | null;
  firstDay?: string;
  lastDay?: string;
}

export interface MeasureCatalogueEntry {
  code: string;
  name: string;
}

export interface Saved {
  id: string;
}
