import { sql } from 'kysely';
import type { CitizenFacts } from '../../platform/access/citizen-access.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import type { Executor } from './access.js';

/**
 * The case a NAV request or note is about, with what routing needs and what the access rules need
 * to know about the person, in one query (sending is a hot path).
 */
export async function caseForDialogue(db: Executor, caseId: string) {
  const row = await db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('sc.id', '=', caseId)
    .select([
      'sc.id',
      'sc.status',
      'sc.citizen_id',
      'sc.nav_office_id',
      'sc.assigned_user_id',
      'c.regular_gp_person_id',
      'c.nav_office_id as citizen_office_id',
      'c.given_name',
      'c.family_name',
      'c.protection',
      'c.shielded',
      'c.employer_id as citizen_employer_id',
      sql<string[]>`array(select distinct n.issuer_person_id from sick_note n where n.citizen_id = c.id)`.as('citizen_issuers'),
      sql<string[]>`array(select n.issuer_person_id from sick_note n where n.case_id = sc.id order by n.issued_at desc)`.as('case_issuers'),
      // The GP a request goes to unless another is asked for (the latest note's issuer, else the
      // regular GP), with their practice and users, so the usual send needs no second read.
      sql<DefaultGp | null>`(
        select json_build_object('personId', p.id, 'givenName', p.given_name, 'familyName', p.family_name,
                                 'officeId', o.id, 'officeName', o.name,
                                 'userIds', array(select u.id from app_user u where u.person_id = p.id and u.role = 'gp' and u.active))
          from person p
          left join position pos on pos.person_id = p.id and pos.role = 'gp'
          left join organisation o on o.id = pos.organisation_id
         where p.id = coalesce((select n.issuer_person_id from sick_note n where n.case_id = sc.id order by n.issued_at desc limit 1), c.regular_gp_person_id)
         limit 1)`.as('default_gp'),
    ])
    .executeTakeFirst();
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

interface DefaultGp {
  personId: string;
  givenName: string;
  familyName: string;
  officeId: string | null;
  officeName: string | null;
  userIds: string[];
}

export type DialogueCase = Awaited<ReturnType<typeof caseForDialogue>>;

/** What the access rules need to know about the case's person, from the same row. */
export function citizenFactsOf(sickCase: DialogueCase): CitizenFacts {
  return {
    citizenId: sickCase.citizen_id,
    protection: sickCase.protection,
    shielded: sickCase.shielded,
    regularGpPersonId: sickCase.regular_gp_person_id,
    navOfficeId: sickCase.citizen_office_id,
    employerId: sickCase.citizen_employer_id,
    sickNoteIssuerPersonIds: sickCase.citizen_issuers ?? [],
    assignedUserIds: [],
  };
}

/**
 * The GP a request or note on a case goes to: the one asked for, if they issued a note in the
 * case or are the person's regular GP; otherwise whoever issued the latest note.
 */
export async function gpForCase(db: Executor, sickCase: DialogueCase, wanted?: string) {
  const candidates = [...new Set([...(sickCase.case_issuers ?? []), ...(sickCase.regular_gp_person_id ? [sickCase.regular_gp_person_id] : [])])];
  const personId = wanted ?? candidates[0];
  if (!personId || !candidates.includes(personId)) throw new AppError('GP_NOT_ON_CASE');
  const known = sickCase.default_gp;
  if (known && known.personId === personId) {
    return { personId, name: personName(known.givenName, known.familyName), officeId: known.officeId, officeName: known.officeName, userIds: known.userIds ?? [] };
  }
  return gpParty(db, personId);
}

/** A GP's name and practice (the GP office of their GP position). */
export async function gpParty(db: Executor, personId: string) {
  const row = await db
    .selectFrom('person as p')
    .leftJoin('position as pos', (join) => join.onRef('pos.person_id', '=', 'p.id').on('pos.role', '=', 'gp'))
    .leftJoin('organisation as o', 'o.id', 'pos.organisation_id')
    .where('p.id', '=', personId)
    .select([
      'p.id',
      'p.given_name',
      'p.family_name',
      'o.id as office_id',
      'o.name as office_name',
      // The users who act as this GP: whom a message to them notifies.
      sql<string[]>`array(select u.id from app_user u where u.person_id = p.id and u.role = 'gp' and u.active)`.as('user_ids'),
    ])
    .executeTakeFirst();
  if (!row) throw new AppError('PERSON_NOT_FOUND');
  return { personId: row.id, name: personName(row.given_name, row.family_name), officeId: row.office_id, officeName: row.office_name, userIds: row.user_ids ?? [] };
}

/** The active users who act as this directory person in a role (a person may have several hats). */
export async function usersActingAs(db: Executor, personId: string, role: string): Promise<string[]> {
  const rows = await db.selectFrom('app_user').where('person_id', '=', personId).where('role', '=', role).where('active', '=', true).select('id').execute();
  return rows.map((r) => r.id);
}

/** The active users of a NAV office in the given roles: the office inbox's readers or its managers. */
export async function officeUsers(db: Executor, officeId: string, roles: readonly string[]): Promise<string[]> {
  const rows = await db.selectFrom('app_user').where('organisation_id', '=', officeId).where('role', 'in', [...roles]).where('active', '=', true).select('id').execute();
  return rows.map((r) => r.id);
}

export async function organisationName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await db.selectFrom('organisation').where('id', '=', id).select('name').executeTakeFirst())?.name ?? null;
}
