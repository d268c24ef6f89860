import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { loadBody, requireBodyManager, type Db, type ForumCtx } from '../access.js';
import { minutesProblem } from '../domain/agenda.js';
import { quorumCheck } from '../domain/quorum.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting, membersOnDay } from './load.js';
import { osloDate } from '../../../platform/oslo-date.js';

export interface MinutesInput {
  presentMemberIds: string[];
  items: Array<{ id: string; decision: string }>;
  text?: string;
}

/**
 * The minutes: who was present, the decision on each item, free text. Writing them marks the
 * meeting held (so recommendations can be approved at it); they can be corrected afterwards.
 * Decisions need a quorum among the members present; minutes without decisions do not (a
 * meeting that was not quorate is still recorded, and its cases wait for the next one).
 */
export async function writeMinutes(db: Db, ctx: ForumCtx, meetingId: string, input: MinutesInput) {
  const meeting = await loadMeeting(db, meetingId);
  await requireBodyManager(db, ctx, meeting.body_id);
  const body = await loadBody(db, meeting.body_id);
  return db.transaction().execute(async (tx) => {
    const locked = await loadMeeting(tx, meetingId, true);
    if (locked.status === 'cancelled') throw new AppError('FORUM_MEETING_NOT_PLANNED');
    const now = ctx.clock.now();
    if (new Date(locked.starts_at).getTime() > now.getTime()) throw new AppError('FORUM_MEETING_NOT_STARTED');
    const members = await membersOnDay(tx, locked.body_id, osloDate(locked.starts_at));
    const agenda = await tx.selectFrom('forum_meeting_item').where('meeting_id', '=', meetingId).select(['id', 'submission_id']).execute();
    const problem = minutesProblem(input, agenda.map((a) => a.id), members.map((m) => m.id));
    if (problem) throw new AppError(problem.code, { field: problem.field });
    const quorum = quorumCheck(body, input.presentMemberIds, members.map((m) => m.id));
    if (input.items.length > 0 && !quorum.met) throw new AppError('FORUM_QUORUM_NOT_MET', { needed: quorum.needed, present: quorum.present });

    const present = [...new Set(input.presentMemberIds)];
    await tx
      .updateTable('forum_meeting')
      .set({ status: 'held', present_member_ids: present, minutes_text: input.text?.trim() || null, updated_at: now })
      .where('id', '=', meetingId)
      .execute();
    for (const item of input.items) await tx.updateTable('forum_meeting_item').set({ decision: item.decision.trim() }).where('id', '=', item.id).execute();
    // A decided case has had its discussion: it leaves the pile for the next agenda.
    const decided = agenda.filter((a) => a.submission_id && input.items.some((i) => i.id === a.id)).map((a) => a.submission_id!);
    if (decided.length > 0) await tx.updateTable('forum_submission').set({ ready_for_meeting: false, updated_at: now }).where('id', 'in', decided).execute();
    await recordAudit(tx, ctx, {
      action: locked.status === 'held' ? 'update' : 'create',
      objectType: 'forum_meeting_minutes',
      objectId: meetingId,
      purpose: FORUM_AUDIT_PURPOSE,
      detail: { present: present.length, decisions: input.items.length, quorum: quorum.met },
    });
    return { id: meetingId, quorum };
  });
}
