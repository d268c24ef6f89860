import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from './database.js';
import { projectRoot } from '../paths.js';

const MIGRATIONS_DIR = join(projectRoot(), 'server', 'src', 'platform', 'db', 'migrations') + '/';
// Several app servers may start at once against one PostgreSQL: one migrates, the others wait.
const MIGRATION_LOCK_KEY = 72_616_001;

/** Applies the append-only, numbered SQL migrations that have not run yet, each in a transaction. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        name text primary key, applied_at timestamptz not null default now())`.execute(conn);
      const done = new Set(
        (await sql<{ name: string }>`select name from schema_migration`.execute(conn)).rows.map((r) => r.name),
      );
      for (const file of files) {
        if (done.has(file)) continue;
        const script = await readFile(MIGRATIONS_DIR + file, 'utf8');
        await sql`begin`.execute(conn);
        try {
          await sql.raw(script).execute(conn);
          await sql`insert into schema_migration (name) values (${file})`.execute(conn);
          await sql`commit`.execute(conn);
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
        applied.push(file);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
  return applied;
}
