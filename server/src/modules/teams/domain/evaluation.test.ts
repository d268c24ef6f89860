import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvaluation, percentile, type CountRow, type EvaluationInput, type HistogramRow } from './evaluation.js';
import { ageBand, categorise, DECLINE_REASON_CATEGORIES, RECOMMENDATION_CATEGORIES, sessionsBand, sickLeaveWeeksBand } from './evaluation-measures.js';

const teams: EvaluationInput['teams'] = [
  { id: 'a', name: 'Arbeidsfokus Torget', kind: 'work_focus', trialSite: 'Larvik' },
  { id: 'b', name: 'Arbeidsfokus Stavern', kind: 'work_focus', trialSite: 'Larvik' },
  { id: 'c', name: 'Demensteam', kind: 'dementia', trialSite: null },
];
const row = (teamId: string, dimension: CountRow['dimension'], value: string, n: number): CountRow => ({ teamId, dimension, value, n });
const input = (counts: CountRow[], histograms: HistogramRow[] = []): EvaluationInput => ({
  teams,
  counts,
  histograms,
  navOffices: [{ id: 'nav-larvik', name: 'NAV Larvik' }],
  period: { from: '2026-01-01', to: '2027-01-01' },
  scope: 'all',
});
const group = (e: ReturnType<typeof buildEvaluation>, key: string) => e.groups.find((g) => g.key === key)!;

describe('bands', () => {
  it('puts ages in the issue’s bands, and everyone outside 18–55 in "other"', () => {
    expect([17, 18, 24, 25, 34, 35, 44, 45, 55, 56].map(ageBand)).toEqual(['other', '18-24', '18-24', '25-34', '25-34', '35-44', '35-44', '45-55', '45-55', 'other']);
  });

  it('counts people referred before any sick leave as at risk, whatever weeks say', () => {
    expect(sickLeaveWeeksBand('at_risk', 12)).toBe('at_risk');
    expect([0, 4, 5, 8, 9, 40].map((w) => sickLeaveWeeksBand('sick_listed_graded', w))).toEqual(['0-4', '0-4', '5-8', '5-8', '9+', '9+']);
    expect(sickLeaveWeeksBand('sick_listed_full', null)).toBe('unknown');
  });

  it('bands sessions around report 003’s 5–15', () => {
    expect([0, 4, 5, 9, 10, 15, 16].map(sessionsBand)).toEqual(['0-4', '0-4', '5-9', '5-9', '10-15', '10-15', '16+']);
  });

  it('sorts a decline’s free text into a category, never passing the text on', () => {
    expect(categorise('Plagene er for alvorlige for et lavterskeltilbud', DECLINE_REASON_CATEGORIES)).toBe('too_severe');
    expect(categorise('Over aldersgrensen', DECLINE_REASON_CATEGORIES)).toBe('outside_criteria');
    expect(categorise('Ønsker ikke tilbudet nå', DECLINE_REASON_CATEGORIES)).toBe('not_ready');
    expect(categorise('Noe helt annet', DECLINE_REASON_CATEGORIES)).toBe('other');
    expect(categorise('Henvis til DPS poliklinikk', RECOMMENDATION_CATEGORIES)).toBe('dps');
    expect(categorise('Arbeidsrettet rehabilitering', RECOMMENDATION_CATEGORIES)).toBe('work_rehabilitation');
    expect(categorise(null, RECOMMENDATION_CATEGORIES, 'none')).toBe('none');
    expect(categorise('  ', RECOMMENDATION_CATEGORIES, 'none')).toBe('none');
  });
});

describe('percentiles', () => {
  it('gives the lower median and the nearest-rank p90, a value somebody had', () => {
    const h = new Map([[2, 3], [5, 3], [9, 2], [30, 2]]); // 2,2,2,5,5,5,9,9,30,30
    expect(percentile(h, 50)).toBe(5);
    expect(percentile(h, 90)).toBe(30);
    expect(percentile(new Map(), 50)).toBeNull();
    expect(percentile(new Map([[4, 1], [6, 1]]), 50)).toBe(4);
  });
});

