import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { toPrefixTsQuery } from '../directory/domain/search-terms.js';
import type { AnswerCache } from '../../platform/cache/answer-cache.js';
import type { Db } from './access.js';
import { osloDate } from './domain/deadlines.js';

export interface InboxQuery {
  /** Words in the subject, the messages, the patient's or the GP's name. */
  q?: string;
  citizenId?: string;
  gpPersonId?: string;
  /** Threads with activity in [from, to] (dates). */
  from?: string;
  to?: string;
  /** gp: awaiting_me | unread | all; nav: open (awaiting NAV) | unread | all. */
  show?: 'awaiting_me' | 'open' | 'unread' | 'all';
  /** NAV only: the whole office, my threads, or those nobody has. */
  scope?: 'office' | 'mine' | 'unassigned';
  limit?: number;
  offset?: number;
}

export const INBOX_PAGE = 50;

type Eb = ExpressionBuilder<Database & { c: Database['conversation'] }, 'c' | 'citizen'>;

function common(eb: Eb, query: InboxQuery): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const tsquery = query.q ? toPrefixTsQuery(query.q) : null;
  if (tsquery) conditions.push(sql<SqlBool>`c.search_vector @@ to_tsquery('simple', ${tsquery})`);
  if (query.citizenId) conditions.push(eb('c.citizen_id', '=', query.citizenId));
  if (query.gpPersonId) conditions.push(eb('c.gp_person_id', '=', query.gpPersonId));
  if (query.from) conditions.push(eb('c.last_message_at', '>=', new Date(`${query.from}T00:00:00Z`)));
  if (query.to) conditions.push(eb('c.last_message_at', '<', sql<Date>`${query.to}::date + 1`));
  return conditions;
}

function base(db: Db) {
  return db
    .selectFrom('conversation as c')
    .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
    .innerJoin('person as gp', 'gp.id', 'c.gp_person_id')
    .innerJoin('organisation as office', 'office.id', 'c.nav_office_id')
    .leftJoin('app_user as au', 'au.id', 'c.assigned_user_id')
    .leftJoin('person as adviser', 'adviser.id', 'au.person_id');
}

function toItem(now: Date) {
  return (r: {
    id: string;
    subject: string;
    case_id: string | null;
    request_kind: string | null;
    awaiting: string | null;
    next_due_at: Date | null;
    last_message_at: Date;
    gp_unread: boolean;
    nav_unread: boolean;
    citizen_id: string;
    citizen_given: string;
    citizen_family: string;
    gp_id: string;
    gp_given: string;
    gp_family: string;
    office_name: string;
    adviser_id: string | null;
    adviser_given: string | null;
    adviser_family: string | null;
  }) => ({
    id: r.id,
    subject: r.subject,
    caseId: r.case_id,
    requestKind: r.request_kind,
    awaiting: r.awaiting,
    dueOn: r.next_due_at ? osloDate(new Date(new Date(r.next_due_at).getTime() - 1)) : null,
    overdue: r.next_due_at !== null && now.getTime() >= new Date(r.next_due_at).getTime(),
    lastMessageAt: new Date(r.last_message_at).toISOString(),
    unread: { gp: r.gp_unread, nav: r.nav_unread },
    citizen: { id: r.citizen_id, name: personName(r.citizen_given, r.citizen_family) },
    gp: { personId: r.gp_id, name: personName(r.gp_given, r.gp_family) },
    navOffice: r.office_name,
    assignedTo: r.adviser_id ? { userId: r.adviser_id, name: personName(r.adviser_given, r.adviser_family) } : null,
  });
}

const COLUMNS = [
  'c.id',
  'c.subject',
  'c.case_id',
  'c.request_kind',
  'c.awaiting',
  'c.next_due_at',
  'c.last_message_at',
  'c.gp_unread',
  'c.nav_unread',
  'c.citizen_id',
  'citizen.given_name as citizen_given',
  'citizen.family_name as citizen_family',
  'gp.id as gp_id',
  'gp.given_name as gp_given',
  'gp.family_name as gp_family',
  'office.name as office_name',
  'au.id as adviser_id',
  'adviser.given_name as adviser_given',
  'adviser.family_name as adviser_family',
] as const;

type Where = (eb: Eb) => Expression<SqlBool>;

/**
 * One page of ids in two ordered parts: the threads that wait (by deadline), then the rest (newest
 * first). Each part is read along its own index and stops at the page's end, so a page costs the
 * same with 50 or 20,000 threads.
 */
async function orderedPage(db: Db, where: Where, waiting: Where, rest: Where, limit: number, offset: number): Promise<string[]> {
  const enough = limit + offset;
  const from = () => db.selectFrom('conversation as c').innerJoin('citizen', 'citizen.id', 'c.citizen_id').where(where);
  const parts = [
    from().where(waiting).select(['c.id', sql<number>`1`.as('part'), sql<string>`c.next_due_at`.as('k')]).orderBy('c.next_due_at').orderBy('c.id').limit(enough),
    from().where(rest).select(['c.id', sql<number>`2`.as('part'), sql<string>`c.last_message_at`.as('k')]).orderBy('c.last_message_at', 'desc').orderBy('c.id').limit(enough),
  ];
  const union = parts.map((p) => sql`(${p})`);
  const rows = await sql<{ id: string }>`
    select id from (${sql.join(union, sql` union all `)}) as page
     order by part, case when part = 1 then k end asc, case when part = 2 then k end desc, id
     limit ${limit} offset ${offset}`.execute(db);
  return rows.rows.map((r) => r.id);
}

