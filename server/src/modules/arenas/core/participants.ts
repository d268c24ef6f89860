import { AppError } from '../../../platform/errors.js';
import { auditArena, CREATOR_ROLES, requireManager, requireNotCancelled, type Db } from '../access.js';
import { waitingPlace } from '../domain/waiting-list.js';
import { tellArena } from '../notices.js';
import type { PlaceDeps } from '../signup/place.js';
import { iso, userNames } from './view.js';
import type { Role } from '../../../platform/access/roles.js';

/** The organisers' list of participants (audited) and adding a co-organiser (ADR 0006 "Core"). */
export async function listParticipants(db: Db, deps: PlaceDeps, arenaId: string) {
  const { arena } = await requireManager(db, deps, arenaId);
  const rows = await db
    .selectFrom('arena_participant as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .where('p.arena_id', '=', arena.id)
    .selectAll('p')
    .select('o.name as organisation_name')
    .orderBy('p.signed_up_at')
    .orderBy('p.updated_at')
    .execute();
  const ids = rows.map((r) => r.id);
  const attendance = ids.length ? await db.selectFrom('arena_attendance').where('participant_id', 'in', ids).select(['participant_id', 'session_id', 'attended', 'minutes']).execute() : [];
  const names = await userNames(db, [...rows.map((r) => r.user_id), ...rows.map((r) => r.nominated_by).filter((id): id is string => id !== null)]);
  const entries = rows.filter((r) => r.part === 'participant').map((r) => ({ id: r.id, status: r.status, priority: r.priority, waitingSince: r.waiting_since ? new Date(r.waiting_since).getTime() : null }));
  await auditArena(db, deps, { action: 'list', objectType: 'arena_participant', objectId: arena.id, detail: { rows: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: names.get(r.user_id)?.name ?? '—',
    role: names.get(r.user_id)?.role ?? '',
    organisationName: r.organisation_name,
    municipalityNumber: r.municipality_number,
    part: r.part,
    status: r.status,
    waitingPlace: r.status === 'waiting' ? waitingPlace(entries, r.id) : null,
    isGp: r.is_gp,
    isNav: r.is_nav,
    nominatedByName: r.nominated_by ? (names.get(r.nominated_by)?.name ?? null) : null,
    note: r.note,
    signedUpAt: iso(r.signed_up_at),
    attendance: attendance.filter((a) => a.participant_id === r.id).map((a) => ({ sessionId: a.session_id, attended: a.attended, minutes: a.minutes })),
  }));
}

/**
 * Adds a co-organiser — typically the municipal physician, through whom a series' invitations
 * go. Anyone who may create arenas may co-organise; they are told.
 */
export async function addCoOrganiser(db: Db, deps: PlaceDeps, arenaId: string, userId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    requireNotCancelled(arena);
    const user = await tx.selectFrom('app_user').where('id', '=', userId).where('active', '=', true).select(['id', 'role', 'organisation_id']).executeTakeFirst();
    if (!user || !CREATOR_ROLES.has(user.role as Role) || user.id === arena.organiser_user_id) throw new AppError('ARENA_USER_INVALID');
    const existing = await tx.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('user_id', '=', userId).select(['id', 'status', 'part']).executeTakeFirst();
    if (existing?.part === 'participant' && ['signed_up', 'waiting'].includes(existing.status)) throw new AppError('ARENA_ALREADY_SIGNED_UP');
    const now = deps.clock.now();
    const org = user.organisation_id ? await tx.selectFrom('organisation').where('id', '=', user.organisation_id).select('municipality_number').executeTakeFirst() : undefined;
    const values = { part: 'co_organiser' as const, status: 'signed_up' as const, organisation_id: user.organisation_id, municipality_number: org?.municipality_number ?? null, signed_up_at: now, updated_at: now };
    await tx
      .insertInto('arena_participant')
      .values({ arena_id: arena.id, user_id: userId, ...values })
      .onConflict((oc) => oc.columns(['arena_id', 'user_id']).doUpdateSet(values))
      .execute();
    await tellArena(tx, deps, 'co_organiser_added', [userId], arena);
    await auditArena(tx, deps, { action: 'create', objectType: 'arena_co_organiser', objectId: arena.id, detail: { userId } });
  });
}


/** Active municipal physicians, for the series form's "invitations go through" select (creators only). */
export async function municipalPhysicians(db: Db, deps: PlaceDeps) {
  if (!CREATOR_ROLES.has(deps.actor.role)) throw new AppError('ARENA_CREATE_ROLE');
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.role', '=', 'municipal_physician')
    .where('u.active', '=', true)
    .select(['u.id', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .orderBy('p.family_name')
    .limit(500)
    .execute();
  return rows.map((r) => ({ userId: r.id, name: `${r.given_name ?? ''} ${r.family_name ?? ''}`.trim() || '—', organisationName: r.organisation_name }));
}
