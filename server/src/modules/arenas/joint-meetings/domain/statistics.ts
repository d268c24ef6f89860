/**
 * The pure parts of a joint meeting's statistics pack: case weeks in bands, and medians of reply
 * times. The figures themselves are counted by statistics.ts from the platform's own data; the
 * insights issue will replace the whole pack.
 */

/** Week bands that match the sick-leave timeline's milestones (weeks 8, 17, 26, 39, 52). */
export const WEEK_BANDS = [
  { key: '0-8', fromWeek: 0, toWeek: 8 },
  { key: '8-17', fromWeek: 8, toWeek: 17 },
  { key: '17-26', fromWeek: 17, toWeek: 26 },
  { key: '26-39', fromWeek: 26, toWeek: 39 },
  { key: '39-52', fromWeek: 39, toWeek: 52 },
  { key: '52+', fromWeek: 52, toWeek: Number.POSITIVE_INFINITY },
] as const;

export type WeekBandKey = (typeof WEEK_BANDS)[number]['key'];

/** The band of a case that has lasted `days` days (week 0 is the first seven days). */
export function weekBand(days: number): WeekBandKey {
  const week = Math.floor(Math.max(0, days) / 7);
  return WEEK_BANDS.find((b) => week >= b.fromWeek && week < b.toWeek)!.key;
}

/** Counts per band, every band present (zero when empty), in timeline order. */
export function countByBand(caseDays: readonly number[]): Array<{ band: WeekBandKey; cases: number }> {
  const counts = new Map<WeekBandKey, number>(WEEK_BANDS.map((b) => [b.key, 0]));
  for (const days of caseDays) {
    const band = weekBand(days);
    counts.set(band, counts.get(band)! + 1);
  }
  return WEEK_BANDS.map((b) => ({ band: b.key, cases: counts.get(b.key)! }));
}

/** The median, rounded to one decimal; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Whole percent, 0 when there is nothing to divide by. */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));
