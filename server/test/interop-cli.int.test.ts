import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { standardsDir } from '../src/modules/interop/domain/xml/test-fixtures.js';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/database.js';
import { projectRoot } from '../src/platform/paths.js';
import { TEMPLATE_DB, withDatabase } from './global-setup.js';

const ROOT = projectRoot();

describe('npm run interop (postgres)', () => {
  let adminUrl: string;
  let name: string;
  let database: DatabaseHandle;
  let work: string;

  beforeAll(async () => {
    adminUrl = inject('postgresAdminUrl');
    name = `cli_${randomBytes(5).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
    await sql.raw(`create database ${name} template ${TEMPLATE_DB}`).execute(admin.db);
    await admin.close();
    database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 1 });
    work = mkdtempSync(join(tmpdir(), 'samhandling-cli-'));
  });
  afterAll(async () => {
    await database?.close();
    const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
    await admin.close();
    rmSync(work, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'cli', 'interop.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      // No platform answers at INTEROP_URL, so the command writes straight into the database.
      env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, name), DEMO_MODE: 'true', INTEROP_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });

  it('imports a folder of samples, one line per file with its result and reasons, and exports a thread', async () => {
    const imported = cli('import', join(standardsDir(), 'samples', 'inbound'));
    expect(imported.stderr).toBe('');
    const lines = imported.stdout.split('\n');
    const line = (file: string) => lines.find((l) => l.includes(file)) ?? '';
    expect(line('dialogmelding_dialog_notat.xml ')).toMatch(/^stored/);
    // Test files share MsgIds: the second with one is recognised, not stored again.
    expect(line('dialogmelding_dialog_notat_vedlegg.xml')).toMatch(/^duplicate/);
    expect(line('dialogmelding_dialog_svar_innkalling_dialogmote.xml')).toMatch(/^stored/);
    expect(line('dialogmelding_dialog_notat_in_behandlerdialog.xml')).toMatch(/^stored/);
    expect(line('dialogmelding_dialog_svar_foresporsel_om_pasient.xml')).toMatch(/^rejected .*E31/);
    // Same MsgId as the one before it: answered as that one was, whatever it now contains.
    expect(line('dialogmelding_dialog_svar_foresporsel_om_pasient_invalid.xml')).toMatch(/^duplicate .*E31/);
    expect(line('dialogmelding_kiropraktor.xml')).toMatch(/^rejected .*E31/);
    expect(imported.stdout).toMatch(/19 filer: /);
    // Some were rejected: the exit code says so.
    expect(imported.status).toBe(1);

    const stored = await database.db.selectFrom('interop_message').where('direction', '=', 'in').where('status', '=', 'stored').select(['conversation_id', 'msg_id']).execute();
    expect(stored.length).toBeGreaterThanOrEqual(4);
    const conversationId = stored.find((s) => s.msg_id === '37340D30-FE14-42B5-985F-A8FF8FFA0CB5')!.conversation_id!;

    const folder = join(work, 'export');
    const exported = cli('export', conversationId, folder);
    expect(exported.status).toBe(0);
    const files = readdirSync(folder).sort();
    // The thread: the first note, and the later ones whose RefToParent names it, each with its AppRec.
    expect(files.slice(0, 2)).toEqual(['001-apprec-37340D30-FE14-42B5-985F-A8FF8FFA0CB5.xml', '001-inn-37340D30-FE14-42B5-985F-A8FF8FFA0CB5.xml']);
    expect(files.filter((f) => f.includes('-inn-'))).toHaveLength(files.length / 2);
    expect(readFileSync(join(folder, files[1]!), 'latin1')).toContain('<MsgId>37340D30-FE14-42B5-985F-A8FF8FFA0CB5</MsgId>');
    expect(readFileSync(join(folder, files[0]!), 'utf8')).toContain('AppRec');
  }, 180_000);

  it('says how to use it', () => {
    const result = cli('nonsense');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run interop -- import');
  });
});
