import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database, WorkStatus } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { osloDate } from '../../dialogue/domain/deadlines.js';
import { addDaysIso } from '../../sickleave/domain/dates.js';
import { purposeOf, referralAccess, type Db, type MemberRow, type TeamDeps, type TeamRow } from '../access.js';
import { canAccept } from '../domain/capacity.js';
import { sideOfRole } from '../domain/visibility.js';
import { tellGp } from '../gp-updates.js';
import { lockedReferral, requireTreatingMember } from './decisions.js';
import { capacityOfTeam, lockTeam, todayOf } from './queue.js';
import { acceptedText } from './texts.js';

export interface AcceptInput {
  firstSession: { startsAt: string; durationMinutes: number; organisationId?: string };
  therapistMemberId?: string;
  workStatusStart: WorkStatus;
  sessionBudget?: number;
}

export interface Accepted {
  referralId: string;
  courseId: string;
  sessionId: string;
  status: 'accepted';
  /** The first session is later than the team's target (first session within N days): flagged, not refused. */
  lateStart: boolean;
  targetBy: string;
}

/** Sessions start on a whole minute, as meetings do. */
function wholeMinute(value: string): Date {
  const instant = new Date(value).getTime();
  if (Number.isNaN(instant)) throw new AppError('VALIDATION_FAILED', { field: 'firstSession.startsAt' });
  return new Date(Math.floor(instant / 60_000) * 60_000);
}

/**
 * The team accepts a referral (issue 8, "intake"): the course starts with the assessment session
 * booked, by default within the team's target days — a later time is allowed and flagged. A full
 * team refuses (TEAM_FULL: put it on the waiting list instead). The GP is told the time and who;
 * the participant's NAV office too when the consent names NAV.
 */
export async function acceptReferral(db: Db, deps: TeamDeps, referralId: string, input: AcceptInput): Promise<Accepted> {
  const access = await referralAccess(db, deps, referralId, 'referral');
  requireTreatingMember(access);
  const startsAt = wholeMinute(input.firstSession.startsAt);
  if (startsAt.getTime() < deps.clock.now().getTime()) throw new AppError('TEAM_FIRST_SESSION_IN_PAST');
  try {
    return await db.transaction().execute((tx) => startCourse(tx, deps, referralId, input, startsAt));
  } catch (error) {
    // The one-active-course index is the last guard against a course started elsewhere at the same moment.
    if (isUniqueViolation(error, 'one_active')) throw new AppError('TEAM_COURSE_ALREADY_ACTIVE');
    throw error;
  }
}

async function startCourse(tx: Transaction<Database>, deps: TeamDeps, referralId: string, input: AcceptInput, startsAt: Date): Promise<Accepted> {
  const referral = await tx.selectFrom('team_referral').where('id', '=', referralId).select('team_id').executeTakeFirstOrThrow();
  const team = await lockTeam(tx, referral.team_id);
  const row = await lockedReferral(tx, referralId, ['submitted', 'waiting']);
  const active = await tx.selectFrom('team_course').where('team_id', '=', team.id).where('citizen_id', '=', row.citizen_id).where('status', '=', 'active').select('id').executeTakeFirst();
  if (active) throw new AppError('TEAM_COURSE_ALREADY_ACTIVE');
  if (!canAccept(await capacityOfTeam(tx, team))) throw new AppError('TEAM_FULL');
  const therapist = await therapistFor(tx, deps, team, input.therapistMemberId);
  const organisationId = input.firstSession.organisationId ?? team.host_organisation_id;
  const now = deps.clock.now();
  const firstDay = osloDate(startsAt);
  const targetBy = addDaysIso(todayOf(deps), team.first_session_target_days);
  const course = await tx
    .insertInto('team_course')
    .values({
      referral_id: row.id,
      team_id: team.id,
      citizen_id: row.citizen_id,
      status: 'active',
      therapist_member_id: therapist.id,
      session_budget: input.sessionBudget ?? team.session_budget,
      work_status_start: input.workStatusStart,
      started_on: firstDay,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await tx
    .insertInto('team_session')
    .values({ course_id: course.id, kind: 'assessment', status: 'booked', starts_at: startsAt, duration_minutes: input.firstSession.durationMinutes, organisation_id: organisationId, created_by_name: deps.actor.name, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.updateTable('team_referral').set({ status: 'accepted', decided_at: now, decided_by_name: deps.actor.name, expected_start: firstDay, updated_at: now }).where('id', '=', row.id).execute();
  await recordAudit(tx, deps, { action: 'create', citizenId: row.citizen_id, objectType: 'team_course', objectId: course.id, purpose: purposeOf(deps.actor), detail: { referralId: row.id, firstSession: startsAt.toISOString() } });
  const place = organisationId ? ((await tx.selectFrom('organisation').where('id', '=', organisationId).select('name').executeTakeFirst())?.name ?? null) : null;
  const lateStart = firstDay > targetBy;
  const text = acceptedText({ teamName: team.name, startsAt, durationMinutes: input.firstSession.durationMinutes, therapistName: therapist.name, place, lateStart, targetBy });
  await tellGp(tx, deps, { referralId: row.id, courseId: course.id, kind: 'accepted', ...text, alsoNav: true });
  return { referralId: row.id, courseId: course.id, sessionId: session.id, status: 'accepted', lateStart, targetBy };
}

/** The treating member named, else the accepting member themselves (a cognitive therapist first). */
async function therapistFor(tx: Transaction<Database>, deps: TeamDeps, team: TeamRow, memberId?: string): Promise<MemberRow & { name: string }> {
  let query = tx
    .selectFrom('team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('m.team_id', '=', team.id)
    .where('m.active', '=', true)
    .selectAll('m')
    .select(['p.given_name', 'p.family_name']);
  query = memberId ? query.where('m.id', '=', memberId) : query.where('m.user_id', '=', deps.actor.userId);
  const rows = (await query.execute()).filter((m) => sideOfRole(m.role) === 'therapist');
  const chosen = rows.find((m) => m.role === 'cognitive_therapist') ?? rows[0];
  if (!chosen) throw new AppError('TEAM_THERAPIST_INVALID');
  const { given_name, family_name, ...member } = chosen;
  return { ...member, name: personName(given_name, family_name) };
}
