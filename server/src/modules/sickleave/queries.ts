import { formatISO } from 'date-fns';
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { caseQuery } from './case-rows.js';
import { caseWeek, openMilestoneStatus, toDayNumber, type SickLeaveRules } from './domain/index.js';

const iso = (date: Date) => formatISO(date, { representation: 'date' });

export interface WorkListFilter {
  milestone?: string;
  assignedUserId?: string;
  employerId?: string;
  gpPersonId?: string;
  limit?: number;
  offset?: number;
}

export const OPEN_STATUSES = ['active', 'graded', 'pending'] as const;
export const WORK_LIST_PAGE = 50;

/** How a stored next deadline stands today; the same words as the timeline uses. */
function dueState(key: string | null, dueOn: string | null, today: number, rules: SickLeaveRules) {
  if (!key || !dueOn) return null;
  const owner = rules.milestones.find((m) => m.key === key)?.owner ?? 'nav';
  return { key, dueDate: dueOn, status: openMilestoneStatus(toDayNumber(dueOn), today, rules.dueSoonDays), owner };
}

/**
 * The NAV office's open cases, most urgent first: overdue (oldest first), then by next due date.
 * Reads the stored deadlines (deadlines.ts), so a page costs the same with 50 or 5,000 cases:
 * the earliest open deadline is the oldest overdue one when any is overdue, so one sort key
 * gives that order.
 */
export async function workList(db: Kysely<Database>, actor: Actor, filter: WorkListFilter, today: Date, rules: SickLeaveRules) {
  const todayIso = iso(today);
  const limit = filter.limit ?? WORK_LIST_PAGE;
  const offset = filter.offset ?? 0;
  const scoped = <QB extends SelectQueryBuilder<Database & { sc: Database['sick_case'] }, 'sc' | 'citizen', object>>(qb: QB): QB => {
    let q = qb.where(visibleCitizens(actor)).where('sc.status', 'in', [...OPEN_STATUSES]).where('sc.nav_office_id', '=', actor.organisationId ?? NO_ID);
    if (filter.assignedUserId) q = q.where('sc.assigned_user_id', '=', filter.assignedUserId);
    if (filter.employerId) q = q.where('sc.employer_id', '=', filter.employerId);
    const gp = filter.gpPersonId;
    if (gp) q = q.where((eb) => eb.exists(eb.selectFrom('sick_note as n').whereRef('n.case_id', '=', 'sc.id').where('n.issuer_person_id', '=', gp).select('n.id')));
    const milestone = filter.milestone;
    if (milestone) {
      // The milestone is next due, or overdue behind an earlier overdue one.
      q = q.where((eb) =>
        eb.or([
          eb('sc.next_due_key', '=', milestone),
          eb.exists(eb.selectFrom('case_deadline as d').whereRef('d.case_id', '=', 'sc.id').where('d.key', '=', milestone).where('d.due_on', '<', todayIso).select('d.key')),
        ]),
      );
    }
    return q as QB;
  };
  const [rows, counts] = await Promise.all([
    scoped(caseQuery(db)).orderBy(sql`sc.next_due_on asc nulls last`).orderBy('sc.id').limit(limit).offset(offset).execute(),
    scoped(db.selectFrom('sick_case as sc').innerJoin('citizen', 'citizen.id', 'sc.citizen_id'))
      .select([sql<string>`count(*)`.as('total'), sql<string>`count(*) filter (where sc.next_due_on < ${todayIso}::date)`.as('overdue')])
      .executeTakeFirstOrThrow(),
  ]);
  const overdue = await overdueDeadlines(db, rows.map((r) => r.id), todayIso);
  const todayDay = toDayNumber(todayIso);
  const items = rows.map((r) => ({
    caseId: r.id,
    citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
    employer: r.employer_id ? { id: r.employer_id, name: r.employer_name ?? '' } : null,
    adviser: r.assigned_user_id ? { userId: r.assigned_user_id, name: personName(r.adviser_given, r.adviser_family) } : null,
    status: r.status,
    week: caseWeek(toDayNumber(r.first_day), todayDay),
    overdue: overdue.get(r.id) ?? [],
    nextDue: withoutOwner(dueState(r.next_due_key, r.next_due_on, todayDay, rules)),
    maksdato: r.maksdato,
  }));
  return { items, total: Number(counts.total), overdueTotal: Number(counts.overdue), limit, offset };
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

const withoutOwner = <T extends { owner: unknown }>(due: T | null) => {
  if (!due) return null;
  const { owner: _owner, ...rest } = due;
  return rest;
};

async function overdueDeadlines(db: Kysely<Database>, caseIds: string[], todayIso: string) {
  const result = new Map<string, { key: string; dueDate: string }[]>();
  if (caseIds.length === 0) return result;
  const rows = await db
    .selectFrom('case_deadline')
    .where('case_id', 'in', caseIds)
    .where('due_on', '<', todayIso)
    .select(['case_id', 'key', 'due_on'])
    .orderBy('due_on')
    .execute();
  for (const row of rows) result.set(row.case_id, [...(result.get(row.case_id) ?? []), { key: row.key, dueDate: row.due_on }]);
  return result;
}

/** The employers and GPs among the office's open cases: the choices of the work list's filters. */
export async function workListOptions(db: Kysely<Database>, actor: Actor) {
  const office = actor.organisationId ?? NO_ID;
  const open = (eb: ExpressionBuilder<Database & { sc: Database['sick_case'] }, 'sc'>) =>
    eb.and([eb('sc.nav_office_id', '=', office), eb('sc.status', 'in', [...OPEN_STATUSES])]);
  const [employers, gps] = await Promise.all([
    db
      .selectFrom('sick_case as sc')
      .innerJoin('organisation as o', 'o.id', 'sc.employer_id')
      .where(open)
      .select(['o.id', 'o.name'])
      .distinct()
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('sick_case as sc')
      .innerJoin('sick_note as n', 'n.case_id', 'sc.id')
      .innerJoin('person as p', 'p.id', 'n.issuer_person_id')
      .where(open)
      .select(['p.id', 'p.given_name', 'p.family_name'])
      .distinct()
      .orderBy('p.family_name')
      .orderBy('p.given_name')
      .execute(),
  ]);
  return { employers, gps: gps.map((g) => ({ id: g.id, name: personName(g.given_name, g.family_name) })) };
}

/** A GP's sick-listed patients: cases where they issued a note, or of patients they are the regular GP of. */
export async function gpCaseList(db: Kysely<Database>, actor: Actor, today: Date, rules: SickLeaveRules) {
  const personId = actor.personId;
  if (!personId) return [];
  // Two indexed lookups joined by UNION: cheaper than an OR the planner cannot split.
  const mine = db
    .selectFrom('sick_note')
    .where('issuer_person_id', '=', personId)
    .select('case_id')
    .union(db.selectFrom('sick_case as own').innerJoin('citizen as c', 'c.id', 'own.citizen_id').where('c.regular_gp_person_id', '=', personId).select('own.id as case_id'));
  const rows = await caseQuery(db)
    .where('sc.status', 'in', [...OPEN_STATUSES])
    .where('sc.id', 'in', mine)
    .orderBy('citizen.family_name')
    .orderBy('citizen.given_name')
    .orderBy('sc.id')
    .execute();
  const todayDay = toDayNumber(iso(today));
  return rows.map((r) => ({
    caseId: r.id,
    citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
    status: r.status,
    week: caseWeek(toDayNumber(r.first_day), todayDay),
    nextDue: dueState(r.next_due_key, r.next_due_on, todayDay, rules),
    maksdato: r.maksdato,
    adviser: r.assigned_user_id ? { name: personName(r.adviser_given, r.adviser_family), phone: r.adviser_phone, email: r.adviser_email } : null,
  }));
}

/** The office's open NAV tasks (only those escalated to the manager, when asked), earliest deadline first. */
export async function officeTasks(db: Kysely<Database>, actor: Actor, escalatedOnly: boolean) {
  if (!actor.organisationId) return [];
  let qb = db
    .selectFrom('case_task as t')
    .innerJoin('sick_case as sc', 'sc.id', 't.case_id')
    .innerJoin('citizen', 'citizen.id', 'sc.citizen_id')
    .where(visibleCitizens(actor))
    .where('t.owner_kind', '=', 'nav_office')
    .where('t.owner_org_id', '=', actor.organisationId)
    .where('t.status', 'in', ['open', 'taken'])
    .select(['t.id', 't.case_id', 't.kind', 't.due_on', 't.status', 't.escalated_at', 'citizen.id as citizen_id', 'citizen.given_name', 'citizen.family_name'])
    .orderBy('t.due_on');
  if (escalatedOnly) qb = qb.where('t.escalated_at', 'is not', null);
  const rows = await qb.execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    dueOn: r.due_on,
    status: r.status,
    escalatedAt: r.escalated_at ? new Date(r.escalated_at).toISOString() : null,
    citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
  }));
}

