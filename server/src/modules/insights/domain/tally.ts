/**
 * What every KPI is computed from: per fact metric, how many were counted (n), how many of them
 * met the rule (hits), and the durations as a histogram. Source rows become contributions (one per
 * metric they count towards, with the month they belong to); contributions add up to tallies per
 * month, office and GP; tallies add up across months and areas.
 */
import { addDuration, addHistograms, emptyHistogram, type Histogram } from './histogram.js';

export interface Tally {
  n: number;
  hits: number;
  hist: Histogram | null;
}

export interface Contribution {
  metric: string;
  /** 'YYYY-MM-01' */
  month: string;
  /** Set where the figure also counts for one GP's own figures. */
  gpPersonId?: string | null;
  /** A share's numerator: this one met the rule. */
  hit?: boolean;
  /** A duration in hours: the tally keeps a histogram. */
  hours?: number;
}

export const emptyTally = (): Tally => ({ n: 0, hits: 0, hist: null });

export function addToTally(tally: Tally, c: Contribution): void {
  tally.n += 1;
  if (c.hit) tally.hits += 1;
  if (c.hours !== undefined) {
    tally.hist ??= emptyHistogram();
    addDuration(tally.hist, c.hours);
  }
}

export function mergeTallies(a: Tally, b: Tally): Tally {
  return { n: a.n + b.n, hits: a.hits + b.hits, hist: addHistograms(a.hist, b.hist) };
}

/** Contributions folded by a key (e.g. metric and month); insertion order kept. */
export function foldBy(contributions: readonly Contribution[], keyOf: (c: Contribution) => string | null): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const c of contributions) {
    const key = keyOf(c);
    if (key === null) continue;
    let tally = out.get(key);
    if (!tally) out.set(key, (tally = emptyTally()));
    addToTally(tally, c);
  }
  return out;
}

/** The month ('YYYY-MM-01') of a 'YYYY-MM-DD' day. */
export const monthStart = (isoDay: string) => `${isoDay.slice(0, 7)}-01`;

/** Tallies per metric and month, as the dashboards and the live KPIs read them. */
export type MonthlyTallies = Map<string, Map<string, Tally>>;

export function byMetricAndMonth(contributions: readonly Contribution[]): MonthlyTallies {
  const out: MonthlyTallies = new Map();
  for (const c of contributions) {
    let months = out.get(c.metric);
    if (!months) out.set(c.metric, (months = new Map()));
    let tally = months.get(c.month);
    if (!tally) months.set(c.month, (tally = emptyTally()));
    addToTally(tally, c);
  }
  return out;
}
