import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import type { Executor } from './access.js';

/** The case a NAV request or note is about, with what routing needs. */
export async function caseForDialogue(db: Executor, caseId: string) {
  const row = await db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('sc.id', '=', caseId)
    .select(['sc.id', 'sc.status', 'sc.citizen_id', 'sc.nav_office_id', 'sc.assigned_user_id', 'c.regular_gp_person_id', 'c.nav_office_id as citizen_office_id', 'c.given_name', 'c.family_name'])
    .executeTakeFirst();
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

export type DialogueCase = Awaited<ReturnType<typeof caseForDialogue>>;

/**
 * The GP a request or note on a case goes to: the one asked for, if they issued a note in the
 * case or are the person's regular GP; otherwise whoever issued the latest note.
 */
export async function gpForCase(db: Executor, sickCase: DialogueCase, wanted?: string) {
  const issuers = await db
    .selectFrom('sick_note')
    .where('case_id', '=', sickCase.id)
    .select(['issuer_person_id'])
    .orderBy('issued_at', 'desc')
    .execute();
  const candidates = [...new Set([...issuers.map((i) => i.issuer_person_id), ...(sickCase.regular_gp_person_id ? [sickCase.regular_gp_person_id] : [])])];
  const personId = wanted ?? candidates[0];
  if (!personId || !candidates.includes(personId)) throw new AppError('GP_NOT_ON_CASE');
  return gpParty(db, personId);
}

/** A GP's name and practice (the GP office of their GP position). */
export async function gpParty(db: Executor, personId: string) {
  const row = await db
    .selectFrom('person as p')
    .leftJoin('position as pos', (join) => join.onRef('pos.person_id', '=', 'p.id').on('pos.role', '=', 'gp'))
    .leftJoin('organisation as o', 'o.id', 'pos.organisation_id')
    .where('p.id', '=', personId)
    .select(['p.id', 'p.given_name', 'p.family_name', 'o.id as office_id', 'o.name as office_name'])
    .executeTakeFirst();
  if (!row) throw new AppError('PERSON_NOT_FOUND');
  return { personId: row.id, name: personName(row.given_name, row.family_name), officeId: row.office_id, officeName: row.office_name };
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
