import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import type { DemoData } from './generate.js';

/**
 * The practice, GP and patients that NAV's published sample messages (in the standards folder)
 * name, so `npm run interop -- import` of those samples lands in the demo: fictitious, as in the
 * samples. The patients belong to NAV Larvik.
 */
export const SAMPLE_PARTIES = {
  practice: { name: 'Kule helsetjenester AS', orgNumber: '223456789', herId: 123 },
  gp: { givenName: 'Inga Fos', familyName: 'Valda', hprNumber: 1234567, herId: 1234 },
  patients: [
    { fnr: '01010142365', givenName: 'Etternavn', familyName: 'Test', birthDate: '1901-01-01' },
    { fnr: '45088649080', givenName: 'Dnummer', familyName: 'Test', birthDate: '1986-08-05' },
  ],
} as const;

export async function seedDemoInteropPartners(tx: Transaction<Database>, data: DemoData, now: Date) {
  const larvik = data.organisations.find((o) => o.kind === 'nav_office' && o.name === 'NAV Larvik');
  if (!larvik) return;
  const practice = await tx
    .insertInto('organisation')
    .values({
      kind: 'gp_office',
      name: SAMPLE_PARTIES.practice.name,
      org_number: SAMPLE_PARTIES.practice.orgNumber,
      her_ids: [SAMPLE_PARTIES.practice.herId],
      street: 'Oppdiktet gate 203',
      postal_code: '3256',
      city: 'Larvik',
      municipality_number: larvik.municipality_number,
      municipality_name: larvik.municipality_name,
      opening_hours: '[]',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const gp = await tx
    .insertInto('person')
    .values({ given_name: SAMPLE_PARTIES.gp.givenName, family_name: SAMPLE_PARTIES.gp.familyName, hpr_number: SAMPLE_PARTIES.gp.hprNumber, her_id: SAMPLE_PARTIES.gp.herId, phone: '98765432', email: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('position').values({ person_id: gp.id, organisation_id: practice.id, role: 'gp', title: 'Fastlege', share_percent: 100, valid_from: '2015-01-01' }).execute();
  await tx
    .insertInto('citizen')
    .values(
      SAMPLE_PARTIES.patients.map((p) => ({
        fnr: p.fnr,
        given_name: p.givenName,
        family_name: p.familyName,
        birth_date: p.birthDate,
        street: 'Sannergata 2',
        postal_code: '3256',
        city: 'Larvik',
        municipality_number: larvik.municipality_number,
        municipality_name: larvik.municipality_name,
        phone: null,
        protection: 'none' as const,
        shielded: false,
        regular_gp_person_id: gp.id,
        gp_office_id: practice.id,
        nav_office_id: larvik.id,
        employer_id: null,
      })),
    )
    .execute();
}
