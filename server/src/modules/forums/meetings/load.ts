import type { Selectable } from 'kysely';
import type { AuditPurpose } from '../../../platform/audit/audit.js';
import type { ForumMeetingTable } from '../../../platform/db/schema-forums.js';
import { AppError } from '../../../platform/errors.js';
import { termCovers } from '../domain/quorum.js';
import type { Executor } from '../access.js';

export type MeetingRow = Selectable<ForumMeetingTable>;

/** Forum work is audited under its own purpose, so the log tells it apart from patient care. */
export const FORUM_AUDIT_PURPOSE: AuditPurpose = 'collaboration_forum';

/** The calendar day in Norway of an instant: meetings, terms and hours are dated by it. */

/** The meeting, locked for the rest of the transaction when asked (registrations count seats). */
export async function loadMeeting(db: Executor, meetingId: string, forUpdate = false): Promise<MeetingRow> {
  let query = db.selectFrom('forum_meeting').where('id', '=', meetingId).selectAll();
  if (forUpdate) query = query.forUpdate();
  const meeting = await query.executeTakeFirst();
  if (!meeting) throw new AppError('FORUM_MEETING_NOT_FOUND');
  return meeting;
}

/** The body's members whose term covers the day: who may be present, and whom quorum counts. */
export async function membersOnDay(db: Executor, bodyId: string, day: string) {
  const members = await db.selectFrom('forum_member').where('body_id', '=', bodyId).select(['id', 'name', 'represents', 'role', 'term_start', 'term_end']).orderBy('name').execute();
  return members.filter((m) => termCovers(m, day));
}

/** Open thematic meetings of the body in a calendar year, against its yearly target (Møteplass Oslo: ≥ 3). */
export async function openMeetingCount(db: Executor, bodyId: string, year: number, wanted: number) {
  const rows = await db
    .selectFrom('forum_meeting')
    .where('body_id', '=', bodyId)
    .where('kind', '=', 'open_thematic')
    .where('status', '!=', 'cancelled')
    .where('starts_at', '>=', new Date(`${year}-01-01T00:00:00+01:00`))
    .where('starts_at', '<', new Date(`${year + 1}-01-01T00:00:00+01:00`))
    .select('status')
    .execute();
  const held = rows.filter((r) => r.status === 'held').length;
  return { year, wanted, held, planned: rows.length - held, met: rows.length >= wanted };
}
