import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLocalhost } from '../config.js';
import { AppError, langFromAcceptLanguage } from '../errors.js';
import { SessionCache } from '../session/session-cache.js';
import { hashToken, resolveSession, SESSION_COOKIE } from '../session/session-store.js';
import { timingSafeEqual } from 'node:crypto';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function installSecurity(app: FastifyInstance) {
  const { config } = app.platform;
  const local = isLocalhost(config);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: local ? null : [],
      },
    },
    hsts: local ? false : { maxAge: 31_536_000, includeSubDomains: true },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });

  const sessions = new SessionCache(config.sessionCacheSeconds);
  app.decorate('sessions', sessions);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('lang', 'nb');

  app.addHook('onRequest', async (request) => {
    request.lang = langFromAcceptLanguage(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const tokenHash = hashToken(token);
    let session = sessions.get(tokenHash);
    if (session && session.expiresAt <= app.platform.clock.now()) session = undefined;
    if (!session) {
      session = (await resolveSession(app.platform.db, app.platform.clock, tokenHash)) ?? undefined;
      if (!session) return;
      sessions.set(session, session.expiresAt);
    }
    request.actor = session.actor;
    request.session = { tokenHash: session.tokenHash, csrfToken: session.csrfToken };
    request.lang = session.lang;
  });

  app.addHook('preHandler', async (request) => {
    const routeConfig = request.routeOptions.config;
    if (!request.url.startsWith('/api/') || routeConfig.access === 'public') return;
    if (!request.actor) throw new AppError('NOT_AUTHENTICATED');
    if (STATE_CHANGING.has(request.method) && routeConfig.csrf !== false) checkCsrf(request);
  });
}

function checkCsrf(request: FastifyRequest) {
  const sent = request.headers['x-csrf-token'];
  const expected = request.session?.csrfToken;
  if (typeof sent !== 'string' || !expected) throw new AppError('CSRF_TOKEN_INVALID');
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AppError('CSRF_TOKEN_INVALID');
}

/** Sign-in carries no CSRF token yet; refuse it when a browser says it comes from another site. */
export function checkSameOrigin(request: FastifyRequest, publicUrl: string) {
  const origin = request.headers.origin;
  if (!origin) return;
  const allowed = new URL(publicUrl).origin;
  const host = request.headers.host;
  if (origin !== allowed && !(host && (origin === `http://${host}` || origin === `https://${host}`))) {
    throw new AppError('CSRF_TOKEN_INVALID');
  }
}
