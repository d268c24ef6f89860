import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateArb, eventsArb, notesArb, todayArb } from './test-arbitraries.js';
import { joinNotesIntoCases } from './cases.js';
import { addDaysIso } from './dates.js';
import { DEFAULT_RULES } from './rules.js';
import { computeTimeline, type TimelineInput } from './timeline.js';
import type { CaseEvent, CaseStatus, Milestone, NotePeriod, SickLeaveCase } from './types.js';

const MONDAY = '2026-01-05';
const day = (n: number) => addDaysIso(MONDAY, n);
const ADULT = '1980-06-15';

function caseOf(periods: NotePeriod[]): SickLeaveCase {
  return { key: 'c1', personId: 'p1', employerId: 'e1', noteIds: ['n1'], firstDay: periods[0]!.fom, lastDay: periods[periods.length - 1]!.tom, periods };
}
const full = (from: number, to: number): NotePeriod => ({ fom: day(from), tom: day(to), grade: 100, type: 'full' });
const graded = (from: number, to: number): NotePeriod => ({ fom: day(from), tom: day(to), grade: 50, type: 'graded' });

function timeline(overrides: Partial<TimelineInput> & { case: SickLeaveCase }) {
  return computeTimeline({ birthDate: ADULT, today: MONDAY, status: 'active', events: [], ...overrides }, DEFAULT_RULES);
}
const byKey = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.key, m]));