/** The patient's own cases, newest first. */
export async function ownCases(db: Kysely<Database>, citizenId: string) {
  const rows = await db
    .selectFrom('sick_case')
    .leftJoin('organisation as emp', 'emp.id', 'sick_case.employer_id')
    .where('sick_case.citizen_id', '=', citizenId)
    .select(['sick_case.id', 'sick_case.first_day', 'sick_case.last_day', 'sick_case.status', 'emp.name as employer_name'])
    .orderBy('sick_case.first_day', 'desc')
    .execute();
  return rows.map((r) => ({ caseId: r.id, firstDay: r.first_day, lastDay: r.last_day, status: r.status, employerName: r.employer_name }));
}

/** The employer's open cases: names and the employer's own milestones only, never medical data. */
export async function employerCases(db: Kysely<Database>, actor: Actor, today: Date, rules: SickLeaveRules) {
  if (!actor.organisationId) return [];
  const rows = await caseQuery(db)
    .where('sc.employer_id', '=', actor.organisationId)
    .where('sc.status', 'in', [...OPEN_STATUSES])
    .where('citizen.protection', '!=', 'strengt_fortrolig')
    .orderBy('sc.first_day')
    .execute();
  const employerKeys = rules.milestones.filter((m) => m.owner === 'employer').map((m) => m.key);
  const next = new Map<string, { key: string; due_on: string }>();
  if (rows.length > 0 && employerKeys.length > 0) {
    const deadlines = await db
      .selectFrom('case_deadline')
      .where('case_id', 'in', rows.map((r) => r.id))
      .where('key', 'in', employerKeys)
      .select(['case_id', 'key', 'due_on'])
      .orderBy('due_on')
      .execute();
    for (const d of deadlines) if (!next.has(d.case_id)) next.set(d.case_id, d);
  }
  const todayDay = toDayNumber(iso(today));
  return rows.map((r) => {
    const own = next.get(r.id);
    return {
      caseId: r.id,
      citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
      status: r.status,
      firstDay: r.first_day,
      lastDay: r.last_day,
      week: caseWeek(toDayNumber(r.first_day), todayDay),
      nextDue: withoutOwner(dueState(own?.key ?? null, own?.due_on ?? null, todayDay, rules)),
    };
  });
}
