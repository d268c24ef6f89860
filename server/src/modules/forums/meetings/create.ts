import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { requireBodyManager, type Db, type ForumCtx } from '../access.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting } from './load.js';

export interface NewMeeting {
  kind: 'ordinary' | 'open_thematic';
  title: string;
  theme?: string;
  startsAt: string;
  durationMinutes?: number;
  place?: string;
  capacity?: number;
}

/** The leader or secretary sets up a meeting; an open thematic one is then listed publicly. */
export async function createMeeting(db: Db, ctx: ForumCtx, bodyId: string, input: NewMeeting): Promise<{ id: string }> {
  await requireBodyManager(db, ctx, bodyId);
  const now = ctx.clock.now();
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < now.getTime()) throw new AppError('FORUM_MEETING_TIME_PAST', { field: 'startsAt' });
  if (!input.title.trim()) throw new AppError('FORUM_TEXT_EMPTY', { field: 'title' });
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('forum_meeting')
      .values({
        body_id: bodyId,
        kind: input.kind,
        title: input.title.trim(),
        theme: input.theme?.trim() || null,
        starts_at: startsAt,
        duration_minutes: input.durationMinutes ?? 120,
        place: input.place?.trim() || null,
        // Capacity only limits registration, which only open meetings have.
        capacity: input.kind === 'open_thematic' ? (input.capacity ?? null) : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_meeting', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { bodyId, kind: input.kind } });
    return { id: row.id };
  });
}

/** A planned meeting can be cancelled; it then counts for nothing (not for the open-meeting target either). */
export async function cancelMeeting(db: Db, ctx: ForumCtx, meetingId: string): Promise<{ id: string }> {
  const meeting = await loadMeeting(db, meetingId);
  await requireBodyManager(db, ctx, meeting.body_id);
  return db.transaction().execute(async (tx) => {
    const locked = await loadMeeting(tx, meetingId, true);
    if (locked.status !== 'planned') throw new AppError('FORUM_MEETING_NOT_PLANNED');
    await tx.updateTable('forum_meeting').set({ status: 'cancelled', updated_at: ctx.clock.now() }).where('id', '=', meetingId).execute();
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_meeting', objectId: meetingId, purpose: FORUM_AUDIT_PURPOSE, detail: { status: 'cancelled' } });
    return { id: meetingId };
  });
}