describe('computeTimeline', () => {
  it('shows dialogue meeting 1 and the activity requirement overdue after 10 weeks of 100 % when nothing was done', () => {
    const result = timeline({ case: caseOf([full(0, 69)]), today: day(70) });
    const m = byKey(result.milestones);
    expect(m.dialogue_meeting_1).toMatchObject({ owner: 'employer', week: 7, dueDate: day(49), status: 'overdue' });
    expect(m.activity_requirement).toMatchObject({ owner: 'nav', week: 8, dueDate: day(56), status: 'overdue' });
    expect(m.follow_up_plan).toMatchObject({ status: 'overdue', dueDate: day(28) });
    expect(m.extended_questions_7).toMatchObject({ owner: 'gp', status: 'overdue' });
    expect(m.work_capacity_assessment).toMatchObject({ dueDate: day(84), status: 'planned' });
    expect(m.sick_note_issued).toMatchObject({ week: 0, dueDate: MONDAY, status: 'done', reason: 'note_issued' });
    expect(result.week).toBe(11);
    expect(result.nextDue?.key).toBe('follow_up_plan');
  });

  it('orders milestones by due date, equal dates in the configured order', () => {
    const keys = timeline({ case: caseOf([full(0, 400)]) }).milestones.map((m) => m.key);
    expect(keys).toEqual([
      'sick_note_issued',
      'follow_up_plan',
      'dialogue_meeting_1',
      'extended_questions_7',
      'activity_requirement',
      'work_capacity_assessment',
      'extended_questions_17',
      'dialogue_meeting_2_candidate',
      'dialogue_meeting_2',
      'extended_questions_39',
      'information_week_39',
      'maksdato',
    ]);
  });

  it('marks the activity requirement done for a case graded at week 8', () => {
    const m = byKey(timeline({ case: caseOf([full(0, 13), graded(14, 120)]), today: day(70) }).milestones);
    expect(m.activity_requirement).toMatchObject({ status: 'done', reason: 'graded' });
    expect(m.activity_requirement!.completedBy).toBeUndefined();
  });

  it('does not count grading that ended before week 8', () => {
    const m = byKey(timeline({ case: caseOf([graded(0, 27), full(28, 120)]), today: day(70) }).milestones);
    expect(m.activity_requirement!.status).toBe('overdue');
  });

  it('marks a milestone done by the earliest completing event, whatever order the events come in', () => {
    const events: CaseEvent[] = [
      { kind: 'activity_requirement_exception', on: day(60) },
      { kind: 'activity_requirement_assessed', on: day(55) },
      { kind: 'follow_up_plan_received', on: day(40), detail: 'late but here' },
    ];
    const m = byKey(timeline({ case: caseOf([full(0, 120)]), today: day(70), events }).milestones);
    expect(m.activity_requirement).toMatchObject({ status: 'done', completedBy: { kind: 'activity_requirement_assessed', on: day(55) } });
    expect(m.follow_up_plan).toMatchObject({ status: 'done', completedBy: { kind: 'follow_up_plan_received', on: day(40) } });
  });

  it('leaves no planned or overdue milestone after a case closed in week 5', () => {
    const result = timeline({ case: caseOf([full(0, 60)]), status: 'closed', endedOn: day(32), today: day(100) });
    const later = result.milestones.filter((m) => m.dueDate > day(32));
    expect(later.length).toBeGreaterThan(5);
    for (const m of later) expect(m).toMatchObject({ status: 'not_applicable', reason: 'case_ended' });
    expect(byKey(result.milestones).follow_up_plan!.status).toBe('overdue');
    expect(result.week).toBe(5);
  });

  it('ends a fit case on its last day when no end date is given', () => {
    const m = byKey(timeline({ case: caseOf([full(0, 48)]), status: 'fit', today: day(60) }).milestones);
    expect(m.follow_up_plan!.status).toBe('overdue');
    expect(m.dialogue_meeting_1).toMatchObject({ status: 'not_applicable', reason: 'case_ended' });
  });

  it('keeps the deadlines running for a person fit for job placement', () => {
    const m = byKey(timeline({ case: caseOf([full(0, 48)]), status: 'fit_for_job_placement', endedOn: day(40), today: day(60) }).milestones);
    expect(m.dialogue_meeting_1!.status).toBe('overdue');
  });

  it('makes dialogue meeting 2 not applicable when NAV finds it not needed, which also settles the week-17 candidacy', () => {
    const events: CaseEvent[] = [{ kind: 'dialogue_meeting_2_not_needed', on: day(125), detail: 'back at work 80 %' }];
    const m = byKey(timeline({ case: caseOf([full(0, 300)]), today: day(190), events }).milestones);
    expect(m.dialogue_meeting_2).toMatchObject({ status: 'not_applicable', reason: 'not_needed' });
    expect(m.dialogue_meeting_2_candidate).toMatchObject({ status: 'done', completedBy: { kind: 'dialogue_meeting_2_not_needed', on: day(125) } });
  });

  it('limits the maksdato of a person aged 68 to 60 sick-pay days and places it before week 12', () => {
    const result = timeline({ case: caseOf([full(0, 400)]), birthDate: '1958-01-01' });
    expect(result.maksdato).toMatchObject({ maksdato: '2026-03-27', limitedByAge: true, usedDays: 1, remainingDays: 59 });
    const keys = result.milestones.map((m) => m.key);
    expect(keys.indexOf('maksdato')).toBe(keys.indexOf('work_capacity_assessment') - 1);
    expect(byKey(result.milestones).maksdato).toMatchObject({ owner: 'nav', week: null, dueDate: '2026-03-27' });
  });

  it('marks the maksdato done when AAP is granted', () => {
    const m = byKey(timeline({ case: caseOf([full(0, 400)]), today: day(380), events: [{ kind: 'aap_granted', on: day(340) }] }).milestones);
    expect(m.maksdato).toMatchObject({ status: 'done', completedBy: { kind: 'aap_granted', on: day(340) } });
  });

  it('calls a milestone due soon from 7 days before its due date through the due date, and overdue the day after', () => {
    const status = (today: number) => byKey(timeline({ case: caseOf([full(0, 120)]), today: day(today) }).milestones).dialogue_meeting_1!.status;
    expect([status(41), status(42), status(49), status(50)]).toEqual(['planned', 'due_soon', 'due_soon', 'overdue']);
  });

  it('counts weeks from 1 on the first day, and 0 before it', () => {
    const weekOn = (today: number) => timeline({ case: caseOf([full(0, 120)]), today: day(today) }).week;
    expect([weekOn(-1), weekOn(0), weekOn(6), weekOn(7)]).toEqual([0, 1, 1, 2]);
  });

  it('has no next milestone when everything is done or not applicable', () => {
    const result = timeline({ case: caseOf([full(0, 20)]), status: 'closed', endedOn: day(20), today: day(30), events: [{ kind: 'follow_up_plan_received', on: day(20) }] });
    expect(result.nextDue).toBeNull();
  });
});

const RANK: Record<Milestone['status'], number> = { planned: 0, due_soon: 1, overdue: 2, done: 3, not_applicable: 3 };

