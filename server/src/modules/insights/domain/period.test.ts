import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { monthsOf, periodDays, resolvePeriod, trendBuckets } from './period.js';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return 'none';
};

describe('insights period', () => {
  it('defaults to the twelve months up to and including this month', () => {
    expect(resolvePeriod('2025-06-14')).toEqual({ from: '2024-07', to: '2025-06' });
  });

  it('refuses an end before the start, over five years, and malformed months, each with its own code', () => {
    expect(codeOf(() => resolvePeriod('2025-06-14', '2025-05', '2025-04'))).toBe('INSIGHTS_PERIOD_END_BEFORE_START');
    expect(codeOf(() => resolvePeriod('2025-06-14', '2020-01', '2025-01'))).toBe('INSIGHTS_PERIOD_TOO_LONG');
    expect(codeOf(() => resolvePeriod('2025-06-14', '2025-13', '2025-12'))).toBe('INSIGHTS_PERIOD_INVALID');
    // Exactly five years (60 months) is allowed; one month is too.
    expect(resolvePeriod('2025-06-14', '2020-01', '2024-12')).toEqual({ from: '2020-01', to: '2024-12' });
    expect(resolvePeriod('2025-06-14', '2025-04', '2025-04')).toEqual({ from: '2025-04', to: '2025-04' });
  });

  it('lists the months and the days bounding them', () => {
    const p = { from: '2024-11', to: '2025-02' };
    expect(monthsOf(p)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(periodDays(p)).toEqual({ start: '2024-11-01', endExclusive: '2025-03-01' });
  });

  it('buckets by quarter and marks quarters only partly inside the period', () => {
    const buckets = trendBuckets({ from: '2024-11', to: '2025-04' }, 'quarter');
    expect(buckets.map((b) => [b.key, b.months.length, b.partial])).toEqual([
      ['2024-Q4', 2, true],
      ['2025-Q1', 3, false],
      ['2025-Q2', 1, true],
    ]);
    expect(trendBuckets({ from: '2025-01', to: '2025-02' }, 'month').map((b) => b.key)).toEqual(['2025-01', '2025-02']);
  });
});
