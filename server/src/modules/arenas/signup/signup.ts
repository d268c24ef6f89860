import type { Actor } from '../../../platform/access/actor.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { auditArena, requireManager, requireVisible, SIGNUP_ROLES, type ArenaRow, type Db, type Standing } from '../access.js';
import { courseSettings } from '../domain/settings.js';
import { tellArena } from '../notices.js';
import { participantRow, placeParticipant, promoteWaiting, seatEntries, type PlaceDeps, type SignUpResult } from './place.js';

/**
 * Signing up for a whole arena (never per session), cancelling, and the course allocation at the
 * deadline (ADR 0006 "Core" and "Courses").
 */

/** Why the actor may not sign up now, or null. */
export function signupRefusal(arena: ArenaRow, standing: Standing, actor: Actor, now: Date): ErrorCode | null {
  if (arena.status === 'cancelled') return 'ARENA_CANCELLED';
  const own = standing.participant;
  if (own && (own.status === 'signed_up' || own.status === 'waiting' || own.part !== 'participant')) return 'ARENA_ALREADY_SIGNED_UP';
  if (!SIGNUP_ROLES[arena.kind].has(actor.role)) return 'ARENA_SIGNUP_ROLE';
  if (!standing.inArea) return 'ARENA_NOT_IN_AREA';
  if (arena.status !== 'open' || (arena.signup_deadline && new Date(arena.signup_deadline) < now)) return 'ARENA_SIGNUP_CLOSED';
  return null;
}

export async function signUp(db: Db, deps: PlaceDeps, arenaId: string, note?: string): Promise<SignUpResult> {
  return db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, deps, arenaId, true);
    const refusal = signupRefusal(arena, standing, deps.actor, deps.clock.now());
    if (refusal) throw new AppError(refusal);
    const row = await participantRow(tx, deps, arena.id, deps.actor, 'waiting', { note });
    const result = await placeParticipant(tx, deps, arena, row);
    await auditArena(tx, deps, { action: 'create', objectType: 'arena_participant', objectId: row.id, detail: { arenaId, status: result.status } });
    return result;
  });
}

/** Cancels the actor's own sign-up (or place on the waiting list); the first waiting moves up. */
export async function cancelSignUp(db: Db, deps: PlaceDeps, arenaId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, deps, arenaId, true);
    const own = standing.participant;
    if (!own || own.part !== 'participant' || !['signed_up', 'waiting', 'nominated'].includes(own.status)) throw new AppError('ARENA_NOT_SIGNED_UP');
    const now = deps.clock.now();
    await tx.updateTable('arena_participant').set({ status: own.status === 'nominated' ? 'declined' : 'cancelled', waiting_since: null, updated_at: now }).where('id', '=', own.id).execute();
    await tx.deleteFrom('arena_table_seat').where('participant_id', '=', own.id).execute();
    await auditArena(tx, deps, { action: 'update', objectType: 'arena_participant', objectId: own.id, detail: { arenaId, status: 'cancelled', was: own.status } });
    if (own.status === 'signed_up') await promoteWaiting(tx, deps, arena);
  });
}

/**
 * A course that allocates at the deadline: once it has passed, seats go by priority (GPs first),
 * then time of sign-up; everyone on the list is told to look. From then on cancellations promote
 * as usual.
 */
export async function allocateSeats(db: Db, deps: PlaceDeps, arenaId: string): Promise<{ promoted: number; waiting: number }> {
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
    if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
    const settings = courseSettings(arena.settings);
    const due = arena.signup_deadline !== null && new Date(arena.signup_deadline) <= deps.clock.now();
    if (settings.allocation !== 'at_deadline' || !due) throw new AppError('ARENA_ALLOCATION_NOT_DUE');
    const allocatedAt = deps.clock.now().toISOString();
    const updated = { ...arena, settings: { ...arena.settings, allocatedAt } };
    await tx.updateTable('arena').set({ settings: JSON.stringify(updated.settings), updated_at: deps.clock.now() }).where('id', '=', arena.id).execute();
    const waitingBefore = (await seatEntries(tx, arena.id)).filter((p) => p.status === 'waiting');
    const promoted = await promoteWaiting(tx, deps, updated);
    const stillWaiting = waitingBefore.filter((p) => !promoted.includes(p.id)).map((p) => p.user_id);
    await tellArena(tx, deps, 'allocated', stillWaiting, arena);
    await auditArena(tx, deps, { action: 'update', objectType: 'arena', objectId: arena.id, detail: { allocated: promoted.length, waiting: stillWaiting.length } });
    return { promoted: promoted.length, waiting: stillWaiting.length };
  });
}
