import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { concernsCitizen } from '../../platform/audit/audit.js';
import { ROLES } from '../../platform/access/roles.js';

export async function listDemoUsers(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('citizen as c', 'c.id', 'u.citizen_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.is_demo', '=', true)
    .where('u.active', '=', true)
    .select([
      'u.id',
      'u.role',
      'u.description',
      'o.id as org_id',
      'o.name as org_name',
      'o.kind as org_kind',
      'p.given_name as pg',
      'p.family_name as pf',
      'c.given_name as cg',
      'c.family_name as cf',
    ])
    .execute();
  const roleOrder = (role: string) => ROLES.indexOf(role as (typeof ROLES)[number]);
  return rows
    .map((r) => ({
      id: r.id,
      name: `${r.pg ?? r.cg ?? ''} ${r.pf ?? r.cf ?? ''}`.trim(),
      role: r.role,
      organisation: r.org_id ? { id: r.org_id, name: r.org_name ?? '', kind: r.org_kind ?? '' } : null,
      description: r.description,
    }))
    .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name, 'nb'));
}

export async function findDemoUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('app_user')
    .where('id', '=', userId)
    .where('is_demo', '=', true)
    .where('active', '=', true)
    .select('id')
    .executeTakeFirst();
}

export async function findUserBySubject(db: Kysely<Database>, subject: string) {
  return db
    .selectFrom('app_user')
    .where('oidc_subject', '=', subject)
    .where('active', '=', true)
    .select(['id', 'role'])
    .executeTakeFirst();
}

export async function setLanguage(db: Kysely<Database>, userId: string, lang: 'nb' | 'en') {
  await db.updateTable('app_user').set({ lang }).where('id', '=', userId).execute();
}

export async function accessLogFor(db: Kysely<Database>, citizenId: string, ownUserId: string, limit: number) {
  return db
    .selectFrom('audit_log')
    .where(concernsCitizen(citizenId))
    .where((eb) => eb.or([eb('actor_user_id', 'is', null), eb('actor_user_id', '!=', ownUserId)]))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .select(['at', 'actor_name', 'actor_role', 'actor_org_name', 'action', 'outcome', 'purpose'])
    .execute();
}
