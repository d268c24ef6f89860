import { TZDate } from '@date-fns/tz';
import { sql } from 'kysely';
import { authorizeCitizen } from '../../platform/access/guard.js';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import { recordAudit, type ListReadAudit } from '../../platform/audit/audit.js';
import { AppError, type Lang } from '../../platform/errors.js';
import type { AnswerCache } from '../../platform/cache/answer-cache.js';
import { loadCase, timelinesFor, toFacts } from '../sickleave/case-rows.js';
import type { SickLeaveRules } from '../sickleave/domain/index.js';
import { isNavOwner, loadMeeting, viewerOf, type Ctx, type Db } from './access.js';
import type { Clock } from '../../platform/clock.js';
import { meetingView } from './view.js';
import type { MeetingSettings } from './settings.js';
import type { Meeting2ExceptionReason } from './domain/kinds.js';

type QueryCtx = Ctx & { clock: Clock; settings: MeetingSettings };

/** One meeting as the viewer may see it; the read is audited. */
export async function readMeeting(db: Db, ctx: QueryCtx, meetingId: string, lang: Lang) {
  const { meeting, participants } = await loadMeeting(db, meetingId);
  const viewer = await viewerOf(db, ctx, meeting, participants);
  const view = await meetingView(db, meeting, participants, viewer, ctx.clock, ctx.settings, lang);
  await recordAudit(db, ctx, { action: 'read', citizenId: meeting.citizen_id, objectType: 'dialogue_meeting', objectId: meeting.id, purpose: purposeFor(ctx) });
  return { view, meeting, participants, viewer };
}

function purposeFor(ctx: Ctx) {
  switch (ctx.actor.role) {
    case 'patient':
      return 'own_data' as const;
    case 'employer':
      return 'employer_follow_up' as const;
    case 'gp':
      return 'health_care' as const;
    default:
      return 'sick_leave_follow_up' as const;
  }
}

/**
 * A case's meetings as the viewer may see them, the meeting-2 deadline from the case's timeline
 * (candidate at week 17, due by week 26, or the exception that closed it), and what the viewer
 * may do from the case.
 */
export async function caseMeetings(db: Db, ctx: QueryCtx, caseId: string, rules: SickLeaveRules, lang: Lang) {
  const row = await loadCase(db, caseId);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const { actor } = ctx;
  const nav = isNavOwner(actor);
  if (nav) {
    if (row.nav_office_id && row.nav_office_id !== actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
    await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'dialogue_meeting');
  } else if (actor.role === 'patient') {
    if (actor.citizenId !== row.citizen_id) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  } else if (actor.role === 'gp') {
    await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'dialogue_meeting');
  } else if (actor.role === 'employer') {
    await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read_employment', 'dialogue_meeting', { employerId: row.employer_id });
  } else {
    throw new AppError('ACCESS_DENIED_ROLE');
  }

  const ids = await db.selectFrom('dialogue_meeting').where('case_id', '=', caseId).select('id').orderBy('starts_at', 'desc').execute();
  const meetings = [];
  for (const { id } of ids) {
    const { meeting, participants } = await loadMeeting(db, id);
    if (actor.role === 'employer' && meeting.kind !== 'dm1' && !participants.some((p) => p.role === 'employer')) continue;
    const viewer = await viewerOf(db, ctx, meeting, participants);
    meetings.push(await meetingView(db, meeting, participants, viewer, ctx.clock, ctx.settings, lang));
  }

  const timeline = (await timelinesFor(db, [toFacts(row)], ctx.clock.now(), rules)).get(caseId);
  const candidate = timeline?.milestones.find((m) => m.key === 'dialogue_meeting_2_candidate');
  const due = timeline?.milestones.find((m) => m.key === 'dialogue_meeting_2');
  const exception = await db
    .selectFrom('case_decision')
    .where('case_id', '=', caseId)
    .where('kind', '=', 'dialogue_meeting_2_not_needed')
    .select(['reason', 'note', 'decided_on'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  await recordAudit(db, ctx, { action: 'read', citizenId: row.citizen_id, objectType: 'dialogue_meeting', objectId: caseId, purpose: purposeFor(ctx), detail: { list: 'case', count: meetings.length } });
  const employerView = actor.role === 'employer';
  return {
    meetings,
    meeting2:
      candidate && due && !employerView
        ? {
            candidateFrom: candidate.dueDate,
            dueBy: due.dueDate,
            status: due.status,
            exception: exception ? { reason: (exception.reason ?? 'documented_measures') as Meeting2ExceptionReason, note: exception.note, on: exception.decided_on } : null,
          }
        : null,
    canConvene: nav,
    canRegisterMeeting1: nav || employerView,
    canRecordException: nav && !exception && due?.status !== 'done',
    canAskForMeeting: actor.role === 'patient' || actor.role === 'employer' || actor.role === 'gp',
  };
}

/** Monday 00:00 and the next Monday 00:00 in Oslo of an ISO week such as 2026-W49. */
export function isoWeekRange(week: string): { from: Date; to: Date } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new AppError('VALIDATION_FAILED', { field: 'week', reason: 'YYYY-Www' });
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 53) throw new AppError('VALIDATION_FAILED', { field: 'week', reason: 'week 1–53' });
  // Week 1 is the week with 4 January in it (ISO 8601).
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (number - 1) * 7 * 86_400_000);
  // Midnight in Oslo from the date's parts: a date-time string would be read as UTC.
  const osloMidnight = (utcDay: Date) => new Date(new TZDate(utcDay.getUTCFullYear(), utcDay.getUTCMonth(), utcDay.getUTCDate(), 0, 0, 0, 'Europe/Oslo').getTime());
  return { from: osloMidnight(monday), to: osloMidnight(new Date(monday.getTime() + 7 * 86_400_000)) };
}

