import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_DAY, notesArb } from './test-arbitraries.js';
import { eventsFromNotes, joinNotesIntoCases } from './cases.js';
import { addDaysIso, daysBetween } from './dates.js';
import { DEFAULT_RULES } from './rules.js';
import type { NotePeriod, SickNote } from './types.js';

function note(id: string, periods: Array<[string, string, number?, NotePeriod['type']?]>, extra: Partial<SickNote> = {}): SickNote {
  return {
    id,
    personId: 'p1',
    employerId: 'e1',
    periods: periods.map(([fom, tom, grade = 100, type = grade === 100 ? 'full' : 'graded']) => ({ fom, tom, grade, type })),
    issuedAt: periods[0]![0],
    issuerPersonId: 'gp1',
    ...extra,
  };
}

describe('joinNotesIntoCases', () => {
  it('joins a note that starts 16 days after the previous one ends', () => {
    // Gap: 2026-01-19 … 2026-02-03, 16 days strictly between.
    const cases = joinNotesIntoCases([note('a', [['2026-01-05', '2026-01-18']]), note('b', [['2026-02-04', '2026-02-20']])], DEFAULT_RULES);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ noteIds: ['a', 'b'], firstDay: '2026-01-05', lastDay: '2026-02-20' });
  });

  it('starts a new case when a note starts 17 days after the previous one ends', () => {
    const cases = joinNotesIntoCases([note('a', [['2026-01-05', '2026-01-18']]), note('b', [['2026-02-05', '2026-02-20']])], DEFAULT_RULES);
    expect(cases.map((c) => c.noteIds)).toEqual([['a'], ['b']]);
    expect(cases.map((c) => c.firstDay)).toEqual(['2026-01-05', '2026-02-05']);
  });

  it('uses the configured gap instead of 16 days', () => {
    const notes = [note('a', [['2026-01-05', '2026-01-18']]), note('b', [['2026-01-25', '2026-02-20']])];
    expect(joinNotesIntoCases(notes, { joinGapDays: 6 })).toHaveLength(1);
    expect(joinNotesIntoCases(notes, { joinGapDays: 5 })).toHaveLength(2);
  });

  it('keeps notes for different employers apart even when they overlap', () => {
    const cases = joinNotesIntoCases(
      [note('a', [['2026-01-05', '2026-01-18']]), note('b', [['2026-01-10', '2026-01-20']], { employerId: 'e2' })],
      DEFAULT_RULES,
    );
    expect(cases.map((c) => [c.employerId, c.noteIds])).toEqual([
      ['e1', ['a']],
      ['e2', ['b']],
    ]);
  });

  it('keeps notes for different persons apart', () => {
    const cases = joinNotesIntoCases([note('a', [['2026-01-05', '2026-01-18']]), note('b', [['2026-01-05', '2026-01-18']], { personId: 'p2' })], DEFAULT_RULES);
    expect(cases.map((c) => c.personId)).toEqual(['p1', 'p2']);
  });

  it('joins notes without an employer with each other, not with notes that have one', () => {
    const cases = joinNotesIntoCases(
      [
        note('a', [['2026-01-05', '2026-01-18']], { employerId: null }),
        note('b', [['2026-01-19', '2026-01-31']], { employerId: null }),
        note('c', [['2026-01-19', '2026-01-31']]),
      ],
      DEFAULT_RULES,
    );
    expect(cases.map((c) => [c.employerId, c.noteIds])).toEqual([
      [null, ['a', 'b']],
      ['e1', ['c']],
    ]);
  });

  it('lists note ids chronologically whatever order they arrive in', () => {
    const notes = [note('late', [['2026-03-01', '2026-03-10']]), note('early', [['2026-02-01', '2026-02-27']]), note('mid', [['2026-02-20', '2026-03-05']])];
    expect(joinNotesIntoCases(notes, DEFAULT_RULES)[0]!.noteIds).toEqual(['early', 'mid', 'late']);
  });

  it('merges the periods: consecutive equal ones join, and a later-issued note wins shared days', () => {
    const first = note('a', [['2026-01-05', '2026-01-31']], { issuedAt: '2026-01-05' });
    const correction = note('b', [['2026-01-19', '2026-02-14', 50]], { issuedAt: '2026-01-19' });
    const continued = note('c', [['2026-02-15', '2026-02-28', 50]], { issuedAt: '2026-02-13' });
    const [merged] = joinNotesIntoCases([continued, correction, first], DEFAULT_RULES);
    expect(merged!.periods).toEqual([
      { fom: '2026-01-05', tom: '2026-01-18', grade: 100, type: 'full' },
      { fom: '2026-01-19', tom: '2026-02-28', grade: 50, type: 'graded' },
    ]);
  });

  it('lets a later-issued note that starts earlier win the days it shares', () => {
    const graded = note('a', [['2026-01-19', '2026-02-14', 50]], { issuedAt: '2026-01-19' });
    const backdated = note('b', [['2026-01-05', '2026-01-31']], { issuedAt: '2026-02-01' });
    expect(joinNotesIntoCases([graded, backdated], DEFAULT_RULES)[0]!.periods).toEqual([
      { fom: '2026-01-05', tom: '2026-01-31', grade: 100, type: 'full' },
      { fom: '2026-02-01', tom: '2026-02-14', grade: 50, type: 'graded' },
    ]);
  });

  it('keeps a gap between joined notes as a gap between periods', () => {
    const [joined] = joinNotesIntoCases([note('a', [['2026-01-05', '2026-01-09']]), note('b', [['2026-01-20', '2026-01-23']])], DEFAULT_RULES);
    expect(joined!.periods.map((p) => [p.fom, p.tom])).toEqual([
      ['2026-01-05', '2026-01-09'],
      ['2026-01-20', '2026-01-23'],
    ]);
  });

  it('leaves out notes without periods', () => {
    expect(joinNotesIntoCases([note('a', [['2026-01-05', '2026-01-09']]), { ...note('b', [['2026-01-05', '2026-01-09']]), periods: [] }], DEFAULT_RULES)).toEqual([
      expect.objectContaining({ noteIds: ['a'] }),
    ]);
  });
});

