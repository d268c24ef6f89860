/**
 * The coverage report's SQL (issue 9, point 6): everything is counted in the database and comes
 * back as a few dozen rows; no name or free text leaves this file. The period is the cases
 * received in it (Oslo calendar days, inclusive) and what became of them.
 */
import { TZDate } from '@date-fns/tz';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.js';
import { AppError } from '../../platform/errors.js';
import { requireBodyMember, type Db, type Executor, type ForumCtx } from './access.js';
import { coverageReport, resolvePeriod, type CountRow, type CoverageReport, type Period } from './domain/coverage.js';
import { FORUM_AUDIT_PURPOSE } from './meetings/load.js';
import { osloDate } from '../../platform/oslo-date.js';

/** The instant a day starts in Norway. */
export function osloMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 'Europe/Oslo').getTime());
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Counts for one body and period: per kind × status, per kind × theme × status, time to outcome, coverage. */
export async function coverageFacts(db: Executor, bodyId: string, period: Period) {
  const from = osloMidnight(period.from);
  const to = osloMidnight(nextDay(period.to));
  const inPeriod = sql`s.body_id = ${bodyId} and s.created_at >= ${from} and s.created_at < ${to}`;
  const [totals, rows, outcome, deviations] = await Promise.all([
    sql<CountRow>`select s.kind, null as theme, s.status, count(*)::int as count from forum_submission s where ${inPeriod} group by s.kind, s.status`.execute(db),
    sql<CountRow>`
      select s.kind, t.theme, s.status, count(*)::int as count
      from forum_submission s left join lateral unnest(s.themes) as t(theme) on true
      where ${inPeriod} group by s.kind, t.theme, s.status`.execute(db),
    sql<{ count: number; median: number | null }>`
      select count(*)::int as count,
             percentile_cont(0.5) within group (order by extract(epoch from s.outcome_at - s.created_at) / 86400) as median
      from forum_submission s where ${inPeriod} and s.outcome_at is not null`.execute(db),
    // A merged duplicate is counted through the case it was merged into, not twice.
    sql<{ total: number; covered: number }>`
      select count(*)::int as total,
             count(*) filter (where exists (
               select 1 from forum_recommendation_case rc join forum_recommendation r on r.id = rc.recommendation_id
               where rc.submission_id = s.id and r.status = 'published'))::int as covered
      from forum_submission s where ${inPeriod} and s.kind = 'deviation' and s.status <> 'merged'`.execute(db),
  ]);
  const median = outcome.rows[0]?.median;
  return {
    totals: totals.rows,
    rows: rows.rows,
    outcome: { count: outcome.rows[0]?.count ?? 0, medianDays: median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10 },
    deviations: { total: deviations.rows[0]?.total ?? 0, covered: deviations.rows[0]?.covered ?? 0 },
  };
}

/** The report for the members of the body; without dates, this year so far. */
export async function readCoverage(db: Db, ctx: ForumCtx, bodyId: string, query: { from?: string; to?: string }): Promise<CoverageReport> {
  await requireBodyMember(db, ctx, bodyId);
  const period = resolvePeriod(osloDate(ctx.clock.now()), query.from, query.to);
  if (!period) throw new AppError('FORUM_PERIOD_INVALID', { field: 'from' });
  const report = coverageReport(period, await coverageFacts(db, bodyId, period));
  await recordAudit(db, ctx, { action: 'read', objectType: 'forum_coverage', objectId: bodyId, purpose: FORUM_AUDIT_PURPOSE, detail: { ...period } });
  return report;
}
