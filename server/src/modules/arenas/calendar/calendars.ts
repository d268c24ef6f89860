import { addDays, formatISO, parseISO } from 'date-fns';
import { sql } from 'kysely';
import type { ArenaKind, ArenaSessionStatus } from '../../../platform/db/schema-arenas.js';
import type { AnswerCache } from '../../../platform/cache/answer-cache.js';
import { prepareJson, type PreparedJson } from '../../../platform/http/prepared-json.js';
import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { actorMunicipality, loadSession, requireVisible, STAFF_ROLES, type ArenaCtx, type Db } from '../access.js';
import { iso } from '../core/view.js';
import { COUNTY_NAMES, countyOf } from '../domain/area.js';
import { arenaCalendar, type CalendarSession } from '../domain/calendar-ics.js';
import { osloInstant } from '../domain/series.js';

/** A session as both calendars show it. */
function sessionFields(r: { id: string; arena_id: string; title: string; kind: ArenaKind; ordinal: number; starts_at: Date; ends_at: Date; location: string; arena_location: string; status: ArenaSessionStatus }) {
  return {
    sessionId: r.id,
    arenaId: r.arena_id,
    arenaTitle: r.title,
    kind: r.kind,
    ordinal: r.ordinal,
    startsAt: iso(r.starts_at)!,
    endsAt: iso(r.ends_at)!,
    location: r.location || r.arena_location,
    status: r.status,
  };
}

/**
 * "My arenas" across kinds, the county calendar, and the .ics files (ADR 0006 "Calendar").
 * The county calendar shows titles, times, places and counts — no names — so it needs no audit
 * entry, and it is cheap enough to serve many readers at once.
 */
export async function mySessions(db: Db, ctx: ArenaCtx) {
  const me = ctx.actor.userId;
  const rows = await db
    .selectFrom('arena_session as s')
    .innerJoin('arena as a', 'a.id', 's.arena_id')
    .leftJoin('arena_participant as p', (join) => join.onRef('p.arena_id', '=', 'a.id').on('p.user_id', '=', me))
    .where('s.ends_at', '>=', ctx.clock.now())
    .where('a.status', '<>', 'draft')
    .where((eb) => eb.or([eb('a.organiser_user_id', '=', me), eb('p.status', 'in', ['signed_up', 'waiting'])]))
    .select(['s.id', 's.arena_id', 'a.title', 'a.kind', 's.ordinal', 's.starts_at', 's.ends_at', 's.location', 'a.location as arena_location', 's.status', 'p.status as my_status', 'a.organiser_user_id', 'p.part'])
    .orderBy('s.starts_at')
    .limit(300)
    .execute();
  return rows.map((r) => ({
    ...sessionFields(r),
    myStatus: r.my_status,
    organiser: r.organiser_user_id === me || r.part === 'co_organiser',
  }));
}

const MAX_DAYS = 400;
const DEFAULT_DAYS = 90;

/** Every non-draft session of a county in [from, to) (Oslo dates; to is exclusive of the day after). */
/**
 * The county calendar as JSON text: kept that way in the answer cache, so a reader of a cached
 * answer costs no serialising (a year of a busy county is a few hundred kilobytes).
 */
