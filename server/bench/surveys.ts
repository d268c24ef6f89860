/**
 * Issue figure for pulse surveys (issue 12 point 2): the answer endpoint sustains >= 500 answers
 * per second. Each answer uses its own single-use link, so the benchmark makes an open round with
 * enough invitations for every request (known tokens, hashes stored as the platform does) and
 * drives `POST /api/public/survey-answers` without sign-in, one app instance, 50 connections.
 * After the run it checks that every 201 used exactly one invitation and wrote one row per
 * question. Target on a durable PostgreSQL; PGlite printed beside.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { osloDate } from '../src/platform/oslo-date.js';
import { hashToken } from '../src/platform/session/session-store.js';
import { spawn } from 'node:child_process';
import { onDurablePostgres, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const TARGET_PER_SECOND = 500;
// Enough links for every request of the runs at several thousand answers a second.
const WARM_UP_LINKS = 20_000;
const MEASURED_LINKS = 60_000;
const QUESTIONS: Record<string, string> = {
  info_timely: 'often',
  info_sufficient: 'sometimes',
  info_relevant: 'often',
  more_dialogue: 'yes',
  barrier_gp_capacity: 'large',
  barrier_nav_capacity: 'some',
  measure_share_phone_numbers_appropriate: 'very_large',
  measure_read_receipts_feasible: 'dont_know',
};

interface Prepared {
  surveyId: string;
  warmUp: string[];
  measured: string[];
}

/** An open round with one link per synthetic person (an invitation is per person), as many links as the runs can use. */
async function prepare(label: string, handle: DatabaseHandle): Promise<Prepared> {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    const creator = await handle.db.selectFrom('app_user').where('role', '=', 'advisory_physician').select('id').executeTakeFirstOrThrow();
    const today = osloDate(new Date());
    const survey = await handle.db
      .insertInto('survey')
      .values({
        title: 'Benk: pulsmåling',
        municipality_numbers: ['3805'],
        county_number: '38',
        area_key: 'municipalities:3805',
        audiences: ['gps'],
        question_keys: Object.keys(QUESTIONS),
        status: 'open',
        opens_on: today,
        closes_on: osloDate(new Date(Date.now() + 30 * 86_400_000)),
        created_by: creator.id,
        created_at: new Date(),
        opened_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const total = WARM_UP_LINKS + MEASURED_LINKS;
    await sql`insert into person (given_name, family_name) select 'Benk', 'Lege ' || n from generate_series(1, ${total}) as n`.execute(handle.db);
    const people = await handle.db.selectFrom('person').where('given_name', '=', 'Benk').select('id').orderBy('family_name').execute();
    const tokens = people.map(() => randomBytes(32).toString('base64url'));
    for (let i = 0; i < tokens.length; i += 5000) {
      const batch = tokens.slice(i, i + 5000).map((token, k) => ({ survey_id: survey.id, person_id: people[i + k]!.id, audience: 'gps' as const, token_hash: hashToken(token) }));
      await handle.db.insertInto('survey_invitation').values(batch).execute();
    }
    console.log(`${label}: an open round with ${tokens.length} single-use links made in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
    if (handle.kind === 'postgres') await sql`checkpoint`.execute(handle.db);
    return { surveyId: survey.id, warmUp: tokens.slice(0, WARM_UP_LINKS), measured: tokens.slice(WARM_UP_LINKS) };
  } finally {
    await handle.close();
  }
}

interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  rps: number;
  refused: Record<string, number>;
  timeouts: number;
}

/** Runs surveys-load.ts in its own process (as runLoad does for load.ts): each request answers with the next unused link. */
function answerLoad(port: string, tokens: readonly string[], seconds: number): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'surveys-load.ts'), port, String(seconds), String(CONNECTIONS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin!.end(JSON.stringify({ tokens, answers: QUESTIONS }));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1)!) as LoadResult) : reject(new Error(`surveys-load exited with ${code}`))));
  });
}

export interface SurveyFigure {
  database: string;
  answersPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

async function load(label: string, env: Record<string, string>, prepared: Prepared, reopen: () => Promise<DatabaseHandle>): Promise<SurveyFigure> {
  const server = await startServer(env);
  let figure: SurveyFigure;
  try {
    await answerLoad(env.PORT!, prepared.warmUp, 3);
    const r = await answerLoad(env.PORT!, prepared.measured, SECONDS);
    const verdict = env.DATABASE_URL ? (r.rps >= TARGET_PER_SECOND ? 'met' : 'NOT MET') : 'for PostgreSQL';
    console.log(
      `${label} — survey answers, one app instance, ${CONNECTIONS} connections: ${Math.round(r.rps)} per second sustained, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.errors} errors (target >= ${TARGET_PER_SECOND}/s: ${verdict})`,
    );
    if (r.errors > 0) console.log(`${label} — the errors: ${JSON.stringify({ statuses: r.refused, timeouts: r.timeouts })}`);
    figure = { database: label, answersPerSecond: r.rps, p50: r.p50, p95: r.p95, errors: r.errors };
  } finally {
    await stopServer(server.child);
  }
  const handle = await reopen();
  try {
    const used = await handle.db.selectFrom('survey_invitation').where('survey_id', '=', prepared.surveyId).where('used', '=', true).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const rows = await handle.db.selectFrom('survey_answer').where('survey_id', '=', prepared.surveyId).select((eb) => [eb.fn.countAll<string>().as('n'), sql<string>`count(distinct response_id)`.as('responses')]).executeTakeFirstOrThrow();
    const consistent = Number(rows.n) === Number(rows.responses) * Object.keys(QUESTIONS).length && Number(used.n) === Number(rows.responses);
    console.log(`${label} — after the run: ${used.n} links used, ${rows.responses} anonymous responses of ${rows.n} rows (${consistent ? 'one response per link, one row per question' : 'MISMATCH'})`);
  } finally {
    await handle.close();
  }
  return figure;
}

export async function benchSurveys(): Promise<SurveyFigure[]> {
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  const figures: SurveyFigure[] = [];
  const quiet = { MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' };
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench', async (url) => {
      const prepared = await prepare('PostgreSQL', await openDatabase({ databaseUrl: url, poolSize: 4 }));
      figures.push(await load('PostgreSQL', { DATABASE_URL: url, PORT: '3941', DATABASE_POOL_SIZE: '20', ...quiet }, prepared, () => openDatabase({ databaseUrl: url, poolSize: 1 })));
    });
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      const prepared = await prepare('PGlite', await openDatabase({ dataDir }));
      figures.push(await load('PGlite (embedded)', { DATA_DIR: dataDir, PORT: '3942', ...quiet }, prepared, () => openDatabase({ dataDir })));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const server = figures.find((f) => f.database === 'PostgreSQL');
  const embedded = figures.find((f) => f.database.startsWith('PGlite'));
  if (server && embedded) console.log(`Survey answers: PGlite / PostgreSQL throughput ratio ${(embedded.answersPerSecond / server.answersPerSecond).toFixed(2)}×`);
  return figures;
}
