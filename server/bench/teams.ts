/**
 * Issue figures for teams (issue 8): the team board with 200 active courses (p95 < 50 ms), and
 * the evaluation view over 50 teams and 20,000 courses (p95 < 300 ms). Data made with set-based
 * SQL (generate_series) beside the demo data; measured over HTTP with autocannon. Targets on a
 * durable PostgreSQL; PGlite printed beside.
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
import { onDurablePostgres, runLoad, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The bench's teams; with the demo's two, the evaluation covers 50. */
const TEAMS = 48;
const REFERRALS_PER_TEAM = 525;
const BOARD_COURSES = 200;
const BOARD_USERS = 10;
const EVALUATION_USERS = 4;

/**
 * 48 work-focus teams in five trial sites, 525 referrals each (80 % accepted, 12 % declined, the
 * rest waiting or submitted) over two years: 20,160 courses with sessions and goals. The first
 * team is the board's: 200 active courses, each a different person, the demo therapist a member.
 */
export async function growTeams(db: Kysely<Database>) {
  const therapist = await db.selectFrom('app_user').where('role', '=', 'team_member').where('description', 'like', 'Samlokalisert team%').select('id').executeTakeFirstOrThrow();
  const gp = await db.selectFrom('app_user').where('role', '=', 'gp').where('description', 'like', '%80 %%').select(['id', 'person_id']).executeTakeFirstOrThrow();
  const citizens = (await db.selectFrom('citizen').where('protection', '=', 'none').where('shielded', '=', false).select(['id', 'nav_office_id']).orderBy('id').execute());
  if (citizens.length < BOARD_COURSES) throw new Error(`only ${citizens.length} citizens for ${BOARD_COURSES} active courses`);
  const ids = citizens.map((c) => c.id);
  const offices = citizens.map((c) => c.nav_office_id);
  await sql`
    insert into team (kind, name, trial_site, capacity, created_at, updated_at)
    select 'work_focus', 'Benk arbeidsfokus ' || lpad(t::text, 2, '0'), 'Forsøk ' || (t % 5 + 1), 1000, now() - interval '3 years', now()
      from generate_series(0, ${TEAMS - 1}) as t`.execute(db);
  const board = await db.selectFrom('team').where('name', '=', 'Benk arbeidsfokus 00').select('id').executeTakeFirstOrThrow();
  await db.insertInto('team_member').values({ team_id: board.id, user_id: therapist.id, role: 'cognitive_therapist', created_at: new Date() }).execute();
  // Referral j of team t: person j (the board team's first 200 are its active courses).
  await sql`
    insert into team_referral (team_id, citizen_id, referred_by, referred_by_role, referred_by_name, gp_person_id, status, reason, age_at_referral,
                               sick_leave_status, sick_leave_weeks, nav_office_id, decided_at, decline_reason, recommendation, created_at, updated_at)
    select t.id, (${ids}::uuid[])[1 + j % ${ids.length}], ${gp.id}, 'gp', 'Benk Lege', ${gp.person_id},
           case when j % 25 < 20 then 'accepted' when j % 25 < 23 then 'declined' when j % 25 = 23 then 'waiting' else 'submitted' end,
           'Benk: samtidig hjelp med helse og arbeid', 18 + (j * 7) % 45,
           case when j % 4 = 0 then 'at_risk' when j % 4 = 1 then 'sick_listed_graded' else 'sick_listed_full' end,
           case when j % 4 = 0 then null else (j * 3) % 20 end, (${offices}::uuid[])[1 + j % ${offices.length}],
           now() - ((j * 37) % 730) * interval '1 day' + interval '2 days',
           case when j % 25 between 20 and 22 then (array['Plagene er for alvorlige nå', 'For langt fra arbeid nå', 'Ønsker ikke tilbudet nå'])[1 + j % 3] end,
           case when j % 25 between 20 and 22 then (array['Henvises til DPS', 'Arbeidsrettet rehabilitering', null])[1 + j % 3] end,
           now() - ((j * 37) % 730) * interval '1 day', now()
      from team t cross join generate_series(0, ${REFERRALS_PER_TEAM - 1}) as j
     where t.name like 'Benk arbeidsfokus %'`.execute(db);
  await sql`
    insert into team_consent (referral_id, citizen_id, team_id, scope, given_on, recorded_by_name, created_at)
    select r.id, r.citizen_id, r.team_id, array['therapist', 'job_specialist', 'nav'], r.created_at::date, 'Benk Lege', r.created_at
      from team_referral r join team t on t.id = r.team_id where t.name like 'Benk arbeidsfokus %'`.execute(db);
  await growCourses(db, board.id);
  return board.id;
}

