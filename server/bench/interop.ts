/**
 * Issue figures for national messages: import of the typical 7 KB sample through the HTTP
 * endpoint into PostgreSQL at >= 500 messages per second sustained, with AppRecs; parse +
 * validate overhead against a bare XML parse of the same documents (a ratio); memory flat while
 * importing the 1.4 MB sample 1,000 times. Targets on PostgreSQL; PGlite printed beside.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { XmlDocument } from 'libxml2-wasm';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { standardsDir } from '../src/modules/interop/domain/xml/test-fixtures.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { onDurablePostgres, serverRssMb, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TOKEN = 'bench-interop-token-0123456789';
const TYPICAL = 'dialogmelding_dialog_svar_foresporsel_om_pasient.xml';
const TYPICAL_MSG_ID = 'b62016eb-6c2d-417a-8ecc-157b3c5ee2ca';
// The sample's patient number has ten digits; each request names one of the demo's people instead.
const TYPICAL_PATIENT = '3143242342';
const LARGE = 'dialogmelding_dialog_notat_veldig_mange_vedlegg.xml';
const LARGE_MSG_ID = '37340D30-FE14-42B5-985F-A8FF8FFA0CB5';

const sample = (name: string) => join(standardsDir(), 'samples', 'inbound', name);

interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  statuses: Record<string, number>;
}

async function load(options: object): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'interop-load.ts'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(output.trim().split('\n').at(-1)!) as LoadResult;
}

/** In-process: the codec's parse + XSD validation + checks against libxml2's bare parse of the same bytes. */
function parseOverhead() {
  for (const [name, rounds] of [
    [TYPICAL, 3000],
    [LARGE, 60],
  ] as const) {
    const bytes = readFileSync(sample(name));
    const time = (work: () => void) => {
      for (let i = 0; i < Math.ceil(rounds / 5); i++) work();
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const started = performance.now();
        for (let i = 0; i < rounds; i++) work();
        runs.push((performance.now() - started) / rounds);
      }
      return runs.sort((a, b) => a - b)[2]!;
    };
    const bare = time(() => XmlDocument.fromBuffer(bytes).dispose());
    const full = time(() => parseDialogmelding(bytes, { allowSynthetic: true, maxBytes: 30 * 1024 * 1024 }));
    console.log(
      `Parse + validate ${name} (${Math.round(bytes.length / 1024)} KB): bare XML parse ${bare.toFixed(3)} ms, parse + XSD validation + checks + attachments decoded ${full.toFixed(3)} ms per document: ${(full / bare).toFixed(1)}× (median of 5 runs)`,
    );
  }
}

export async function benchInterop() {
  parseOverhead();
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  const prepare = async (handle: DatabaseHandle) => {
    try {
      await migrate(handle);
      await seedDemoDataIfEmpty(handle.db, systemClock);
      await sql`vacuum analyze`.execute(handle.db);
      return (await handle.db.selectFrom('citizen').select('fnr').orderBy('fnr').limit(200).execute()).map((c) => c.fnr);
    } finally {
      await handle.close();
    }
  };
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench_interop', async (url) => {
      const fnrs = await prepare(await openDatabase({ databaseUrl: url, poolSize: 2 }));
      await importLoad('PostgreSQL', { DATABASE_URL: url, PORT: '3917', DATABASE_POOL_SIZE: '20' }, fnrs, () => openDatabase({ databaseUrl: url, poolSize: 1 }));
    });
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      const fnrs = await prepare(await openDatabase({ dataDir }));
      await importLoad('PGlite (embedded)', { DATA_DIR: dataDir, PORT: '3918' }, fnrs, () => openDatabase({ dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

async function importLoad(label: string, env: Record<string, string>, fnrs: string[], reopen: () => Promise<DatabaseHandle>) {
  const serverEnv = { ...env, INTEROP_TOKEN: TOKEN, INTEROP_POLL_SECONDS: '0', MAIL_SEND_INTERVAL_SECONDS: '0' };
  const server = await startServer(serverEnv);
  const targetNote = env.DATABASE_URL ? (met: boolean) => (met ? 'met' : 'NOT MET') : () => 'for PostgreSQL';
  const started = new Date();
  let answered = 0;
  try {
    const typical = { port: env.PORT, token: TOKEN, file: sample(TYPICAL), msgId: TYPICAL_MSG_ID, patient: { from: TYPICAL_PATIENT, to: fnrs }, connections: 20 };
    await load({ ...typical, seconds: 3 });
    // The demo data has a few dozen dialogue messages; the warm-up adds a thousand or more. A
    // running server's autovacuum then analyzes the tables, and PostgreSQL replans what it cached
    // for the small tables (the foreign-key checks on dialogue_message and interop_message were
    // planned as sequential scans). Autovacuum's minute never comes within this run, so the
    // bench does what it would do. (The embedded database is held by the server and is not.)
    if (env.DATABASE_URL) {
      const handle = await reopen();
      await sql`analyze`.execute(handle.db).finally(() => handle.close());
    }
    const r = await load({ ...typical, seconds: SECONDS });
    answered = r.statuses['200'] ?? 0;
    console.log(
      `${label} — importing the ${Math.round(readFileSync(sample(TYPICAL)).length / 1024)} KB sample over HTTP, 20 connections: ${Math.round(r.rps)} messages per second sustained, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.errors} errors (target >= 500/s: ${targetNote(r.rps >= 500)})`,
    );

    // The 1.4 MB sample 1,000 times: the server's resident memory at the start, along the way and
    // at the end. The embedded database takes a second each, so it is shown 200 times.
    const times = env.DATABASE_URL ? 1000 : 200;
    const large = { port: env.PORT, token: TOKEN, file: sample(LARGE), msgId: LARGE_MSG_ID, connections: 4 };
    const rss: number[] = [serverRssMb(server.child)];
    for (let round = 0; round < 10; round++) {
      const part = await load({ ...large, amount: times / 10 });
      if (part.errors > 0) console.log(`${label} — 1.4 MB sample: ${part.errors} errors in round ${round + 1}`, part.statuses);
      rss.push(serverRssMb(server.child));
    }
    const afterFirst = rss[1]!;
    console.log(
      `${label} — importing the ${(readFileSync(sample(LARGE)).length / 1024 / 1024).toFixed(1)} MB sample ${times} times: server RSS ${Math.round(rss[0]!)} MB before, ${Math.round(afterFirst)} MB after ${times / 10}, ${Math.round(rss.at(-1)!)} MB after ${times} (max ${Math.round(Math.max(...rss))} MB; flat: ${rss.at(-1)! - afterFirst < 64 ? 'yes' : 'NO'})`,
    );
  } finally {
    await stopServer(server.child);
  }
  const handle = await reopen();
  try {
    const stored = await handle.db
      .selectFrom('interop_message')
      .where('direction', '=', 'in')
      .where('status', '=', 'stored')
      .where('created_at', '>=', started)
      .where('apprec', 'is not', null)
      .where('msg_type', '=', 'DIALOG_SVAR')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(`${label} — after the run: ${answered} measured answers with an OK AppRec; ${stored.n} answers stored with their AppRec (incl. the warm-up)`);
  } finally {
    await handle.close();
  }
}
