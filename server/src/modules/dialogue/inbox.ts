import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import type { Actor } from '../../platform/access/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { toPrefixTsQuery } from '../directory/domain/search-terms.js';
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

/**
 * The GP's inbox: requests waiting for their answer first, nearest deadline first (report 001: GP
 * time is the scarcest), then everything else, newest first.
 */
export async function gpInbox(db: Db, actor: Actor, query: InboxQuery, now: Date) {
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
  const [rows, counts] = await Promise.all([
    base(db)
      .where(where)
      .select([...COLUMNS])
      .orderBy(sql`(c.awaiting = 'gp')`, sql`desc nulls last`)
      .orderBy(sql`case when c.awaiting = 'gp' then c.next_due_at end`, sql`asc nulls last`)
      .orderBy('c.last_message_at', 'desc')
      .orderBy('c.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('conversation as c')
      .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
      .where(where)
      .select([
        sql<string>`count(*)`.as('total'),
        sql<string>`count(*) filter (where c.awaiting = 'gp')`.as('awaiting'),
        sql<string>`count(*) filter (where c.awaiting = 'gp' and c.next_due_at <= ${now})`.as('overdue'),
        sql<string>`count(*) filter (where c.gp_unread)`.as('unread'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(toItem(now)),
    total: Number(counts.total),
    awaitingMe: Number(counts.awaiting),
    overdue: Number(counts.overdue),
    unread: Number(counts.unread),
    limit,
    offset,
  };
}

/**
 * The NAV office's inbox: what waits for NAV first, earliest deadline first; the whole office,
 * one adviser's threads, or the unassigned ones a manager hands out.
 */
export async function navInbox(db: Db, actor: Actor, query: InboxQuery, now: Date) {
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
  let page = base(db).where(where).select([...COLUMNS]);
  // Open threads all wait for NAV: the deadline alone orders them, and the index serves it.
  page =
    show === 'open'
      ? page.orderBy('c.next_due_at').orderBy('c.id')
      : page
          .orderBy(sql`(c.awaiting = 'nav')`, sql`desc nulls last`)
          .orderBy(sql`case when c.awaiting = 'nav' then c.next_due_at end`, sql`asc nulls last`)
          .orderBy('c.last_message_at', 'desc')
          .orderBy('c.id');
  const [rows, counts] = await Promise.all([
    page.limit(limit).offset(offset).execute(),
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
  ]);
  return { items: rows.map(toItem(now)), total: Number(counts.total), overdue: Number(counts.overdue), unassigned: Number(counts.unassigned), limit, offset };
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