describe('joinNotesIntoCases, for any notes', () => {
  it('does not depend on the order the notes arrive in', () => {
    fc.assert(
      fc.property(
        notesArb().chain((notes) => fc.tuple(fc.constant(notes), fc.shuffledSubarray(notes, { minLength: notes.length, maxLength: notes.length }))),
        fc.integer({ min: 0, max: 30 }),
        ([notes, shuffled], joinGapDays) => {
          expect(joinNotesIntoCases(shuffled, { joinGapDays })).toEqual(joinNotesIntoCases(notes, { joinGapDays }));
        },
      ),
    );
  });

  it('puts every note in exactly one case, bounded by its notes and separated by more than the gap', () => {
    fc.assert(
      fc.property(notesArb(), fc.integer({ min: 0, max: 30 }), (notes, joinGapDays) => {
        const cases = joinNotesIntoCases(notes, { joinGapDays });
        expect(cases.flatMap((c) => c.noteIds).sort()).toEqual(notes.map((n) => n.id).sort());
        for (const c of cases) {
          const own = notes.filter((n) => c.noteIds.includes(n.id));
          expect(own.every((n) => n.personId === c.personId && n.employerId === c.employerId)).toBe(true);
          const foms = own.flatMap((n) => n.periods.map((p) => p.fom)).sort();
          const toms = own.flatMap((n) => n.periods.map((p) => p.tom)).sort();
          expect([c.firstDay, c.lastDay]).toEqual([foms[0], toms[toms.length - 1]]);
          expect(c.periods[0]!.fom).toBe(c.firstDay);
          expect(c.periods[c.periods.length - 1]!.tom).toBe(c.lastDay);
        }
        for (const [i, a] of cases.entries()) {
          const b = cases[i + 1];
          if (b && b.personId === a.personId && b.employerId === a.employerId) {
            expect(daysBetween(a.lastDay, b.firstDay) - 1).toBeGreaterThan(joinGapDays);
          }
        }
      }),
    );
  });

  it('starts a new case after a gap above the threshold and joins at or below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (joinGapDays, gap, length, reversed) => {
          const firstEnd = addDaysIso(BASE_DAY, length - 1);
          const nextStart = addDaysIso(firstEnd, gap + 1);
          const notes = [note('a', [[BASE_DAY, firstEnd]]), note('b', [[nextStart, addDaysIso(nextStart, 10)]])];
          const cases = joinNotesIntoCases(reversed ? notes.reverse() : notes, { joinGapDays });
          expect(cases).toHaveLength(gap <= joinGapDays ? 1 : 2);
        },
      ),
    );
  });
});

describe('eventsFromNotes', () => {
  it('turns answered extended questions into events on the issue date', () => {
    const events = eventsFromNotes([note('a', [['2026-02-20', '2026-03-20']], { issuedAt: '2026-02-23', extendedQuestionsAnswered: [7] }), note('b', [['2026-01-05', '2026-02-19']])]);
    expect(events).toEqual([{ kind: 'extended_questions_answered_7', on: '2026-02-23', detail: 'a' }]);
  });
});
