import { formatISO } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { visibleCitizens } from '../../platform/access/citizen-filter.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { computeTimeline, type CaseEvent, type EventKind, type NotePeriod, type SickLeaveRules } from './domain/index.js';

const iso = (date: Date) => formatISO(date, { representation: 'date' });

/** Decisions that complete milestones, as timeline events. */
const DECISION_EVENTS: Record<string, EventKind | undefined> = {
  activity_requirement_met: 'activity_requirement_assessed',
  activity_requirement_exception: 'activity_requirement_exception',
  aap_granted: 'aap_granted',
  dialogue_meeting_2_not_needed: 'dialogue_meeting_2_not_needed',
};

export interface CaseFacts {
  id: string;
  citizenId: string;
  employerId: string | null;
  firstDay: string;
  lastDay: string;
  status: Database['sick_case']['status']['__select__'];
  endedOn: string | null;
  birthDate: string;
}

/** Loads periods and events for many cases in three queries, then computes each timeline in memory. */
export async function timelinesFor(db: Kysely<Database>, cases: CaseFacts[], today: Date, rules: SickLeaveRules) {
  if (cases.length === 0) return new Map<string, ReturnType<typeof computeTimeline>>();
  const ids = cases.map((c) => c.id);
  const [periods, events, decisions] = await Promise.all([
    db
      .selectFrom('sick_note_period as p')
      .innerJoin('sick_note as n', 'n.id', 'p.note_id')
      .where('n.case_id', 'in', ids)
      .select(['n.case_id', 'n.id as note_id', 'p.fom', 'p.tom', 'p.grade', 'p.type'])
      .orderBy('p.fom')
      .execute(),
    db.selectFrom('case_event').where('case_id', 'in', ids).select(['case_id', 'kind', 'occurred_on', 'detail']).execute(),
    db.selectFrom('case_decision').where('case_id', 'in', ids).select(['case_id', 'kind', 'decided_on']).execute(),
  ]);
  const byCase = <T extends { case_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.case_id, [...(map.get(row.case_id) ?? []), row]);
    return map;
  };
  const periodsByCase = byCase(periods);
  const eventsByCase = byCase(events);
  const decisionsByCase = byCase(decisions);
  const todayIso = iso(today);
  const result = new Map<string, ReturnType<typeof computeTimeline>>();
  for (const c of cases) {
    const casePeriods: NotePeriod[] = (periodsByCase.get(c.id) ?? []).map((p) => ({ fom: p.fom, tom: p.tom, grade: p.grade, type: p.type }));
    const caseEvents: CaseEvent[] = [
      ...(eventsByCase.get(c.id) ?? []).map((e) => ({ kind: e.kind as EventKind, on: e.occurred_on, ...(e.detail ? { detail: e.detail } : {}) })),
      ...(decisionsByCase.get(c.id) ?? []).flatMap((d) => {
        const kind = DECISION_EVENTS[d.kind];
        return kind ? [{ kind, on: d.decided_on }] : [];
      }),
    ];
    result.set(
      c.id,
      computeTimeline(
        {
          case: {
            key: c.id,
            personId: c.citizenId,
            employerId: c.employerId,
            noteIds: [...new Set((periodsByCase.get(c.id) ?? []).map((p) => p.note_id))],
            firstDay: c.firstDay,
            lastDay: c.lastDay,
            periods: casePeriods,
          },
          birthDate: c.birthDate,
          today: todayIso,
          status: c.status,
          ...(c.endedOn ? { endedOn: c.endedOn } : {}),
          events: caseEvents,
        },
        rules,
      ),
    );
  }
  return result;
}

function caseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen', 'citizen.id', 'sc.citizen_id')
    .leftJoin('organisation as emp', 'emp.id', 'sc.employer_id')
    .leftJoin('app_user as au', 'au.id', 'sc.assigned_user_id')
    .leftJoin('person as adviser', 'adviser.id', 'au.person_id')
    .select([
      'sc.id',
      'sc.citizen_id',
      'sc.employer_id',
      'sc.first_day',
      'sc.last_day',
      'sc.status',
      'sc.ended_on',
      'sc.assigned_user_id',
      'sc.nav_office_id',
      'citizen.given_name',
      'citizen.family_name',
      'citizen.birth_date',
      'emp.name as employer_name',
      'adviser.given_name as adviser_given',
      'adviser.family_name as adviser_family',
      'adviser.phone as adviser_phone',
      'adviser.email as adviser_email',
    ]);
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['execute']>>[number];

const toFacts = (r: CaseRow): CaseFacts => ({
  id: r.id,
  citizenId: r.citizen_id,
  employerId: r.employer_id,
  firstDay: r.first_day,
  lastDay: r.last_day,
  status: r.status,
  endedOn: r.ended_on,
  birthDate: r.birth_date,
});

export async function loadCase(db: Kysely<Database>, id: string) {
  return caseQuery(db).where('sc.id', '=', id).executeTakeFirst();
}

