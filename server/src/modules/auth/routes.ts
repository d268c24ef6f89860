import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { isLocalhost } from '../../platform/config.js';
import { auditContext, requireActor } from '../../platform/context.js';
import { AppError, type Lang } from '../../platform/errors.js';
import { checkSameOrigin } from '../../platform/http/security.js';
import { createSession, deleteSession, loadActor, SESSION_COOKIE } from '../../platform/session/session-store.js';
import { OidcSignIn, type OidcLoginState } from './oidc.js';
import * as repo from './repository.js';
import { AccessLogEntry, AuthConfig, DemoSignIn, DemoUser, Me, Preferences, SignInResult, type MeDto } from './schemas.js';

const OIDC_COOKIE = 'samhandling_oidc';
const ACCESS_LOG_LIMIT = 500;

export function toMe(actor: Actor, lang: Lang, csrfToken: string): MeDto {
  return {
    id: actor.userId,
    name: actor.name,
    role: actor.role,
    organisation:
      actor.organisationId && actor.organisationName
        ? { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind ?? '' }
        : null,
    personId: actor.personId,
    citizenId: actor.citizenId,
    lang,
    csrfToken,
  };
}

export async function authRoutes(app: FastifyInstance) {
  const { config, db, clock } = app.platform;
  const secureCookies = !isLocalhost(config);
  const oidc = config.oidc ? new OidcSignIn(config.oidc, `${config.publicUrl}/api/auth/oidc/callback`) : undefined;
  const signInRateLimit = { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' };
  const tags = ['auth'];

  async function signIn(request: FastifyRequest, reply: FastifyReply, userId: string, method: string) {
    const session = await createSession(db, clock, userId, config.sessionHours);
    const actor = await loadActor(db, userId);
    if (!actor) throw new AppError('USER_NOT_FOUND');
    await recordAudit(db, auditContext({ actor, id: request.id }, clock), {
      action: 'sign_in',
      objectType: 'session',
      purpose: 'authentication',
      detail: { method },
    });
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      expires: session.expiresAt,
    });
    return { user: toMe(actor, actor.lang, session.csrfToken), csrfToken: session.csrfToken };
  }

  app.get(
    '/api/auth/config',
    { config: { access: 'public' }, schema: { tags, response: { 200: AuthConfig } } },
    async () => ({ demo: config.demoMode, oidc: oidc !== undefined }),
  );

  app.get(
    '/api/auth/demo-users',
    { config: { access: 'public' }, schema: { tags, response: { 200: Type.Array(DemoUser) } } },
    async () => {
      if (!config.demoMode) throw new AppError('DEMO_DISABLED');
      return repo.listDemoUsers(db);
    },
  );

  app.post<{ Body: Static<typeof DemoSignIn> }>(
    '/api/auth/demo',
    {
      config: { access: 'public', csrf: false, rateLimit: signInRateLimit },
      schema: { tags, body: DemoSignIn, response: { 200: SignInResult } },
    },
    async (request, reply) => {
      if (!config.demoMode) throw new AppError('DEMO_DISABLED');
      checkSameOrigin(request, config.publicUrl);
      const user = await repo.findDemoUser(db, request.body.userId);
      if (!user) throw new AppError('USER_NOT_FOUND');
      return signIn(request, reply, user.id, 'demo');
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 204: Type.Null() } } }, async (request, reply) => {
    if (request.session) {
      await deleteSession(db, request.session.tokenHash);
      app.sessions.forget(request.session.tokenHash);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get(
    '/api/auth/oidc/login',
    { config: { access: 'public', rateLimit: signInRateLimit }, schema: { tags } },
    async (_request, reply) => {
      if (!oidc) throw new AppError('OIDC_NOT_CONFIGURED');
      const { url, login } = await oidc.start();
      reply.setCookie(OIDC_COOKIE, JSON.stringify(login), {
        path: '/api/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: 600,
      });
      return reply.redirect(url);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    { config: { access: 'public', rateLimit: signInRateLimit }, schema: { tags } },
    async (request, reply) => {
      if (!oidc) throw new AppError('OIDC_NOT_CONFIGURED');
      reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
      try {
        const login = parseLoginState(request.cookies[OIDC_COOKIE]);
        const { subject, role } = await oidc.finish(new URL(request.url, config.publicUrl), login);
        const user = await repo.findUserBySubject(db, subject);
        if (!user || (role !== undefined && role !== user.role)) throw new AppError('OIDC_UNKNOWN_USER');
        await signIn(request, reply, user.id, 'oidc');
        return reply.redirect('/');
      } catch (error) {
        // A person coming back from the identity provider gets the sign-in page with the reason.
        if (!(error instanceof AppError)) throw error;
        request.log.warn({ code: error.code }, 'OIDC sign-in refused');
        return reply.redirect(`/logg-inn?error=${error.code}`);
      }
    },
  );

  app.get('/api/me', { schema: { tags, response: { 200: Me } } }, async (request) => {
    const actor = requireActor(request);
    return toMe(actor, request.lang, request.session?.csrfToken ?? '');
  });

  app.put<{ Body: Static<typeof Preferences> }>(
    '/api/me/preferences',
    { schema: { tags, body: Preferences, response: { 200: Me } } },
    async (request) => {
      const actor = requireActor(request);
      await repo.setLanguage(db, actor.userId, request.body.lang);
      if (request.session) app.sessions.forget(request.session.tokenHash);
      return toMe(actor, request.body.lang, request.session?.csrfToken ?? '');
    },
  );

  app.get('/api/me/access-log', { schema: { tags, response: { 200: Type.Array(AccessLogEntry) } } }, async (request) => {
    const actor = requireActor(request);
    if (actor.role !== 'patient' || !actor.citizenId) throw new AppError('ACCESS_DENIED_ROLE');
    const rows = await repo.accessLogFor(db, actor.citizenId, actor.userId, ACCESS_LOG_LIMIT);
    await recordAudit(db, auditContext(request, clock), {
      action: 'read',
      citizenId: actor.citizenId,
      objectType: 'access_log',
      objectId: actor.citizenId,
      purpose: 'own_data',
    });
    return rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      actorName: r.actor_name,
      actorRole: r.actor_role,
      organisationName: r.actor_org_name,
      action: r.action,
      outcome: r.outcome,
      purpose: r.purpose,
    }));
  });
}

function parseLoginState(raw: string | undefined): OidcLoginState {
  try {
    const value = JSON.parse(raw ?? '') as Partial<OidcLoginState>;
    if (typeof value.verifier === 'string' && typeof value.state === 'string') return { verifier: value.verifier, state: value.state };
  } catch {
    // fall through
  }
  throw new AppError('OIDC_FAILED');
}
