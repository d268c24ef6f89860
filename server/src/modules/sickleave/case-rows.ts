import { formatISO } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
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

export function caseQuery(db: Kysely<Database>) {
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
      'sc.maksdato',
      'sc.next_due_on',
      'sc.next_due_key',
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

export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['execute']>>[number];

export const toFacts = (r: CaseRow): CaseFacts => ({
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

