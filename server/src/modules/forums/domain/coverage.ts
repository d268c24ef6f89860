/**
 * The coverage report (issue 9, point 6; report 004, appendix 1): for a period, the deviations and
 * proposals a body received, by theme and state, the time to an outcome, and the share of the
 * deviations that a published recommendation answers. The counting happens in SQL (coverage.ts);
 * this file holds the period rules and the shape of the answer.
 */

export interface Period {
  /** 'YYYY-MM-DD', inclusive */
  from: string;
  /** 'YYYY-MM-DD', inclusive */
  to: string;
}

const MAX_YEARS = 10;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period asked for; without dates, this year so far (the annual report's question). Null when
 * the dates are not dates, from comes after to, or the period is longer than ten years.
 */
export function resolvePeriod(today: string, from?: string, to?: string): Period | null {
  const period = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
  if (!ISO_DATE.test(period.from) || !ISO_DATE.test(period.to)) return null;
  if (Number.isNaN(Date.parse(period.from)) || Number.isNaN(Date.parse(period.to))) return null;
  if (period.from > period.to) return null;
  const years = Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4));
  if (years > MAX_YEARS || (years === MAX_YEARS && period.to.slice(5) > period.from.slice(5))) return null;
  return period;
}

export type SubmissionKind = 'deviation' | 'proposal';

/** Counted in SQL: one row per kind × theme (null: no theme) × status. */
export interface CountRow {
  kind: SubmissionKind;
  theme: string | null;
  status: string;
  count: number;
}

export interface CoverageFacts {
  rows: readonly CountRow[];
  /** Received submissions that got an outcome: how many, and the median days from in to outcome. */
  outcome: { count: number; medianDays: number | null };
  deviations: { total: number; covered: number };
}

export interface CoverageReport {
  period: Period;
  received: { total: number; deviation: number; proposal: number };
  byTheme: Array<{ theme: string; deviation: number; proposal: number; total: number }>;
  byStatus: Array<{ status: string; deviation: number; proposal: number; total: number }>;
  timeToOutcome: { count: number; medianDays: number | null };
  deviationsCovered: { covered: number; total: number; percent: number | null };
}

/** A theme row for cases without a theme, so every case is counted once in the theme table. */
export const NO_THEME = 'none';

function tally<K extends string>(rows: readonly CountRow[], keyOf: (row: CountRow) => K) {
  const sums = new Map<K, { deviation: number; proposal: number; total: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key) ?? { deviation: 0, proposal: 0, total: 0 };
    sum[row.kind] += row.count;
    sum.total += row.count;
    sums.set(key, sum);
  }
  return [...sums.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
}

/**
 * The report from the counted rows. The rows are per theme, so a case with two themes appears in
 * two theme rows; `received` and `byStatus` therefore count from the theme-less `totals` rows.
 */
export function coverageReport(period: Period, facts: CoverageFacts & { totals: readonly CountRow[] }): CoverageReport {
  const received = { total: 0, deviation: 0, proposal: 0 };
  for (const row of facts.totals) {
    received[row.kind] += row.count;
    received.total += row.count;
  }
  const { total, covered } = facts.deviations;
  return {
    period,
    received,
    byTheme: tally(facts.rows, (r) => r.theme ?? NO_THEME).map(([theme, sum]) => ({ theme, ...sum })),
    byStatus: tally(facts.totals, (r) => r.status).map(([status, sum]) => ({ status, ...sum })),
    timeToOutcome: facts.outcome,
    // Report 004's measure: what share of the deviations a published recommendation answers.
    deviationsCovered: { covered, total, percent: total === 0 ? null : Math.round((covered / total) * 1000) / 10 },
  };
}
