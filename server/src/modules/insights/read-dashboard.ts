/**
 * Reading a KPI dashboard (issue 12 points 1–3): the period checked, the scope known and allowed,
 * the figures from the facts (or live), small cells hidden, and the read audited — no person is
 * shown, but who looked at which area's figures is recorded. The same question within a few
 * seconds is answered once (the answer cache); access and audit happen on every request.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import type { AnswerCache } from '../../platform/cache/answer-cache.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { osloDate } from '../../platform/oslo-date.js';
import { SMALL_CELL_LIMIT } from '../teams/domain/evaluation-suppression.js';
import { resolveScope, type Scope, type ScopeKind } from './access.js';
import { buildKpis, type KpiResult, type RollingTallies } from './domain/dashboard.js';
import { kpisOf, type DashboardKey } from './domain/kpis.js';
import { resolvePeriod, trendBuckets, type BucketSize, type Period } from './domain/period.js';
import type { MonthlyTallies } from './domain/tally.js';
import { factsAsOf } from './facts/refresh.js';
import { arenaTallies, factTallies, forumTallies, teamTallies } from './tallies.js';

export interface DashboardQuery {
  scope: ScopeKind;
  area?: string;
  from?: string;
  to?: string;
  bucket?: BucketSize;
}

export interface Dashboard {
  dashboard: DashboardKey;
  scope: Scope;
  period: Period;
  bucket: BucketSize;
  /** When the figures were computed: the facts' last refresh, or now for live figures. */
  asOf: string | null;
  source: 'facts' | 'live';
  smallCellLimit: number;
  kpis: KpiResult[];
}

type Ctx = AuditContext & { actor: Actor };

const FACT_DASHBOARDS: ReadonlySet<DashboardKey> = new Set(['dialogue', 'sickleave', 'meetings']);

async function compute(db: Kysely<Database>, dashboard: DashboardKey, scope: Scope, period: Period, bucket: BucketSize, now: Date): Promise<Dashboard> {
  const kpis = kpisOf(dashboard);
  const buckets = trendBuckets(period, bucket);
  let monthly: MonthlyTallies = new Map();
  let rolling: Map<string, RollingTallies> | undefined;
  if (FACT_DASHBOARDS.has(dashboard)) monthly = await factTallies(db, [...new Set(kpis.map((k) => k.metric))], scope, period);
  else if (dashboard === 'forums') monthly = await forumTallies(db, scope, period);
  else if (dashboard === 'teams') monthly = await teamTallies(db, scope, period);
  else rolling = await arenaTallies(db, scope, period, buckets, osloDate(now));
  const fromFacts = FACT_DASHBOARDS.has(dashboard);
  const asOf = fromFacts ? await factsAsOf(db) : now;
  return {
    dashboard,
    scope,
    period,
    bucket,
    asOf: asOf ? asOf.toISOString() : null,
    source: fromFacts ? 'facts' : 'live',
    smallCellLimit: SMALL_CELL_LIMIT,
    kpis: buildKpis({ kpis, buckets, monthly, ...(rolling ? { rolling } : {}) }),
  };
}

export async function readDashboard(db: Kysely<Database>, ctx: Ctx, dashboard: DashboardKey, query: DashboardQuery, format: 'json' | 'csv' | 'print', cache?: AnswerCache<Dashboard>): Promise<Dashboard> {
  const now = ctx.clock.now();
  const period = resolvePeriod(osloDate(now), query.from, query.to);
  const scope = await resolveScope(db, ctx.actor, query.scope, query.area);
  const bucket = query.bucket ?? 'month';
  const key = JSON.stringify([dashboard, scope.kind, scope.key, period.from, period.to, bucket]);
  const load = () => compute(db, dashboard, scope, period, bucket, now);
  const result = cache ? await cache.get(key, load) : await load();
  await recordAudit(db, ctx, {
    action: 'read',
    objectType: 'insights_dashboard',
    objectId: dashboard,
    purpose: 'insights_statistics',
    detail: { format, scope: scope.kind, area: scope.key || null, from: period.from, to: period.to, bucket },
  });
  return result;
}
