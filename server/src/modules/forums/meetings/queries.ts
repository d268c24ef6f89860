import { sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { loadBody, requireBodyMember, type Db, type Executor, type ForumCtx } from '../access.js';
import { quorumCheck } from '../domain/quorum.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting, membersOnDay, openMeetingCount, type MeetingRow } from './load.js';
import { osloDate } from '../../../platform/oslo-date.js';

const iso = (value: Date | string) => new Date(value).toISOString();

function summary(m: MeetingRow & { items: number; registered: number }) {
  return {
    id: m.id,
    bodyId: m.body_id,
    kind: m.kind,
    title: m.title,
    theme: m.theme,
    startsAt: iso(m.starts_at),
    durationMinutes: m.duration_minutes,
    place: m.place,
    capacity: m.capacity,
    status: m.status,
    items: m.items,
    registered: m.registered,
  };
}

const counted = (db: Executor) =>
  db
    .selectFrom('forum_meeting as m')
    .selectAll('m')
    .select([
      sql<number>`(select count(*)::int from forum_meeting_item i where i.meeting_id = m.id)`.as('items'),
      sql<number>`(select count(*)::int from forum_meeting_registration r where r.meeting_id = m.id)`.as('registered'),
    ]);

/** The body's meetings (members), newest first, with this year's open meetings against the target. */
export async function listMeetings(db: Db, ctx: ForumCtx, bodyId: string) {
  await requireBodyMember(db, ctx, bodyId);
  const body = await loadBody(db, bodyId);
  const rows = await counted(db).where('m.body_id', '=', bodyId).orderBy('m.starts_at', 'desc').limit(500).execute();
  const year = Number(osloDate(ctx.clock.now()).slice(0, 4));
  await recordAudit(db, ctx, { action: 'list', objectType: 'forum_meeting', objectId: bodyId, purpose: FORUM_AUDIT_PURPOSE });
  return { meetings: rows.map(summary), openMeetings: await openMeetingCount(db, bodyId, year, body.open_meetings_per_year) };
}

/** One meeting with agenda, decisions, who was present and quorum; the registrants' list for the leader and secretary. */
export async function readMeeting(db: Db, ctx: ForumCtx, meetingId: string) {
  const meeting = await loadMeeting(db, meetingId);
  const standing = await requireBodyMember(db, ctx, meeting.body_id);
  const body = await loadBody(db, meeting.body_id);
  const manages = standing.kind === 'admin' || standing.role === 'leader' || standing.role === 'secretary';
  const [items, members, registrations, hours] = await Promise.all([
    db.selectFrom('forum_meeting_item').where('meeting_id', '=', meetingId).select(['id', 'position', 'submission_id', 'recommendation_id', 'title', 'decision']).orderBy('position').execute(),
    membersOnDay(db, meeting.body_id, osloDate(meeting.starts_at)),
    db.selectFrom('forum_meeting_registration').where('meeting_id', '=', meetingId).select(['id', 'name', 'email', 'organisation', 'created_at']).orderBy('created_at').execute(),
    db.selectFrom('forum_member_hours').where('meeting_id', '=', meetingId).select(['member_id', 'hours']).execute(),
  ]);
  const quorum = quorumCheck(body, meeting.present_member_ids, members.map((m) => m.id));
  await recordAudit(db, ctx, { action: 'read', objectType: 'forum_meeting', objectId: meetingId, purpose: FORUM_AUDIT_PURPOSE, detail: { registrations: manages ? registrations.length : 0 } });
  return {
    ...summary({ ...meeting, items: items.length, registered: registrations.length }),
    body: { id: body.id, name: body.name },
    minutesText: meeting.minutes_text,
    agenda: items.map((i) => ({ id: i.id, position: i.position, submissionId: i.submission_id, recommendationId: i.recommendation_id, title: i.title, decision: i.decision })),
    members: members.map((m) => ({ id: m.id, name: m.name, represents: m.represents, role: m.role, present: meeting.present_member_ids.includes(m.id), hours: hoursOf(hours, m.id) })),
    quorum: meeting.status === 'held' ? quorum : { ...quorum, met: false, present: 0 },
    registrations: manages ? registrations.map((r) => ({ id: r.id, name: r.name, email: r.email, organisation: r.organisation, at: iso(r.created_at) })) : null,
    canManage: manages,
  };
}

const hoursOf = (rows: ReadonlyArray<{ member_id: string; hours: string | number }>, memberId: string) => {
  const row = rows.find((r) => r.member_id === memberId);
  return row ? Number(row.hours) : null;
};

/** Open thematic meetings still to come, for anyone (no names of who registered), soonest first. */
export async function upcomingOpenMeetings(db: Executor, now: Date, bodyId?: string) {
  let query = counted(db)
    .innerJoin('forum_body as b', 'b.id', 'm.body_id')
    .select(['b.name as body_name', 'b.slug as body_slug'])
    .where('m.kind', '=', 'open_thematic')
    .where('m.status', '=', 'planned')
    .where('m.starts_at', '>', now)
    .where('b.active', '=', true);
  if (bodyId) query = query.where('m.body_id', '=', bodyId);
  const rows = await query.orderBy('m.starts_at').limit(200).execute();
  return rows.map((m) => {
    const { items: _items, ...rest } = summary(m);
    return { ...rest, body: { name: m.body_name, slug: m.body_slug }, spotsLeft: m.capacity === null ? null : Math.max(0, m.capacity - m.registered) };
  });
}
