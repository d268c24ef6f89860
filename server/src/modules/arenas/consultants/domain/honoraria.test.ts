import { describe, expect, it } from 'vitest';
import { honorariaByMonth, monthsBetween, withinPost } from './honoraria.js';

describe('practice consultants’ honoraria', () => {
  it('knows a date inside a post’s period, ends included, and an open-ended post', () => {
    const post = { periodFrom: '2026-01-01', periodTo: '2026-06-30' };
    expect(withinPost('2026-01-01', post)).toBe(true);
    expect(withinPost('2026-06-30', post)).toBe(true);
    expect(withinPost('2025-12-31', post)).toBe(false);
    expect(withinPost('2026-07-01', post)).toBe(false);
    expect(withinPost('2031-01-01', { periodFrom: '2026-01-01', periodTo: null })).toBe(true);
  });

  it('lists the months of a period across a new year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  it('pays hours × 89 % of the base rate per month, with the forums’ rounding to whole kroner', () => {
    const logged = [
      { workedOn: '2026-01-10', hours: 2 },
      { workedOn: '2026-01-20', hours: 1.5 },
      { workedOn: '2026-03-05', hours: 3 },
      { workedOn: '2026-04-01', hours: 8 },
    ];
    const result = honorariaByMonth(logged, '2026-01-01', '2026-03-31', { percent: 89, baseNokPerHour: 1000 });
    expect(result.months).toEqual([
      { month: '2026-01', hours: 3.5, honorariumNok: 3115 },
      { month: '2026-02', hours: 0, honorariumNok: 0 },
      { month: '2026-03', hours: 3, honorariumNok: 2670 },
    ]);
    expect(result.totalHours).toBe(6.5);
    expect(result.totalHonorariumNok).toBe(5785);
    expect(result.ratePerHourNok).toBe(890);
  });

  it('gives no amount when the post has no base rate: the platform does not guess one', () => {
    const result = honorariaByMonth([{ workedOn: '2026-01-10', hours: 2 }], '2026-01-01', '2026-01-31', { percent: 89, baseNokPerHour: null });
    expect(result.months[0]).toEqual({ month: '2026-01', hours: 2, honorariumNok: null });
    expect(result.totalHonorariumNok).toBeNull();
    expect(result.ratePerHourNok).toBeNull();
  });
});
