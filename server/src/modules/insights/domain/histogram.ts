/**
 * Durations (reply times, time to a first look, to an outcome) kept as a histogram over fixed
 * buckets, so months and offices add up and a county's year gives its median and 90th percentile
 * without its raw rows. A bucket is named by its upper bound in hours: a duration d falls in the
 * first bucket whose bound is ≥ d. Bounds are whole hours under a day and whole days from one to
 * fourteen days (the range where reply deadlines live), then coarser.
 *
 * A percentile is the upper bound of the bucket holding the nearest-rank element: "half were
 * answered within 3 days" is then exactly true. Past the last bound it is that last bound (a
 * floor: "more than a year").
 */

const HOUR = 1;
const DAY = 24 * HOUR;

export const BUCKET_BOUNDS_HOURS: readonly number[] = [
  1, 2, 4, 8, 12,
  ...Array.from({ length: 14 }, (_, i) => (i + 1) * DAY),
  21 * DAY, 28 * DAY, 35 * DAY, 42 * DAY, 56 * DAY, 70 * DAY, 90 * DAY, 120 * DAY, 180 * DAY, 365 * DAY,
];

/** One more bucket than bounds: the last holds everything past a year. */
export const BUCKET_COUNT = BUCKET_BOUNDS_HOURS.length + 1;

export type Histogram = number[];

export function emptyHistogram(): Histogram {
  return new Array<number>(BUCKET_COUNT).fill(0);
}

/** The bucket of a duration in hours (negative durations, a clock skew, count as zero). */
export function bucketOf(hours: number): number {
  const d = Math.max(0, hours);
  for (let i = 0; i < BUCKET_BOUNDS_HOURS.length; i++) if (d <= BUCKET_BOUNDS_HOURS[i]!) return i;
  return BUCKET_BOUNDS_HOURS.length;
}

export function addDuration(histogram: Histogram, hours: number): void {
  histogram[bucketOf(hours)]! += 1;
}

export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 3_600_000;
}

/** Element-wise sum (a missing tail counts as zeros), as the SQL aggregate insights_hist_sum does. */
export function addHistograms(a: readonly number[] | null, b: readonly number[] | null): Histogram | null {
  if (!a) return b ? [...b] : null;
  if (!b) return [...a];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

export function histogramCount(histogram: readonly number[] | null): number {
  return histogram ? histogram.reduce((s, n) => s + n, 0) : 0;
}

/** The nearest-rank p-th percentile (0 < p ≤ 100) in hours, or null for an empty histogram. */
export function percentileHours(histogram: readonly number[] | null, p: number): number | null {
  const count = histogramCount(histogram);
  if (!histogram || count === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * count));
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i] ?? 0;
    if (seen >= rank) return BUCKET_BOUNDS_HOURS[Math.min(i, BUCKET_BOUNDS_HOURS.length - 1)]!;
  }
  return BUCKET_BOUNDS_HOURS.at(-1)!;
}

/** The same in days, to one decimal (a bound under a day shows as a fraction: 4 hours = 0.2). */
export function percentileDays(histogram: readonly number[] | null, p: number): number | null {
  const hours = percentileHours(histogram, p);
  return hours === null ? null : Math.round((hours / DAY) * 10) / 10;
}