/** Courses for the accepted referrals: the board team's newest 200 people active, elsewhere one in ten. */
async function growCourses(db: Kysely<Database>, boardTeamId: string) {
  // p numbers the people a team has included; a person's newest course is the one that may be active.
  await sql`
    with ranked as (
      select r.*, dense_rank() over (partition by r.team_id order by r.citizen_id) as p,
             row_number() over (partition by r.team_id order by r.created_at, r.id) as k,
             row_number() over (partition by r.team_id, r.citizen_id order by r.created_at desc) as newest
        from team_referral r join team t on t.id = r.team_id
       where t.name like 'Benk arbeidsfokus %' and r.status = 'accepted')
    insert into team_course (referral_id, team_id, citizen_id, status, session_budget, work_status_start, work_status_end, final_report,
                             summary, started_on, closed_at, created_at, updated_at)
    select id, team_id, citizen_id, s.status, 10,
           (array['sick_listed_full', 'working_graded', 'at_risk', 'sick_listed_full'])[1 + k % 4],
           case when s.status <> 'active' then (array['working_full', 'working_graded', 'sick_listed_full', 'job_seeker', 'aap'])[1 + k % 5] end,
           case when s.status = 'completed' then '{"background":"b","courseSummary":"c","functionAssessment":"f","goalsOutcome":"g","relapsePrevention":"r","recommendations":"a"}'::jsonb end,
           'Benk: felles oppsummering', (created_at + interval '5 days')::date,
           case when s.status <> 'active' then created_at + interval '120 days' end, created_at, now()
      from ranked
     cross join lateral (select case
               when newest = 1 and ((team_id = ${boardTeamId} and p <= ${BOARD_COURSES}) or (team_id <> ${boardTeamId} and p % 10 = 0)) then 'active'
               when k % 7 = 0 then 'dropped_out' else 'completed' end as status) s`.execute(db);
  await sql`
    insert into team_session (course_id, kind, status, starts_at, duration_minutes, attendees, created_by_name, created_at, updated_at)
    select c.id, case when n = 1 then 'assessment' when n = 2 then 'start' else 'regular' end,
           case when c.status = 'active' and n = 5 then 'booked' when c.status = 'dropped_out' and n > 3 then 'missed' else 'held' end,
           case when c.status = 'active' and n = 5 then now() + interval '3 days' else c.created_at + (5 + n * 7) * interval '1 day' end,
           45, array['participant', 'therapist'], 'Benk', c.created_at, c.created_at
      from team_course c join team t on t.id = c.team_id
     cross join lateral generate_series(1, case when c.status = 'completed' then 6 + (hashtext(c.id::text) & 7) else 5 end) as n
     where t.name like 'Benk arbeidsfokus %'`.execute(db);
  await sql`
    insert into team_goal (course_id, area, text, status, created_at, updated_at)
    select c.id, 'work', 'Benk: mål ' || g, case when c.status = 'completed' and (g = 1 or hashtext(c.id::text) % 3 = 0) then 'reached' else 'open' end, c.created_at, c.created_at
      from team_course c join team t on t.id = c.team_id cross join generate_series(1, 2) as g
     where t.name like 'Benk arbeidsfokus %'`.execute(db);
}

