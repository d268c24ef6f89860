import type { Actor } from '../../../platform/access/actor.js';
import type { Lang } from '../../../platform/errors.js';
import { AppError } from '../../../platform/errors.js';
import { isNavRole, type ArenaCtx, type ArenaRow, type Executor, type ParticipantRow, type Tx } from '../access.js';
import { ARENA_NOTICES, type ArenaNoticeCode } from '../domain/errors.js';
import { allocationOf, gpPriorityOf } from '../domain/settings.js';
import { placeNewcomer, priorityFor, promotions, waitingPlace, type AllocationMode, type ListEntry } from '../domain/waiting-list.js';
import { tellArena, type NoticeDeps } from '../notices.js';

/**
 * Placing a participant and moving the waiting list, inside the caller's transaction with the
 * arena row locked (loadArena(…, lock)), so two sign-ups for the last seat never both get it.
 */
export type PlaceDeps = ArenaCtx & NoticeDeps & { lang: Lang };

export interface SignUpResult {
  participantId: string;
  status: ParticipantRow['status'];
  waitingPlace: number | null;
  notice: { code: ArenaNoticeCode; message: string } | null;
}

const toEntry = (p: ParticipantRow): ListEntry => ({ id: p.id, status: p.status, priority: p.priority, waitingSince: p.waiting_since ? new Date(p.waiting_since).getTime() : null });

/** The participants that compete for seats (guests, speakers and co-organisers do not). */
export async function seatEntries(tx: Executor, arenaId: string): Promise<ParticipantRow[]> {
  return tx.selectFrom('arena_participant').where('arena_id', '=', arenaId).where('part', '=', 'participant').selectAll().execute();
}

/** Allocation at the deadline applies until the organiser has allocated; after that, seats are given at once. */
export function allocationMode(arena: ArenaRow): AllocationMode {
  const mode = allocationOf(arena.kind, arena.settings);
  return mode === 'at_deadline' && !(arena.settings as { allocatedAt?: string }).allocatedAt ? 'at_deadline' : 'first_come';
}

/** The snapshot a sign-up keeps: the user's organisation and its municipality, GP or NAV. */
export async function snapshotOf(tx: Tx, user: { organisationId: string | null; role: Actor['role'] }) {
  const org = user.organisationId ? await tx.selectFrom('organisation').where('id', '=', user.organisationId).select(['id', 'municipality_number']).executeTakeFirst() : undefined;
  return { organisation_id: org?.id ?? null, municipality_number: org?.municipality_number ?? null, is_gp: user.role === 'gp', is_nav: isNavRole(user.role) };
}

/**
 * Gives `row` (a new, nominated, cancelled or declined participant) a seat or a place on the
 * waiting list, and says which, with the notice to show when it waits.
 */
export async function placeParticipant(tx: Tx, deps: PlaceDeps, arena: ArenaRow, row: ParticipantRow): Promise<SignUpResult> {
  const now = deps.clock.now();
  const entries = (await seatEntries(tx, arena.id)).filter((p) => p.id !== row.id);
  const priority = priorityFor({ isGp: row.is_gp, isNav: row.is_nav }, gpPriorityOf(arena.kind, arena.settings));
  const mode = allocationMode(arena);
  const placement = placeNewcomer(entries.map(toEntry), arena.capacity, { priority, joinedAt: now.getTime() }, mode);
  const waiting = placement.status === 'waiting';
  await tx
    .updateTable('arena_participant')
    .set({ status: placement.status, priority, waiting_since: waiting ? now : null, signed_up_at: now, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  const code: ArenaNoticeCode | null = !waiting ? null : mode === 'at_deadline' ? 'ARENA_WAITING_FOR_ALLOCATION' : 'ARENA_FULL_WAITING_LIST';
  return {
    participantId: row.id,
    status: placement.status,
    waitingPlace: placement.status === 'waiting' ? placement.place : null,
    notice: code ? { code, message: ARENA_NOTICES[code][deps.lang] } : null,
  };
}

/** Moves the first on the waiting list into the free seats and tells them; returns who moved up. */
export async function promoteWaiting(tx: Tx, deps: PlaceDeps, arena: ArenaRow): Promise<string[]> {
  if (allocationMode(arena) === 'at_deadline' || arena.status === 'cancelled') return [];
  const entries = await seatEntries(tx, arena.id);
  const moving = promotions(entries.map(toEntry), arena.capacity).map((e) => e.id);
  if (moving.length === 0) return [];
  const now = deps.clock.now();
  await tx.updateTable('arena_participant').set({ status: 'signed_up', waiting_since: null, updated_at: now }).where('id', 'in', moving).execute();
  const users = entries.filter((p) => moving.includes(p.id)).map((p) => p.user_id);
  await tellArena(tx, deps, 'promoted', users, arena);
  return moving;
}

/** The waiting place of one participant now. */
export async function placeOnList(tx: Executor, arenaId: string, participantId: string): Promise<number | null> {
  return waitingPlace((await seatEntries(tx, arenaId)).map(toEntry), participantId);
}

/** The row for the user in this arena, created as `status` when there is none. */
export async function participantRow(tx: Tx, deps: PlaceDeps, arenaId: string, user: { userId: string; organisationId: string | null; role: Actor['role'] }, status: ParticipantRow['status'], extra: { note?: string; nominatedBy?: string } = {}): Promise<ParticipantRow> {
  const now = deps.clock.now();
  const snapshot = await snapshotOf(tx, user);
  const row = await tx
    .insertInto('arena_participant')
    .values({ arena_id: arenaId, user_id: user.userId, status, ...snapshot, note: extra.note?.trim() ?? '', nominated_by: extra.nominatedBy ?? null, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['arena_id', 'user_id']).doUpdateSet({ status, ...snapshot, note: extra.note?.trim() ?? '', nominated_by: extra.nominatedBy ?? null, waiting_since: null, updated_at: now }),
    )
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('ARENA_PARTICIPANT_NOT_FOUND');
  return row;
}
