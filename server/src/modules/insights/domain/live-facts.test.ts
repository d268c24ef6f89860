import { describe, expect, it } from 'vitest';
import { buildKpi } from './dashboard.js';
import { KPIS } from './kpis.js';
import { courseClosureContributions, reachTally, referralContributions, submissionContributions, twelveMonthsBefore, type SubmissionRecord } from './live-facts.js';
import { trendBuckets } from './period.js';
import { at, kpiFrom, plusDays } from './test-helpers.js';

describe('forum KPIs', () => {
  const base = at('2025-01-10');
  const sub = (kind: 'deviation' | 'proposal', outcomeDays: number | null, covered = false, status = 'answered'): SubmissionRecord => ({
    kind,
    status,
    createdAt: base,
    outcomeAt: outcomeDays === null ? null : plusDays(base, outcomeDays),
    coveredByPublished: covered,
  });
  const subs = [sub('deviation', 10, true), sub('deviation', 20, true), sub('deviation', 30), sub('deviation', null), sub('deviation', 40, false, 'merged'), sub('proposal', 14), sub('proposal', null)];
  const c = subs.flatMap(submissionContributions);

  it('submissions: every deviation and proposal received', () => {
    expect(kpiFrom('forum_submissions', c).value).toBe(7);
  });

  it('time to outcome: median of those with an outcome', () => {
    // 10, 14, 20, 30, 40 days: rank 3 → 20 days (bound 21 days: past two weeks the buckets are a week wide).
    expect(kpiFrom('forum_time_to_outcome', c).value).toBe(21);
  });

  it('deviations covered: published recommendations answer 2 of the 4 (the merged one counted through its case)', () => {
    // Four deviations is under five: hidden. With one more covered: 3 of 5 = 60 %.
    expect(kpiFrom('forum_deviations_covered', c).value).toBeNull();
    expect(kpiFrom('forum_deviations_covered', [...subs, sub('deviation', 5, true)].flatMap(submissionContributions)).value).toBe(60);
  });
});

describe('team KPIs', () => {
  const made = at('2025-02-03');
  const referrals = [
    { status: 'accepted' as const, createdAt: made, firstSessionAt: plusDays(made, 3) },
    { status: 'accepted' as const, createdAt: made, firstSessionAt: plusDays(made, 5) },
    { status: 'accepted' as const, createdAt: made, firstSessionAt: plusDays(made, 7) },
    { status: 'accepted' as const, createdAt: made, firstSessionAt: plusDays(made, 9) },
    { status: 'accepted' as const, createdAt: made, firstSessionAt: plusDays(made, 12) },
    { status: 'declined' as const, createdAt: made, firstSessionAt: null },
    { status: 'waiting' as const, createdAt: made, firstSessionAt: null },
    { status: 'withdrawn' as const, createdAt: made, firstSessionAt: null },
  ];
  const c = referrals.flatMap(referralContributions);

  it('referrals, inclusion and time to the first session', () => {
    expect(kpiFrom('team_referrals', c).value).toBe(8);
    // Decided: five accepted, one declined → 5 / 6 = 83.3 %.
    expect(kpiFrom('team_inclusion', c).value).toBe(83.3);
    // 3, 5, 7, 9, 12 days: rank 3 → 7 days.
    expect(kpiFrom('team_first_session_median', c).value).toBe(7);
  });

  it('in work at closure: of closed courses with a work status', () => {
    const closed = at('2025-03-14');
    const courses = [
      { status: 'completed' as const, closedAt: closed, workStatusEnd: 'working_full' },
      { status: 'completed' as const, closedAt: closed, workStatusEnd: 'working_graded' },
      { status: 'completed' as const, closedAt: closed, workStatusEnd: 'sick_listed_full' },
      { status: 'dropped_out' as const, closedAt: closed, workStatusEnd: 'aap' },
      { status: 'completed' as const, closedAt: closed, workStatusEnd: 'working_full' },
      { status: 'active' as const, closedAt: null, workStatusEnd: null },
    ];
    // Five closed, three in work → 60 %, counted in March.
    const k = kpiFrom('team_outcome_work', courses.flatMap(courseClosureContributions));
    expect(k.value).toBe(60);
    expect(k.trend[2]!.value).toBe(60);
  });
});

describe('arena KPIs', () => {
  it("GPs reached: distinct GPs of the area who attended in the twelve months up to the bucket's end", () => {
    const gps = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const events = [
      { memberKey: 'a', day: '2024-03-01' }, // before the window
      { memberKey: 'b', day: '2024-06-01' },
      { memberKey: 'b', day: '2025-01-10' }, // the same GP twice counts once
      { memberKey: 'c', day: '2024-09-09' },
      { memberKey: 'd', day: '2025-02-02' },
      { memberKey: 'e', day: '2025-03-31' },
      { memberKey: 'f', day: '2025-04-01' }, // after the period
      { memberKey: 'stranger', day: '2025-01-01' }, // not one of the area's GPs
    ];
    // Window for a period ending March 2025: 2024-04-01 up to 2025-04-01 → b, c, d, e = 4 of 10.
    const t = reachTally(gps, events, twelveMonthsBefore('2025-04-01'), '2025-04-01');
    expect(t).toEqual({ n: 10, hits: 4, hist: null });
    const kpi = KPIS.find((k) => k.key === 'gps_reached')!;
    const buckets = trendBuckets({ from: '2025-01', to: '2025-03' }, 'quarter');
    const result = buildKpi(kpi, { kpis: [kpi], buckets, monthly: new Map(), rolling: new Map([['gps_reached', { total: t, byBucket: new Map([['2025-Q1', t]]) }]]) });
    expect(result.value).toBe(40);
    expect(result.baseline?.valuePercent).toBe(75);
  });
});