describe('evaluation', () => {
  // Consistent figures, as the database gives them: every accepted referral has a course, every closed course an end status.
  const counts = [
    row('a', 'referral_status', 'submitted', 3),
    row('a', 'referral_status', 'accepted', 10),
    row('a', 'referral_status', 'declined', 6),
    row('a', 'decline_reason', 'too_severe', 6),
    row('a', 'recommendation', 'dps', 6),
    row('a', 'age', '30', 12),
    row('a', 'age', '61', 7),
    row('a', 'sick_leave', 'at_risk', 5),
    row('a', 'sick_leave', '3', 9),
    row('a', 'sick_leave', '12', 5),
    row('a', 'nav_office', 'nav-larvik', 19),
    row('a', 'courses', 'active', 6),
    row('a', 'courses', 'completed', 4),
    row('a', 'work_status_start', 'sick_listed_full', 10),
    row('a', 'work_status_end', 'working_full', 4),
    row('a', 'work_status_change', 'sick_listed_full>working_full', 4),
    row('b', 'referral_status', 'accepted', 8),
    row('b', 'referral_status', 'declined', 2),
    row('b', 'decline_reason', 'other', 2),
    row('b', 'recommendation', 'none', 2),
    row('b', 'age', '40', 10),
    row('b', 'sick_leave', '6', 10),
    row('b', 'nav_office', 'nav-larvik', 10),
    row('b', 'courses', 'active', 8),
    row('b', 'work_status_start', 'at_risk', 8),
    row('c', 'referral_status', 'accepted', 30),
    row('c', 'age', '50', 30),
    row('c', 'sick_leave', 'unknown', 30),
    row('c', 'nav_office', 'unknown', 30),
    row('c', 'courses', 'completed', 30),
    row('c', 'work_status_start', 'sick_listed_full', 30),
    row('c', 'work_status_end', 'working_graded', 30),
    row('c', 'work_status_change', 'sick_listed_full>working_graded', 30),
  ];

  const large = counts.map((c) => ({ ...c, n: c.n * 10 }));

  it('gives each team, each trial site and the total, with the sites summing their own teams', () => {
    const e = buildEvaluation(input(large));
    expect(e.groups.map((g) => g.key)).toEqual(['total', 'site:Larvik', 'team:b', 'team:a', 'team:c']);
    expect(group(e, 'team:a').counts.referrals!.all).toBe(190);
    expect(group(e, 'site:Larvik').counts.referrals!.all).toBe(290);
    expect(group(e, 'site:Larvik').counts.referral_status!.accepted).toBe(180);
    expect(group(e, 'total').counts.referrals!.all).toBe(590);
    expect(group(e, 'total').counts.nav_office).toEqual({ 'nav-larvik': 290, unknown: 300 });
    expect(group(e, 'team:a').counts.age_band).toMatchObject({ '25-34': 120, other: 70, '18-24': 0 });
    expect(group(e, 'team:a').counts.sick_leave_weeks).toMatchObject({ at_risk: 50, '0-4': 90, '9+': 50, '5-8': 0 });
    expect(group(e, 'total').counts.work_status_change!['sick_listed_full>working_graded']).toBe(300);
  });

  it('shows 1–4 as "<5" and hides a partner where a sum would give it away', () => {
    const e = buildEvaluation(input(counts));
    const a = group(e, 'team:a');
    const hidden = (cells: unknown[]) => cells.filter((v) => v === '<5' || v === 'x').length;
    expect(a.counts.referral_status!.submitted).toBe('<5');
    // 19 = 3 + 10 + 6: one more of these is hidden, or 19 − 16 gives the 3 away.
    expect(hidden([a.counts.referrals!.all, a.counts.referral_status!.accepted, a.counts.referral_status!.declined])).toBe(1);
    expect(a.counts.courses!.completed).toBe('<5');
    expect(hidden([a.counts.referral_status!.accepted, a.counts.courses!.active])).toBeGreaterThanOrEqual(1);
    const b = group(e, 'team:b');
    expect(b.counts.referral_status!.declined).toBe('<5');
    expect(hidden([b.counts.referrals!.all, b.counts.referral_status!.accepted])).toBe(1);
    // Larvik's 4 completed = total − team c's 30: one of those is hidden too.
    expect(hidden([group(e, 'total').counts.courses!.completed, group(e, 'team:c').counts.courses!.completed])).toBe(1);
    // Figures nothing depends on stay shown.
    expect(group(e, 'team:c').counts.age_band!['45-55']).toBe(30);
    for (const g of e.groups)
      for (const values of Object.values(g.counts)) for (const v of Object.values(values)) if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
  });

  it('gives medians only from five persons up', () => {
    const histograms: HistogramRow[] = [
      { teamId: 'a', stat: 'waiting_days', x: 4, n: 3 },
      { teamId: 'a', stat: 'waiting_days', x: 10, n: 1 },
      { teamId: 'b', stat: 'waiting_days', x: 6, n: 5 },
      { teamId: 'c', stat: 'sessions_held', x: 8, n: 30 },
    ];
    const e = buildEvaluation(input(large, histograms));
    expect(group(e, 'team:a').waitingDays).toEqual({ median: null, p90: null, basis: '<5' });
    expect(group(e, 'team:b').waitingDays).toEqual({ median: 6, p90: 6, basis: 5 });
    expect(group(e, 'site:Larvik').waitingDays).toEqual({ median: 6, p90: 10, basis: 9 });
    expect(group(e, 'team:c').sessionsPerCourse).toEqual({ median: 8, basis: 30 });
    expect(group(e, 'team:c').counts.sessions_per_course!['5-9']).toBe(30);
    // Nobody's own figure: a median of fewer than five is never given, even where the counts are large.
    expect(group(e, 'team:a').sessionsPerCourse).toEqual({ median: null, basis: 0 });
  });

  it('property: no group shows 1–4, and no status sum or site sum has exactly one hidden cell', () => {
    const statusCounts = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('submitted', 'accepted', 'declined', 'waiting'), fc.nat({ max: 9 })), { maxLength: 12 });
    fc.assert(
      fc.property(statusCounts, (rows) => {
        const e = buildEvaluation(input(rows.map(([team, status, n]) => row(team, 'referral_status', status, n))));
        for (const g of e.groups) {
          const cells = [g.counts.referrals!.all, ...Object.values(g.counts.referral_status!)];
          for (const v of cells) if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
          expect(cells.filter((v) => typeof v !== 'number').length).not.toBe(1);
        }
        for (const status of ['all', 'submitted', 'accepted', 'declined', 'waiting']) {
          const of = (key: string) => (status === 'all' ? group(e, key).counts.referrals!.all : group(e, key).counts.referral_status![status]);
          const larvik = [of('site:Larvik'), of('team:a'), of('team:b')];
          expect(larvik.filter((v) => typeof v !== 'number').length).not.toBe(1);
          const total = [of('total'), of('site:Larvik'), of('team:c')];
          expect(total.filter((v) => typeof v !== 'number').length).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('has a row for every value of every measure, zeros included, so tables line up', () => {
    const e = buildEvaluation(input([]));
    for (const g of e.groups) for (const m of e.measures) expect(Object.keys(g.counts[m.key]!)).toEqual(m.values.map((v) => v.key));
    expect(e.measures.find((m) => m.key === 'work_status_change')!.values).toHaveLength(64);
    expect(e.measures.find((m) => m.key === 'nav_office')!.values.map((v) => v.nb)).toEqual(['NAV Larvik', 'Ukjent NAV-kontor']);
  });
});
