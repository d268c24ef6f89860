import type { Transaction } from 'kysely';
import type { Database, FinalReport } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { currentConsent, type CourseRow, type Db, type TeamDeps, type TeamRow } from '../access.js';
import { cancelledByClosure, unrecordedSessions, checkClose, sessionsHeld, type CloseInput } from '../domain/course-rules.js';

import { checkFinalReport, missingSections } from '../domain/final-report.js';
import { droppedOutText, finalReportUpdateText, sessionTariff, tariffHint } from '../domain/gp-texts.js';
import { coursePath, tellGp } from '../gp-updates.js';
import { lockTeam, promoteWaiting } from '../referrals/queue.js';
import { auditWrite, citizenName, courseFor, factOf, gpTariffOn, lockCourse, refuse, sessionsOf, type SessionRow } from './load.js';
import type { FinalReportInput } from './schemas.js';
import { osloDate } from '../../../platform/oslo-date.js';

/**
 * The end of a course: the final report (written so it can support the GP's function assessment),
 * then the closure, which tells the GP with the report (and NAV's adviser when the consent names
 * NAV), files it to the sick-leave case when there is one and the consent names NAV, cancels what
 * was still booked, and gives the freed place to the waiting list.
 */
export async function saveFinalReport(db: Db, deps: TeamDeps, courseId: string, input: FinalReportInput): Promise<void> {
  await courseFor(db, deps, courseId, 'write_final_report');
  const verdict = checkFinalReport(input);
  if (!verdict.ok) throw new AppError(verdict.code, verdict.details);
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    if (course.status !== 'active') throw new AppError('TEAM_COURSE_CLOSED', { status: course.status });
    const now = deps.clock.now();
    await tx.updateTable('team_course').set({ final_report: JSON.stringify(verdict.report), final_report_at: now, updated_at: now }).where('id', '=', courseId).execute();
    await auditWrite(tx, deps, course, 'team_course', courseId, 'update', { part: 'final_report', missing: missingSections(verdict.report) });
  });
}

export async function closeCourse(db: Db, deps: TeamDeps, courseId: string, input: CloseInput): Promise<void> {
  const { team } = await courseFor(db, deps, courseId, 'close');
  await db.transaction().execute(async (tx) => {
    // The team first, then the course: the order every change that frees or takes a place locks in.
    await lockTeam(tx, team.id);
    const course = await lockCourse(tx, courseId);
    const now = deps.clock.now();
    const sessions = await sessionsOf(tx, courseId);
    const unrecorded = unrecordedSessions(sessions.map(factOf), now).map((s) => s.id!);
    const verdict = checkClose(course.status, input, input.outcome === 'completed' ? missingSections(course.final_report) : [], unrecorded);
    if (!verdict.ok) refuse(verdict);
    const cancel = cancelledByClosure(sessions.map(factOf), now).map((s) => s.id!);
    if (cancel.length > 0) await tx.updateTable('team_session').set({ status: 'cancelled', updated_at: now }).where('id', 'in', cancel).execute();
    const reason = input.reason?.trim() || null;
    await tx
      .updateTable('team_course')
      .set({ status: input.outcome, closed_at: now, work_status_end: input.workStatusEnd ?? null, closure_reason: reason, updated_at: now })
      .where('id', '=', courseId)
      .execute();
    await auditWrite(tx, deps, course, 'team_course', courseId, 'update', { closed: input.outcome, cancelledSessions: cancel.length });
    const closed: CourseRow = { ...course, status: input.outcome, work_status_end: input.workStatusEnd ?? null, closure_reason: reason };
    await tellGpAtClosure(tx, deps, closed, team, sessions);
    await fileToCase(tx, deps, closed, team);
    await promoteWaiting(tx, deps, course.team_id);
  });
}

async function tellGpAtClosure(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, team: TeamRow, sessions: readonly SessionRow[]) {
  const personName = await citizenName(tx, course.citizen_id);
  if (course.status === 'dropped_out') {
    const text = droppedOutText({ personName, teamName: team.name, reason: course.closure_reason ?? '', workStatusEnd: course.work_status_end, report: hasReport(course.final_report) ? course.final_report : null });
    await tellGp(tx, deps, { referralId: course.referral_id, courseId: course.id, kind: 'dropped_out', title: text.title.nb, body: text.body.nb, alsoNav: true });
    return;
  }
  const goals = await tx.selectFrom('team_goal').where('course_id', '=', course.id).where('status', '<>', 'dropped').select('status').execute();
  const text = finalReportUpdateText({
    personName,
    teamName: team.name,
    workStatusStart: course.work_status_start,
    workStatusEnd: course.work_status_end!,
    sessionsHeld: sessionsHeld(sessions.map(factOf)),
    goalsReached: goals.filter((g) => g.status === 'reached').length,
    goalsTotal: goals.length,
    report: course.final_report!,
  });
  await tellGp(tx, deps, { referralId: course.referral_id, courseId: course.id, kind: 'final_report', title: text.title.nb, body: text.body.nb, tariffHint: await endSessionTariff(tx, sessions), alsoNav: true });
}

/** The GP's tariff for the end session, when they were invited and took part. */
async function endSessionTariff(tx: Transaction<Database>, sessions: readonly SessionRow[]): Promise<string | null> {
  const end = sessions.find((s) => s.kind === 'end' && s.status === 'held' && s.gp_last_minutes !== null);
  if (!end || !sessionTariff({ gpLastMinutes: end.gp_last_minutes, status: end.status, attendees: end.attendees, startsAt: new Date(end.starts_at) }).code) return null;
  return tariffHint(await gpTariffOn(tx, osloDate(new Date(end.starts_at))), end.gp_last_minutes!).nb;
}

const hasReport = (report: FinalReport | null): report is FinalReport => report !== null && missingSections(report).length < 6;

/**
 * "Filed to the case": a case event on the person's sick-leave case, only when the consent names
 * NAV (the case is NAV's). It names the team and where the report is read, never its content.
 */
async function fileToCase(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, team: TeamRow) {
  const referral = await tx.selectFrom('team_referral').where('id', '=', course.referral_id).select('case_id').executeTakeFirstOrThrow();
  if (!referral.case_id) return;
  const consent = await currentConsent(tx, course.referral_id);
  if (!consent || consent.withdrawn_at !== null || !consent.scope.includes('nav')) return;
  const completed = course.status === 'completed';
  const now = deps.clock.now();
  await tx
    .insertInto('case_event')
    .values({
      case_id: referral.case_id,
      kind: completed ? 'team_final_report' : 'team_course_dropped_out',
      occurred_on: osloDate(now),
      detail: `${completed ? 'Sluttrapport fra' : 'Forløp avbrutt i'} ${team.name}: ${coursePath(course.id)}`,
      recorded_by: deps.actor.userId,
    })
    .execute();
  await auditWrite(tx, deps, course, 'case_event', referral.case_id, 'create', { kind: completed ? 'team_final_report' : 'team_course_dropped_out' });
}
