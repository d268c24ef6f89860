import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

export const TEMPLATE_DB = 'samhandling_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * Starts (or uses, with TEST_DATABASE_URL) a real PostgreSQL server and prepares a template
 * database with the migrations and demo data; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let server: TestPostgres | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    server = await startTestPostgres();
    adminUrl = server.url;
  }
  const admin = await openDatabase({ databaseUrl: adminUrl, poolSize: 1 });
  const { sql } = await import('kysely');
  await sql.raw(`drop database if exists ${TEMPLATE_DB}`).execute(admin.db);
  await sql.raw(`create database ${TEMPLATE_DB}`).execute(admin.db);
  await admin.close();
  const template = await openDatabase({ databaseUrl: withDatabase(adminUrl, TEMPLATE_DB), poolSize: 1 });
  await migrate(template);
  await seedDemoDataIfEmpty(template.db, systemClock);
  await template.close();
  project.provide('postgresAdminUrl', adminUrl);
  return () => server?.stop();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
