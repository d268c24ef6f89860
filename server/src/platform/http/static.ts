import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';

/** Serves the built web UI from the same process; unknown non-API paths get index.html (client routing). */
export async function installStatic(app: FastifyInstance) {
  const dist = app.platform.config.webDistDir;
  const hasUi = existsSync(join(dist, 'index.html'));
  if (hasUi) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/health/');
    if (!isApi && hasUi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, { code: 'NOT_FOUND', status: 404 });
  });
}
