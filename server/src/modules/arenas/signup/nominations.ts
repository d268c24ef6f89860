import { sql } from 'kysely';
import { personName } from '../../../platform/names.js';
import type { Role } from '../../../platform/access/roles.js';
import { AppError } from '../../../platform/errors.js';
import { auditArena, isNavRole, requireVisible, type ArenaRow, type Db, type Tx } from '../access.js';
import { tellArena } from '../notices.js';
import { participantRow, placeParticipant, type PlaceDeps, type SignUpResult } from './place.js';

/**
 * NAV advisers (and the organisers) nominate GPs of the area to a series (report 001 §4: the
 * adviser knows which GPs would gain from it). The GP is told and accepts — then placed like a
 * sign-up, waiting list included — or declines.
 */

/** Active GP users working in the arena's area: whom one may nominate (and whom invitations reach). */
export function areaGpQuery(db: Db | Tx, arena: ArenaRow) {
  const area =
    arena.municipality_numbers.length > 0
      ? sql<boolean>`o.municipality_number = any(${sql.val(arena.municipality_numbers)}::text[])`
      : sql<boolean>`left(o.municipality_number, 2) = ${arena.county_number ?? ''}`;
  return db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('u.role', '=', 'gp')
    .where('u.active', '=', true)
    .where(area);
}

export async function nominate(db: Db, deps: PlaceDeps, arenaId: string, input: { userId: string; note?: string }): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, deps, arenaId, true);
    if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
    if (!standing.manager && !(isNavRole(deps.actor.role) && standing.inArea)) throw new AppError('ARENA_NOMINATE_ROLE');
    if (arena.status !== 'open' || (arena.signup_deadline && new Date(arena.signup_deadline) < deps.clock.now())) throw new AppError('ARENA_SIGNUP_CLOSED');
    const nominee = await areaGpQuery(tx, arena).where('u.id', '=', input.userId).select(['u.id', 'u.organisation_id', 'u.role']).executeTakeFirst();
    if (!nominee) throw new AppError('ARENA_NOMINEE_INVALID');
    const existing = await tx.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('user_id', '=', nominee.id).selectAll().executeTakeFirst();
    if (existing && (existing.part !== 'participant' || ['signed_up', 'waiting', 'nominated'].includes(existing.status))) throw new AppError('ARENA_ALREADY_SIGNED_UP');
    const row = await participantRow(tx, deps, arena.id, { userId: nominee.id, organisationId: nominee.organisation_id, role: nominee.role as Role }, 'nominated', { note: input.note, nominatedBy: deps.actor.userId });
    await tellArena(tx, deps, 'nominated', [nominee.id], arena, { via: deps.actor.name });
    await auditArena(tx, deps, { action: 'create', objectType: 'arena_nomination', objectId: row.id, detail: { arenaId, nominee: nominee.id } });
    return row.id;
  });
}

/** The nominated GP's answer. */
export async function answerNomination(db: Db, deps: PlaceDeps, arenaId: string, accept: boolean): Promise<SignUpResult | null> {
  return db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, deps, arenaId, true);
    const own = standing.participant;
    if (!own || own.status !== 'nominated') throw new AppError('ARENA_NOT_NOMINATED');
    if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
    if (!accept) {
      await tx.updateTable('arena_participant').set({ status: 'declined', updated_at: deps.clock.now() }).where('id', '=', own.id).execute();
      await auditArena(tx, deps, { action: 'update', objectType: 'arena_nomination', objectId: own.id, detail: { arenaId, accept } });
      return null;
    }
    if (arena.status !== 'open' || (arena.signup_deadline && new Date(arena.signup_deadline) < deps.clock.now())) throw new AppError('ARENA_SIGNUP_CLOSED');
    const result = await placeParticipant(tx, deps, arena, own);
    await auditArena(tx, deps, { action: 'update', objectType: 'arena_nomination', objectId: own.id, detail: { arenaId, accept, status: result.status } });
    return result;
  });
}

/** GPs of the area one may still nominate (for the organisers' and advisers' select list). */
export async function nominationCandidates(db: Db, deps: PlaceDeps, arenaId: string) {
  const { arena, standing } = await requireVisible(db, deps, arenaId);
  if (!standing.manager && !(isNavRole(deps.actor.role) && standing.inArea)) throw new AppError('ARENA_NOMINATE_ROLE');
  const taken = db.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('status', 'in', ['signed_up', 'waiting', 'nominated']).select('user_id');
  const rows = await areaGpQuery(db, arena)
    .where('u.id', 'not in', taken)
    .select(['u.id', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .limit(500)
    .execute();
  await auditArena(db, deps, { action: 'list', objectType: 'arena_nomination_candidates', objectId: arena.id, detail: { rows: rows.length } });
  return rows.map((r) => ({ userId: r.id, name: personName(r.given_name, r.family_name) || '—', organisationName: r.organisation_name }));
}