/** The ISO week (YYYY-Www) an instant falls in, in Oslo. */
export function isoWeekOf(instant: Date): string {
  const oslo = new TZDate(instant, 'Europe/Oslo');
  const date = new Date(Date.UTC(oslo.getFullYear(), oslo.getMonth(), oslo.getDate()));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The office's (or the adviser's own) meetings in one week, with the replies counted, in one
 * statement; the person's protection rules are in the SQL, and the read is one audit entry.
 */
export async function officeCalendar(db: Db, ctx: QueryCtx, week: string, scope: 'mine' | 'office', audit: ListReadAudit, cache?: AnswerCache<CalendarAnswer>) {
  const { actor } = ctx;
  if (!isNavOwner(actor) || !actor.organisationId) throw new AppError('ACCESS_DENIED_ROLE');
  // An office's advisers read the same week: one answer per office, week, scope (and adviser for
  // "mine") and grants, for a few seconds; every read is still audited with whom it showed.
  const key = [actor.organisationId, week, scope, scope === 'mine' ? actor.userId : '', [...actor.grants].sort().join('+')].join(':');
  const load = async () => {
    const loaded = await loadCalendar(db, ctx, week, scope);
    // Kept as the JSON sent: twenty advisers reading the same week cost one serialisation.
    return { json: JSON.stringify(loaded.body), citizenIds: loaded.citizenIds, rows: loaded.body.meetings.length };
  };
  const answer = await (cache ? cache.get(key, load) : load());
  await audit.record(ctx, answer.citizenIds, { objectType: 'dialogue_meeting', purpose: 'sick_leave_follow_up', rows: answer.rows });
  return answer.json;
}

export interface CalendarAnswer {
  json: string;
  citizenIds: string[];
  rows: number;
}

async function loadCalendar(db: Db, ctx: QueryCtx, week: string, scope: 'mine' | 'office') {
  const { actor } = ctx;
  const { from, to } = isoWeekRange(week);
  let query = db
    .selectFrom('dialogue_meeting as m')
    .innerJoin('citizen', 'citizen.id', 'm.citizen_id')
    .where('m.nav_office_id', '=', actor.organisationId!)
    .where('m.kind', '!=', 'dm1')
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .where(visibleCitizens(actor))
    .select([
      'm.id',
      'm.case_id',
      'm.kind',
      'm.status',
      'm.starts_at',
      'm.duration_minutes',
      'm.place_kind',
      'm.place_text',
      'm.video_url',
      'm.convened_by_name',
      'citizen.id as citizen_id',
      'citizen.given_name',
      'citizen.family_name',
      sql<{ coming: number; wants_new_time: number; not_coming: number; pending: number }>`(
        select json_build_object(
          'coming', count(*) filter (where p.reply = 'coming'),
          'wants_new_time', count(*) filter (where p.reply = 'wants_new_time'),
          'not_coming', count(*) filter (where p.reply = 'not_coming'),
          'pending', count(*) filter (where p.reply is null))
          from meeting_participant p where p.meeting_id = m.id and p.role <> 'nav_adviser')`.as('replies'),
    ])
    .orderBy('m.starts_at')
    .orderBy('m.id');
  if (scope === 'mine') query = query.where('m.convened_by', '=', actor.userId);
  const rows = await query.execute();
  return {
    citizenIds: rows.map((r) => r.citizen_id),
    body: {
      week,
      from: from.toISOString(),
      to: to.toISOString(),
      meetings: rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        kind: r.kind,
        status: r.status,
        startsAt: new Date(r.starts_at).toISOString(),
        endsAt: new Date(new Date(r.starts_at).getTime() + r.duration_minutes * 60_000).toISOString(),
        place: { kind: r.place_kind, text: r.place_text, videoUrl: r.video_url },
        personName: `${r.given_name} ${r.family_name}`,
        adviserName: r.convened_by_name,
        replies: r.replies,
      })),
    },
  };
}

