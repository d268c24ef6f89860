import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { DemoData } from './generate.js';
import { SeededRandom } from './random.js';

/**
 * Sick-leave cases for the demo population, at every stage from week 1 to past the maksdato,
 * relative to the day the demo data is made, so a new user sees deadlines that are due now.
 */
const iso = (date: Date) => formatISO(date, { representation: 'date' });

const DIAGNOSES: [system: 'ICPC-2' | 'ICD-10', code: string, text: string][] = [
  ['ICPC-2', 'L03', 'Korsryggsmerter'],
  ['ICPC-2', 'P74', 'Angstlidelse'],
  ['ICPC-2', 'P76', 'Depresjon'],
  ['ICPC-2', 'L84', 'Ryggsyndrom uten utstråling'],
  ['ICPC-2', 'L92', 'Skuldersyndrom'],
  ['ICD-10', 'F43.2', 'Tilpasningsforstyrrelse'],
  ['ICPC-2', 'A04', 'Slapphet/tretthet'],
];

export interface DemoSickLeave {
  cases: { id: string; citizen_id: string; employer_id: string | null; nav_office_id: string; first_day: string; last_day: string; status: 'active' | 'graded' | 'closed' | 'moved_to_aap'; ended_on: string | null; assigned_user_id: string | null }[];
  notes: Record<string, unknown>[];
  periods: { note_id: string; fom: string; tom: string; grade: number; type: 'full' | 'graded' }[];
  events: { case_id: string; kind: string; occurred_on: string }[];
  decisions: { case_id: string; kind: string; decided_on: string; effective_from: string | null }[];
  measures: { case_id: string; code: string; starts_on: string; ends_on: string | null; result: string | null }[];
  tasks: { case_id: string; note_id: string; kind: string; owner_kind: 'nav_office'; owner_org_id: string; due_on: string; status: 'open' | 'taken' }[];
}

