import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** The API contract, generated from the route schemas: JSON at /api/openapi.json, browsable at /api/docs. */
export async function installOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Samhandling API',
        version: '0.1.0',
        description:
          'Collaboration between GPs, NAV, municipalities and hospitals. Errors: { code, message, details? }. ' +
          'State-changing requests need the x-csrf-token header. A fødselsnummer travels in the nav-personident header.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'samhandling_session' } },
      },
      security: [{ session: [] }],
    },
  });
  // The documentation pages are public; the API calls they make are still checked.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...(route.config as object), access: 'public' };
    });
    await docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
}
