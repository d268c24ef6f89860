import { isValid, parseISO } from 'date-fns';
import type { ForumAppointedHow, ForumMemberRole } from '../../platform/db/schema-forums.js';
import { AppError } from '../../platform/errors.js';
import { auditForum, loadBody, osloToday, requireBodyManager, requireBodyMember, type Db, type ForumCtx } from './access.js';
import { memberView } from './bodies.js';
import { honorariumNok } from './domain/composition.js';

/**
 * Members of a body (issue 9, point 1): whom they represent, how they were appointed and their
 * term; and the hours they spend in meetings, with honoraria at the body's rate. The leader,
 * the secretary or an admin keeps the list; a member logs their own hours.
 */
export interface MemberInput {
  userId?: string | null;
  name: string;
  represents: string;
  region?: string | null;
  role: ForumMemberRole;
  appointedHow: ForumAppointedHow;
  appointedBy?: string | null;
  termStart: string;
  termEnd?: string | null;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

async function memberColumns(db: Db, input: MemberInput) {
  if (!input.name.trim()) throw new AppError('FORUM_TEXT_EMPTY', { field: 'name' });
  if (!input.represents.trim()) throw new AppError('FORUM_TEXT_EMPTY', { field: 'represents' });
  const termEnd = input.termEnd ?? null;
  if (!isDate(input.termStart) || (termEnd !== null && !isDate(termEnd))) throw new AppError('VALIDATION_FAILED', { field: 'term' });
  if (termEnd !== null && termEnd < input.termStart) throw new AppError('FORUM_TERM_INVALID');
  const userId = input.userId ?? null;
  if (userId) {
    const user = await db.selectFrom('app_user').where('id', '=', userId).select(['id', 'active']).executeTakeFirst();
    if (!user?.active) throw new AppError('USER_NOT_FOUND');
  }
  return {
    user_id: userId,
    name: input.name.trim(),
    represents: input.represents.trim(),
    region: input.region?.trim() || null,
    role: input.role,
    appointed_how: input.appointedHow,
    appointed_by: input.appointedBy?.trim() || null,
    term_start: input.termStart,
    term_end: termEnd,
  };
}

export async function addMember(db: Db, ctx: ForumCtx, bodyId: string, input: MemberInput) {
  await requireBodyManager(db, ctx, bodyId);
  const columns = await memberColumns(db, input);
  return db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('forum_member').values({ ...columns, body_id: bodyId, created_at: ctx.clock.now() }).returningAll().executeTakeFirstOrThrow();
    await auditForum(tx, ctx, { action: 'create', objectType: 'forum_member', objectId: row.id, purpose: 'directory_administration', detail: { bodyId } });
    return memberView(row, osloToday(ctx.clock));
  });
}

async function loadMember(db: Db, memberId: string) {
  const member = await db.selectFrom('forum_member').where('id', '=', memberId).selectAll().executeTakeFirst();
  if (!member) throw new AppError('FORUM_MEMBER_NOT_FOUND');
  return member;
}

/** Changes a seat (only the fields given): a new term, another role; ending a term is setting its end date. */
export async function updateMember(db: Db, ctx: ForumCtx, memberId: string, changes: Partial<MemberInput>) {
  const member = await loadMember(db, memberId);
  await requireBodyManager(db, ctx, member.body_id);
  const stored: MemberInput = {
    userId: member.user_id,
    name: member.name,
    represents: member.represents,
    region: member.region,
    role: member.role,
    appointedHow: member.appointed_how,
    appointedBy: member.appointed_by,
    termStart: member.term_start,
    termEnd: member.term_end,
  };
  const columns = await memberColumns(db, { ...stored, ...changes });
  return db.transaction().execute(async (tx) => {
    const row = await tx.updateTable('forum_member').set(columns).where('id', '=', memberId).returningAll().executeTakeFirstOrThrow();
    await auditForum(tx, ctx, { action: 'update', objectType: 'forum_member', objectId: memberId, purpose: 'directory_administration', detail: { bodyId: member.body_id } });
    return memberView(row, osloToday(ctx.clock));
  });
}

export interface HoursInput {
  workedOn: string;
  hours: number;
  meetingId?: string | null;
  note?: string | null;
}

/** A member logs their own hours; the leader or the secretary may log them for anyone. */
export async function logHours(db: Db, ctx: ForumCtx, memberId: string, input: HoursInput): Promise<{ id: string }> {
  const member = await loadMember(db, memberId);
  const standing = await requireBodyMember(db, ctx, member.body_id);
  const own = standing.kind === 'member' && standing.memberId === memberId;
  if (!own) await requireBodyManager(db, ctx, member.body_id);
  if (!isDate(input.workedOn) || !(input.hours > 0 && input.hours <= 24)) throw new AppError('FORUM_HOURS_INVALID');
  if (input.meetingId) {
    const meeting = await db.selectFrom('forum_meeting').where('id', '=', input.meetingId).where('body_id', '=', member.body_id).select('id').executeTakeFirst();
    if (!meeting) throw new AppError('NOT_FOUND', { field: 'meetingId' });
  }
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('forum_member_hours')
      .values({ member_id: memberId, meeting_id: input.meetingId ?? null, worked_on: input.workedOn, hours: input.hours, note: input.note?.trim() || null, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditForum(tx, ctx, { action: 'create', objectType: 'forum_member_hours', objectId: row.id, purpose: 'directory_administration', detail: { memberId } });
    return row;
  });
}

/** Hours and honoraria per member for a period (both dates included): for the leader, the secretary and admins. */
export async function hoursReport(db: Db, ctx: ForumCtx, bodyId: string, from: string, to: string) {
  await requireBodyManager(db, ctx, bodyId);
  if (!isDate(from) || !isDate(to) || to < from) throw new AppError('PERIOD_INVALID');
  const body = await loadBody(db, bodyId);
  const rows = await db
    .selectFrom('forum_member as m')
    .leftJoin('forum_member_hours as h', (join) => join.onRef('h.member_id', '=', 'm.id').on('h.worked_on', '>=', from).on('h.worked_on', '<=', to))
    .where('m.body_id', '=', bodyId)
    .groupBy(['m.id', 'm.name', 'm.represents'])
    .select((eb) => ['m.id', 'm.name', 'm.represents', eb.fn.coalesce(eb.fn.sum<string>('h.hours'), eb.val('0')).as('hours')])
    .orderBy('m.name')
    .execute();
  const percent = Number(body.honorarium_percent);
  const base = body.honorarium_base_nok_per_hour === null ? null : Number(body.honorarium_base_nok_per_hour);
  await auditForum(db, ctx, { action: 'read', objectType: 'forum_member_hours', objectId: bodyId, purpose: 'directory_administration', detail: { from, to } });
  const members = rows.map((r) => ({ memberId: r.id, name: r.name, represents: r.represents, hours: Number(r.hours), honorariumNok: honorariumNok(Number(r.hours), percent, base) }));
  return {
    from,
    to,
    honorariumPercent: percent,
    baseNokPerHour: base,
    ratePerHourNok: base === null ? null : Math.round((base * percent) / 100),
    members,
    totalHours: members.reduce((sum, m) => sum + m.hours, 0),
    totalHonorariumNok: base === null ? null : members.reduce((sum, m) => sum + (m.honorariumNok ?? 0), 0),
  };
}
