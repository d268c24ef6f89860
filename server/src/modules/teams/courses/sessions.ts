import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import type { CourseRow, Db, TeamDeps, TeamRow } from '../access.js';

import { checkNewSession, checkSessionChange, GP_JOINS } from '../domain/course-rules.js';
import { sessionCancelledText, sessionInvitationText, tariffHint } from '../domain/gp-texts.js';
import { tellGp } from '../gp-updates.js';
import { auditWrite, citizenName, courseFor, factOf, gpTariffOn, lockCourse, memberNames, organisationName, refuse, sessionsOf, type SessionRow } from './load.js';
import type { SessionInput, SessionPatch } from './schemas.js';
import { osloDate } from '../../../platform/oslo-date.js';

/**
 * Booking and recording the sessions of a course. The treating side books every kind; the job
 * specialist books and records the joint meetings they hold. A start or end session with the GP
 * invited tells the GP the time, the place, their window and the tariff hint (report 001: the GP
 * joins the last 15 minutes on the dialogue-meeting tariff).
 */
export async function bookSession(db: Db, deps: TeamDeps, courseId: string, input: SessionInput): Promise<string> {
  const { sides, team } = await courseFor(db, deps, courseId, 'book_session');
  if (!sides.treating && input.kind !== 'joint') throw new AppError('TEAM_COURSE_ACTION_NOT_ALLOWED', { action: 'book_session', kind: input.kind });
  const placeName = await organisationName(db, input.organisationId ?? null);
  const startsAt = new Date(input.startsAt);
  return db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    const existing = await sessionsOf(tx, courseId);
    const now = deps.clock.now();
    const verdict = checkNewSession(
      { status: course.status, sessionBudget: course.session_budget, sessions: existing.map(factOf) },
      { refresherLimit: team.refresher_limit, gpJoinsLastMinutes: team.gp_joins_last_minutes },
      { kind: input.kind, startsAt, durationMinutes: input.durationMinutes, ...(input.gpLastMinutes === undefined ? {} : { gpLastMinutes: input.gpLastMinutes }), pastReason: input.pastReason ?? null },
      now,
    );
    if (!verdict.ok) refuse(verdict);
    const session = await tx
      .insertInto('team_session')
      .values({
        course_id: courseId,
        kind: input.kind,
        status: verdict.status,
        starts_at: startsAt,
        duration_minutes: input.durationMinutes,
        organisation_id: input.organisationId ?? null,
        gp_last_minutes: verdict.gpLastMinutes,
        past_reason: verdict.pastReason,
        created_by_name: deps.actor.name,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditWrite(tx, deps, course, 'team_session', session.id, 'create', { kind: input.kind, status: verdict.status, ...(verdict.pastReason ? { pastReason: true } : {}) });
    // The start always reaches the GP (who, when, the plan); the end when the GP is invited to it.
    if (input.kind === 'start' || (input.kind === 'end' && verdict.gpLastMinutes !== null)) await tellGpAboutSession(tx, deps, course, team, session, placeName);
    return session.id;
  });
}

async function tellGpAboutSession(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, team: TeamRow, session: SessionRow, placeName: string | null) {
  const [personName, names, goals, tariff] = await Promise.all([
    citizenName(tx, course.citizen_id),
    memberNames(tx, [course.therapist_member_id, course.job_specialist_member_id]),
    tx.selectFrom('team_goal').where('course_id', '=', course.id).where('parent_id', 'is', null).where('status', 'in', ['open', 'in_progress']).select('text').orderBy('created_at').execute(),
    session.gp_last_minutes !== null ? gpTariffOn(tx, osloDate(new Date(session.starts_at))) : Promise.resolve(null),
  ]);
  const text = sessionInvitationText({
    kind: session.kind === 'start' ? 'start' : 'end',
    personName,
    teamName: team.name,
    therapistName: course.therapist_member_id ? (names.get(course.therapist_member_id) ?? null) : null,
    jobSpecialistName: course.job_specialist_member_id ? (names.get(course.job_specialist_member_id) ?? null) : null,
    startsAt: new Date(session.starts_at),
    durationMinutes: session.duration_minutes,
    placeName,
    gpLastMinutes: session.gp_last_minutes,
    sessionBudget: course.session_budget,
    goals: goals.map((g) => g.text),
  });
  await tellGp(tx, deps, {
    referralId: course.referral_id,
    courseId: course.id,
    kind: session.kind === 'start' ? 'started' : 'changed',
    title: text.title.nb,
    body: text.body.nb,
    tariffHint: session.gp_last_minutes !== null ? tariffHint(tariff, session.gp_last_minutes).nb : null,
  });
}

/** Records what happened (held, missed, who took part, a note), moves or cancels a session. */
export async function changeSession(db: Db, deps: TeamDeps, sessionId: string, patch: SessionPatch): Promise<string> {
  const first = await db.selectFrom('team_session').where('id', '=', sessionId).select(['course_id', 'kind']).executeTakeFirst();
  if (!first) throw new AppError('TEAM_SESSION_NOT_FOUND');
  const { sides, team } = await courseFor(db, deps, first.course_id, 'record_session');
  if (!sides.treating && first.kind !== 'joint') throw new AppError('TEAM_COURSE_ACTION_NOT_ALLOWED', { action: 'record_session', kind: first.kind });
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, first.course_id);
    const session = await tx.selectFrom('team_session').where('id', '=', sessionId).selectAll().executeTakeFirstOrThrow();
    const now = deps.clock.now();
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : undefined;
    const verdict = checkSessionChange(course.status, factOf(session), { ...(patch.status ? { status: patch.status } : {}), ...(startsAt ? { startsAt } : {}), pastReason: patch.pastReason ?? null }, now);
    if (!verdict.ok) refuse(verdict);
    const moved = startsAt !== undefined && startsAt.getTime() !== new Date(session.starts_at).getTime();
    const updated = await tx
      .updateTable('team_session')
      .set({
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.attendees ? { attendees: patch.attendees } : {}),
        ...(patch.note !== undefined ? { note: patch.note?.trim() || null } : {}),
        ...(moved ? { starts_at: startsAt, ...(startsAt.getTime() < now.getTime() ? { past_reason: patch.pastReason!.trim() } : {}) } : {}),
        updated_at: now,
      })
      .where('id', '=', sessionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditWrite(tx, deps, course, 'team_session', sessionId, 'update', { ...(patch.status ? { status: patch.status } : {}), ...(moved ? { moved: true } : {}) });
    await tellGpAboutChange(tx, deps, course, team, session, updated, moved);
  });
  return first.course_id;
}

/** A GP invited to a start or end session hears when it moves or is called off. */
async function tellGpAboutChange(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, team: TeamRow, before: SessionRow, after: SessionRow, moved: boolean) {
  if (!GP_JOINS.has(after.kind) || after.gp_last_minutes === null) return;
  if (after.status === 'cancelled' && before.status !== 'cancelled') {
    const text = sessionCancelledText({ kind: after.kind === 'start' ? 'start' : 'end', personName: await citizenName(tx, course.citizen_id), startsAt: new Date(after.starts_at) });
    await tellGp(tx, deps, { referralId: course.referral_id, courseId: course.id, kind: 'changed', title: text.title.nb, body: text.body.nb });
    return;
  }
  // A moved session is told again in full: the GP's calendar needs the new time, not the difference.
  if (moved && after.status === 'booked') await tellGpAboutSession(tx, deps, course, team, after, await organisationName(tx, after.organisation_id));
}
