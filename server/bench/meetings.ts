/**
 * Issue figures for dialogue meetings: an office calendar with 500 meetings in one week
 * (p95 < 50 ms), and convening a meeting with four participants, every invitation stored and
 * queued (p95 < 100 ms). Targets on a durable PostgreSQL; PGlite printed beside.
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
import { isoWeekOf } from '../src/modules/meetings/queries.js';
import { isWorkingDay } from '../src/platform/working-days.js';
import { onDurablePostgres, runLoad, startServer, stopServer, type LoadTarget } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const WEEK_MEETINGS = 500;

/** Monday 09:00 UTC of the week four weeks from now: the calendar week the bench fills. */
function benchWeekStart() {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 28));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  monday.setUTCHours(7, 0, 0, 0);
  return monday;
}

/**
 * 500 meetings at the demo adviser's office in one week (100 a working day, 07:00–16:00 UTC),
 * each with five participants, half of them with replies, in bulk SQL.
 */
async function growMeetings(db: Kysely<Database>) {
  const adviser = await db.selectFrom('app_user').where('role', '=', 'nav_adviser').where('description', 'like', 'Veileder for%').select(['id', 'organisation_id']).executeTakeFirstOrThrow();
  const cases = await db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('sc.nav_office_id', '=', adviser.organisation_id!)
    .where('c.protection', '=', 'none')
    .select(['sc.id', 'sc.citizen_id'])
    .limit(WEEK_MEETINGS)
    .execute();
  const start = benchWeekStart();
  await sql`
    insert into dialogue_meeting (case_id, citizen_id, nav_office_id, kind, status, starts_at, duration_minutes, place_kind, place_text, gp_invited,
                                  convened_by, convened_by_name, created_at, updated_at)
    select (${cases.map((c) => c.id)}::uuid[])[1 + i % ${cases.length}], (${cases.map((c) => c.citizen_id)}::uuid[])[1 + i % ${cases.length}],
           ${adviser.organisation_id}, 'dm2', case when i % 7 = 0 then 'new_time_place' else 'invited' end,
           ${start}::timestamptz + (i / 100) * interval '1 day' + (i % 100) * interval '5 minutes', 60, 'nav_office', 'Møterom ' || (i % 4 + 1), true,
           case when i % 3 = 0 then ${adviser.id}::uuid end, 'Benk veileder', now(), now()
      from generate_series(0, ${WEEK_MEETINGS - 1}) as i`.execute(db);
  await sql`
    insert into meeting_participant (meeting_id, role, name, email, reply, replied_at, position, created_at)
    select m.id, r.role, 'Deltaker ' || r.position, 'deltaker' || r.position || '@example.no',
           case when (hashtext(m.id::text) + r.position) % 2 = 0 then 'coming' end, now(), r.position, now()
      from dialogue_meeting m
     cross join (values ('nav_adviser', 0), ('employee', 1), ('employer', 2), ('gp', 3), ('interpreter', 4)) as r(role, position)
     where m.convened_by_name = 'Benk veileder'`.execute(db);
}

async function prepare(label: string, handle: DatabaseHandle) {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    await growMeetings(handle.db);
    console.log(`${label}: ${WEEK_MEETINGS} meetings grown in one week in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

async function signIn(port: string, role: string, text: string) {
  const users = (await (await fetch(`http://127.0.0.1:${port}/api/auth/demo-users`)).json()) as { id: string; role: string; description: string }[];
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: users.find((u) => u.role === role && u.description.includes(text))!.id }),
  });
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}

