/**
 * Issue figures for the KPI dashboards (issue 12): a county over a year with 1,000,000 dialogue
 * messages and 200,000 sick-leave cases; each dashboard p95 < 500 ms at a few concurrent readers,
 * read from the pre-aggregated facts. Also printed: how long the full rebuild of the facts and an
 * incremental refresh with nothing changed take. Data made with set-based SQL (generate_series)
 * beside the demo data; the answer cache is off, so every read queries the database. PostgreSQL is
 * the target; PGlite is printed beside at a tenth of the volume (seeding a million rows into the
 * embedded database takes longer than the rest of the bench together).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/schema.js';
import { refreshFacts } from '../src/modules/insights/facts/refresh.js';
import { DASHBOARDS } from '../src/modules/insights/domain/kpis.js';
import { onDurablePostgres, runLoad, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const READERS = 4;
const TARGET_MS = 500;
const COUNTY = '46';
const OFFICES = 20;
const GP_OFFICES = 40;
const GPS = 400;
const CITIZENS = 20_000;

interface Volume {
  messages: number;
  cases: number;
}

/** Twenty NAV offices in ten municipalities of one county, forty GP offices, 400 GPs, 20,000 people. */
async function growArea(db: Kysely<Database>) {
  const municipality = (i: string) => sql`${COUNTY} || lpad((1 + ${sql.raw(i)} % 10)::text, 2, '0')`;
  await sql`
    insert into organisation (kind, name, municipality_number, municipality_name, created_at, updated_at)
    select 'nav_office', 'NAV Benk ' || i, ${municipality('i')}, 'Benkby ' || (1 + i % 10), now(), now() from generate_series(0, ${OFFICES - 1}) i
    union all
    select 'gp_office', 'Benk legekontor ' || i, ${municipality('i')}, 'Benkby ' || (1 + i % 10), now(), now() from generate_series(0, ${GP_OFFICES - 1}) i`.execute(db);
  const offices = (await db.selectFrom('organisation').where('name', 'like', 'NAV Benk %').select('id').orderBy('name').execute()).map((o) => o.id);
  const gpOffices = (await db.selectFrom('organisation').where('name', 'like', 'Benk legekontor %').select('id').orderBy('name').execute()).map((o) => o.id);
  await sql`insert into person (given_name, family_name, created_at, updated_at) select 'Benk', 'Lege ' || lpad(i::text, 4, '0'), now(), now() from generate_series(0, ${GPS - 1}) i`.execute(db);
  const gps = (await db.selectFrom('person').where('family_name', 'like', 'Lege %').where('given_name', '=', 'Benk').select('id').orderBy('family_name').execute()).map((p) => p.id);
  await sql`
    insert into position (person_id, organisation_id, role, title, share_percent, valid_from, created_at)
    select (${gps}::uuid[])[1 + i], (${gpOffices}::uuid[])[1 + i % ${GP_OFFICES}], 'gp', 'Fastlege', 100, '2015-01-01', now() from generate_series(0, ${GPS - 1}) i`.execute(db);
  // Person i belongs to office i % 20 (so case j, person j % 20,000, belongs to office j % 20).
  await sql`
    insert into citizen (fnr, given_name, family_name, birth_date, protection, shielded, nav_office_id, created_at, updated_at)
    select '7' || lpad(i::text, 10, '0'), 'Benk', 'Person ' || i, date '1970-01-01' + (i % 15000), 'none', false, (${offices}::uuid[])[1 + i % ${OFFICES}], now(), now()
      from generate_series(0, ${CITIZENS - 1}) i`.execute(db);
  const citizens = (await db.selectFrom('citizen').where('fnr', 'like', '7%').where('family_name', 'like', 'Person %').select('id').orderBy('fnr').execute()).map((c) => c.id);
  return { offices, gps, citizens };
}

