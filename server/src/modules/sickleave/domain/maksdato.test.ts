import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_DAY, birthDateArb, periodsArb, todayArb } from './test-arbitraries.js';
import { computeMaksdato } from './maksdato.js';
import { DEFAULT_RULES } from './rules.js';
import { addDaysIso } from './dates.js';
import type { NotePeriod } from './types.js';

/** Counted without the module's helpers: the n-th Monday–Friday from `start`, start included. */
function nthWeekday(start: string, n: number): string {
  const day = new Date(`${start}T00:00:00Z`);
  for (let count = 0; ; day.setUTCDate(day.getUTCDate() + 1)) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && ++count === n) return day.toISOString().slice(0, 10);
  }
}

const MONDAY = '2026-01-05';
const graded50 = (fom: string, tom: string): NotePeriod => ({ fom, tom, grade: 50, type: 'graded' });
const full = (fom: string, tom: string): NotePeriod => ({ fom, tom, grade: 100, type: 'full' });
const ADULT = '1980-06-15';

describe('computeMaksdato', () => {
  it('reaches the maksdato after 248 sick-pay weekdays for a 50 % case without a break', () => {
    expect(nthWeekday(MONDAY, 248)).toBe('2026-12-16'); // 49 weeks = 245 days to Fri 11 Dec, then Mon–Wed
    for (const today of [MONDAY, '2026-06-15', '2026-12-16', '2027-03-01']) {
      const result = computeMaksdato({ firstDay: MONDAY, periods: [graded50(MONDAY, '2027-06-30')], birthDate: ADULT, today }, DEFAULT_RULES);
      expect(result.maksdato).toBe('2026-12-16');
      expect(result.usedDays + result.remainingDays).toBe(248);
      expect(result.limitedByAge).toBe(false);
    }
  });

  it('counts weekdays only, graded days as whole days, up to and including today', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [graded50(MONDAY, '2026-12-31')], birthDate: ADULT, today: '2026-01-18' }, DEFAULT_RULES);
    expect(result).toMatchObject({ usedDays: 10, remainingDays: 238 });
  });

  it('counts up to the last day when the notes end before today, and moves the maksdato by the break', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-01-30')], birthDate: ADULT, today: '2026-03-02' }, DEFAULT_RULES);
    expect(result).toMatchObject({ usedDays: 20, remainingDays: 228, maksdato: nthWeekday('2026-03-02', 228) });
  });

  it('counts today in the projection when no note covers it', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, MONDAY)], birthDate: ADULT, today: '2026-01-06' }, DEFAULT_RULES);
    expect(result).toMatchObject({ usedDays: 1, remainingDays: 247, maksdato: '2026-12-16' });
  });

  it('uses no sick-pay days for a pending note', () => {
    const periods: NotePeriod[] = [{ fom: MONDAY, tom: '2026-01-16', grade: 100, type: 'pending' }, full('2026-01-19', '2026-12-31')];
    const result = computeMaksdato({ firstDay: MONDAY, periods, birthDate: ADULT, today: '2026-01-30' }, DEFAULT_RULES);
    expect(result.usedDays).toBe(10);
  });

  it('projects from the first day when the case starts after today', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-02-01')], birthDate: ADULT, today: '2025-12-20' }, DEFAULT_RULES);
    expect(result).toMatchObject({ usedDays: 0, remainingDays: 248, maksdato: '2026-12-16' });
  });

  it('stops at the 248th day when the notes run past it', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2027-06-30')], birthDate: ADULT, today: '2027-05-01' }, DEFAULT_RULES);
    expect(result).toMatchObject({ usedDays: 248, remainingDays: 0, maksdato: '2026-12-16' });
  });

  it('limits a person aged 68 to 60 sick-pay days', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-12-31')], birthDate: '1958-01-01', today: MONDAY }, DEFAULT_RULES);
    expect(result).toEqual({ usedDays: 1, remainingDays: 59, maksdato: nthWeekday(MONDAY, 60), limitedByAge: true });
    expect(result.maksdato).toBe('2026-03-27');
  });

  it('counts the 60 days from the 67th birthday when it falls during the leave', () => {
    // 42 weekdays before Wed 4 March, then 60 from the birthday.
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-12-31')], birthDate: '1959-03-04', today: MONDAY }, DEFAULT_RULES);
    expect(result).toMatchObject({ remainingDays: 101, maksdato: nthWeekday('2026-03-04', 60), limitedByAge: true });
    expect(result.maksdato).toBe('2026-05-26');
  });

  it('ends sick pay the day before the 70th birthday', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-12-31')], birthDate: '1956-03-04', today: MONDAY }, DEFAULT_RULES);
    expect(result).toMatchObject({ remainingDays: 41, maksdato: '2026-03-03', limitedByAge: true });
  });

  it('pays nothing from 70 and puts the maksdato on the first day', () => {
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-03-31')], birthDate: '1950-01-01', today: '2026-02-02' }, DEFAULT_RULES);
    expect(result).toEqual({ usedDays: 0, remainingDays: 0, maksdato: MONDAY, limitedByAge: true });
  });

  it('follows configured limits', () => {
    const rules = { ...DEFAULT_RULES, sickPayDays: 10, ageRules: [] };
    const result = computeMaksdato({ firstDay: MONDAY, periods: [full(MONDAY, '2026-12-31')], birthDate: '1950-01-01', today: MONDAY }, rules);
    expect(result).toEqual({ usedDays: 1, remainingDays: 9, maksdato: '2026-01-16', limitedByAge: false });
  });

  it('never puts the maksdato before the first day, nor pays more than the limit', () => {
    fc.assert(
      fc.property(periodsArb(fc.integer({ min: 0, max: 60 })), birthDateArb, todayArb, (periods, birthDate, today) => {
        const firstDay = periods[0]!.fom;
        const result = computeMaksdato({ firstDay, periods, birthDate, today }, DEFAULT_RULES);
        expect(result.maksdato >= firstDay).toBe(true);
        expect(result.maksdato >= BASE_DAY).toBe(true);
        expect(result.usedDays + result.remainingDays).toBeLessThanOrEqual(DEFAULT_RULES.sickPayDays);
        expect(result.usedDays).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('computeMaksdato against the day-by-day oracle', () => {
  it('agrees with walking the case one day at a time, for any notes, age and day', async () => {
    const { computeMaksdatoDayByDay } = await import('./maksdato-oracle.js');
    const ages = fc.oneof(birthDateArb, fc.integer({ min: 65 * 365, max: 71 * 365 }).map((days) => addDaysIso(BASE_DAY, -days)));
    fc.assert(
      fc.property(periodsArb(fc.integer({ min: -10, max: 300 })), ages, todayArb, (periods, birthDate, today) => {
        const input = { firstDay: periods[0]!.fom, periods, birthDate, today };
        expect(computeMaksdato(input, DEFAULT_RULES)).toEqual(computeMaksdatoDayByDay(input, DEFAULT_RULES));
      }),
      { numRuns: 2000 },
    );
  });
});
