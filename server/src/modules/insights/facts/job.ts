/**
 * The periodic refresh of the KPI facts while the app runs (every `insightsRefreshSeconds`; 0 turns
 * it off, as the tests do, which refresh on demand). Safe with several instances: see refresh.ts.
 */
import type { FastifyInstance } from 'fastify';
import { runPeriodically } from '../../../platform/jobs/periodic.js';
import { refreshFacts } from './refresh.js';

export function installInsightsRefresh(app: FastifyInstance): void {
  const { db, clock, config } = app.platform;
  runPeriodically(app, 'insights refresh', config.insightsRefreshSeconds * 1000, async () => {
    const result = await refreshFacts(db, clock.now());
    if (result) app.log.debug({ groups: result.groups, ms: result.durationMs }, 'insights facts refreshed');
  });
}
