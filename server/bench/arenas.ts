/**
 * Issue figures for arenas (issue 10): the table plan for 140 participants from 25 municipalities
 * (< 200 ms; median and max of several runs), and the county calendar of a county with 2,000
 * sessions a year at 50 concurrent readers (p95 < 50 ms) over HTTP — a month, a quarter and the
 * whole year. Data made with set-based SQL (generate_series). Target on a durable PostgreSQL;
 * PGlite printed beside.
 */
import { sql, type Kysely } from 'kysely';
import { planTables, type PlanPerson } from '../src/modules/arenas/domain/table-plan.js';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/schema.js';
import { onBenchDatabases, runLoad, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const READERS = 50;
const CALENDAR_TARGET_MS = 50;
const PLAN_TARGET_MS = 200;
const COUNTY = '34';
const ARENAS_IN_COUNTY = 200; // × 10 sessions = 2,000 sessions in the year
const SESSIONS_PER_ARENA = 10;

/** 140 participants from 25 municipalities, about two GPs for each NAV person, a few others. */
function courseParticipants(): PlanPerson[] {
  return Array.from({ length: 140 }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    municipality: String(3401 + ((i * 7) % 25)),
    isGp: i % 3 !== 2 && i % 20 !== 19,
    isNav: i % 3 === 2,
  }));
}

export function benchTablePlan(runs = 25): { median: number; max: number; mixed: number; tables: number } {
  const people = courseParticipants();
  const times: number[] = [];
  let result = planTables(people, 18, 8);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = planTables(people, 18, 8);
    times.push(performance.now() - started);
  }
  if (!result.ok) throw new Error('the bench plan does not fit');
  const byId = new Map(people.map((p) => [p.id, p]));
  const mixed = result.tables.filter((t) => t.personIds.some((id) => byId.get(id)!.isGp) && t.personIds.some((id) => byId.get(id)!.isNav)).length;
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times.at(-1)!, mixed, tables: result.tables.length };
}

/** 200 arenas of ten sessions spread over the coming year in the county (and as many elsewhere), ten participants each. */
export async function growArenas(db: Kysely<Database>): Promise<void> {
  const organiser = await db.selectFrom('app_user').where('role', '=', 'advisory_physician').select('id').executeTakeFirstOrThrow();
  const users = (await db.selectFrom('app_user').select('id').orderBy('id').limit(10).execute()).map((u) => u.id);
  for (const [county, municipality] of [[COUNTY, '3411'], ['38', '3805']] as const) {
    await sql`
      insert into arena (kind, title, organiser_user_id, municipality_numbers, county_number, location, capacity, status, settings, created_at, updated_at)
      select (array['small_group_series', 'course', 'joint_meeting', 'meeting_place'])[1 + n % 4], 'Benk møteplass ' || ${county} || '-' || n, ${organiser.id},
             array[${municipality}]::text[], ${county}, 'Benk sted ' || n, 20, 'open', '{}'::jsonb, now(), now()
        from generate_series(1, ${ARENAS_IN_COUNTY}) as n`.execute(db);
  }
  await sql`
    insert into arena_session (arena_id, ordinal, starts_at, ends_at, title, agenda, created_at)
    select a.id, s, now() + ((row_number() over (order by a.id) * 37 + s * 36) % 365) * interval '1 day' + interval '17 hours',
           now() + ((row_number() over (order by a.id) * 37 + s * 36) % 365) * interval '1 day' + interval '18 hours 30 minutes', '', '[]'::jsonb, now()
      from arena a cross join generate_series(1, ${SESSIONS_PER_ARENA}) as s
     where a.title like 'Benk møteplass %'`.execute(db);
  await sql`
    insert into arena_participant (arena_id, user_id, status, is_gp, signed_up_at, updated_at)
    select a.id, u, 'signed_up', true, now(), now()
      from arena a cross join unnest(${sql.val(users)}::uuid[]) as u
     where a.title like 'Benk møteplass %'`.execute(db);
}

