import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { MAX_SHIFT_HOURS, shiftProblem } from './domain/rota.js';
import { areaOf } from './physicians.js';
import type { ShiftInputDto } from './schemas.js';

type Db = Kysely<Database>;
type Ctx = AuditContext & { actor: Actor };
const iso = (value: Date | string) => new Date(value).toISOString();
const HOUR = 3_600_000;

/** The shifts that overlap [from, to), in time order. */
export async function listShifts(db: Db, from: Date, to: Date) {
  if (to.getTime() <= from.getTime()) throw new AppError('VALIDATION_FAILED', [{ field: 'querystring.to', rule: 'after', message: 'to must be after from' }]);
  // A generous window is still bounded: a week view asks for 7 days, a month for 31.
  if (to.getTime() - from.getTime() > 62 * 24 * HOUR) throw new AppError('VALIDATION_FAILED', [{ field: 'querystring.to', rule: 'range', message: 'at most 62 days' }]);
  const rows = await db
    .selectFrom('on_call_shift as s')
    .innerJoin('advisory_physician_profile as pr', 'pr.person_id', 's.person_id')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
    .select(['s.id', 's.person_id', 's.starts_at', 's.ends_at', 's.note', 'pr.county', 'p.given_name', 'p.family_name'])
    .orderBy('s.starts_at')
    .orderBy('p.family_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    name: personName(r.given_name, r.family_name),
    county: r.county,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    note: r.note,
  }));
}

/** A coordinating physician keeps the rota of their own county; an administrator keeps all. */
async function checkCounty(db: Db, actor: Actor, county: string) {
  if (actor.role === 'admin') return;
  const own = await areaOf(db, actor.personId);
  if (own.county !== county) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
}

export async function createShift(db: Db, ctx: Ctx, input: ShiftInputDto) {
  const shift = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
  return db.transaction().execute(async (tx) => {
    // Locking the physician's profile serialises rota changes for them, so two shifts written at
    // the same moment cannot both pass the overlap check.
    const profile = await tx.selectFrom('advisory_physician_profile').where('person_id', '=', input.personId).select(['person_id', 'county']).forUpdate().executeTakeFirst();
    if (!profile) throw new AppError('PHYSICIAN_NOT_FOUND');
    await checkCounty(tx, ctx.actor, profile.county);
    const nearby = await tx
      .selectFrom('on_call_shift')
      .where('person_id', '=', input.personId)
      .where('starts_at', '<', new Date(shift.endsAt.getTime() + MAX_SHIFT_HOURS * HOUR))
      .where('ends_at', '>', new Date(shift.startsAt.getTime() - MAX_SHIFT_HOURS * HOUR))
      .select(['id', 'starts_at', 'ends_at'])
      .execute();
    const problem = shiftProblem(shift, nearby.map((s) => ({ startsAt: new Date(s.starts_at), endsAt: new Date(s.ends_at) })));
    if (problem) {
      const clash = problem === 'SHIFT_OVERLAPS' ? nearby.find((s) => new Date(s.starts_at) < shift.endsAt && new Date(s.ends_at) > shift.startsAt) : undefined;
      throw new AppError(problem, clash ? { shiftId: clash.id, startsAt: iso(clash.starts_at), endsAt: iso(clash.ends_at) } : undefined);
    }
    const { id } = await tx
      .insertInto('on_call_shift')
      .values({ person_id: input.personId, starts_at: shift.startsAt, ends_at: shift.endsAt, note: input.note?.trim() || null, created_by: ctx.actor.userId, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'create',
      objectType: 'on_call_shift',
      objectId: id,
      purpose: 'directory_administration',
      detail: { personId: input.personId, startsAt: shift.startsAt.toISOString(), endsAt: shift.endsAt.toISOString() },
    });
    return { id };
  });
}

export async function deleteShift(db: Db, ctx: Ctx, id: string) {
  await db.transaction().execute(async (tx) => {
    const shift = await tx
      .selectFrom('on_call_shift as s')
      .innerJoin('advisory_physician_profile as pr', 'pr.person_id', 's.person_id')
      .where('s.id', '=', id)
      .select(['s.person_id', 's.starts_at', 's.ends_at', 'pr.county'])
      .executeTakeFirst();
    if (!shift) throw new AppError('SHIFT_NOT_FOUND');
    await checkCounty(tx, ctx.actor, shift.county);
    await tx.deleteFrom('on_call_shift').where('id', '=', id).execute();
    await recordAudit(tx, ctx, {
      action: 'delete',
      objectType: 'on_call_shift',
      objectId: id,
      purpose: 'directory_administration',
      detail: { personId: shift.person_id, startsAt: iso(shift.starts_at), endsAt: iso(shift.ends_at) },
    });
  });
}
