import { AppError } from '../../../platform/errors.js';
import { ACTIVE_STATUSES, auditArena, requireManager, requireNotCancelled, type Db } from '../access.js';
import { promoteWaiting, type PlaceDeps } from '../signup/place.js';
import { tellArena } from '../notices.js';

/** Organisers change an arena's basics, or cancel it (ADR 0006 "Core"). */
export interface ArenaChanges {
  title?: string;
  description?: string;
  location?: string;
  capacity?: number | null;
  signupDeadline?: string | null;
  status?: 'draft' | 'open' | 'closed' | 'completed';
}

export async function updateArena(db: Db, deps: PlaceDeps, arenaId: string, changes: ArenaChanges): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    requireNotCancelled(arena);
    if (changes.title !== undefined && changes.title.trim() === '') throw new AppError('VALIDATION_FAILED', [{ field: 'body.title', message: 'empty' }]);
    // A draft may open; an arena that was open never goes back to draft (people have seen it).
    if (changes.status === 'draft' && arena.status !== 'draft') throw new AppError('ARENA_STATUS_INVALID', { from: arena.status, to: 'draft' });
    const next = {
      ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
      ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
      ...(changes.location !== undefined ? { location: changes.location.trim() } : {}),
      ...(changes.capacity !== undefined ? { capacity: changes.capacity } : {}),
      ...(changes.signupDeadline !== undefined ? { signup_deadline: changes.signupDeadline } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
    };
    const updated = await tx
      .updateTable('arena')
      .set({ ...next, version: arena.version + 1, updated_at: deps.clock.now() })
      .where('id', '=', arena.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditArena(tx, deps, { action: 'update', objectType: 'arena', objectId: arena.id, detail: { fields: Object.keys(next) } });
    // A raised capacity gives the first on the waiting list their seats at once.
    if (changes.capacity !== undefined) await promoteWaiting(tx, deps, updated);
  });
}

/** Cancels the whole arena: every session too, and everyone signed up, waiting or co-organising is told. */
export async function cancelArena(db: Db, deps: PlaceDeps, arenaId: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw new AppError('ARENA_REASON_MISSING');
  await db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    requireNotCancelled(arena);
    const now = deps.clock.now();
    await tx.updateTable('arena').set({ status: 'cancelled', cancel_reason: reason.trim(), version: arena.version + 1, updated_at: now }).where('id', '=', arena.id).execute();
    await tx.updateTable('arena_session').set({ status: 'cancelled', cancel_reason: reason.trim() }).where('arena_id', '=', arena.id).where('status', '=', 'planned').execute();
    const told = await tx
      .selectFrom('arena_participant')
      .where('arena_id', '=', arena.id)
      .where((eb) => eb.or([eb('status', 'in', [...ACTIVE_STATUSES, 'nominated']), eb('part', '<>', 'participant')]))
      .select('user_id')
      .execute();
    await tellArena(tx, deps, 'arena_cancelled', told.map((p) => p.user_id).filter((id) => id !== deps.actor.userId), arena, { reason });
    await auditArena(tx, deps, { action: 'update', objectType: 'arena', objectId: arena.id, detail: { status: 'cancelled', told: told.length } });
  });
}
