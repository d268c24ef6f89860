import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { AppError } from '../../platform/errors.js';

const ref = (id: string | null, label: string | null) => (id ? { id, name: label ?? '' } : null);

/** The citizens this actor may see, filtered in SQL by the same rules as single reads. */
export async function listVisibleCitizens(db: Kysely<Database>, actor: Actor, q: string | undefined, limit: number) {
  let qb = db
    .selectFrom('citizen')
    .leftJoin('person as gp', 'gp.id', 'citizen.regular_gp_person_id')
    .leftJoin('organisation as nav', 'nav.id', 'citizen.nav_office_id')
    .where(visibleCitizens(actor))
    .select([
      'citizen.id',
      'citizen.given_name',
      'citizen.family_name',
      'citizen.birth_date',
      'citizen.municipality_name',
      'citizen.protection',
      'citizen.shielded',
      'gp.id as gp_id',
      'gp.given_name as gp_given',
      'gp.family_name as gp_family',
      'nav.id as nav_id',
      'nav.name as nav_name',
    ])
    .orderBy('citizen.family_name')
    .orderBy('citizen.given_name')
    .limit(limit);
  const term = q?.trim().toLowerCase();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb = qb.where(sql<boolean>`lower(citizen.given_name || ' ' || citizen.family_name) like ${like}`);
  }
  const rows = await qb.execute();
  return rows.map((r) => ({
    id: r.id,
    name: personName(r.given_name, r.family_name),
    birthDate: r.birth_date,
    municipalityName: r.municipality_name,
    regularGp: r.gp_id ? { id: r.gp_id, name: personName(r.gp_given, r.gp_family) } : null,
    navOffice: ref(r.nav_id, r.nav_name),
    protection: r.protection,
    shielded: r.shielded,
  }));
}

export async function findCitizenIdByFnr(db: Kysely<Database>, fnr: string) {
  const row = await db.selectFrom('citizen').where('fnr', '=', fnr).select('id').executeTakeFirst();
  return row?.id ?? null;
}

export async function getCitizen(db: Kysely<Database>, id: string, addressVisible: boolean) {
  const r = await db
    .selectFrom('citizen')
    .leftJoin('person as gp', 'gp.id', 'citizen.regular_gp_person_id')
    .leftJoin('organisation as gpo', 'gpo.id', 'citizen.gp_office_id')
    .leftJoin('organisation as nav', 'nav.id', 'citizen.nav_office_id')
    .leftJoin('organisation as emp', 'emp.id', 'citizen.employer_id')
    .where('citizen.id', '=', id)
    .selectAll('citizen')
    .select([
      'gp.given_name as gp_given',
      'gp.family_name as gp_family',
      'gpo.name as gp_office_name',
      'nav.name as nav_name',
      'emp.name as employer_name',
    ])
    .executeTakeFirst();
  if (!r) throw new AppError('CITIZEN_NOT_FOUND');
  return {
    id: r.id,
    fnr: r.fnr,
    name: personName(r.given_name, r.family_name),
    givenName: r.given_name,
    familyName: r.family_name,
    birthDate: r.birth_date,
    address: addressVisible ? { street: r.street, postalCode: r.postal_code, city: r.city } : null,
    addressProtected: !addressVisible,
    // Where someone lives is location too: hidden with the address.
    municipalityName: addressVisible ? r.municipality_name : null,
    phone: addressVisible ? r.phone : null,
    protection: r.protection,
    shielded: r.shielded,
    regularGp: r.regular_gp_person_id ? { id: r.regular_gp_person_id, name: personName(r.gp_given, r.gp_family) } : null,
    gpOffice: ref(r.gp_office_id, r.gp_office_name),
    navOffice: ref(r.nav_office_id, r.nav_name),
    employer: ref(r.employer_id, r.employer_name),
  };
}
