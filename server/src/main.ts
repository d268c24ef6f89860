import { mkdirSync } from 'node:fs';
import { buildApp } from './app.js';
import { AdvancingClock, systemClock } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/database.js';
import { migrate } from './platform/db/migrate.js';
import { seedDemoDataIfEmpty } from './demo/seed.js';

/** config → database → migrations → demo data (demo mode) → listen. */
async function main() {
  const startedAt = performance.now();
  const config = loadConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await migrate(database);
  const clock = config.demoClockControl ? new AdvancingClock() : systemClock;
  const app = await buildApp({ config, database, clock });
  if (config.demoMode) {
    const seeded = await seedDemoDataIfEmpty(database.db, systemClock);
    if (seeded) app.log.info(seeded, 'demo data generated');
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { database: database.kind, demoMode: config.demoMode, readyMs: Math.round(performance.now() - startedAt) },
    `Samhandling is ready at ${config.publicUrl}`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
