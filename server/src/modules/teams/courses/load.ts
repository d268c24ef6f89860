import type { Selectable, Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database, TeamSessionTable } from '../../../platform/db/schema.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { courseAccess, purposeOf, type ConsentRow, type CourseRow, type Db, type Executor, type ReferralAccess, type TeamCtx } from '../access.js';
import type { Refusal, SessionFact } from '../domain/course-rules.js';
import type { ConsentState } from '../domain/visibility.js';
import { PART_OF, roleActions, writingSides, type CourseAction, type Sides } from './actions.js';

export type SessionRow = Selectable<TeamSessionTable>;
export type CourseAccess = ReferralAccess & { course: CourseRow };

export const consentState = (consent: ConsentRow | null): ConsentState | null => (consent ? { scope: consent.scope, withdrawn: consent.withdrawn_at !== null } : null);

/** A domain refusal as the error the API answers with. */
export function refuse(refusal: Refusal): never {
  throw new AppError(refusal.code as ErrorCode, refusal.details);
}

/**
 * The actor's right to act in a course: they must see the part the action is about (a refusal
 * is audited by courseAccess), and their standing must allow the action; a refusal of the action
 * is audited too. Whether the course's state allows it now is for the rules, after the lock.
 */
export async function courseFor(db: Db, ctx: TeamCtx, courseId: string, action: CourseAction): Promise<CourseAccess & { sides: Sides }> {
  const access = await courseAccess(db, ctx, courseId, PART_OF[action]);
  const consent = consentState(access.consent);
  if (!roleActions(access.viewer, consent).has(action)) {
    await recordAudit(db, ctx, {
      action: 'update',
      outcome: 'denied',
      citizenId: access.course.citizen_id,
      objectType: 'team_course',
      objectId: courseId,
      purpose: purposeOf(ctx.actor),
      detail: { reason: 'TEAM_COURSE_ACTION_NOT_ALLOWED', action },
    });
    throw new AppError('TEAM_COURSE_ACTION_NOT_ALLOWED', { action });
  }
  return { ...access, sides: writingSides(access.viewer, consent) };
}

/** The course row, locked for the change: every write to a course goes through its row, one at a time. */
export async function lockCourse(tx: Transaction<Database>, courseId: string): Promise<CourseRow> {
  const course = await tx.selectFrom('team_course').where('id', '=', courseId).forUpdate().selectAll().executeTakeFirst();
  if (!course) throw new AppError('TEAM_COURSE_NOT_FOUND');
  return course;
}

export async function sessionsOf(db: Executor, courseId: string): Promise<SessionRow[]> {
  return db.selectFrom('team_session').where('course_id', '=', courseId).selectAll().orderBy('starts_at').orderBy('created_at').execute();
}

export const factOf = (row: Pick<SessionRow, 'id' | 'kind' | 'status' | 'starts_at'>): SessionFact => ({ id: row.id, kind: row.kind, status: row.status, startsAt: new Date(row.starts_at) });

/** The names of team members (their directory person, as the platform names users). */
export async function memberNames(db: Executor, memberIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(memberIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('team_member as tm')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('tm.id', 'in', ids)
    .select(['tm.id', 'p.given_name', 'p.family_name'])
    .execute();
  return new Map(rows.map((r) => [r.id, personName(r.given_name, r.family_name) || '—']));
}

export async function citizenName(db: Executor, citizenId: string): Promise<string> {
  const row = await db.selectFrom('citizen').where('id', '=', citizenId).select(['given_name', 'family_name']).executeTakeFirstOrThrow();
  return personName(row.given_name, row.family_name);
}

/** The dialogue-meeting tariff in force on a day, as the meetings module reads it. */
export async function gpTariffOn(db: Executor, isoDay: string) {
  const row = await db.selectFrom('tariff').where('code', '=', 'DM').where('valid_from', '<=', isoDay).select(['code', 'text_nb', 'text_en', 'amount_nok']).orderBy('valid_from', 'desc').executeTakeFirst();
  return row ?? null;
}

export async function organisationName(db: Executor, organisationId: string | null): Promise<string | null> {
  if (!organisationId) return null;
  const row = await db.selectFrom('organisation').where('id', '=', organisationId).select('name').executeTakeFirst();
  if (!row) throw new AppError('ORGANISATION_NOT_FOUND');
  return row.name;
}

/** One audit entry for a write in a course, in the write's transaction. */
export function auditWrite(tx: Transaction<Database>, ctx: TeamCtx, course: Pick<CourseRow, 'citizen_id'>, objectType: string, objectId: string, action: 'create' | 'update', detail?: Record<string, unknown>) {
  return recordAudit(tx, ctx, { action, citizenId: course.citizen_id, objectType, objectId, purpose: purposeOf(ctx.actor), ...(detail ? { detail } : {}) });
}