export function generateDemoSickLeave(data: DemoData, todayIso: string, seed = 7): DemoSickLeave {
  const random = new SeededRandom(seed);
  const today = parseISO(todayIso);
  const out: DemoSickLeave = { cases: [], notes: [], periods: [], events: [], decisions: [], measures: [], tasks: [] };
  const advisersByOffice = new Map<string, string>();
  for (const u of data.users) if (u.role === 'nav_adviser' && u.organisation_id && !advisersByOffice.has(u.organisation_id)) advisersByOffice.set(u.organisation_id, u.id);

  // Two of three people on sick leave, spread over weeks 0–60 of their case.
  data.citizens.forEach((citizen, index) => {
    if (index % 3 === 2) return;
    const weeks = (index * 7) % 61;
    const firstDay = addDays(today, -(weeks * 7 + random.int(0, 6)));
    const caseId = random.uuid();
    const ended = weeks > 20 && random.chance(0.12);
    const pastMaks = weeks >= 52;
    let cursor = firstDay;
    const end = ended ? addDays(firstDay, weeks * 7 - random.int(7, 40)) : addDays(today, random.int(3, 21));
    let graded = false;
    const [system, code, text] = random.pick(DIAGNOSES);
    while (cursor <= end) {
      const noteId = random.uuid();
      const tom = new Date(Math.min(addDays(cursor, random.int(14, 42)).getTime(), end.getTime()));
      graded = differenceInCalendarDays(cursor, firstDay) > 21 && random.chance(0.6);
      const weekOf = (date: Date) => Math.floor(differenceInCalendarDays(date, firstDay) / 7);
      const answered = [7, 17, 39].filter((w) => weekOf(cursor) <= w && weekOf(tom) >= w);
      out.notes.push({
        id: noteId,
        case_id: caseId,
        citizen_id: citizen.id,
        employer_id: citizen.employer_id,
        issuer_person_id: citizen.regular_gp_person_id,
        issued_at: cursor,
        diagnosis_system: system,
        diagnosis_code: code,
        diagnosis_text: text,
        symptoms_findings: 'Beskrevet ved konsultasjon',
        function_daily_life: 'Klarer dagliglivets gjøremål med noe hjelp',
        function_work: graded ? 'Kan utføre deler av arbeidsoppgavene' : 'Klarer ikke sine vanlige arbeidsoppgaver nå',
        remaining_capacity: graded ? 'Om lag halv arbeidsdag med tilpassede oppgaver' : 'Lette oppgaver hjemmefra i korte økter',
        assessment: null,
        treatment_plan: 'Kontroll hos fastlege, fysioterapi',
        prognosis: 'God',
        expected_duration: '4–8 uker',
        full_leave_justification: graded ? null : 'Tilstanden gjør arbeid uforsvarlig nå',
        extended_answers: JSON.stringify(Object.fromEntries(answered.map((w) => [w, { plan: 'Gradvis opptrapping' }]))),
        wants_early_meeting: out.notes.length % 11 === 0,
        wants_early_dialogue: false,
        follow_up_class: random.int(1, 4),
        work_adaptation_note: graded ? 'Redusert arbeidstid, ingen tunge løft' : null,
        nav_first_opened_at: weeks > 1 ? addDays(cursor, 2) : null,
      });
      out.periods.push({ note_id: noteId, fom: iso(cursor), tom: iso(tom), grade: graded ? random.pick([40, 50, 60]) : 100, type: graded ? 'graded' : 'full' });
      for (const w of answered) out.events.push({ case_id: caseId, kind: `extended_questions_answered_${w}`, occurred_on: iso(cursor) });
      if (out.notes.at(-1)!.wants_early_meeting && weeks < 2) {
        out.tasks.push({ case_id: caseId, note_id: noteId, kind: 'early_meeting_requested', owner_kind: 'nav_office', owner_org_id: citizen.nav_office_id, due_on: iso(addDays(cursor, 7)), status: 'open' });
      }
      cursor = addDays(tom, 1);
    }
    const at = (week: number) => iso(addDays(firstDay, week * 7 - random.int(0, 5)));
    if (weeks >= 4 && random.chance(0.8)) out.events.push({ case_id: caseId, kind: 'follow_up_plan_received', occurred_on: at(4) });
    if (weeks >= 7 && random.chance(0.7)) out.events.push({ case_id: caseId, kind: 'dialogue_meeting_1_held', occurred_on: at(7) });
    if (weeks >= 8 && random.chance(0.75)) out.decisions.push({ case_id: caseId, kind: random.chance(0.8) ? 'activity_requirement_met' : 'activity_requirement_exception', decided_on: at(8), effective_from: null });
    if (weeks >= 12 && random.chance(0.6)) out.events.push({ case_id: caseId, kind: 'work_capacity_assessed', occurred_on: at(12) });
    if (weeks >= 26 && random.chance(0.65)) out.events.push({ case_id: caseId, kind: 'dialogue_meeting_2_held', occurred_on: at(random.int(20, 26)) });
    if (weeks >= 39 && random.chance(0.8)) out.events.push({ case_id: caseId, kind: 'information_week_39_sent', occurred_on: at(39) });
    if (weeks >= 10 && random.chance(0.35)) {
      out.measures.push({ case_id: caseId, code: random.pick(['adapted_work', 'graded_return', 'work_trial', 'cognitive_therapy']), starts_on: at(10), ends_on: weeks > 18 ? at(18) : null, result: weeks > 18 ? 'Gjennomført' : null });
    }
    const movedToAap = pastMaks && !ended && random.chance(0.5);
    if (movedToAap) out.decisions.push({ case_id: caseId, kind: 'aap_granted', decided_on: at(51), effective_from: at(52) });
    out.cases.push({
      id: caseId,
      citizen_id: citizen.id,
      employer_id: citizen.employer_id,
      nav_office_id: citizen.nav_office_id,
      first_day: iso(firstDay),
      last_day: iso(end),
      status: ended ? 'closed' : movedToAap ? 'moved_to_aap' : graded ? 'graded' : 'active',
      ended_on: ended ? iso(end) : movedToAap ? at(52) : null,
      assigned_user_id: random.chance(0.5) ? (advisersByOffice.get(citizen.nav_office_id) ?? null) : null,
    });
  });
  return out;
}