/**
 * The viewer's own invitations: the GP's (by their directory person), the person's own, the
 * employer's; still to be answered first, then the coming ones by time, then the past.
 */
export async function myInvitations(db: Db, ctx: QueryCtx, audit: ListReadAudit) {
  const { actor } = ctx;
  let query = db
    .selectFrom('meeting_participant as p')
    .innerJoin('dialogue_meeting as m', 'm.id', 'p.meeting_id')
    .innerJoin('citizen as c', 'c.id', 'm.citizen_id')
    .leftJoin('organisation as o', 'o.id', 'm.nav_office_id')
    .where('m.kind', '!=', 'dm1')
    .select([
      'm.id',
      'm.case_id',
      'm.kind',
      'm.status',
      'm.starts_at',
      'm.duration_minutes',
      'm.place_kind',
      'm.place_text',
      'm.video_url',
      'p.last_minutes',
      'p.reply',
      'c.id as citizen_id',
      'c.given_name',
      'c.family_name',
      'o.name as office_name',
    ]);
  switch (actor.role) {
    case 'gp':
      if (!actor.personId) return { meetings: [] };
      query = query.where('p.role', '=', 'gp').where('p.person_id', '=', actor.personId);
      break;
    case 'patient':
      if (!actor.citizenId) return { meetings: [] };
      query = query.where('p.role', '=', 'employee').where('m.citizen_id', '=', actor.citizenId);
      break;
    case 'employer':
      query = query.where('p.role', '=', 'employer').where((eb) => eb.or([eb('p.user_id', '=', actor.userId), eb.exists(eb.selectFrom('sick_case as sc').whereRef('sc.id', '=', 'm.case_id').where('sc.employer_id', '=', actor.organisationId))]));
      break;
    default:
      query = query.where('p.user_id', '=', actor.userId);
  }
  const rows = await query.orderBy('m.starts_at').limit(500).execute();
  const now = ctx.clock.now().getTime();
  const pending = (r: (typeof rows)[number]) => (r.status === 'invited' || r.status === 'new_time_place') && !r.reply && new Date(r.starts_at).getTime() > now;
  const upcoming = (r: (typeof rows)[number]) => new Date(r.starts_at).getTime() > now;
  const rank = (r: (typeof rows)[number]) => (pending(r) ? 0 : upcoming(r) ? 1 : 2);
  rows.sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? new Date(b.starts_at).getTime() - new Date(a.starts_at).getTime() : new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime()));
  await audit.record(ctx, rows.map((r) => r.citizen_id), { objectType: 'dialogue_meeting', purpose: purposeFor(ctx), rows: rows.length });
  return {
    meetings: rows.map((r) => {
      const start = new Date(r.starts_at);
      const end = new Date(start.getTime() + r.duration_minutes * 60_000);
      const myStart = r.last_minutes ? new Date(end.getTime() - Math.min(r.last_minutes, r.duration_minutes) * 60_000) : start;
      return {
        id: r.id,
        caseId: r.case_id,
        kind: r.kind,
        status: r.status,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        myWindow: { startsAt: myStart.toISOString(), endsAt: end.toISOString() },
        place: { kind: r.place_kind, text: r.place_text, videoUrl: r.video_url },
        personName: `${r.given_name} ${r.family_name}`,
        navOfficeName: r.office_name ?? '',
        myReply: r.reply,
        replyPending: pending(r),
      };
    }),
  };
}
