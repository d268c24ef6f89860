import 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from './access/actor.js';
import type { AuditContext } from './audit/audit.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { DatabaseKind } from './db/database.js';
import { AppError, type Lang } from './errors.js';

/** What every module gets from the platform: no module reaches another's tables. */
export interface PlatformServices {
  config: Config;
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  clock: Clock;
  ping(): Promise<boolean>;
}

export interface RequestSession {
  tokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: PlatformServices;
    sessions: import('./session/session-cache.js').SessionCache;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: RequestSession | null;
    lang: Lang;
  }
  interface FastifyContextConfig {
    /** 'public' routes need no signed-in user; the default is 'user'. */
    access?: 'public' | 'user';
    /** Sign-in itself cannot carry a CSRF token yet; it is protected by SameSite and Origin checks. */
    csrf?: boolean;
  }
}

/** The signed-in actor, or 401. */
export function requireActor(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new AppError('NOT_AUTHENTICATED');
  return request.actor;
}

export function auditContext(request: { actor: Actor | null; id: string }, clock: Clock): AuditContext {
  return { actor: request.actor, requestId: request.id, clock };
}

/** The signed-in actor with what the audit log needs: the context every use case takes. */
export function actorContext(request: { actor: Actor | null; id: string }, clock: Clock): AuditContext & { actor: Actor } {
  return { ...auditContext(request, clock), actor: requireActor(request) };
}
