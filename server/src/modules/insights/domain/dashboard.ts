/**
 * A dashboard from tallies: each KPI's value over the period, its trend by bucket, and its
 * baseline. Small cells are protected the way the teams' evaluation does it
 * (teams/domain/evaluation-suppression.ts): a basis of 1–4 persons or cases is shown as "<5"
 * with no value, and where the buckets add up to the period's total, one more bucket is hidden
 * ("x") so a hidden one cannot be worked out by subtraction. A median or percentile needs five.
 */
import { suppress, SMALL_CELL_LIMIT, type CountCell } from '../../teams/domain/evaluation-suppression.js';
import { findBaseline, type Baseline } from '../baselines.js';
import { histogramCount, percentileDays } from './histogram.js';
import type { KpiDefinition } from './kpis.js';
import type { TrendBucket } from './period.js';
import { emptyTally, mergeTallies, type MonthlyTallies, type Tally } from './tally.js';

export interface TrendPoint {
  bucket: string;
  partial: boolean;
  value: number | null;
  basis: CountCell;
}

export interface KpiResult {
  key: string;
  nb: string;
  en: string;
  definitionNb: string;
  definitionEn: string;
  unit: KpiDefinition['unit'];
  statistic: KpiDefinition['statistic'];
  higherIsBetter: boolean;
  value: number | null;
  basis: CountCell;
  trend: TrendPoint[];
  baseline: Baseline | null;
}

/** For KPIs counted over the twelve months up to each bucket's end (arenas' reach). */
export interface RollingTallies {
  total: Tally;
  byBucket: ReadonlyMap<string, Tally>;
}

export interface DashboardInput {
  kpis: readonly KpiDefinition[];
  buckets: readonly TrendBucket[];
  monthly: MonthlyTallies;
  rolling?: ReadonlyMap<string, RollingTallies>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** How many persons or cases a figure rests on. */
export function basisOf(kpi: KpiDefinition, tally: Tally): number {
  return kpi.statistic === 'median' || kpi.statistic === 'p90' ? histogramCount(tally.hist) : tally.n;
}

/** The KPI's value from a tally, or null when it rests on fewer than five. */
export function valueOf(kpi: KpiDefinition, tally: Tally): number | null {
  const basis = basisOf(kpi, tally);
  if (basis < SMALL_CELL_LIMIT) return kpi.statistic === 'count' && basis === 0 ? 0 : null;
  switch (kpi.statistic) {
    case 'share':
      return round1((tally.hits / tally.n) * 100);
    case 'median':
      return percentileDays(tally.hist, 50);
    case 'p90':
      return percentileDays(tally.hist, 90);
    case 'count':
      return tally.n;
  }
}

function sumMonths(months: ReadonlyMap<string, Tally> | undefined, wanted: readonly string[]): Tally {
  let out = emptyTally();
  for (const m of wanted) {
    const t = months?.get(m);
    if (t) out = mergeTallies(out, t);
  }
  return out;
}

function tallies(kpi: KpiDefinition, input: DashboardInput): { total: Tally; buckets: Tally[] } {
  if (kpi.rolling12) {
    const r = input.rolling?.get(kpi.metric);
    return { total: r?.total ?? emptyTally(), buckets: input.buckets.map((b) => r?.byBucket.get(b.key) ?? emptyTally()) };
  }
  const months = input.monthly.get(kpi.metric);
  const buckets = input.buckets.map((b) => sumMonths(months, b.months));
  return { total: buckets.reduce(mergeTallies, emptyTally()), buckets };
}

export function buildKpi(kpi: KpiDefinition, input: DashboardInput): KpiResult {
  const { total, buckets } = tallies(kpi, input);
  const all = [total, ...buckets];
  const counts = all.map((t) => basisOf(kpi, t));
  // Month buckets add up to the total; rolling twelve-month windows overlap and do not.
  const sums = kpi.rolling12 ? [] : [counts.map((_, i) => i)];
  const cells = suppress({ counts, sums });
  const shown = (i: number) => (typeof cells[i] === 'number' ? valueOf(kpi, all[i]!) : null);
  const baseline = kpi.baselineKey ? (findBaseline(kpi.baselineKey) ?? null) : null;
  return {
    key: kpi.key,
    nb: kpi.nb,
    en: kpi.en,
    definitionNb: kpi.definitionNb,
    definitionEn: kpi.definitionEn,
    unit: kpi.unit,
    statistic: kpi.statistic,
    higherIsBetter: kpi.higherIsBetter,
    value: shown(0),
    basis: cells[0]!,
    trend: input.buckets.map((b, i) => ({ bucket: b.key, partial: b.partial, value: shown(i + 1), basis: cells[i + 1]! })),
    baseline,
  };
}

export function buildKpis(input: DashboardInput): KpiResult[] {
  return input.kpis.map((k) => buildKpi(k, input));
}
