import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { isRole, type Grant, GRANTS } from '../access/roles.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import type { Lang } from '../errors.js';

export const SESSION_COOKIE = 'samhandling_session';

/**
 * Sessions live in the database, so any app server behind a load balancer can serve any request.
 * Only a hash of the cookie's token is stored: a leaked table does not leak sessions.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
  lang: Lang;
  expiresAt: Date;
}

export async function createSession(db: Kysely<Database>, clock: Clock, userId: string, hours: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + hours * 3_600_000);
  await db
    .insertInto('session')
    .values({ token_hash: hashToken(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string) {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, clock: Clock) {
  await db.deleteFrom('session').where('expires_at', '<', clock.now()).execute();
}

export async function resolveSession(db: Kysely<Database>, clock: Clock, tokenHash: string): Promise<ResolvedSession | null> {
  const row = await actorQuery(db)
    .innerJoin('session', 'session.user_id', 'u.id')
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', clock.now())
    .select(['session.csrf_token', 'session.expires_at'])
    .executeTakeFirst();
  if (!row) return null;
  return { actor: toActor(row), csrfToken: row.csrf_token, tokenHash, lang: row.lang, expiresAt: new Date(row.expires_at) };
}

/** Loads one user as an actor (sign-in responses, OIDC). */
export async function loadActor(db: Kysely<Database>, userId: string): Promise<(Actor & { lang: Lang }) | null> {
  const row = await actorQuery(db).where('u.id', '=', userId).executeTakeFirst();
  return row ? { ...toActor(row), lang: row.lang } : null;
}

function actorQuery(db: Kysely<Database>) {
  return db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('citizen as c', 'c.id', 'u.citizen_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.active', '=', true)
    .select([
      'u.id as user_id',
      'u.role',
      'u.person_id',
      'u.citizen_id',
      'u.organisation_id',
      'u.grants',
      'u.lang',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'p.given_name as person_given',
      'p.family_name as person_family',
      'c.given_name as citizen_given',
      'c.family_name as citizen_family',
    ]);
}

interface ActorRow {
  user_id: string;
  role: string;
  person_id: string | null;
  citizen_id: string | null;
  organisation_id: string | null;
  grants: string[];
  lang: Lang;
  organisation_name: string | null;
  organisation_kind: string | null;
  person_given: string | null;
  person_family: string | null;
  citizen_given: string | null;
  citizen_family: string | null;
}

function toActor(row: ActorRow): Actor {
  if (!isRole(row.role)) throw new Error(`Unknown role in app_user: ${row.role}`);
  const given = row.person_given ?? row.citizen_given ?? '';
  const family = row.person_family ?? row.citizen_family ?? '';
  return {
    userId: row.user_id,
    role: row.role,
    name: `${given} ${family}`.trim(),
    personId: row.person_id,
    citizenId: row.citizen_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationKind: row.organisation_kind,
    grants: new Set(row.grants.filter((g): g is Grant => (GRANTS as readonly string[]).includes(g))),
  };
}
