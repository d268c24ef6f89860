import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { ManualClock, systemClock, type Clock } from '../src/platform/clock.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { TEMPLATE_DB, withDatabase } from './global-setup.js';

export const DB_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  clock: Clock;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Signs in a demo user picked by role (and optional description text) and returns a client. */
  signIn(role: string, descriptionIncludes?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestClient {
  userId: string;
  me: { id: string; name: string; role: string; personId: string | null; citizenId: string | null; organisation: { id: string; name: string } | null };
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A fresh platform on its own database: in-memory PGlite, or a clone of the PostgreSQL template. */
export async function startTestApp(options: {
  db: DatabaseKind;
  env?: Record<string, string>;
  clock?: Clock;
  /** Extra routes for a test, added before the app is ready. */
  configure?: (app: FastifyInstance) => void;
}): Promise<TestApp> {
  // Background exchange of national messages is off unless a test turns it on (it runs passes itself).
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', WEB_DIST_DIR: '/nonexistent', INTEROP_POLL_SECONDS: '0', ...options.env });
  const clock = options.clock ?? systemClock;
  let database: DatabaseHandle;
  let dropDatabase = async () => {};
  if (options.db === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
    await sql.raw(`create database ${name} template ${TEMPLATE_DB}`).execute(admin.db);
    await admin.close();
    database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 5 });
    dropDatabase = async () => {
      const a = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
      // The app's pool may still be saying goodbye: wait for its connections to go, so the forced
      // drop never kills one mid-close (its FATAL would surface as an unhandled error).
      for (let i = 0; i < 40; i++) {
        const open = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = ${name}`.execute(a.db);
        if ((open.rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await sql.raw(`drop database if exists ${name} with (force)`).execute(a.db);
      await a.close();
    };
  } else {
    database = await openDatabase({});
    await migrate(database);
    await seedDemoDataIfEmpty(database.db, clock instanceof ManualClock ? clock : systemClock);
  }
  const app = await buildApp({ config, database, clock });
  options.configure?.(app);
  await app.ready();

  const request = (opts: InjectOptions) => app.inject(opts);
  return {
    app,
    database,
    config,
    clock,
    request,
    async signIn(role, descriptionIncludes) {
      const users = (await request({ method: 'GET', url: '/api/auth/demo-users' })).json() as { id: string; role: string; description: string }[];
      const user = users.find((u) => u.role === role && (!descriptionIncludes || u.description.includes(descriptionIncludes)));
      if (!user) throw new Error(`No demo user with role ${role}`);
      return signInAs(request, user.id);
    },
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

export async function signInAs(request: TestApp['request'], userId: string): Promise<TestClient> {
  const response = await request({ method: 'POST', url: '/api/auth/demo', payload: { userId } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { user: TestClient['me']; csrfToken: string };
  const cookie = response.cookies.find((c) => c.name === 'samhandling_session');
  if (!cookie) throw new Error('no session cookie');
  return {
    userId,
    me: body.user,
    csrfToken: body.csrfToken,
    request: (opts) =>
      request({
        ...opts,
        headers: { 'x-csrf-token': body.csrfToken, ...opts.headers },
        cookies: { samhandling_session: cookie.value, ...opts.cookies },
      }),
  };
}
