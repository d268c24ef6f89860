import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { CitizenFacts } from './citizen-access.js';

/** Loads what the access rules need to know about one citizen, in one query. */
export async function loadCitizenFacts(db: Kysely<Database>, citizenId: string): Promise<CitizenFacts | null> {
  const row = await db
    .selectFrom('citizen')
    .where('id', '=', citizenId)
    .select(['id', 'protection', 'shielded', 'regular_gp_person_id', 'nav_office_id', 'employer_id'])
    .executeTakeFirst();
  if (!row) return null;
  const issuers = await db.selectFrom('sick_note').where('citizen_id', '=', citizenId).select('issuer_person_id').distinct().execute();
  return {
    citizenId: row.id,
    protection: row.protection,
    shielded: row.shielded,
    regularGpPersonId: row.regular_gp_person_id,
    navOfficeId: row.nav_office_id,
    employerId: row.employer_id,
    sickNoteIssuerPersonIds: issuers.map((i) => i.issuer_person_id),
    // Explicit assignments (a consulted advisory physician, a team with consent) come with the
    // dialogue and team modules; until then nobody is assigned.
    assignedUserIds: [],
  };
}
