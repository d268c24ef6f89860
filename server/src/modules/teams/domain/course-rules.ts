import type { TeamCourseStatus, TeamSessionKind, TeamSessionStatus, WorkStatus } from '../../../platform/db/schema-teams.js';

/**
 * The rules of a course (forløp), issue 8 and report 003: the sessions (assessment, start with the
 * GP for the last minutes, regular sessions within a budget the team may raise, joint meetings,
 * the end session, and refresher sessions after it without a new referral), closing, and the job
 * specialist's caseload. Pure: every fact comes in as an argument, every refusal has its own code.
 */
export const SESSION_KINDS: readonly TeamSessionKind[] = ['assessment', 'start', 'regular', 'joint', 'end', 'refresher'];
/** Each of these happens once in a course (a cancelled one may be booked again). */
export const ONCE_PER_COURSE: ReadonlySet<TeamSessionKind> = new Set(['assessment', 'start', 'end']);
/** The GP joins the last minutes of these, on the dialogue-meeting tariff. */
export const GP_JOINS: ReadonlySet<TeamSessionKind> = new Set(['start', 'end']);

export interface SessionFact {
  id?: string;
  kind: TeamSessionKind;
  status: TeamSessionStatus;
  startsAt: Date;
}

export interface CourseFacts {
  status: TeamCourseStatus;
  sessionBudget: number;
  sessions: readonly SessionFact[];
}

export interface TeamRules {
  refresherLimit: number;
  gpJoinsLastMinutes: number;
}

export type Refusal<C extends string = string> = { ok: false; code: C; details?: Record<string, unknown> };

const refuse = <C extends string>(code: C, details?: Record<string, unknown>): Refusal<C> => (details ? { ok: false, code, details } : { ok: false, code });
const live = (sessions: readonly SessionFact[]) => sessions.filter((s) => s.status !== 'cancelled');
const reasonGiven = (reason: string | null | undefined) => typeof reason === 'string' && reason.trim().length > 0;

/** Regular sessions count against the budget whatever became of them, unless cancelled (a missed hour was still an hour). */
export const regularUsed = (sessions: readonly SessionFact[]) => live(sessions).filter((s) => s.kind === 'regular').length;
export const refreshersUsed = (sessions: readonly SessionFact[]) => live(sessions).filter((s) => s.kind === 'refresher').length;
/** What the board and the view call "sessions held": every kind, held. */
export const sessionsHeld = (sessions: readonly SessionFact[]) => sessions.filter((s) => s.status === 'held').length;
export const endSessionOf = (sessions: readonly SessionFact[]) => live(sessions).find((s) => s.kind === 'end') ?? null;

export interface NewSession {
  kind: TeamSessionKind;
  startsAt: Date;
  durationMinutes: number;
  /** undefined: the team's default for start and end sessions; null: the GP is not invited. */
  gpLastMinutes?: number | null;
  pastReason?: string | null;
}

export type NewSessionCode =
  | 'TEAM_COURSE_CLOSED'
  | 'TEAM_SESSION_IN_PAST_REASON_MISSING'
  | 'TEAM_SESSION_GP_ONLY_START_END'
  | 'TEAM_SESSION_GP_MINUTES_TOO_LONG'
  | 'TEAM_SESSION_KIND_TAKEN'
  | 'TEAM_SESSION_BUDGET_EXCEEDED'
  | 'TEAM_REFRESHER_NOT_YET'
  | 'TEAM_REFRESHER_LIMIT_REACHED';

export type NewSessionVerdict = { ok: true; status: TeamSessionStatus; gpLastMinutes: number | null; pastReason: string | null } | Refusal<NewSessionCode>;

/**
 * Whether a session may be booked (or, in the past, registered). A session in the past is
 * registered as held and needs a reason, so a record made afterwards says why.
 */
