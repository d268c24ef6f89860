import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './rules.js';
import type { NotePeriod, SickNote } from './types.js';
import { validateNote, type NoteProblemCode } from './validate-note.js';

const TODAY = '2026-03-02';

const note = (periods: NotePeriod[]): SickNote => ({
  id: 'n1',
  personId: 'p1',
  employerId: 'e1',
  periods,
  issuedAt: TODAY,
  issuerPersonId: 'gp1',
});

const full = (fom: string, tom: string): NotePeriod => ({ fom, tom, grade: 100, type: 'full' });

const codes = (periods: NotePeriod[]) => validateNote(note(periods), TODAY, DEFAULT_RULES).map((p) => p.code);

describe('validateNote', () => {
  it('accepts a note with back-to-back periods inside the window', () => {
    expect(codes([full('2026-03-02', '2026-03-15'), { fom: '2026-03-16', tom: '2026-03-29', grade: 50, type: 'graded' }])).toEqual([]);
  });

  it.each<[string, NotePeriod[], NoteProblemCode[]]>([
    ['a note without periods', [], ['NO_PERIODS']],
    ['periods that share a day', [full('2026-03-02', '2026-03-15'), full('2026-03-15', '2026-03-20')], ['PERIODS_OVERLAP']],
    ['a period inside another', [full('2026-03-02', '2026-03-31'), full('2026-03-10', '2026-03-12')], ['PERIODS_OVERLAP']],
    ['a grade of 0', [{ ...full('2026-03-02', '2026-03-15'), grade: 0 }], ['GRADE_OUT_OF_RANGE']],
    ['a grade above 100', [{ ...full('2026-03-02', '2026-03-15'), grade: 101 }], ['GRADE_OUT_OF_RANGE']],
    ['a grade that is not a whole percent', [{ ...full('2026-03-02', '2026-03-15'), grade: 50.5 }], ['GRADE_OUT_OF_RANGE']],
    ['a period that ends before it starts', [full('2026-03-15', '2026-03-02')], ['PERIOD_END_BEFORE_START']],
    ['a start more than a year before today', [full('2025-03-01', '2025-03-20')], ['NOTE_STARTS_TOO_EARLY']],
    ['an end more than a year after today', [full('2027-02-20', '2027-03-03')], ['NOTE_ENDS_TOO_LATE']],
    ['a date that does not exist', [full('2026-02-30', '2026-03-10')], ['INVALID_DATE']],
  ])('reports %s', (_what, periods, expected) => {
    expect(codes(periods)).toEqual(expected);
  });

  it('accepts a start exactly one year before today and an end exactly one year after', () => {
    expect(codes([full('2025-03-02', '2027-03-02')])).toEqual([]);
  });

  it('names the periods a problem concerns', () => {
    const problems = validateNote(note([full('2026-03-02', '2026-03-10'), full('2026-03-20', '2026-03-25'), full('2026-03-09', '2026-03-21')]), TODAY, DEFAULT_RULES);
    expect(problems.map((p) => [p.code, p.periodIndexes])).toEqual([
      ['PERIODS_OVERLAP', [0, 2]],
      ['PERIODS_OVERLAP', [1, 2]],
    ]);
  });

  it('reports several problems at once', () => {
    expect(codes([{ ...full('2025-01-01', '2024-12-01'), grade: 0 }, full('2026-03-01', '2027-06-01')]).sort()).toEqual(
      ['GRADE_OUT_OF_RANGE', 'NOTE_ENDS_TOO_LATE', 'PERIOD_END_BEFORE_START'],
    );
  });

  it('uses the configured window', () => {
    const rules = { noteWindow: { yearsBeforeToday: 2, yearsAfterToday: 1 } };
    expect(validateNote(note([full('2025-03-01', '2025-03-20')]), TODAY, rules)).toEqual([]);
  });
});
