import type { Kysely } from 'kysely';
import type { Database, OrganisationKind } from '../src/platform/db/schema.js';
import { FAMILY_NAMES, GIVEN_NAMES, STREETS } from '../src/demo/names.js';
import { SeededRandom } from '../src/demo/random.js';
import { syntheticOrgNumber } from '../src/demo/synthetic-ids.js';

const PLACES = [
  ['0301', 'Oslo', '0150'], ['4601', 'Bergen', '5003'], ['5001', 'Trondheim', '7011'], ['1103', 'Stavanger', '4006'],
  ['3805', 'Larvik', '3256'], ['4204', 'Kristiansand', '4611'], ['3205', 'Lillestrøm', '2000'], ['3411', 'Ringsaker', '2380'],
  ['5501', 'Tromsø', '9008'], ['3907', 'Sandefjord', '3210'], ['1506', 'Molde', '6413'], ['3403', 'Hamar', '2317'],
] as const;
const SUFFIX: Record<OrganisationKind, string[]> = {
  gp_office: ['legesenter', 'legekontor', 'legepraksis'],
  employer: ['AS', 'Bygg AS', 'Transport AS', 'Omsorg AS', 'Handel AS'],
  nav_office: ['NAV'],
  municipality: ['kommune'],
  hospital: ['sykehus HF'],
};

/** Grows the directory to the benchmark's size with deterministic synthetic entries. */
export async function growDirectory(db: Kysely<Database>, organisations: number, people: number) {
  const random = new SeededRandom(4242);
  const used = new Set((await db.selectFrom('organisation').select('org_number').execute()).map((o) => o.org_number ?? ''));
  const existingOrgs = Number((await db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const orgIds: string[] = [];
  let her = 9_000_000;
  const toCreate = Math.max(0, organisations - existingOrgs);
  const orgRows = [];
  for (let i = 0; i < toCreate; i++) {
    const kind: OrganisationKind = random.chance(0.45) ? 'gp_office' : random.chance(0.9) ? 'employer' : 'nav_office';
    const [number, place, postal] = random.pick(PLACES);
    const stem = `${random.pick(FAMILY_NAMES)}${random.pick(['', 'bakken', 'haugen', 'sletta', 'torget'])}`;
    const name = kind === 'nav_office' ? `NAV ${place} ${stem}` : `${stem} ${random.pick(SUFFIX[kind])}`;
    orgRows.push({
      id: random.uuid(),
      kind,
      name,
      org_number: syntheticOrgNumber(random, used),
      her_ids: kind === 'employer' ? [] : [(her += random.int(3, 40))],
      street: `${random.pick(STREETS)} ${random.int(1, 200)}`,
      postal_code: postal,
      city: place,
      municipality_number: number,
      municipality_name: place,
      phone: null,
      email: null,
    });
  }
  for (let i = 0; i < orgRows.length; i += 1000) await db.insertInto('organisation').values(orgRows.slice(i, i + 1000)).execute();
  orgIds.push(...orgRows.map((o) => o.id));
  if (orgIds.length === 0) orgIds.push(...(await db.selectFrom('organisation').select('id').execute()).map((o) => o.id));

  const existingPeople = Number((await db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let hpr = 5_000_000;
  for (let created = existingPeople; created < people; ) {
    const size = Math.min(1000, people - created);
    const rows = Array.from({ length: size }, () => ({
      id: random.uuid(),
      given_name: random.pick(GIVEN_NAMES),
      family_name: random.pick(FAMILY_NAMES),
      hpr_number: random.chance(0.6) ? (hpr += random.int(1, 9)) : null,
      phone: null,
      email: null,
    }));
    await db.insertInto('person').values(rows).execute();
    await db
      .insertInto('position')
      .values(rows.map((p) => ({ person_id: p.id, organisation_id: random.pick(orgIds), role: 'gp', title: 'Fastlege', share_percent: 100, valid_from: '2020-01-01' })))
      .execute();
    created += size;
    if (process.env.BENCH_DEBUG && created % 10_000 === 0) console.log(`  ${created} people`, new Date().toISOString());
  }
}