export function checkNewSession(course: CourseFacts, team: TeamRules, input: NewSession, now: Date): NewSessionVerdict {
  if (input.kind !== 'refresher' && course.status !== 'active') return refuse('TEAM_COURSE_CLOSED', { status: course.status });
  const inPast = input.startsAt.getTime() < now.getTime();
  if (inPast && !reasonGiven(input.pastReason)) return refuse('TEAM_SESSION_IN_PAST_REASON_MISSING');
  const gp = gpMinutes(input, team);
  if (!gp.ok) return gp;
  const kind = kindAllowed(course, team, input);
  if (!kind.ok) return kind;
  return { ok: true, status: inPast ? 'held' : 'booked', gpLastMinutes: gp.minutes, pastReason: inPast ? input.pastReason!.trim() : null };
}

function gpMinutes(input: NewSession, team: TeamRules): { ok: true; minutes: number | null } | Refusal<NewSessionCode> {
  if (!GP_JOINS.has(input.kind)) {
    return input.gpLastMinutes == null ? { ok: true, minutes: null } : refuse('TEAM_SESSION_GP_ONLY_START_END', { kind: input.kind });
  }
  const minutes = input.gpLastMinutes === undefined ? team.gpJoinsLastMinutes : input.gpLastMinutes;
  if (minutes !== null && minutes > input.durationMinutes) return refuse('TEAM_SESSION_GP_MINUTES_TOO_LONG', { gpLastMinutes: minutes, durationMinutes: input.durationMinutes });
  return { ok: true, minutes };
}

function kindAllowed(course: CourseFacts, team: TeamRules, input: NewSession): { ok: true } | Refusal<NewSessionCode> {
  const sessions = live(course.sessions);
  if (ONCE_PER_COURSE.has(input.kind) && sessions.some((s) => s.kind === input.kind)) return refuse('TEAM_SESSION_KIND_TAKEN', { kind: input.kind });
  if (input.kind === 'regular') {
    const used = regularUsed(sessions);
    if (used >= course.sessionBudget) return refuse('TEAM_SESSION_BUDGET_EXCEEDED', { budget: course.sessionBudget, used });
  }
  if (input.kind === 'refresher') {
    // Refreshers follow the end session, or a completed course; a dropped-out course takes a new referral.
    if (course.status === 'dropped_out') return refuse('TEAM_COURSE_CLOSED', { status: course.status });
    const end = endSessionOf(sessions);
    const afterEnd = course.status === 'completed' || (end !== null && input.startsAt.getTime() >= end.startsAt.getTime());
    if (!afterEnd) return refuse('TEAM_REFRESHER_NOT_YET');
    const used = refreshersUsed(sessions);
    if (used >= team.refresherLimit) return refuse('TEAM_REFRESHER_LIMIT_REACHED', { limit: team.refresherLimit, used });
  }
  return { ok: true };
}

export interface SessionChange {
  status?: TeamSessionStatus;
  startsAt?: Date;
  pastReason?: string | null;
}

export type SessionChangeCode = 'TEAM_COURSE_CLOSED' | 'TEAM_SESSION_CANCELLED' | 'TEAM_SESSION_NOT_YET_HELD' | 'TEAM_SESSION_IN_PAST_REASON_MISSING';

/**
 * Whether a session may be changed: a cancelled session stays cancelled (book a new one); only
 * refreshers change on a closed course; a session is held or missed only once it has started;
 * moving one into the past needs a reason, like registering it there.
 */
export function checkSessionChange(courseStatus: TeamCourseStatus, session: SessionFact, change: SessionChange, now: Date): { ok: true } | Refusal<SessionChangeCode> {
  if (session.status === 'cancelled') return refuse('TEAM_SESSION_CANCELLED');
  if (courseStatus !== 'active' && session.kind !== 'refresher') return refuse('TEAM_COURSE_CLOSED', { status: courseStatus });
  const startsAt = change.startsAt ?? session.startsAt;
  const status = change.status ?? session.status;
  if ((status === 'held' || status === 'missed') && startsAt.getTime() > now.getTime()) return refuse('TEAM_SESSION_NOT_YET_HELD');
  const movedIntoPast = change.startsAt !== undefined && change.startsAt.getTime() !== session.startsAt.getTime() && change.startsAt.getTime() < now.getTime();
  if (movedIntoPast && !reasonGiven(change.pastReason)) return refuse('TEAM_SESSION_IN_PAST_REASON_MISSING');
  return { ok: true };
}

export type BudgetCode = 'TEAM_COURSE_CLOSED' | 'TEAM_BUDGET_BELOW_USED';

