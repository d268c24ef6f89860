/**
 * Follow-ups agreed at a visit ("send the office the list of NAV's measures", "a contact person
 * for the office by May"): each with an owner and a due date, done or not done. And the people a
 * round can name as visitors and owners: NAV staff and practice consultants of the round's county.
 */
import { NAV_ROLES, type Role } from '../../../platform/access/roles.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { loadRound, loadVisitOffice, requireRoundActive, requireRoundWorker } from './access.js';
import { officeViews } from './office-view.js';
import { activeUsers, auditArena, isIsoDate, type Db, type OutreachCtx } from './outreach-access.js';

export interface FollowUpInput {
  text: string;
  ownerUserId: string;
  dueOn: string;
}

/** Owners may also be on the GP side (a GP who promised something): any staff role, never a patient or an employer. */
const OWNER_EXCLUDED: ReadonlySet<Role> = new Set<Role>(['patient', 'employer']);

async function workableOffice(db: Db, ctx: OutreachCtx, visitOfficeId: string) {
  const office = await loadVisitOffice(db, visitOfficeId);
  const round = await loadRound(db, office.round_id);
  await requireRoundWorker(db, ctx.actor, round);
  requireRoundActive(round);
  return { office, round };
}

export async function addFollowUp(db: Db, ctx: OutreachCtx, visitOfficeId: string, input: FollowUpInput) {
  const { round } = await workableOffice(db, ctx, visitOfficeId);
  if (!isIsoDate(input.dueOn)) throw new AppError('VALIDATION_FAILED', { field: 'dueOn' });
  const [owner] = await activeUsers(db, [input.ownerUserId]);
  if (!owner || OWNER_EXCLUDED.has(owner.role as Role)) throw new AppError('ARENA_USER_INVALID', { field: 'ownerUserId' });
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('arena_visit_follow_up')
      .values({ visit_office_id: visitOfficeId, text: input.text.trim(), owner_user_id: owner.id, due_on: input.dueOn, created_by: ctx.actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_visit_follow_up', objectId: row.id, detail: { visitOfficeId } });
    return (await officeViews(tx, { visitOfficeId }, round, now))[0]!;
  });
}

/** Marks a follow-up done, or not done again. */
export async function setFollowUpDone(db: Db, ctx: OutreachCtx, followUpId: string, done: boolean) {
  const followUp = await db.selectFrom('arena_visit_follow_up').where('id', '=', followUpId).selectAll().executeTakeFirst();
  if (!followUp) throw new AppError('ARENA_VISIT_FOLLOW_UP_NOT_FOUND');
  const { round } = await workableOffice(db, ctx, followUp.visit_office_id);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable('arena_visit_follow_up')
      .set(done ? { done_at: followUp.done_at ?? now, done_by: followUp.done_by ?? ctx.actor.userId } : { done_at: null, done_by: null })
      .where('id', '=', followUpId)
      .execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_visit_follow_up', objectId: followUpId, detail: { done } });
    return (await officeViews(tx, { visitOfficeId: followUp.visit_office_id }, round, now))[0]!;
  });
}

/**
 * Staff a round's workers can name: NAV staff and practice consultants whose organisation lies
 * in the round's counties (the first two digits of its municipality numbers).
 */
export async function roundStaff(db: Db, ctx: OutreachCtx, roundId: string) {
  const round = await loadRound(db, roundId);
  await requireRoundWorker(db, ctx.actor, round);
  const counties = [...new Set(round.municipality_numbers.map((n) => n.slice(0, 2)))];
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('u.active', '=', true)
    .where('u.role', 'in', [...NAV_ROLES, 'practice_consultant'])
    .where((eb) => eb.or(counties.map((c) => eb('o.municipality_number', 'like', `${c}%`))))
    .select(['u.id', 'u.role', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: personName(r.given_name, r.family_name) || r.role, role: r.role, organisationName: r.organisation_name }));
}
