import type { FastifyInstance } from 'fastify';

export async function healthModule(app: FastifyInstance) {
  const config = { access: 'public' as const };
  app.get('/health/live', { config, schema: { hide: true } }, async () => ({ status: 'live' }));
  app.get('/health/ready', { config, schema: { hide: true } }, async (_request, reply) => {
    const ready = await app.platform.ping();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'database unavailable' });
  });
}
