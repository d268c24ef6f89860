import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { sql } from 'kysely';
import { authorizeCitizenFacts } from '../../platform/access/guard.js';
import type { CitizenFacts } from '../../platform/access/citizen-access.js';
import type { AuditContext, AuditPurpose } from '../../platform/audit/audit.js';
import type { Database, FilledFormTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { FOLLOW_UP_PLAN_KEY, FUNCTION_IN_WORK_KEY, ICIT_JOB_LIST_KEY, type RoleKey } from './domain/index.js';

export type Db = Kysely<Database>;
export type Executor = Db | Transaction<Database>;
export type Ctx = AuditContext & { actor: Actor };
export type FormRow = Selectable<FilledFormTable>;

/**
 * Who writes which form (issue 7): the follow-up plan is the employer's nearest manager's and the
 * employee's (arbeidsmiljøloven § 4-6); "Funksjon i arbeid" the person's with the GP or NAV; the
 * ICIT lists and the other plans the person's or the GP's.
 */
const WRITERS: Readonly<Record<string, ReadonlySet<string>>> = {
  [FOLLOW_UP_PLAN_KEY]: new Set(['employer', 'patient']),
  [FUNCTION_IN_WORK_KEY]: new Set(['patient', 'gp', 'nav_adviser', 'nav_manager']),
};
const DEFAULT_WRITERS: ReadonlySet<string> = new Set(['patient', 'gp']);

export const writersOf = (templateKey: string) => WRITERS[templateKey] ?? DEFAULT_WRITERS;

/** Templates the employer may see at all (their fields are cut further by the template's visibility). */
const EMPLOYER_FORMS: ReadonlySet<string> = new Set([FOLLOW_UP_PLAN_KEY, ICIT_JOB_LIST_KEY]);

/** The follow-up plan is private to its writers until it is shared; GP and NAV see shared revisions. */
export const sharedOnlyFor = (templateKey: string, actor: Actor) => templateKey === FOLLOW_UP_PLAN_KEY && !writersOf(templateKey).has(actor.role);

/** The role an actor signs approvals with, among those the template asks for. */
export function approvalRoleOf(actor: Actor, wanted: readonly RoleKey[]): RoleKey | null {
  const candidates: RoleKey[] =
    actor.role === 'patient' ? ['employee', 'patient'] : actor.role === 'employer' ? ['employer'] : actor.role === 'gp' ? ['gp'] : actor.role === 'nav_adviser' || actor.role === 'nav_manager' ? ['nav'] : [];
  return candidates.find((role) => wanted.includes(role)) ?? null;
}

export function purposeOf(actor: Actor): AuditPurpose {
  return actor.role === 'patient' ? 'own_data' : actor.role === 'employer' ? 'employer_follow_up' : actor.role === 'gp' ? 'health_care' : 'sick_leave_follow_up';
}

export interface CaseFacts {
  id: string;
  citizen_id: string;
  employer_id: string | null;
  nav_office_id: string | null;
  assigned_user_id: string | null;
}

/** How the viewer stands to a case's forms: 'employer' sees the employer's cut, 'full' everything else they may. */
export type Audience = 'employer' | 'full';

/** What deciding access to a case's forms needs: the case, and the access facts of its person. */
export interface CaseWithPerson extends CaseFacts {
  facts: CitizenFacts;
}

const caseWithPerson = (db: Executor) =>
  db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .select([
      'sc.id',
      'sc.citizen_id',
      'sc.employer_id',
      'sc.nav_office_id',
      'sc.assigned_user_id',
      'c.protection',
      'c.shielded',
      'c.regular_gp_person_id',
      'c.nav_office_id as citizen_office_id',
      'c.employer_id as citizen_employer_id',
      sql<string[]>`array(select distinct n.issuer_person_id from sick_note n where n.citizen_id = c.id)`.as('issuers'),
    ]);

type CaseWithPersonRow = Awaited<ReturnType<ReturnType<typeof caseWithPerson>['executeTakeFirstOrThrow']>>;

const toCase = (row: CaseWithPersonRow): CaseWithPerson => ({
  id: row.id,
  citizen_id: row.citizen_id,
  employer_id: row.employer_id,
  nav_office_id: row.nav_office_id,
  assigned_user_id: row.assigned_user_id,
  facts: {
    citizenId: row.citizen_id,
    protection: row.protection,
    shielded: row.shielded,
    regularGpPersonId: row.regular_gp_person_id,
    navOfficeId: row.citizen_office_id,
    employerId: row.citizen_employer_id,
    sickNoteIssuerPersonIds: row.issuers ?? [],
    assignedUserIds: [],
  },
});

/** A form with its case and the access facts of its person, in one query (autosave is a hot path). */
export async function formWithCase(db: Executor, formId: string): Promise<{ form: FormRow; sickCase: CaseWithPerson }> {
  const form = await db.selectFrom('filled_form').where('id', '=', formId).selectAll().executeTakeFirst();
  if (!form) throw new AppError('FORM_NOT_FOUND');
  const row = await caseWithPerson(db).where('sc.id', '=', form.case_id).executeTakeFirstOrThrow();
  return { form, sickCase: toCase(row) };
}

/**
 * The actor's right to the case's forms, decided by the platform's citizen rules: the person
 * themselves, their GP, NAV of the case's office, and the employer (the employer's cut only).
 */
export async function caseAccess(db: Db, ctx: Ctx, caseId: string): Promise<{ sickCase: CaseWithPerson; audience: Audience }> {
  const row = await caseWithPerson(db).where('sc.id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const sickCase = toCase(row);
  return { sickCase, audience: await decideAccess(db, ctx, sickCase) };
}

export async function decideAccess(db: Db, ctx: Ctx, sickCase: CaseWithPerson): Promise<Audience> {
  const { actor } = ctx;
  switch (actor.role) {
    case 'patient':
      if (actor.citizenId !== sickCase.citizen_id) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
      return 'full';
    case 'employer':
      await authorizeCitizenFacts(db, ctx, { ...sickCase.facts, employerId: sickCase.employer_id }, 'citizen.read_employment', 'filled_form');
      return 'employer';
    case 'gp':
      await authorizeCitizenFacts(db, ctx, sickCase.facts, 'citizen.read', 'filled_form');
      return 'full';
    case 'nav_adviser':
    case 'nav_manager':
      if (sickCase.nav_office_id && sickCase.nav_office_id !== actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
      await authorizeCitizenFacts(db, ctx, sickCase.facts, 'citizen.read', 'filled_form');
      return 'full';
    default:
      throw new AppError('ACCESS_DENIED_ROLE');
  }
}

/** Whether the viewer sees this form at all (its content is cut by audience afterwards). */
export function seesForm(form: Pick<FormRow, 'template_key' | 'status' | 'shared_at'>, actor: Actor, audience: Audience): boolean {
  if (audience === 'employer' && !EMPLOYER_FORMS.has(form.template_key)) return false;
  if (sharedOnlyFor(form.template_key, actor) && !form.shared_at) return false;
  return true;
}

export function requireWriter(templateKey: string, actor: Actor) {
  if (!writersOf(templateKey).has(actor.role)) throw new AppError('FORM_NOT_A_WRITER');
}
