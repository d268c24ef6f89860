import { AppError } from '../../../platform/errors.js';
import { auditArena, loadSession, minutesBetween, requireManager, requireNotCancelled, type ArenaCtx, type Db } from '../access.js';

/**
 * The organiser records who attended a session, and for how long (the fee claim counts it).
 * Everyone listed must be signed up to the arena — an attendance record for someone who is not
 * is refused whole (ARENA_NOT_SIGNED_UP, naming them), never half-written. The session is then
 * held.
 */
export interface AttendanceRecord {
  participantId: string;
  attended: boolean;
  minutes?: number | null;
}

export async function recordAttendance(db: Db, ctx: ArenaCtx, sessionId: string, records: readonly AttendanceRecord[]): Promise<string> {
  const session = await loadSession(db, sessionId);
  const ids = records.map((r) => r.participantId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new AppError('ARENA_ATTENDANCE_DUPLICATE', { participantId: duplicate });
  const length = minutesBetween(session.starts_at, session.ends_at);
  const tooLong = records.find((r) => r.minutes != null && r.minutes > length);
  if (tooLong) throw new AppError('ARENA_SESSION_TIME_INVALID', { participantId: tooLong.participantId, maxMinutes: length });
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, ctx, session.arena_id, true);
    requireNotCancelled(arena);
    if (session.status === 'cancelled') throw new AppError('ARENA_SESSION_NOT_PLANNED');
    const now = ctx.clock.now();
    if (new Date(session.starts_at) > now) throw new AppError('ARENA_SESSION_NOT_STARTED');
    const signedUp = await tx.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('id', 'in', ids).where('part', '=', 'participant').where('status', '=', 'signed_up').select('id').execute();
    const known = new Set(signedUp.map((p) => p.id));
    const notSignedUp = ids.filter((id) => !known.has(id));
    if (notSignedUp.length > 0) throw new AppError('ARENA_NOT_SIGNED_UP', { participantIds: notSignedUp });
    for (const r of records) {
      const minutes = r.attended ? (r.minutes ?? length) : 0;
      await tx
        .insertInto('arena_attendance')
        .values({ session_id: session.id, participant_id: r.participantId, attended: r.attended, minutes, recorded_by: ctx.actor.userId, recorded_at: now })
        .onConflict((oc) => oc.columns(['session_id', 'participant_id']).doUpdateSet({ attended: r.attended, minutes, recorded_by: ctx.actor.userId, recorded_at: now }))
        .execute();
    }
    await tx.updateTable('arena_session').set({ status: 'held' }).where('id', '=', session.id).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_attendance', objectId: session.id, detail: { arenaId: arena.id, records: records.length, attended: records.filter((r) => r.attended).length } });
    return arena.id;
  });
}
