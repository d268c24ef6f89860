import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { SPECIALTIES, SPECIALTY_CODES, type Specialty } from './domain/specialties.js';

type Db = Kysely<Database> | Transaction<Database>;

const iso = (value: Date | string) => new Date(value).toISOString();
const specialtyLabel = (code: string, lang: Lang) => ({ code, label: SPECIALTIES[code as Specialty]?.[lang] ?? code });

/** The area a physician serves: their county and the NAV offices listed on their profile. */
export interface Area {
  county: string | null;
  navOfficeIds: string[];
}

export async function areaOf(db: Db, personId: string | null): Promise<Area> {
  if (!personId) return { county: null, navOfficeIds: [] };
  const profile = await db.selectFrom('advisory_physician_profile').where('person_id', '=', personId).select(['county', 'nav_office_ids']).executeTakeFirst();
  return profile ? { county: profile.county, navOfficeIds: profile.nav_office_ids } : { county: null, navOfficeIds: [] };
}

/** The county whose physicians serve a NAV office (the first, should two counties list it). */
export async function countyOfNavOffice(db: Db, navOfficeId: string | null): Promise<string | null> {
  if (!navOfficeId) return null;
  const row = await db
    .selectFrom('advisory_physician_profile')
    .where(sql<boolean>`${navOfficeId}::uuid = any(nav_office_ids)`)
    .select('county')
    .orderBy('county')
    .executeTakeFirst();
  return row?.county ?? null;
}

/** Who is on call at an instant, optionally only those serving a county or a NAV office. */
export async function onCallAt(db: Db, at: Date, filter: { county?: string | null; navOfficeId?: string | null } = {}) {
  let query = db
    .selectFrom('on_call_shift as s')
    .innerJoin('advisory_physician_profile as pr', 'pr.person_id', 's.person_id')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .where('s.starts_at', '<=', at)
    .where('s.ends_at', '>', at)
    .select(['s.id', 's.person_id', 's.starts_at', 's.ends_at', 's.note', 'pr.county', 'pr.phone as line', 'p.given_name', 'p.family_name', 'p.phone'])
    .orderBy('s.ends_at');
  const { county, navOfficeId } = filter;
  if (county || navOfficeId) {
    query = query.where((eb) =>
      eb.or([
        ...(county ? [eb('pr.county', '=', county)] : []),
        ...(navOfficeId ? [sql<boolean>`${navOfficeId}::uuid = any(pr.nav_office_ids)`] : []),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map((r) => ({
    shiftId: r.id,
    personId: r.person_id,
    name: personName(r.given_name, r.family_name),
    county: r.county,
    phone: r.line ?? r.phone,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    note: r.note,
  }));
}

/** The directory of advisory physicians, with who is on call now; filters by county and specialty. */
export async function physicianDirectory(db: Kysely<Database>, filter: { county?: string; specialty?: string }, now: Date, lang: Lang) {
  let query = db
    .selectFrom('advisory_physician_profile as pr')
    .innerJoin('person as p', 'p.id', 'pr.person_id')
    .where('p.active', '=', true)
    .select(['pr.person_id', 'pr.county', 'pr.specialties', 'pr.nav_office_ids', 'pr.phone as line', 'p.given_name', 'p.family_name', 'p.phone', 'p.email'])
    .orderBy('pr.county')
    .orderBy('p.family_name')
    .orderBy('p.given_name');
  if (filter.county) query = query.where('pr.county', '=', filter.county);
  if (filter.specialty) query = query.where(sql<boolean>`${filter.specialty} = any(pr.specialties)`);
  const [rows, counties, onCall] = await Promise.all([
    query.execute(),
    db.selectFrom('advisory_physician_profile').select('county').distinct().orderBy('county').execute(),
    onCallAt(db, now),
  ]);
  const personIds = rows.map((r) => r.person_id);
  const officeIds = [...new Set(rows.flatMap((r) => r.nav_office_ids))];
  const [positions, offices] = await Promise.all([
    personIds.length
      ? db
          .selectFrom('position as pos')
          .innerJoin('organisation as o', 'o.id', 'pos.organisation_id')
          .where('pos.person_id', 'in', personIds)
          .where('pos.role', 'in', ['advisory_physician', 'coordinating_physician'])
          .select(['pos.person_id', 'pos.title', 'o.name'])
          .orderBy('pos.share_percent', 'desc')
          .execute()
      : [],
    officeIds.length ? db.selectFrom('organisation').where('id', 'in', officeIds).select(['id', 'name']).orderBy('name').execute() : [],
  ]);
  const untilOf = new Map<string, string>();
  for (const shift of onCall) if (!untilOf.has(shift.personId) || untilOf.get(shift.personId)! < shift.endsAt) untilOf.set(shift.personId, shift.endsAt);
  return {
    items: rows.map((r) => {
      const position = positions.find((p) => p.person_id === r.person_id);
      return {
        personId: r.person_id,
        name: personName(r.given_name, r.family_name),
        title: position?.title ?? null,
        organisationName: position?.name ?? null,
        county: r.county,
        specialties: r.specialties.map((code) => specialtyLabel(code, lang)),
        navOffices: offices.filter((o) => r.nav_office_ids.includes(o.id)),
        phone: r.line ?? r.phone,
        email: r.email,
        onCallUntil: untilOf.get(r.person_id) ?? null,
      };
    }),
    counties: counties.map((c) => c.county),
    specialties: SPECIALTY_CODES.map((code) => specialtyLabel(code, lang)),
  };
}
