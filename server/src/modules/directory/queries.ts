import { sql, type Kysely } from 'kysely';
import type { Database, OrganisationKind } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { AppError } from '../../platform/errors.js';
import { toPrefixTsQuery } from './domain/search-terms.js';
import type { SearchQueryDto } from './schemas.js';

/** Enough for search as you type; a caller wanting more asks with `limit` (at most 50). */
export const DEFAULT_SEARCH_LIMIT = 10;

const fullName = (p: { given_name: string; family_name: string }) => personName(p.given_name, p.family_name);

export async function searchDirectory(db: Kysely<Database>, query: SearchQueryDto) {
  const tsquery = toPrefixTsQuery(query.q);
  const type = query.type ?? 'all';
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!tsquery) return { organisations: [], people: [] };
  const [organisations, people] = await Promise.all([
    type === 'person' ? [] : searchOrganisations(db, tsquery, limit, query),
    type === 'organisation' || query.orgKind ? [] : searchPeople(db, tsquery, limit, query.includeInactive ?? false),
  ]);
  return { organisations, people };
}

async function searchOrganisations(db: Kysely<Database>, tsquery: string, limit: number, query: SearchQueryDto) {
  let qb = db
    .selectFrom('organisation')
    .where(sql<boolean>`search_vector @@ to_tsquery('simple', ${tsquery})`)
    .select(['id', 'kind', 'name', 'org_number', 'her_ids', 'city', 'municipality_name', 'active'])
    .orderBy(sql`lower(name)`)
    .limit(limit);
  if (query.orgKind) qb = qb.where('kind', '=', query.orgKind as OrganisationKind);
  if (!query.includeInactive) qb = qb.where('active', '=', true);
  const rows = await qb.execute();
  return rows.map((o) => ({
    id: o.id,
    kind: o.kind,
    name: o.name,
    orgNumber: o.org_number,
    herIds: o.her_ids,
    city: o.city,
    municipalityName: o.municipality_name,
    active: o.active,
  }));
}

async function searchPeople(db: Kysely<Database>, tsquery: string, limit: number, includeInactive: boolean) {
  let qb = db
    .selectFrom('person')
    .where(sql<boolean>`search_vector @@ to_tsquery('simple', ${tsquery})`)
    .select(['id', 'given_name', 'family_name', 'hpr_number', 'active'])
    .orderBy(sql`lower(family_name)`)
    .orderBy(sql`lower(given_name)`)
    .limit(limit);
  if (!includeInactive) qb = qb.where('active', '=', true);
  const rows = await qb.execute();
  if (rows.length === 0) return [];
  const positions = await db
    .selectFrom('position')
    .innerJoin('organisation', 'organisation.id', 'position.organisation_id')
    .where(
      'position.person_id',
      'in',
      rows.map((r) => r.id),
    )
    .select(['position.person_id', 'position.role', 'position.title', 'organisation.name as organisation_name'])
    .orderBy('position.share_percent', 'desc')
    .execute();
  return rows.map((p) => ({
    id: p.id,
    name: fullName(p),
    hprNumber: p.hpr_number,
    active: p.active,
    positions: positions
      .filter((pos) => pos.person_id === p.id)
      .map((pos) => ({ role: pos.role, title: pos.title, organisationName: pos.organisation_name })),
  }));
}

export async function getOrganisation(db: Kysely<Database>, id: string) {
  const org = await db.selectFrom('organisation').where('id', '=', id).selectAll().executeTakeFirst();
  if (!org) throw new AppError('ORGANISATION_NOT_FOUND');
  const [contactRoles, positions] = await Promise.all([
    db
      .selectFrom('contact_role as cr')
      .innerJoin('person as p', 'p.id', 'cr.person_id')
      .where('cr.organisation_id', '=', id)
      .select(['cr.id', 'cr.purpose', 'cr.note', 'p.id as person_id', 'p.given_name', 'p.family_name', 'p.phone', 'p.email'])
      .orderBy('cr.purpose')
      .execute(),
    db
      .selectFrom('position as pos')
      .innerJoin('person as p', 'p.id', 'pos.person_id')
      .where('pos.organisation_id', '=', id)
      .select([
        'pos.id',
        'pos.role',
        'pos.title',
        'pos.share_percent',
        'pos.valid_from',
        'pos.valid_to',
        'p.id as person_id',
        'p.given_name',
        'p.family_name',
      ])
      .orderBy('p.family_name')
      .orderBy('p.given_name')
      .execute(),
  ]);
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    orgNumber: org.org_number,
    herIds: org.her_ids,
    city: org.city,
    municipalityName: org.municipality_name,
    active: org.active,
    address: org.street || org.postal_code || org.city ? { street: org.street, postalCode: org.postal_code, city: org.city } : null,
    municipalityNumber: org.municipality_number,
    phone: org.phone,
    email: org.email,
    openingHours: org.opening_hours,
    contactRoles: contactRoles.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      note: c.note,
      person: { id: c.person_id, name: fullName(c), phone: c.phone, email: c.email },
    })),
    positions: positions.map((p) => ({
      id: p.id,
      role: p.role,
      title: p.title,
      sharePercent: p.share_percent,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      person: { id: p.person_id, name: fullName(p) },
    })),
  };
}

export async function getPerson(db: Kysely<Database>, id: string) {
  const person = await db.selectFrom('person').where('id', '=', id).selectAll().executeTakeFirst();
  if (!person) throw new AppError('PERSON_NOT_FOUND');
  const [positions, contactRoles] = await Promise.all([
    db
      .selectFrom('position as pos')
      .innerJoin('organisation as o', 'o.id', 'pos.organisation_id')
      .where('pos.person_id', '=', id)
      .select(['pos.id', 'pos.role', 'pos.title', 'pos.share_percent', 'pos.valid_from', 'pos.valid_to', 'o.id as org_id', 'o.name', 'o.kind'])
      .orderBy('pos.share_percent', 'desc')
      .execute(),
    db
      .selectFrom('contact_role as cr')
      .innerJoin('organisation as o', 'o.id', 'cr.organisation_id')
      .where('cr.person_id', '=', id)
      .select(['cr.id', 'cr.purpose', 'cr.note', 'o.id as org_id', 'o.name', 'o.kind'])
      .execute(),
  ]);
  return {
    id: person.id,
    givenName: person.given_name,
    familyName: person.family_name,
    name: fullName(person),
    hprNumber: person.hpr_number,
    phone: person.phone,
    email: person.email,
    active: person.active,
    positions: positions.map((p) => ({
      id: p.id,
      role: p.role,
      title: p.title,
      sharePercent: p.share_percent,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      organisation: { id: p.org_id, name: p.name, kind: p.kind },
    })),
    contactRoles: contactRoles.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      note: c.note,
      organisation: { id: c.org_id, name: c.name, kind: c.kind },
    })),
  };
}