/** Cases over the last year, one note each (most opened by NAV), plans, meetings 1 and 2 at realistic rates. */
async function growCases(db: Kysely<Database>, ids: { offices: string[]; gps: string[]; citizens: string[] }, cases: number) {
  await sql`
    insert into sick_case (citizen_id, nav_office_id, first_day, last_day, status, created_at, updated_at)
    select (${ids.citizens}::uuid[])[1 + j % ${CITIZENS}], (${ids.offices}::uuid[])[1 + j % ${OFFICES}], current_date - (j::bigint * 7919 % 365)::int,
           current_date - (j::bigint * 7919 % 365)::int + (1 + j % 30) * 7, 'active', now(), now()
      from generate_series(0, ${cases - 1}) j`.execute(db);
  await sql`
    insert into sick_note (case_id, citizen_id, issuer_person_id, issued_at, diagnosis_system, diagnosis_code, symptoms_findings, function_daily_life,
                           function_work, remaining_capacity, follow_up_class, nav_first_opened_at, created_at)
    select c.id, c.citizen_id, (${ids.gps}::uuid[])[1 + (hashtext(c.id::text) & 1023) % ${GPS}], c.first_day + time '09:00', 'ICPC-2', 'L03', 'Benk', 'Benk', 'Benk', 'Benk', 2,
           case when hashtext(c.id::text) % 10 <> 0 then c.first_day + time '09:00' + ((hashtext(c.id::text) & 127) || ' hours')::interval end, now()
      from sick_case c join citizen ci on ci.id = c.citizen_id where ci.fnr like '7%'`.execute(db);
  await sql`
    insert into case_event (case_id, kind, occurred_on, created_at)
    select c.id, e.kind, c.first_day + e.after, now()
      from sick_case c join citizen ci on ci.id = c.citizen_id
     cross join lateral (values ('follow_up_plan_received', 20 + (hashtext(c.id::text) & 15), (hashtext(c.id::text) & 7) < 6),
                               ('dialogue_meeting_1_held', 40 + (hashtext(c.id::text) & 15), (hashtext(c.id::text) & 7) < 5),
                               ('dialogue_meeting_2_held', 150 + (hashtext(c.id::text) & 63), (hashtext(c.id::text) & 3) = 0)) as e(kind, after, happens)
     where ci.fnr like '7%' and e.happens`.execute(db);
}

/**
 * Requests from NAV with one question each, 85 % answered (the answer is a message too): together
 * `messages` messages. Some reminded, a few escalated, a few answers with a journal attached.
 */
async function growMessages(db: Kysely<Database>, ids: { offices: string[]; gps: string[]; citizens: string[] }, messages: number) {
  const requests = Math.round(messages / 1.85);
  for (let start = 0; start < requests; start += 100_000) {
    const end = Math.min(requests, start + 100_000) - 1;
    await sql`
      with k as (select k, now() - (k::bigint * 7919 % 365)::int * interval '1 day' - (k % 9) * interval '1 hour' as sent from generate_series(${start}::int, ${end}::int) k),
      c as (
        insert into conversation (citizen_id, nav_office_id, gp_person_id, subject, started_by, request_kind, last_message_at, search_text, created_at)
        select (${ids.citizens}::uuid[])[1 + k % ${CITIZENS}], (${ids.offices}::uuid[])[1 + k % ${OFFICES}], (${ids.gps}::uuid[])[1 + k % ${GPS}],
               'L8: Benk', 'nav', 'L8', sent, '', sent from k
        returning id, created_at)
      insert into dialogue_message (conversation_id, kind, code_system, code, sender_side, request_kind, tariff_code, due_at, expects_answer,
                                    answered_at, reminded_at, escalated_at, status, delivered_at, created_at)
      select c.id, 'request', 8129, 1, 'nav', 'L8', 'L8', c.created_at + interval '7 days', true,
             case when h % 20 < 17 then c.created_at + ((h & 511) || ' hours')::interval end,
             case when h % 20 >= 15 then c.created_at + interval '8 days' end,
             case when h % 20 = 19 then c.created_at + interval '14 days' end,
             case when h % 20 < 17 then 'answered' else 'reminded' end, c.created_at, c.created_at
        from (select c.*, (hashtext(c.id::text) & 2147483647) as h from c) c`.execute(db);
  }
  await sql`
    insert into request_question (message_id, position, text, is_open)
    select m.id, 1, 'Hvordan er funksjonen?', (hashtext(m.id::text) & 7) = 0
      from dialogue_message m join conversation c on c.id = m.conversation_id where c.subject = 'L8: Benk' and m.kind = 'request'`.execute(db);
  await sql`
    insert into dialogue_message (conversation_id, parent_id, kind, code_system, code, sender_side, status, delivered_at, created_at)
    select m.conversation_id, m.id, 'answer', 9069, 5, 'gp', 'sent', m.answered_at, m.answered_at
      from dialogue_message m join conversation c on c.id = m.conversation_id
     where c.subject = 'L8: Benk' and m.kind = 'request' and m.answered_at is not null`.execute(db);
}