/** Grows the data; answers the board team's id. */
async function prepare(label: string, handle: DatabaseHandle): Promise<string> {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    const boardTeamId = await growTeams(handle.db);
    const counts = await sql<{ teams: number; courses: number; sessions: number }>`
      select (select count(*)::int from team) as teams, (select count(*)::int from team_course) as courses, (select count(*)::int from team_session) as sessions`.execute(handle.db);
    const c = counts.rows[0]!;
    console.log(`${label}: ${c.teams} teams, ${c.courses} courses, ${c.sessions} sessions grown in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
    if (handle.kind === 'postgres') await sql`checkpoint`.execute(handle.db);
    return boardTeamId;
  } finally {
    await handle.close();
  }
}

async function signIn(port: string, role: string, text = '') {
  const users = (await (await fetch(`http://127.0.0.1:${port}/api/auth/demo-users`)).json()) as { id: string; role: string; description: string }[];
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: users.find((u) => u.role === role && u.description.includes(text))!.id }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export interface TeamFigure {
  database: string;
  measure: string;
  users: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  target: number;
}

interface Run {
  measure: string;
  cookie: string;
  paths: string[];
  users: number;
  target: number;
}

async function measureRuns(label: string, env: Record<string, string>, runs: Run[]): Promise<TeamFigure[]> {
  const figures: TeamFigure[] = [];
  for (const run of runs) {
    await runLoad(env.PORT!, run.cookie, run.paths, 3, run.users);
    const r = await runLoad(env.PORT!, run.cookie, run.paths, SECONDS, run.users);
    const verdict = env.DATABASE_URL ? (r.p95 < run.target ? 'met' : 'NOT MET') : 'for PostgreSQL';
    console.log(`${label} — ${run.measure}, ${run.users} user${run.users > 1 ? 's' : ''}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors (target p95 < ${run.target} ms: ${verdict})`);
    figures.push({ database: label, measure: run.measure, users: run.users, p50: r.p50, p95: r.p95, rps: r.rps, errors: r.errors, target: run.target });
  }
  return figures;
}

/**
 * The board as a team's members open it in the weekly run-through (one, and ten at once), and
 * the evaluation as project management and team leads read it (one, and four at once, with three
 * different questions): with the platform's few-second answer cache, and with it off.
 */
async function load(label: string, env: Record<string, string>, boardTeamId: string): Promise<TeamFigure[]> {
  const figures: TeamFigure[] = [];
  const evaluationPaths = ['/api/teams/evaluation', '/api/teams/evaluation?from=2025-01-01', `/api/teams/evaluation?trialSite=${encodeURIComponent('Forsøk 1')}`];
  for (const cacheOff of [false, true]) {
    const server = await startServer(cacheOff ? { ...env, CASE_LIST_CACHE_SECONDS: '0' } : env);
    try {
      const therapist = await signIn(env.PORT!, 'team_member', 'Samlokalisert team');
      const admin = await signIn(env.PORT!, 'admin');
      const boardPath = `/api/teams/${boardTeamId}/board`;
      const shown = (await (await fetch(`http://127.0.0.1:${env.PORT}${boardPath}`, { headers: { cookie: therapist } })).json()) as { courses: unknown[] };
      const evaluation = (await (await fetch(`http://127.0.0.1:${env.PORT}/api/teams/evaluation`, { headers: { cookie: admin } })).json()) as { groups: { level: string }[] };
      const teams = evaluation.groups.filter((g) => g.level === 'team').length;
      const cache = cacheOff ? 'answer cache off' : 'answer cache on';
      const runs: Run[] = [
        ...(cacheOff ? [] : [1, BOARD_USERS].map((users) => ({ measure: `Team board, ${shown.courses.length} active courses`, cookie: therapist, paths: [boardPath], users, target: 50 }))),
        ...[1, EVALUATION_USERS].map((users) => ({ measure: `Evaluation view, ${teams} teams, all courses (${cache})`, cookie: admin, paths: evaluationPaths, users, target: 300 })),
      ];
      figures.push(...(await measureRuns(label, env, runs)));
    } finally {
      await stopServer(server.child);
    }
  }
  return figures;
}

export async function benchTeams() {
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  const figures: TeamFigure[] = [];
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench', async (url) => {
      const board = await prepare('PostgreSQL', await openDatabase({ databaseUrl: url, poolSize: 4 }));
      figures.push(...(await load('PostgreSQL', { DATABASE_URL: url, PORT: '3921', DATABASE_POOL_SIZE: '20', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' }, board)));
    });
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      const board = await prepare('PGlite', await openDatabase({ dataDir }));
      figures.push(...(await load('PGlite (embedded)', { DATA_DIR: dataDir, PORT: '3922', MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' }, board)));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  // Side by side: each measure on each database, with the target (set for PostgreSQL).
  console.log('\nTeams over HTTP (ms)');
  console.table(
    figures.map((f) => ({
      measure: f.measure.replace(/,.*\(/, ' (').replace(/,.*/, ''),
      database: f.database,
      users: f.users,
      p50: Number(f.p50.toFixed(1)),
      p95: Number(f.p95.toFixed(1)),
      'req/s': Math.round(f.rps),
      errors: f.errors,
      target: `p95 < ${f.target}`,
      verdict: f.database === 'PostgreSQL' ? (f.p95 < f.target ? 'met' : 'NOT MET') : f.p95 < f.target ? '(met)' : '(not met)',
    })),
  );
}
