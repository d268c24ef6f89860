/**
 * A dashboard's period: whole calendar months, from one month to another inclusive ('YYYY-MM').
 * The facts are kept per month (a day-precise period would need thirty times the rows), and the
 * trend is drawn by month or by quarter. Edge quarters of a period are partial and say so.
 */
import { AppError } from '../../../platform/errors.js';

export type BucketSize = 'month' | 'quarter';

export interface Period {
  /** 'YYYY-MM', inclusive */
  from: string;
  /** 'YYYY-MM', inclusive */
  to: string;
}

export interface TrendBucket {
  /** 'YYYY-MM' or 'YYYY-Qn' */
  key: string;
  /** The months of the period it covers, as 'YYYY-MM-01'. */
  months: string[];
  /** A quarter only partly inside the period. */
  partial: boolean;
}

/** Five years at most: longer trends outlive the organisations and code lists they count. */
export const MAX_PERIOD_MONTHS = 60;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const index = (month: string) => {
  const m = MONTH.exec(month);
  if (!m) throw new AppError('INSIGHTS_PERIOD_INVALID');
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The month of an ISO day or instant ('YYYY-MM-DD…' → 'YYYY-MM'). */
export const monthOf = (isoDay: string) => isoDay.slice(0, 7);

/**
 * The period asked for, checked: both months well-formed, the end not before the start, at most
 * five years. Without months: the twelve months up to and including the current one.
 */
export function resolvePeriod(today: string, from?: string, to?: string): Period {
  const end = to ?? monthOf(today);
  const start = from ?? fromIndex(index(end) - 11);
  const [a, b] = [index(start), index(end)];
  if (b < a) throw new AppError('INSIGHTS_PERIOD_END_BEFORE_START');
  if (b - a + 1 > MAX_PERIOD_MONTHS) throw new AppError('INSIGHTS_PERIOD_TOO_LONG', { maxMonths: MAX_PERIOD_MONTHS });
  return { from: start, to: end };
}

/** Every month of the period as 'YYYY-MM-01' (the facts' month column). */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  for (let i = index(period.from); i <= index(period.to); i++) out.push(`${fromIndex(i)}-01`);
  return out;
}

export function trendBuckets(period: Period, size: BucketSize): TrendBucket[] {
  const months = monthsOf(period);
  if (size === 'month') return months.map((m) => ({ key: m.slice(0, 7), months: [m], partial: false }));
  const buckets = new Map<string, string[]>();
  for (const m of months) {
    const key = `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;
    buckets.set(key, [...(buckets.get(key) ?? []), m]);
  }
  return [...buckets].map(([key, ms]) => ({ key, months: ms, partial: ms.length < 3 }));
}

/** The first day of the period and the first day after it, as 'YYYY-MM-DD'. */
export function periodDays(period: Period): { start: string; endExclusive: string } {
  return { start: `${period.from}-01`, endExclusive: `${fromIndex(index(period.to) + 1)}-01` };
}
