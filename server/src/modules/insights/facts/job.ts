/**
 * The periodic refresh of the KPI facts while the app runs (every `insightsRefreshSeconds`; 0 turns
 * it off, as the tests do, which refresh on demand). Safe with several instances: see refresh.ts.
 */
import type { FastifyInstance } from 'fastify';
import { refreshFacts } from './refresh.js';

export function installInsightsRefresh(app: FastifyInstance): void {
  const { db, clock, config } = app.platform;
  const intervalMs = config.insightsRefreshSeconds * 1000;
  if (intervalMs <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await refreshFacts(db, clock.now());
      if (result) app.log.debug({ groups: result.groups, ms: result.durationMs }, 'insights facts refreshed');
    } catch (error) {
      app.log.warn({ err: error }, 'insights refresh failed');
    } finally {
      running = false;
    }
  };
  app.addHook('onReady', async () => {
    timer = setInterval(() => void run(), intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