export interface WorkListFilter {
  milestone?: string;
  assignedUserId?: string;
  employerId?: string;
  gpPersonId?: string;
}

const OPEN_STATUSES = ['active', 'graded', 'pending'] as const;

/** The NAV office's open cases, most urgent first: overdue (oldest first), then by next due date. */
export async function workList(db: Kysely<Database>, actor: Actor, filter: WorkListFilter, today: Date, rules: SickLeaveRules) {
  let qb = caseQuery(db).where(visibleCitizens(actor)).where('sc.status', 'in', [...OPEN_STATUSES]);
  if (actor.organisationId) qb = qb.where('sc.nav_office_id', '=', actor.organisationId);
  if (filter.assignedUserId) qb = qb.where('sc.assigned_user_id', '=', filter.assignedUserId);
  if (filter.employerId) qb = qb.where('sc.employer_id', '=', filter.employerId);
  if (filter.gpPersonId) {
    const gp = filter.gpPersonId;
    qb = qb.where((eb) => eb.exists(eb.selectFrom('sick_note as n').whereRef('n.case_id', '=', 'sc.id').where('n.issuer_person_id', '=', gp).select('n.id')));
  }
  const rows = await qb.execute();
  const timelines = await timelinesFor(db, rows.map(toFacts), today, rules);
  const items = rows.map((r) => {
    const timeline = timelines.get(r.id)!;
    const open = timeline.milestones.filter((m) => m.status === 'overdue' || m.status === 'due_soon' || m.status === 'planned');
    return {
      caseId: r.id,
      citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
      employer: r.employer_id ? { id: r.employer_id, name: r.employer_name ?? '' } : null,
      adviser: r.assigned_user_id ? { userId: r.assigned_user_id, name: personName(r.adviser_given, r.adviser_family) } : null,
      status: r.status,
      week: timeline.week,
      overdue: open.filter((m) => m.status === 'overdue').map((m) => ({ key: m.key, dueDate: m.dueDate })),
      nextDue: timeline.nextDue ? { key: timeline.nextDue.key, dueDate: timeline.nextDue.dueDate, status: timeline.nextDue.status } : null,
      maksdato: timeline.maksdato.maksdato,
    };
  });
  const filtered = filter.milestone ? items.filter((i) => i.nextDue?.key === filter.milestone || i.overdue.some((o) => o.key === filter.milestone)) : items;
  return filtered.sort((a, b) => {
    const ao = a.overdue[0]?.dueDate;
    const bo = b.overdue[0]?.dueDate;
    if (ao && bo) return ao.localeCompare(bo);
    if (ao) return -1;
    if (bo) return 1;
    return (a.nextDue?.dueDate ?? '9999').localeCompare(b.nextDue?.dueDate ?? '9999');
  });
}

/** A GP's sick-listed patients: cases where they issued a note, or of patients they are the regular GP of. */
export async function gpCaseList(db: Kysely<Database>, actor: Actor, today: Date, rules: SickLeaveRules) {
  const personId = actor.personId;
  if (!personId) return [];
  const rows = await caseQuery(db)
    .where('sc.status', 'in', [...OPEN_STATUSES])
    .where((eb) =>
      eb.or([
        eb('citizen.regular_gp_person_id', '=', personId),
        eb.exists(eb.selectFrom('sick_note as n').whereRef('n.case_id', '=', 'sc.id').where('n.issuer_person_id', '=', personId).select('n.id')),
      ]),
    )
    .orderBy('citizen.family_name')
    .execute();
  const timelines = await timelinesFor(db, rows.map(toFacts), today, rules);
  return rows.map((r) => {
    const timeline = timelines.get(r.id)!;
    return {
      caseId: r.id,
      citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
      status: r.status,
      week: timeline.week,
      nextDue: timeline.nextDue ? { key: timeline.nextDue.key, dueDate: timeline.nextDue.dueDate, status: timeline.nextDue.status, owner: timeline.nextDue.owner } : null,
      maksdato: timeline.maksdato.maksdato,
      adviser: r.assigned_user_id ? { name: personName(r.adviser_given, r.adviser_family), phone: r.adviser_phone, email: r.adviser_email } : null,
    };
  });
}

export { toFacts };

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
  const timelines = await timelinesFor(db, rows.map(toFacts), today, rules);
  const employerKeys = new Set(['follow_up_plan', 'dialogue_meeting_1']);
  return rows.map((r) => {
    const own = timelines.get(r.id)!.milestones.filter((m) => employerKeys.has(m.key));
    const next = own.find((m) => m.status !== 'done' && m.status !== 'not_applicable') ?? null;
    return {
      caseId: r.id,
      citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) },
      status: r.status,
      firstDay: r.first_day,
      lastDay: r.last_day,
      week: timelines.get(r.id)!.week,
      nextDue: next ? { key: next.key, dueDate: next.dueDate, status: next.status } : null,
    };
  });
}