/** The team raises (or lowers) a course's budget, never below the regular sessions already used. */
export function checkBudget(course: CourseFacts, budget: number): { ok: true } | Refusal<BudgetCode> {
  if (course.status !== 'active') return refuse('TEAM_COURSE_CLOSED', { status: course.status });
  const used = regularUsed(course.sessions);
  return budget < used ? refuse('TEAM_BUDGET_BELOW_USED', { budget, used }) : { ok: true };
}

export interface CloseInput {
  outcome: 'completed' | 'dropped_out';
  workStatusEnd?: WorkStatus | null;
  reason?: string | null;
}

export type CloseCode = 'TEAM_COURSE_CLOSED' | 'TEAM_SESSIONS_UNRECORDED' | 'TEAM_FINAL_REPORT_MISSING' | 'TEAM_WORK_STATUS_END_MISSING' | 'TEAM_CLOSE_REASON_MISSING';

/**
 * Closing: a completed course has its final report (every section written) and the work status
 * at the end; a dropped-out course says why. `missingSections` comes from final-report.ts.
 */
export function checkClose(status: TeamCourseStatus, input: CloseInput, missingSections: readonly string[], unrecorded: readonly string[] = []): { ok: true } | Refusal<CloseCode> {
  if (status !== 'active') return refuse('TEAM_COURSE_CLOSED', { status });
  // Registration counts sessions held: a past session still "booked" would be lost from it for good.
  if (unrecorded.length > 0) return refuse('TEAM_SESSIONS_UNRECORDED', { sessions: [...unrecorded] });
  if (input.outcome === 'completed') {
    if (missingSections.length > 0) return refuse('TEAM_FINAL_REPORT_MISSING', { missing: [...missingSections] });
    if (!input.workStatusEnd) return refuse('TEAM_WORK_STATUS_END_MISSING');
    return { ok: true };
  }
  return reasonGiven(input.reason) ? { ok: true } : refuse('TEAM_CLOSE_REASON_MISSING');
}

/** Sessions that have begun but were never recorded as held, missed or cancelled. */
export function unrecordedSessions(sessions: readonly SessionFact[], now: Date): SessionFact[] {
  return sessions.filter((s) => s.status === 'booked' && s.startsAt.getTime() <= now.getTime());
}

/** Sessions a closure cancels: every booked one still ahead, but refreshers (they follow the end). */
export function cancelledByClosure(sessions: readonly SessionFact[], now: Date): SessionFact[] {
  return sessions.filter((s) => s.status === 'booked' && s.kind !== 'refresher' && s.startsAt.getTime() > now.getTime());
}

export interface JobSpecialistFacts {
  courseStatus: TeamCourseStatus;
  /** The consent names the job specialist's side. */
  consentNamesJobSpecialist: boolean;
  /** The chosen member is an active job specialist of the course's team. */
  isJobSpecialist: boolean;
  /** Their active courses, this one not counted. */
  activeCaseload: number;
  caseloadLimit: number;
}

export type JobSpecialistCode = 'TEAM_COURSE_CLOSED' | 'TEAM_CONSENT_SCOPE_MISSING' | 'TEAM_MEMBER_NOT_JOB_SPECIALIST' | 'TEAM_JOB_SPECIALIST_CASELOAD_FULL';

/** The job specialist joins when therapist and participant see the need, within their caseload (IPS: default 20). */
export function checkJobSpecialistJoins(facts: JobSpecialistFacts): { ok: true } | Refusal<JobSpecialistCode> {
  if (facts.courseStatus !== 'active') return refuse('TEAM_COURSE_CLOSED', { status: facts.courseStatus });
  if (!facts.consentNamesJobSpecialist) return refuse('TEAM_CONSENT_SCOPE_MISSING', { recipient: 'job_specialist' });
  if (!facts.isJobSpecialist) return refuse('TEAM_MEMBER_NOT_JOB_SPECIALIST');
  if (facts.activeCaseload >= facts.caseloadLimit) return refuse('TEAM_JOB_SPECIALIST_CASELOAD_FULL', { caseload: facts.activeCaseload, limit: facts.caseloadLimit });
  return { ok: true };
}