async function prepare(label: string, handle: DatabaseHandle): Promise<void> {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    await growArenas(handle.db);
    const c = (await sql<{ n: number }>`select count(*)::int as n from arena_session s join arena a on a.id = s.arena_id where a.county_number = ${COUNTY}`.execute(handle.db)).rows[0]!;
    console.log(`${label}: ${c.n} sessions in county ${COUNTY} grown in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
    if (handle.kind === 'postgres') await sql`checkpoint`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

async function signIn(port: string): Promise<string> {
  const users = (await (await fetch(`http://127.0.0.1:${port}/api/auth/demo-users`)).json()) as { id: string; role: string }[];
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: users.find((u) => u.role === 'nav_adviser')!.id }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

interface Figure {
  database: string;
  measure: string;
  sessions: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PERIODS = [
  { measure: 'County calendar, a month', days: 30 },
  { measure: 'County calendar, a quarter', days: 91 },
  { measure: 'County calendar, the whole year', days: 365 },
];

async function load(label: string, env: Record<string, string>, cacheOff = false): Promise<Figure[]> {
  const figures: Figure[] = [];
  const database = `${label}${cacheOff ? ', answer cache off' : ''}`;
  const server = await startServer(cacheOff ? { ...env, CASE_LIST_CACHE_SECONDS: '0' } : env);
  try {
    const cookie = await signIn(env.PORT!);
    for (const period of PERIODS) {
      // Readers look at different kinds of the same county and period, as the filter offers.
      const paths = ['', '&kind=small_group_series', '&kind=course', '&kind=joint_meeting'].map((k) => `/api/arena-calendar?county=${COUNTY}&from=${iso(0)}&to=${iso(period.days)}${k}`);
      const probe = (await (await fetch(`http://127.0.0.1:${env.PORT}${paths[0]}`, { headers: { cookie } })).json()) as { sessions: unknown[] };
      await runLoad(env.PORT!, cookie, paths, 3, READERS);
      const r = await runLoad(env.PORT!, cookie, paths, SECONDS, READERS);
      const verdict = env.DATABASE_URL && !cacheOff ? (r.p95 < CALENDAR_TARGET_MS ? 'met' : 'NOT MET') : 'reference';
      console.log(`${database} — ${period.measure} (${probe.sessions.length} sessions), ${READERS} readers: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors (target p95 < ${CALENDAR_TARGET_MS} ms: ${verdict})`);
      figures.push({ database, measure: period.measure, sessions: probe.sessions.length, p50: r.p50, p95: r.p95, rps: r.rps, errors: r.errors });
    }
  } finally {
    await stopServer(server.child);
  }
  return figures;
}

export async function benchArenas() {
  const plan = benchTablePlan();
  console.log(`Table plan, 140 participants from 25 municipalities at 18 tables of 8: median ${plan.median.toFixed(2)} ms, max ${plan.max.toFixed(2)} ms over 25 runs; ${plan.mixed} of ${plan.tables} tables mix GPs and NAV staff (target < ${PLAN_TARGET_MS} ms: ${plan.max < PLAN_TARGET_MS ? 'met' : 'NOT MET'})`);
  const figures: Figure[] = [];
  await onBenchDatabases({ postgres: '3941', pglite: '3942' }, async ({ kind, label, open, env }) => {
    await prepare(kind === 'postgres' ? 'PostgreSQL' : 'PGlite', await open());
    figures.push(...(await load(label, env)));
    // With the answer cache off every read is a query: printed for reference, on the server only.
    if (kind === 'postgres') figures.push(...(await load(label, env, true)));
  });
  console.log('\nArenas: table plan (pure) and county calendar over HTTP, 50 readers (ms)');
  console.table([
    { measure: 'Table plan 140/25 (median of 25)', database: '—', sessions: '', p50: Number(plan.median.toFixed(2)), p95: Number(plan.max.toFixed(2)), 'req/s': '', errors: 0, target: `max < ${PLAN_TARGET_MS}`, verdict: plan.max < PLAN_TARGET_MS ? 'met' : 'NOT MET' },
    ...figures.map((f) => ({
      measure: f.measure,
      database: f.database,
      sessions: f.sessions,
      p50: Number(f.p50.toFixed(1)),
      p95: Number(f.p95.toFixed(1)),
      'req/s': Math.round(f.rps),
      errors: f.errors,
      target: `p95 < ${CALENDAR_TARGET_MS}`,
      verdict: f.database === 'PostgreSQL' ? (f.p95 < CALENDAR_TARGET_MS ? 'met' : 'NOT MET') : f.p95 < CALENDAR_TARGET_MS ? '(met)' : '(not met)',
    })),
  ]);
}