describe('computeTimeline, travelling through a year', () => {
  it.each<[string, NotePeriod[], string, CaseStatus]>([
    ['a 100 % case', [full(0, 420)], ADULT, 'active'],
    ['a graded case', [full(0, 20), graded(21, 420)], ADULT, 'graded'],
    ['a case of a person aged 68', [full(0, 420)], '1958-01-01', 'active'],
  ])('only moves statuses forward day by day for 52 weeks of %s without events', (_what, periods, birthDate, status) => {
    let previous: Map<string, Milestone> | undefined;
    for (let n = -10; n <= 52 * 7; n++) {
      const result = computeTimeline({ case: caseOf(periods), birthDate, today: day(n), status, events: [] }, DEFAULT_RULES);
      const current = new Map(result.milestones.map((m) => [m.key, m]));
      for (const [key, m] of current) {
        const before = previous?.get(key);
        if (!before) continue;
        expect(m.dueDate, `${key} on day ${n}`).toBe(before.dueDate);
        if (before.status === 'done' || before.status === 'not_applicable') expect(m.status, `${key} on day ${n}`).toBe(before.status);
        else expect(RANK[m.status], `${key} on day ${n}: ${before.status} → ${m.status}`).toBeGreaterThanOrEqual(RANK[before.status]);
      }
      previous = current;
    }
    const end = [...previous!.values()];
    expect(end.filter((m) => m.week !== null && m.week <= 39).every((m) => m.status === 'overdue' || m.status === 'done')).toBe(true);
  });
});

describe('computeTimeline, for any notes and events', () => {
  const statusArb = fc.constantFrom<CaseStatus>('active', 'graded', 'pending', 'fit', 'fit_for_job_placement', 'moved_to_aap', 'closed');
  const endedOnArb = fc.option(todayArb, { nil: undefined });

  it('orders milestones by due date and names the first open one as next', () => {
    fc.assert(
      fc.property(notesArb({ maxLength: 6 }), birthDateArb, todayArb, statusArb, endedOnArb, eventsArb, (notes, birthDate, today, status, endedOn, events) => {
        for (const c of joinNotesIntoCases(notes, DEFAULT_RULES)) {
          const result = computeTimeline({ case: c, birthDate, today, status, endedOn, events }, DEFAULT_RULES);
          const dates = result.milestones.map((m) => m.dueDate);
          expect(dates).toEqual([...dates].sort());
          expect(result.milestones.every((m) => m.dueDate >= c.firstDay)).toBe(true);
          expect(result.nextDue).toEqual(result.milestones.find((m) => m.status !== 'done' && m.status !== 'not_applicable') ?? null);
        }
      }),
    );
  });

  it('never moves a due date earlier when a note is extended', () => {
    fc.assert(
      fc.property(
        notesArb({ maxLength: 6, persons: ['p1'] }),
        fc.nat(),
        fc.integer({ min: 1, max: 90 }),
        birthDateArb,
        todayArb,
        eventsArb,
        (notes, pick, extraDays, birthDate, today, events) => {
          const index = pick % notes.length;
          const target = notes[index]!;
          const lastIndex = target.periods.length - 1;
          const oldTom = target.periods[lastIndex]!.tom;
          const extended = notes.map((n, i) =>
            i !== index ? n : { ...n, periods: n.periods.map((p, j) => (j === lastIndex ? { ...p, tom: addDaysIso(p.tom, extraDays) } : p)) },
          );
          const dueDates = (list: typeof notes) => {
            const c = joinNotesIntoCases(list, DEFAULT_RULES).find((x) => x.noteIds.includes(target.id))!;
            const result = computeTimeline({ case: c, birthDate, today, status: 'active', events }, DEFAULT_RULES);
            return new Map(result.milestones.map((m) => [m.key, m.dueDate]));
          };
          const before = dueDates(notes);
          const after = dueDates(extended);
          for (const [key, due] of before) {
            // An extension that reaches back over days already past fills a break with sick-pay
            // days that really were used, so it may rightly bring the maksdato forward; an
            // extension of a note still running adds only future days.
            if (key === 'maksdato' && oldTom < today) continue;
            expect(after.get(key)! >= due, `${key}: ${due} → ${after.get(key)}`).toBe(true);
          }
        },
      ),
    );
  });
});