async function prepare(label: string, handle: DatabaseHandle, volume: Volume) {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    const ids = await growArea(handle.db);
    await growCases(handle.db, ids, volume.cases);
    await growMessages(handle.db, ids, volume.messages);
    await sql`vacuum analyze`.execute(handle.db);
    const counted = await sql<{ messages: number; cases: number }>`
      select (select count(*)::int from dialogue_message m join conversation c on c.id = m.conversation_id where c.subject = 'L8: Benk') as messages,
             (select count(*)::int from sick_case c join citizen ci on ci.id = c.citizen_id where ci.fnr like '7%') as cases`.execute(handle.db);
    console.log(`${label}: county ${COUNTY} grown with ${counted.rows[0]!.messages} messages and ${counted.rows[0]!.cases} cases in ${Math.round(performance.now() - started)} ms`);
    const full = await refreshFacts(handle.db, new Date(), { full: true });
    console.log(`${label}: facts rebuilt in full (${full?.groups} month × office groups) in ${full?.durationMs} ms`);
    const incremental = await refreshFacts(handle.db, new Date());
    console.log(`${label}: incremental refresh right after (${incremental?.groups} groups: rows in the two-minute overlap, deadlines passed since) in ${incremental?.durationMs} ms`);
    await sql`vacuum analyze`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

interface Figure {
  database: string;
  dashboard: string;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

async function load(label: string, env: Record<string, string>): Promise<Figure[]> {
  const port = env.PORT!;
  const server = await startServer({ ...env, CASE_LIST_CACHE_SECONDS: '0', INSIGHTS_REFRESH_SECONDS: '0' });
  const figures: Figure[] = [];
  try {
    const users = (await (await fetch(`http://127.0.0.1:${port}/api/auth/demo-users`)).json()) as { id: string; role: string }[];
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: users.find((u) => u.role === 'admin')!.id }),
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    for (const dashboard of DASHBOARDS) {
      // The county's last twelve months by month, and by quarter: two questions in turn.
      const paths = [`/api/insights/dashboards/${dashboard}?scope=county&area=${COUNTY}`, `/api/insights/dashboards/${dashboard}?scope=county&area=${COUNTY}&bucket=quarter`];
      await runLoad(port, cookie, paths, 3, READERS);
      const r = await runLoad(port, cookie, paths, SECONDS, READERS);
      const verdict = env.DATABASE_URL ? (r.p95 < TARGET_MS ? 'met' : 'NOT MET') : 'for PostgreSQL';
      console.log(`${label} — ${dashboard} dashboard, county over a year, ${READERS} readers: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors (target p95 < ${TARGET_MS} ms: ${verdict})`);
      figures.push({ database: label, dashboard, p50: r.p50, p95: r.p95, rps: r.rps, errors: r.errors });
    }
  } finally {
    await stopServer(server.child);
  }
  return figures;
}

export async function benchInsights() {
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  const figures: Figure[] = [];
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench', async (url) => {
      await prepare('PostgreSQL', await openDatabase({ databaseUrl: url, poolSize: 4 }), { messages: 1_000_000, cases: 200_000 });
      figures.push(...(await load('PostgreSQL', { DATABASE_URL: url, PORT: '3931', DATABASE_POOL_SIZE: '20', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' })));
    });
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      await prepare('PGlite (a tenth: 100,000 messages, 20,000 cases)', await openDatabase({ dataDir }), { messages: 100_000, cases: 20_000 });
      figures.push(...(await load('PGlite (a tenth)', { DATA_DIR: dataDir, PORT: '3932', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' })));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log('\nKPI dashboards over HTTP, answer cache off (ms)');
  console.table(
    figures.map((f) => ({
      dashboard: f.dashboard,
      database: f.database,
      p50: Number(f.p50.toFixed(1)),
      p95: Number(f.p95.toFixed(1)),
      'req/s': Math.round(f.rps),
      errors: f.errors,
      target: `p95 < ${TARGET_MS}`,
      verdict: f.database === 'PostgreSQL' ? (f.p95 < TARGET_MS ? 'met' : 'NOT MET') : f.p95 < TARGET_MS ? '(met)' : '(not met)',
    })),
  );
}