async function itemsFor(db: Db, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  const rows = await base(db).where('c.id', 'in', ids).select([...COLUMNS]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean).map(toItem(now));
}

/** Counts over a whole inbox are remembered briefly (they cost a scan); the rows are always read fresh. */
export type CountCache = AnswerCache<Record<string, number>>;

async function counted(cache: CountCache, key: unknown[], load: () => Promise<Record<string, string>>) {
  return cache.get(JSON.stringify(key), async () => Object.fromEntries(Object.entries(await load()).map(([k, v]) => [k, Number(v)])));
}

/**
 * The GP's inbox: requests waiting for their answer first, nearest deadline first (report 001: GP
 * time is the scarcest), then everything else, newest first.
 */
export async function gpInbox(db: Db, actor: Actor, query: InboxQuery, now: Date, cache: CountCache) {
  const personId = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const show = query.show ?? 'all';
  const where = (eb: Eb) =>
    eb.and([
      eb('c.gp_person_id', '=', personId),
      visibleCitizens(actor)(eb as never),
      ...(show === 'awaiting_me' ? [eb('c.awaiting', '=', 'gp')] : show === 'unread' ? [eb('c.gp_unread', '=', true)] : []),
      ...common(eb, query),
    ]);
  const limit = query.limit ?? INBOX_PAGE;
  const offset = query.offset ?? 0;
  const { limit: _l, offset: _o, ...filters } = query;
  const [ids, counts] = await Promise.all([
    orderedPage(db, where, (eb) => eb('c.awaiting', '=', 'gp'), (eb) => eb.or([eb('c.awaiting', 'is', null), eb('c.awaiting', '!=', 'gp')]), limit, offset),
    counted(cache, ['gp', personId, filters, now.toISOString().slice(0, 13)], () =>
      db
        .selectFrom('conversation as c')
        .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
        .where(where)
        .select([
          sql<string>`count(*)`.as('total'),
          sql<string>`count(*) filter (where c.awaiting = 'gp')`.as('awaitingMe'),
          sql<string>`count(*) filter (where c.awaiting = 'gp' and c.next_due_at <= ${now})`.as('overdue'),
          sql<string>`count(*) filter (where c.gp_unread)`.as('unread'),
        ])
        .executeTakeFirstOrThrow(),
    ),
  ]);
  return { items: await itemsFor(db, ids, now), total: counts.total!, awaitingMe: counts.awaitingMe!, overdue: counts.overdue!, unread: counts.unread!, limit, offset };
}

/**
 * The NAV office's inbox: what waits for NAV first, earliest deadline first; the whole office,
 * one adviser's threads, or the unassigned ones a manager hands out.
 */
export async function navInbox(db: Db, actor: Actor, query: InboxQuery, now: Date, cache: CountCache) {
  const office = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const show = query.show ?? 'open';
  const scope = query.scope ?? 'office';
  const where = (eb: Eb) =>
    eb.and([
      eb('c.nav_office_id', '=', office),
      visibleCitizens(actor)(eb as never),
      ...(show === 'open' ? [eb('c.awaiting', '=', 'nav')] : show === 'unread' ? [eb('c.nav_unread', '=', true)] : []),
      ...(scope === 'mine' ? [eb('c.assigned_user_id', '=', actor.userId)] : scope === 'unassigned' ? [eb('c.assigned_user_id', 'is', null)] : []),
      ...common(eb, query),
    ]);
  const limit = query.limit ?? INBOX_PAGE;
  const offset = query.offset ?? 0;
  const { limit: _l, offset: _o, ...filters } = query;
  const notWaiting = (eb: Eb) => eb.or([eb('c.awaiting', 'is', null), eb('c.awaiting', '!=', 'nav')]);
  const [ids, counts] = await Promise.all([
    // Open threads all wait for NAV: the deadline alone orders them.
    show === 'open'
      ? db
          .selectFrom('conversation as c')
          .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
          .where(where)
          .select('c.id')
          .orderBy('c.next_due_at')
          .orderBy('c.id')
          .limit(limit)
          .offset(offset)
          .execute()
          .then((rows) => rows.map((r) => r.id))
      : orderedPage(db, where, (eb) => eb('c.awaiting', '=', 'nav'), notWaiting, limit, offset),
    counted(cache, ['nav', office, [...actor.grants].sort(), scope === 'mine' ? actor.userId : '', filters, now.toISOString().slice(0, 13)], () =>
      db
        .selectFrom('conversation as c')
        .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
        .where(where)
        .select([
          sql<string>`count(*)`.as('total'),
          sql<string>`count(*) filter (where c.awaiting = 'nav' and c.next_due_at <= ${now})`.as('overdue'),
          sql<string>`count(*) filter (where c.assigned_user_id is null)`.as('unassigned'),
        ])
        .executeTakeFirstOrThrow(),
    ),
  ]);
  return { items: await itemsFor(db, ids, now), total: counts.total!, overdue: counts.overdue!, unassigned: counts.unassigned!, limit, offset };
}

/** "Clear the inbox in few clicks": marks the GP's threads that wait for no answer as read. */
export async function markGpInformationRead(db: Db, actor: Actor) {
  const personId = actor.personId ?? '00000000-0000-0000-0000-000000000000';
  const rows = await db
    .updateTable('conversation')
    .set({ gp_unread: false })
    .where('gp_person_id', '=', personId)
    .where('gp_unread', '=', true)
    .where((eb) => eb.or([eb('awaiting', 'is', null), eb('awaiting', '=', 'nav')]))
    .returning(['id', 'citizen_id'])
    .execute();
  return rows;
}