export async function countyCalendar(db: Db, ctx: ArenaCtx, query: { county?: string; from?: string; to?: string; kind?: ArenaKind }, cache?: AnswerCache<PreparedJson>): Promise<PreparedJson> {
  if (!STAFF_ROLES.has(ctx.actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
  const county = query.county ?? countyOf((await actorMunicipality(db, ctx.actor)) ?? '') ;
  if (!/^\d{2}$/.test(county)) throw new AppError('ARENA_AREA_INVALID');
  const from = query.from ?? osloDate(ctx.clock.now());
  const to = query.to ?? formatISO(addDays(parseISO(from), DEFAULT_DAYS), { representation: 'date' });
  const days = (parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000;
  if (!(days >= 0 && days <= MAX_DAYS)) throw new AppError('PERIOD_INVALID', { maxDays: MAX_DAYS });
  const load = async () => prepareJson(await loadCountyCalendar(db, county, from, to, query.kind));
  return cache ? cache.get(`${county}|${from}|${to}|${query.kind ?? ''}`, load) : load();
}

async function loadCountyCalendar(db: Db, county: string, from: string, to: string, kind: ArenaKind | undefined) {
  let sessions = db
    .selectFrom('arena_session as s')
    .innerJoin('arena as a', 'a.id', 's.arena_id')
    .where('a.county_number', '=', county)
    .where('a.status', '<>', 'draft')
    .where('s.starts_at', '>=', osloInstant(from, '00:00'))
    .where('s.starts_at', '<', osloInstant(formatISO(addDays(parseISO(to), 1), { representation: 'date' }), '00:00'));
  if (kind) sessions = sessions.where('a.kind', '=', kind);
  const rows = await sessions
    .select(['s.id', 's.arena_id', 'a.title', 'a.kind', 's.ordinal', 's.starts_at', 's.ends_at', 's.location', 'a.location as arena_location', 's.status', 'a.status as arena_status', 'a.capacity'])
    .orderBy('s.starts_at')
    .limit(3000)
    .execute();
  const arenaIds = [...new Set(rows.map((r) => r.arena_id))];
  const counts = arenaIds.length
    ? await db
        .selectFrom('arena_participant')
        .where('arena_id', 'in', arenaIds)
        .where('part', '=', 'participant')
        .where('status', '=', 'signed_up')
        .select(['arena_id', sql<string>`count(*)`.as('n')])
        .groupBy('arena_id')
        .execute()
    : [];
  const signedUp = new Map(counts.map((c) => [c.arena_id, Number(c.n)]));
  return {
    county,
    countyName: COUNTY_NAMES[county] ?? null,
    from,
    to,
    sessions: rows.map((r) => ({
      ...sessionFields(r),
      arenaStatus: r.arena_status,
      capacity: r.capacity,
      signedUp: signedUp.get(r.arena_id) ?? 0,
    })),
  };
}

/** The .ics of one session, or of every session of an arena; for whoever may see the arena. */
export async function calendarFile(db: Db, ctx: ArenaCtx, target: { sessionId: string } | { arenaId: string }, publicUrl: string): Promise<{ ics: string; filename: string; cancel: boolean }> {
  const session = 'sessionId' in target ? await loadSession(db, target.sessionId) : null;
  const { arena } = await requireVisible(db, ctx, session?.arena_id ?? (target as { arenaId: string }).arenaId);
  const sessions = session ? [session] : await db.selectFrom('arena_session').where('arena_id', '=', arena.id).selectAll().orderBy('ordinal').execute();
  const events: CalendarSession[] = sessions.map((s) => ({
    sessionId: s.id,
    summary: s.title ? `${arena.title}: ${s.title}` : `${arena.title} (${s.ordinal}/${sessions.length > 1 ? sessions.length : s.ordinal})`,
    description: [arena.description, s.agenda.map((i) => `${i.title} (${i.minutes} min${i.by ? `, ${i.by}` : ''})`).join('\n')].filter(Boolean).join('\n\n'),
    location: s.location || arena.location,
    startsAt: new Date(s.starts_at),
    endsAt: new Date(s.ends_at),
    cancelled: s.status === 'cancelled' || arena.status === 'cancelled',
    url: `${publicUrl}/moteplasser/${arena.id}`,
  }));
  const ics = arenaCalendar(events, ctx.clock.now(), arena.title);
  const slug = session ? `samling-${session.ordinal}` : 'alle-samlinger';
  return { ics, filename: `moteplass-${arena.id.slice(0, 8)}-${slug}.ics`, cancel: events.length > 0 && events.every((e) => e.cancelled) };
}
