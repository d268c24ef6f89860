import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { requireBodyManager, type Db, type ForumCtx } from '../access.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting } from './load.js';
import { osloDate } from '../../../platform/oslo-date.js';

export interface MeetingHoursInput {
  entries: Array<{ memberId: string; hours: number; note?: string }>;
}

/**
 * Logs members' hours for a meeting that was held, for honoraria. Logging again for the same
 * member and meeting replaces the earlier figure, so a correction never counts twice.
 */
export async function logMeetingHours(db: Db, ctx: ForumCtx, meetingId: string, input: MeetingHoursInput) {
  const meeting = await loadMeeting(db, meetingId);
  await requireBodyManager(db, ctx, meeting.body_id);
  if (meeting.status !== 'held') throw new AppError('FORUM_MEETING_NOT_HELD');
  const memberIds = [...new Set(input.entries.map((e) => e.memberId))];
  if (memberIds.length !== input.entries.length) throw new AppError('VALIDATION_FAILED', { field: 'entries', reason: 'a member is listed twice' });
  for (const [index, entry] of input.entries.entries()) {
    if (!(entry.hours > 0 && entry.hours <= 24)) throw new AppError('FORUM_HOURS_INVALID', { field: `entries.${index}.hours` });
  }
  return db.transaction().execute(async (tx) => {
    const known = memberIds.length === 0 ? [] : await tx.selectFrom('forum_member').where('body_id', '=', meeting.body_id).where('id', 'in', memberIds).select('id').execute();
    const missing = memberIds.findIndex((id) => !known.some((k) => k.id === id));
    if (missing >= 0) throw new AppError('FORUM_MEMBER_NOT_FOUND', { field: `entries.${missing}.memberId` });
    const now = ctx.clock.now();
    if (memberIds.length > 0) {
      await tx.deleteFrom('forum_member_hours').where('meeting_id', '=', meetingId).where('member_id', 'in', memberIds).execute();
      await tx
        .insertInto('forum_member_hours')
        .values(input.entries.map((e) => ({ member_id: e.memberId, meeting_id: meetingId, worked_on: osloDate(meeting.starts_at), hours: e.hours, note: e.note?.trim() || null, created_at: now })))
        .execute();
    }
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_member_hours', objectId: meetingId, purpose: FORUM_AUDIT_PURPOSE, detail: { members: memberIds.length } });
    return { logged: input.entries.length };
  });
}
