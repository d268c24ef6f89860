/**
 * npm run interop -- import <file or folder>      national documents in, each answered with an AppRec
 * npm run interop -- export <conversation id> <folder>   a thread's national documents out
 *
 * Import goes through the running platform's endpoint when one answers (the embedded database has
 * one user at a time), otherwise straight into the database. Export reads the database.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { systemClock } from '../platform/clock.js';
import { ConfigError, loadConfig, type Config } from '../platform/config.js';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { loadDialogueSettings } from '../modules/dialogue/settings.js';
import { receiveDocument } from '../modules/interop/inbound/receive.js';
import { exportConversation } from '../modules/interop/export.js';

const USAGE = `Bruk / usage:
  npm run interop -- import <fil eller mappe med .xml>
  npm run interop -- export <samtale-id> <mappe>`;

function xmlFiles(path: string): string[] {
  const full = resolve(path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .filter((f) => f.toLowerCase().endsWith('.xml') && !f.startsWith('.'))
    .sort()
    .map((f) => join(full, f));
}

async function runningPlatform(config: Config): Promise<string | null> {
  const url = process.env.INTEROP_URL ?? config.publicUrl;
  try {
    const response = await fetch(new URL('/health/live', url), { signal: AbortSignal.timeout(1500) });
    return response.ok ? url : null;
  } catch {
    return null;
  }
}

async function withDatabase<T>(config: Config, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir, poolSize: 2 });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

type Line = { file: string; result: string; detail: string };

async function importFiles(config: Config, files: string[]): Promise<Line[]> {
  const url = await runningPlatform(config);
  if (url) {
    if (!config.interop.token) throw new ConfigError('INTEROP_TOKEN is not set; the running platform will not accept messages.');
    console.log(`Sender til ${url}/api/interop/messages`);
    const lines: Line[] = [];
    for (const file of files) {
      const response = await fetch(new URL('/api/interop/messages', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${config.interop.token}`, 'content-type': 'application/xml' },
        body: readFileSync(file),
      });
      const text = await response.text();
      const result = response.headers.get('x-interop-result') ?? (response.status === 204 ? 'receipt' : `HTTP ${response.status}`);
      lines.push({ file, result, detail: response.ok || response.status === 422 ? errorsOf(text) : text.slice(0, 200) });
    }
    return lines;
  }
  return withDatabase(config, async (database) => {
    console.log(`Skriver rett i databasen (${database.kind})`);
    const deps = { db: database.db, clock: systemClock, config, settings: () => loadDialogueSettings(database.db) };
    const lines: Line[] = [];
    for (const file of files) {
      const outcome = await receiveDocument(deps, readFileSync(file), 'cli');
      lines.push({ file, result: outcome.result, detail: outcome.errors.map((e) => `${e.code} ${e.details ?? e.text}`).join('; ') || (outcome.conversationId ? `samtale ${outcome.conversationId}` : '') });
    }
    return lines;
  });
}

/** The reasons an AppRec gives (Error V and OT/DN), for the summary line. */
function errorsOf(apprec: string): string {
  const errors = [...apprec.matchAll(/<(?:\w+:)?Error\b([^>]*)\/?>/g)].map((m) => {
    const code = /\bV="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    const text = /\bOT="([^"]*)"/.exec(m[1]!)?.[1] ?? /\bDN="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    return `${code} ${text}`.trim();
  });
  return errors.join('; ');
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  if (command === 'import' && args[0]) {
    const files = xmlFiles(args[0]);
    const lines = await importFiles(config, files);
    for (const line of lines) console.log(`${line.result.padEnd(10)} ${basename(line.file)}${line.detail ? `  ${line.detail}` : ''}`);
    const counts = lines.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.result]: (acc[l.result] ?? 0) + 1 }), {});
    console.log(`\n${lines.length} filer: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
    process.exitCode = lines.some((l) => l.result !== 'stored' && l.result !== 'duplicate' && l.result !== 'receipt') ? 1 : 0;
    return;
  }
  if (command === 'export' && args[0] && args[1]) {
    const [conversationId, folder] = args as [string, string];
    if (!config.databaseUrl && (await runningPlatform(config))) {
      throw new ConfigError('Stopp plattformen (npm start) først: den innebygde databasen har én bruker om gangen. / Stop the platform first, or use DATABASE_URL.');
    }
    const written = await withDatabase(config, (database) => exportConversation(database.db, systemClock, conversationId, resolve(folder)));
    for (const file of written) console.log(file);
    console.log(`\n${written.length} dokumenter skrevet til ${resolve(folder)}`);
    return;
  }
  console.error(USAGE);
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
});
