/**
 * The statistics pack for a joint meeting's area (issue 10 point 4), counted from the platform's
 * own data as it is today: the open sick-leave cases of the area's GP offices by weeks, NAV's
 * requests to those offices and how fast they were answered, and dialogue meetings held with the
 * GP invited and present. Figures only, never a person; the insights issue will replace it.
 */
import { addDays, formatISO, parseISO } from 'date-fns';
import { AppError } from '../../../platform/errors.js';
import { auditArena, isIsoDate, osloToday, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { loadJointMeeting, requireVisibleJoint } from './access.js';
import { countByBand, median, percent } from './domain/statistics.js';

const OPEN_CASE = ['active', 'graded', 'pending'] as const;
const DAY_MS = 86_400_000;

export interface StatisticsQuery {
  from?: string;
  to?: string;
}

function periodOf(query: StatisticsQuery, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? formatISO(addDays(parseISO(to), -364), { representation: 'date' });
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) throw new AppError('PERIOD_INVALID');
  // Instants: from the start of `from` to the start of the day after `to` (UTC days are close enough for a yearly pack).
  return { from, to, start: new Date(`${from}T00:00:00Z`), end: new Date(parseISO(to).getTime() + DAY_MS) };
}

export async function statisticsPack(db: Db, ctx: OutreachCtx, arenaId: string, query: StatisticsQuery) {
  const arena = await loadJointMeeting(db, arenaId);
  await requireVisibleJoint(db, ctx.actor, arena);
  const today = osloToday(ctx.clock);
  const period = periodOf(query, today);
  let offices = db.selectFrom('organisation').where('kind', '=', 'gp_office').select('id');
  offices = arena.municipality_numbers.length > 0 ? offices.where('municipality_number', 'in', arena.municipality_numbers) : offices.where('municipality_number', 'like', `${arena.county_number ?? '--'}%`);
  const officeIds = (await offices.execute()).map((o) => o.id);
  const [cases, requests, meetings] = officeIds.length === 0 ? [[], [], []] : await Promise.all([caseRows(db, officeIds), requestRows(db, officeIds, period), meetingRows(db, officeIds, period)]);
  const todayMs = parseISO(today).getTime();
  const open = cases.filter((c) => (OPEN_CASE as readonly string[]).includes(c.status));
  const answered = requests.filter((r) => r.answered_at !== null);
  const replyDays = answered.map((r) => (r.answered_at!.getTime() - r.created_at.getTime()) / DAY_MS);
  const onTime = answered.filter((r) => r.due_at === null || r.answered_at!.getTime() <= r.due_at.getTime()).length;
  const held = meetings.filter((m) => m.status === 'completed' || m.status === 'closed');
  const gpInvited = held.filter((m) => m.gp_invited === true).length;
  const gpAttended = held.filter((m) => m.gp_attended).length;
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_statistics', objectId: arenaId, detail: { from: period.from, to: period.to } });
  return {
    from: period.from,
    to: period.to,
    gpOffices: officeIds.length,
    sickLeave: {
      openCases: open.length,
      startedInPeriod: cases.filter((c) => c.first_day >= period.from && c.first_day <= period.to).length,
      byWeeks: countByBand(open.map((c) => Math.round((todayMs - parseISO(c.first_day).getTime()) / DAY_MS))),
    },
    dialogue: {
      requests: requests.length,
      answered: answered.length,
      answeredOnTimePercent: percent(onTime, answered.length),
      medianReplyDays: median(replyDays),
    },
    meetings: { held: held.length, gpInvited, gpAttended, gpInvitedPercent: percent(gpInvited, held.length), gpAttendedPercent: percent(gpAttended, held.length) },
  };
}

/** Sick-leave cases of people whose GP office is one of these (open ones are counted by weeks). */
function caseRows(db: Db, officeIds: string[]) {
  return db.selectFrom('sick_case as sc').innerJoin('citizen as c', 'c.id', 'sc.citizen_id').where('c.gp_office_id', 'in', officeIds).select(['sc.status', 'sc.first_day']).execute();
}

/** NAV's requests to these offices sent in the period, with when they were answered and due. */
function requestRows(db: Db, officeIds: string[], period: { start: Date; end: Date }) {
  return db
    .selectFrom('dialogue_message as m')
    .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
    .where('c.gp_office_id', 'in', officeIds)
    .where('m.kind', '=', 'request')
    .where('m.sender_side', '=', 'nav')
    .where('m.created_at', '>=', period.start)
    .where('m.created_at', '<', period.end)
    .select(['m.created_at', 'm.answered_at', 'm.due_at'])
    .execute();
}

/** Dialogue meetings NAV convened in the period for people of these offices, with whether the GP was invited and came. */
function meetingRows(db: Db, officeIds: string[], period: { start: Date; end: Date }) {
  return db
    .selectFrom('dialogue_meeting as dm')
    .innerJoin('citizen as c', 'c.id', 'dm.citizen_id')
    .where('c.gp_office_id', 'in', officeIds)
    .where('dm.kind', '!=', 'dm1')
    .where('dm.starts_at', '>=', period.start)
    .where('dm.starts_at', '<', period.end)
    .select((eb) => [
      'dm.status',
      'dm.gp_invited',
      eb
        .exists(eb.selectFrom('meeting_participant as p').whereRef('p.meeting_id', '=', 'dm.id').where('p.role', '=', 'gp').where('p.attended', '=', true).select('p.id'))
        .as('gp_attended'),
    ])
    .execute();
}
