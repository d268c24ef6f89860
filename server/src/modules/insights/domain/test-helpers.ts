/** Shared by the KPI unit tests: contributions through the dashboard builder to one KPI's figures. */
import { buildKpi, type KpiResult } from './dashboard.js';
import { KPIS, GP_KPIS } from './kpis.js';
import { trendBuckets } from './period.js';
import { byMetricAndMonth, type Contribution } from './tally.js';

export function kpiFrom(key: string, contributions: readonly Contribution[], period = { from: '2025-01', to: '2025-03' }): KpiResult {
  const kpi = [...KPIS, ...GP_KPIS].find((k) => k.key === key);
  if (!kpi) throw new Error(`no KPI ${key}`);
  return buildKpi(kpi, { kpis: [kpi], buckets: trendBuckets(period, 'month'), monthly: byMetricAndMonth(contributions) });
}

/** An instant in Oslo winter time (UTC+1): day 'YYYY-MM-DD' at hour h local. */
export const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 1).padStart(2, '0')}:00:00Z`);
export const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
