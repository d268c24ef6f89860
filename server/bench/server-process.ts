/** The platform as its own process, started as `npm start` does, for the benchmarks to drive. */
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { startTestPostgres } from '../test/postgres-server.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; readyMs: number }> {
  const started = performance.now();
  // BENCH_NODE_ARGS reaches the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it under load.
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', DEMO_MODE: 'true', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${env.PORT}/health/ready`);
        if (response.ok) {
          clearInterval(poll);
          resolve({ child, readyMs: performance.now() - started });
        }
      } catch {
        // not listening yet
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`server exited with ${code}`));
    });
  });
}

export async function stopServer(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function serverRssMb(child: ChildProcess): number {
  // scripts/start.mjs runs the server in its own process: that process is the one to measure.
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}


/**
 * A throw-away PostgreSQL server with its default durability (fsync and synchronous commit on, as
 * in production), holding one empty database for `work`; stopped afterwards.
 */
export async function onDurablePostgres<T>(database: string, work: (url: string) => Promise<T>): Promise<T> {
  const pg = await startTestPostgres({ durable: true });
  try {
    const admin = await openDatabase({ databaseUrl: pg.url, poolSize: 1 });
    await sql.raw(`create database ${database}`).execute(admin.db);
    await admin.close();
    return await work(pg.url.replace(/\/postgres$/, `/${database}`));
  } finally {
    pg.stop();
  }
}

/** A path to GET, or a request to send (POST with a JSON body and extra headers). */
export type LoadTarget = string | { method: 'POST'; path: string; body: string; headers: Record<string, string> };

/**
 * Drives the server from the load generator in its own process (load.ts), so the benchmark's
 * bookkeeping never pauses it; answers its one JSON line.
 */
export async function runLoad(port: string, cookie: string, targets: LoadTarget[], seconds: number, connections: number) {
  // The targets go through stdin: a few thousand request bodies exceed what an argument may hold.
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load.ts'), port, cookie, String(seconds), String(connections)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin!.end(JSON.stringify(targets));
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(output.trim().split('\n').at(-1)!) as { requests: number; errors: number; p50: number; p95: number; p99: number; rps: number };
}

/** One of the databases a bench runs on, with the server settings that point at it. */
export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  /** As the figures name it. */
  label: string;
  open: () => Promise<DatabaseHandle>;
  /** The server's environment for this database (its own port; mail and message polling off). */
  env: Record<string, string>;
}

/**
 * Runs `work` on each database BENCH_DATABASES names (both by default): a durable PostgreSQL
 * server, then an embedded PGlite in a throw-away data folder.
 */
export async function onBenchDatabases(ports: { postgres: string; pglite: string }, work: (database: BenchDatabase) => Promise<void>) {
  const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
  const quiet = { MAIL_SEND_INTERVAL_SECONDS: '0', INTEROP_POLL_SECONDS: '0' };
  if (databases.includes('postgres')) {
    await onDurablePostgres('bench', (url) =>
      work({ kind: 'postgres', label: 'PostgreSQL', open: () => openDatabase({ databaseUrl: url, poolSize: 4 }), env: { DATABASE_URL: url, PORT: ports.postgres, DATABASE_POOL_SIZE: '20', ...quiet } }),
    );
  }
  if (databases.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-bench-'));
    try {
      await work({ kind: 'pglite', label: 'PGlite (embedded)', open: () => openDatabase({ dataDir }), env: { DATA_DIR: dataDir, PORT: ports.pglite, ...quiet } });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
