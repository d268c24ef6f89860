import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { AdvancingClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/database.js';
import { installErrorHandling } from './platform/http/error-handler.js';
import { installOpenApi } from './platform/http/openapi.js';
import { installSecurity } from './platform/http/security.js';
import { installStatic } from './platform/http/static.js';
import { installValidation } from './platform/http/validation.js';
import { installMailDelivery } from './platform/notify/worker.js';
import { deleteExpiredSessions } from './platform/session/session-store.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { citizenRoutes } from './modules/citizens/routes.js';
import { directoryRoutes } from './modules/directory/routes.js';
import { healthModule } from './modules/health/index.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { reachabilityRoutes } from './modules/reachability/routes.js';
import { sickLeaveRoutes } from './modules/sickleave/routes.js';
import { dialogueRoutes } from './modules/dialogue/routes.js';
import { interopRoutes } from './modules/interop/routes.js';
import { installInteropExchange } from './modules/interop/worker.js';
import { meetingRoutes } from './modules/meetings/routes.js';
import { formRoutes } from './modules/forms/routes.js';
import { teamRoutes } from './modules/teams/routes.js';
import { forumRoutes } from './modules/forums/routes.js';
import { catalogueRoutes } from './modules/catalogue/routes.js';
import { arenaRoutes } from './modules/arenas/routes.js';
import { arenaOutreachRoutes } from './modules/arenas/routes-outreach.js';
import { surveyRoutes } from './modules/insights/surveys/routes-surveys.js';
import { insightsRoutes } from './modules/insights/routes.js';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Composition root: platform plugins first, then the modules, by explicit list. */
export async function buildApp({ config, database, clock }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["nav-personident"]', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    // Keep a caller's correlation id when it is well-formed; otherwise make one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false } },
  });

  app.decorate('platform', {
    config,
    db: database.db,
    dbKind: database.kind,
    clock,
    ping: () => database.ping(),
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  installValidation(app);
  installErrorHandling(app);
  await installSecurity(app);
  await installOpenApi(app);

  await app.register(healthModule);
  await app.register(authRoutes);
  await app.register(directoryRoutes);
  await app.register(citizenRoutes);
  await app.register(auditRoutes);
  await app.register(sickLeaveRoutes);
  await app.register(dialogueRoutes);
  await app.register(notificationRoutes);
  await app.register(reachabilityRoutes);
  await app.register(interopRoutes);
  await app.register(meetingRoutes);
  await app.register(formRoutes);
  await app.register(teamRoutes);
  await app.register(forumRoutes);
  await app.register(catalogueRoutes);
  await app.register(arenaRoutes);
  await app.register(arenaOutreachRoutes);
  await app.register(surveyRoutes);
  await app.register(insightsRoutes);
  if (config.demoClockControl && clock instanceof AdvancingClock) installDemoClock(app, clock);

  await installStatic(app);

  // Expired sessions are removed hourly; harmless when several instances do it at once.
  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => {
      deleteExpiredSessions(database.db, clock).catch((error: unknown) => app.log.warn({ err: error }, 'session sweep failed'));
    }, 3_600_000);
    sweeper.unref();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));
  installMailDelivery(app);
  installInteropExchange(app);
  return app;
}

/** Demo mode with DEMO_CLOCK_CONTROL only: move the clock forward, e.g. to a meeting's start. */
function installDemoClock(app: FastifyInstance, clock: AdvancingClock) {
  app.post<{ Body: { advanceMinutes: number } }>(
    '/api/demo/clock',
    {
      schema: {
        tags: ['demo'],
        body: { type: 'object', required: ['advanceMinutes'], additionalProperties: false, properties: { advanceMinutes: { type: 'integer', minimum: 1, maximum: 525_600 } } },
      },
    },
    async (request) => {
      clock.advanceMinutes(request.body.advanceMinutes);
      return { now: clock.now().toISOString() };
    },
  );
}