async function load(label: string, env: Record<string, string>, reopen: () => Promise<DatabaseHandle>) {
  const port = env.PORT!;
  const verdict = env.DATABASE_URL ? (met: boolean) => (met ? 'met' : 'NOT MET') : () => 'for PostgreSQL';
  const server = await startServer(env);
  let since = new Date();
  let answered = 0;
  try {
    const adviser = await signIn(port, 'nav_adviser', 'Veileder for');
    const week = isoWeekOf(new Date(benchWeekStart().getTime() + 60 * 60_000));
    const path = `/api/meetings/calendar?scope=office&week=${week}`;
    const shown = (await (await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie: adviser.cookie } })).json()) as { meetings: unknown[] };
    await runLoad(port, adviser.cookie, [path], 5, CONNECTIONS);
    const calendar = await runLoad(port, adviser.cookie, [path], SECONDS, CONNECTIONS);
    console.log(
      `${label} — office calendar, ${shown.meetings.length} meetings in week ${week}, ${CONNECTIONS} users: p50 ${calendar.p50.toFixed(1)} ms, p95 ${calendar.p95.toFixed(1)} ms, p99 ${calendar.p99.toFixed(1)} ms, ${Math.round(calendar.rps)} req/s, ${calendar.errors} errors (target p95 < 50 ms: ${verdict(calendar.p95 < 50)})`,
    );

    // Cases with an employer and a GP: the adviser, the person, the nearest manager and the GP.
    const handle = await reopen();
    let caseIds: string[];
    try {
      caseIds = (
        await handle.db
          .selectFrom('sick_case as sc')
          .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
          .where('sc.nav_office_id', '=', (await handle.db.selectFrom('app_user').where('description', 'like', 'Veileder for%').select('organisation_id').executeTakeFirstOrThrow()).organisation_id)
          .where('sc.status', 'in', ['active', 'graded'])
          .where('c.protection', '=', 'none')
          .where('c.shielded', '=', false)
          .where('c.regular_gp_person_id', 'is not', null)
          .where('sc.employer_id', 'is not', null)
          .select('sc.id')
          .orderBy('sc.id')
          .limit(CONNECTIONS * 2)
          .execute()
      ).map((r) => r.id);
    } finally {
      await handle.close();
    }
    // Each request a different case and time, as when an office's advisers convene for their own
    // cases: the same few people invited to hundreds of meetings at one hour would measure the
    // overlap check's growing list, not convening.
    const slots: string[] = [];
    for (let day = new Date(Date.now() + 14 * 86_400_000); slots.length < 1_200; day = new Date(day.getTime() + 86_400_000)) {
      if (!isWorkingDay(day.toISOString().slice(0, 10))) continue;
      for (const hour of ['08', '09', '10', '11', '12', '13']) slots.push(new Date(`${day.toISOString().slice(0, 10)}T${hour}:00:00Z`).toISOString());
    }
    const bodyAt = (startsAt: string) =>
      JSON.stringify({
        kind: 'dm2',
        startsAt,
        durationMinutes: 60,
        place: { kind: 'nav_office', text: 'Møterom 1' },
        gp: { invite: true, part: { kind: 'last_minutes', minutes: 15 } },
        employee: { email: 'arbeidstaker@example.no' },
        employer: { invite: true, email: 'naermeste.leder@example.no' },
        confirmOverlap: true,
      });
    const posts: LoadTarget[] = slots.map((startsAt, i) => ({
      method: 'POST',
      path: `/api/cases/${caseIds[i % caseIds.length]}/meetings`,
      body: bodyAt(startsAt),
      headers: { 'content-type': 'application/json', 'x-csrf-token': adviser.csrf },
    }));
    await runLoad(port, adviser.cookie, posts.slice(0, 4), 3, 4);
    since = new Date();
    // One adviser at a time (the latency a user feels), an office's advisers at once, and 20 at once.
    for (const connections of [1, 5, CONNECTIONS]) {
      const convene = await runLoad(port, adviser.cookie, posts, SECONDS, connections);
      answered += convene.requests - convene.errors;
      console.log(
        `${label} — convening meetings with four participants (${caseIds.length} cases), ${connections} connection${connections > 1 ? 's' : ''}: p50 ${convene.p50.toFixed(1)} ms, p95 ${convene.p95.toFixed(1)} ms, ${Math.round(convene.rps)} per second, ${convene.errors} errors (target p95 < 100 ms: ${verdict(convene.p95 < 100)})`,
      );
    }
  } finally {
    await stopServer(server.child);
  }
  const handle = await reopen();
  try {
    const stored = await sql<{ meetings: string; participants: string; invitations: string; ordered: string; told: string; audited: string }>`
      select count(distinct m.id) as meetings,
             (select count(*) from meeting_participant p join dialogue_meeting x on x.id = p.meeting_id where x.created_at >= ${since}) as participants,
             (select count(*) from dialogue_message d where d.meeting_id is not null and d.created_at >= ${since}) as invitations,
             (select count(*) from interop_message i where i.code_system = 8125 and i.created_at >= ${since}) as ordered,
             (select count(*) from notification n where n.link like '/dialogmoter/%' and n.created_at >= ${since}) as told,
             (select count(*) from audit_log a where a.object_type = 'dialogue_meeting' and a.action = 'create' and a.at >= ${since}) as audited
        from dialogue_meeting m where m.created_at >= ${since}`.execute(handle.db);
    const s = stored.rows[0]!;
    console.log(
      `${label} — after the run: ${answered} answered 201; ${s.meetings} meetings stored with ${s.participants} participants, ${s.invitations} GP invitations (${s.ordered} national documents ordered), ${s.told} notifications, ${s.audited} audit entries`,
    );
  } finally {
    await handle.close();
  }
}

export async function benchMeetings() {
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench', async (url) => {
      await prepare('PostgreSQL', await openDatabase({ databaseUrl: url, poolSize: 4 }));
      await load('PostgreSQL', { DATABASE_URL: url, PORT: '3911', DATABASE_POOL_SIZE: '20', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' }, () => openDatabase({ databaseUrl: url, poolSize: 1 }));
    });
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      await prepare('PGlite', await openDatabase({ dataDir }));
      await load('PGlite (embedded)', { DATA_DIR: dataDir, PORT: '3912', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' }, () => openDatabase({ dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
