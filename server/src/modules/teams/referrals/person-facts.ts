import type { SickLeaveStatusAtReferral } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { RUNNING_STATUSES } from '../../sickleave/deadlines.js';
import type { Executor } from '../access.js';
import { ageOn, sickLeaveWeeks } from '../domain/inclusion.js';

/**
 * What the platform already knows about the person at referral, so the GP does not type it: name
 * and age, and the sick-leave status, grade and weeks from the current sick-leave case. These are
 * copied onto the referral (ADR 0004): the team never reaches the case itself.
 */
export interface SickLeaveFacts {
  caseId: string | null;
  status: SickLeaveStatusAtReferral;
  grade: number | null;
  weeks: number | null;
  firstDay: string | null;
  navOfficeId: string | null;
}

export interface PersonFacts {
  citizenId: string;
  name: string;
  birthDate: string;
  age: number;
  regularGpPersonId: string | null;
  gpOfficeId: string | null;
  navOfficeId: string | null;
  municipalityNumber: string | null;
}

export async function personFacts(db: Executor, citizenId: string, today: string): Promise<PersonFacts> {
  const row = await db
    .selectFrom('citizen')
    .where('id', '=', citizenId)
    .select(['id', 'given_name', 'family_name', 'birth_date', 'regular_gp_person_id', 'gp_office_id', 'nav_office_id', 'municipality_number'])
    .executeTakeFirst();
  if (!row) throw new AppError('CITIZEN_NOT_FOUND');
  return {
    citizenId: row.id,
    name: personName(row.given_name, row.family_name),
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today),
    regularGpPersonId: row.regular_gp_person_id,
    gpOfficeId: row.gp_office_id,
    navOfficeId: row.nav_office_id,
    municipalityNumber: row.municipality_number,
  };
}

/**
 * The person's sick leave on `today`: the case named (it must be theirs), else their running case.
 * Without a running case the person is "at risk" (referred before any sick leave). The grade is the
 * period covering today, else the latest one started.
 */
export async function sickLeaveFacts(db: Executor, citizenId: string, today: string, caseId?: string | null): Promise<SickLeaveFacts> {
  let query = db.selectFrom('sick_case').where('citizen_id', '=', citizenId).select(['id', 'first_day', 'status', 'nav_office_id']);
  query = caseId ? query.where('id', '=', caseId) : query.where('status', 'in', [...RUNNING_STATUSES]).orderBy('first_day', 'desc').limit(1);
  const sickCase = await query.executeTakeFirst();
  if (caseId && !sickCase) throw new AppError('CASE_NOT_FOUND');
  const running = sickCase && (RUNNING_STATUSES as readonly string[]).includes(sickCase.status);
  if (!sickCase || !running) return { caseId: sickCase?.id ?? null, status: 'at_risk', grade: null, weeks: null, firstDay: null, navOfficeId: sickCase?.nav_office_id ?? null };
  const period = await db
    .selectFrom('sick_note_period as p')
    .innerJoin('sick_note as n', 'n.id', 'p.note_id')
    .where('n.case_id', '=', sickCase.id)
    .where('p.fom', '<=', today)
    .select(['p.grade', 'p.type', 'p.tom'])
    .orderBy('p.fom', 'desc')
    .limit(1)
    .executeTakeFirst();
  const graded = period?.type === 'graded' && period.grade < 100;
  return {
    caseId: sickCase.id,
    status: graded ? 'sick_listed_graded' : 'sick_listed_full',
    grade: period ? (graded ? period.grade : 100) : null,
    weeks: sickLeaveWeeks(sickCase.first_day, today),
    firstDay: sickCase.first_day,
    navOfficeId: sickCase.nav_office_id,
  };
}

/** The organisations whose teams may take the person: the GP's office, the actor's, and the person's municipality. */
export async function servingOrganisationIds(db: Executor, person: PersonFacts, actorOrganisationId: string | null): Promise<string[]> {
  const ids = new Set<string>([person.gpOfficeId, actorOrganisationId].filter((id): id is string => id !== null));
  if (person.municipalityNumber) {
    const municipalities = await db.selectFrom('organisation').where('kind', '=', 'municipality').where('municipality_number', '=', person.municipalityNumber).select('id').execute();
    for (const m of municipalities) ids.add(m.id);
  }
  return [...ids];
}
