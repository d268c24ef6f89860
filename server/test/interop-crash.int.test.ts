import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { patchSample, readSample } from '../src/modules/interop/domain/xml/test-fixtures.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { projectRoot } from '../src/platform/paths.js';
import { TEMPLATE_DB, withDatabase } from './global-setup.js';

const MESSAGES = 5000;
const ROOT = projectRoot();

let adminUrl: string;
let databaseName: string;
let database: DatabaseHandle;
let work: string;

beforeAll(async () => {
  adminUrl = inject('postgresAdminUrl');
  databaseName = `crash_${randomBytes(5).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
  await sql.raw(`create database ${databaseName} template ${TEMPLATE_DB}`).execute(admin.db);
  await admin.close();
  database = await openDatabase({ databaseUrl: withDatabase(adminUrl, databaseName), poolSize: 2 });
  work = mkdtempSync(join(tmpdir(), 'samhandling-crash-'));
});

afterAll(async () => {
  await database?.close();
  const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
  await sql.raw(`drop database if exists ${databaseName} with (force)`).execute(admin.db);
  await admin.close();
  rmSync(work, { recursive: true, force: true });
});

/** The platform as it runs in production: its own process, on PostgreSQL, reading the inbox folder. */
function startServer(port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: withDatabase(adminUrl, databaseName),
      DEMO_MODE: 'true',
      PORT: String(port),
      LOG_LEVEL: 'error',
      DATA_DIR: join(work, 'data'),
      WEB_DIST_DIR: join(work, 'no-web'),
      INTEROP_INBOX_DIR: join(work, 'inbox'),
      INTEROP_OUTBOX_DIR: join(work, 'outbox'),
      INTEROP_POLL_SECONDS: '1',
      MAIL_SEND_INTERVAL_SECONDS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const storedCount = async () =>
  Number((await database.db.selectFrom('interop_message').where('direction', '=', 'in').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const inboxFiles = () => readdirSync(join(work, 'inbox')).filter((f) => f.endsWith('.xml'));

it(`a server killed (SIGKILL) while importing ${MESSAGES} messages from the folder loses none and stores none twice`, async () => {
  // 5,000 distinct GP notes (the 6 KB sample, each with its own MsgId) waiting in the inbox.
  mkdirSync(join(work, 'inbox'), { recursive: true });
  const sample = readSample('inbound', 'dialogmelding_dialog_notat.xml');
  for (let i = 0; i < MESSAGES; i++) {
    const id = `crash-${String(i).padStart(5, '0')}`;
    writeFileSync(join(work, 'inbox', `${id}.xml`), patchSample(sample, '37340D30-FE14-42B5-985F-A8FF8FFA0CB5</MsgId>', `${id}</MsgId>`));
  }

  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const first = startServer(port);
  // Kill it hard somewhere in the middle of the import.
  await waitFor(async () => (await storedCount()) >= 800, 120_000, 'the first messages to be stored');
  const exited = new Promise((resolve) => first.once('exit', resolve));
  first.kill('SIGKILL');
  await exited;
  const atKill = await storedCount();
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(MESSAGES);

  const second = startServer(port + 1);
  try {
    await waitFor(async () => inboxFiles().length === 0 && (await storedCount()) === MESSAGES, 300_000, 'the rest of the import');
  } finally {
    const done = new Promise((resolve) => second.once('exit', resolve));
    second.kill('SIGTERM');
    await done;
  }

  const db = database.db;
  const rows = await db.selectFrom('interop_message').where('direction', '=', 'in').select(['msg_id', 'status', 'apprec', 'dialogue_message_id']).execute();
  expect(rows).toHaveLength(MESSAGES);
  expect(new Set(rows.map((r) => r.msg_id)).size).toBe(MESSAGES);
  expect(rows.every((r) => r.status === 'stored' && r.apprec !== null && r.dialogue_message_id !== null)).toBe(true);
  // Each stored exactly once in the dialogue, too: one GP message per document.
  const messages = await db
    .selectFrom('dialogue_message as m')
    .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
    .innerJoin('person as p', 'p.id', 'c.gp_person_id')
    .where('p.hpr_number', '=', 1234567)
    .where('m.sender_side', '=', 'gp')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(messages.n)).toBe(MESSAGES);
  // Exactly one AppRec per message in the outbox, the one stored with it.
  const receipts = readdirSync(join(work, 'outbox')).filter((f) => f.startsWith('apprec-'));
  expect(receipts).toHaveLength(MESSAGES);
  const byMsgId = new Map(rows.map((r) => [r.msg_id, r.apprec]));
  for (const name of receipts.slice(0, 200)) {
    const msgId = name.replace(/^apprec-/, '').replace(/\.xml$/, '');
    expect(readFileSync(join(work, 'outbox', name), 'utf8')).toBe(byMsgId.get(msgId));
  }
  expect(readdirSync(join(work, 'inbox', 'processed')).filter((f) => f.endsWith('.xml'))).toHaveLength(MESSAGES);
}, 600_000);
