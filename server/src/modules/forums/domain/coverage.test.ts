import { describe, expect, it } from 'vitest';
import { coverageReport, resolvePeriod, type CountRow } from './coverage.js';

describe('resolvePeriod', () => {
  it('is this year so far without dates', () => {
    expect(resolvePeriod('2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-05-17' });
  });
  it('refuses from after to, non-dates and periods over ten years', () => {
    expect(resolvePeriod('2026-05-17', '2026-06-01', '2026-05-01')).toBeNull();
    expect(resolvePeriod('2026-05-17', '2026-13-45', '2026-12-31')).toBeNull();
    expect(resolvePeriod('2026-05-17', '2010-01-01', '2026-01-01')).toBeNull();
    expect(resolvePeriod('2026-05-17', '2016-01-01', '2026-01-01')).toEqual({ from: '2016-01-01', to: '2026-01-01' });
  });
});

describe('coverageReport', () => {
  const totals: CountRow[] = [
    { kind: 'deviation', theme: null, status: 'answered', count: 3 },
    { kind: 'deviation', theme: null, status: 'received', count: 1 },
    { kind: 'proposal', theme: null, status: 'answered', count: 2 },
  ];
  const rows: CountRow[] = [
    { kind: 'deviation', theme: 'discharge_summaries', status: 'answered', count: 3 },
    { kind: 'deviation', theme: 'referrals', status: 'answered', count: 1 },
    { kind: 'deviation', theme: null, status: 'received', count: 1 },
    { kind: 'proposal', theme: 'referrals', status: 'answered', count: 2 },
  ];
  const report = coverageReport({ from: '2026-01-01', to: '2026-12-31' }, { totals, rows, outcome: { count: 5, medianDays: 21 }, deviations: { total: 4, covered: 3 } });

  it('counts each case once in the totals, whatever its number of themes', () => {
    expect(report.received).toEqual({ total: 6, deviation: 4, proposal: 2 });
    expect(report.byStatus[0]).toEqual({ status: 'answered', deviation: 3, proposal: 2, total: 5 });
  });

  it('counts themes per case, and cases without a theme under "none"', () => {
    expect(report.byTheme.map((t) => [t.theme, t.total])).toEqual([
      ['discharge_summaries', 3],
      ['referrals', 3],
      ['none', 1],
    ]);
  });

  it('gives the share of deviations covered by a recommendation in percent with one decimal', () => {
    expect(report.deviationsCovered).toEqual({ covered: 3, total: 4, percent: 75 });
    const none = coverageReport(report.period, { totals: [], rows: [], outcome: { count: 0, medianDays: null }, deviations: { total: 0, covered: 0 } });
    expect(none.deviationsCovered.percent).toBeNull();
    const third = coverageReport(report.period, { totals: [], rows: [], outcome: { count: 0, medianDays: null }, deviations: { total: 3, covered: 1 } });
    expect(third.deviationsCovered.percent).toBe(33.3);
  });
});
