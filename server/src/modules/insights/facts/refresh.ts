/**
 * Keeps the KPI facts fresh (docs/adr/0008-insights.md, Freshness): a run finds the (month, NAV
 * office) groups whose source rows changed since the watermark, recomputes each such group whole
 * from its source rows, and replaces the group's fact rows — all in one transaction, so a
 * dashboard sees the facts before the run or after it, never half. The state row is claimed with
 * FOR UPDATE SKIP LOCKED: with several app instances, one refreshes and the others skip the round.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { foldBy } from '../domain/tally.js';
import { FAMILIES, type Family, type OfficeContribution } from './families.js';

/**
 * The next run looks this far behind this run's start: a row written (with its timestamp) just
 * before the run but committed after the run read the table is still seen next time.
 */
export const WATERMARK_OVERLAP_MS = 2 * 60_000;

export interface RefreshResult {
  groups: number;
  durationMs: number;
  refreshedAt: Date;
  full: boolean;
}

async function officeMunicipalities(tx: Transaction<Database>, officeIds: readonly string[]): Promise<Map<string, string>> {
  if (officeIds.length === 0) return new Map();
  const rows = await tx.selectFrom('organisation').where('id', 'in', [...officeIds]).select(['id', 'municipality_number']).execute();
  return new Map(rows.map((r) => [r.id, r.municipality_number ?? '']));
}

async function writeGroup(tx: Transaction<Database>, family: Family, month: string, officeIds: string[], contributions: OfficeContribution[], municipality: Map<string, string>) {
  const metrics = [...family.metrics];
  await tx.deleteFrom('insights_office_month').where('metric', 'in', metrics).where('month', '=', month).where('nav_office_id', 'in', officeIds).execute();
  await tx.deleteFrom('insights_gp_month').where('metric', 'in', metrics).where('month', '=', month).where('nav_office_id', 'in', officeIds).execute();
  const sep = '\u0000';
  const office = foldBy(contributions, (c) => (c.gpPersonId ? null : [c.metric, (c as OfficeContribution).officeId].join(sep)));
  const gp = foldBy(contributions, (c) => (c.gpPersonId ? [c.metric, (c as OfficeContribution).officeId, c.gpPersonId].join(sep) : null));
  const officeRows = [...office].map(([key, t]) => {
    const [metric, officeId] = key.split(sep) as [string, string];
    return { metric, month, nav_office_id: officeId, municipality_number: municipality.get(officeId) ?? '', n: t.n, hits: t.hits, hist: t.hist };
  });
  const gpRows = [...gp].map(([key, t]) => {
    const [metric, officeId, gpPersonId] = key.split(sep) as [string, string, string];
    return { metric, month, nav_office_id: officeId, gp_person_id: gpPersonId, municipality_number: municipality.get(officeId) ?? '', n: t.n, hits: t.hits, hist: t.hist };
  });
  for (let i = 0; i < officeRows.length; i += 1000) await tx.insertInto('insights_office_month').values(officeRows.slice(i, i + 1000)).execute();
  for (let i = 0; i < gpRows.length; i += 1000) await tx.insertInto('insights_gp_month').values(gpRows.slice(i, i + 1000)).execute();
}

/** The changed groups of one family, recomputed month by month (a month's offices in one read). */
async function refreshFamily(tx: Transaction<Database>, family: Family, since: Date | null, now: Date): Promise<number> {
  const groups = await family.changedGroups(tx, since, now);
  const byMonth = new Map<string, Set<string>>();
  for (const g of groups) byMonth.set(g.month, (byMonth.get(g.month) ?? new Set()).add(g.officeId));
  for (const [month, offices] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
    const officeIds = [...offices];
    const contributions = await family.contributions(tx, month, officeIds, now);
    await writeGroup(tx, family, month, officeIds, contributions, await officeMunicipalities(tx, officeIds));
  }
  return groups.length;
}

/**
 * One run: incremental from the stored watermark, or `full` (every group, as after a change of
 * rules). Returns null when another instance holds the state row (its run covers this one).
 */
export async function refreshFacts(db: Kysely<Database>, now: Date, options: { full?: boolean } = {}): Promise<RefreshResult | null> {
  return db.transaction().execute((tx) => refreshFactsIn(tx, now, options));
}

/** The same inside the caller's transaction (the demo seed runs it in its own). */
export async function refreshFactsIn(tx: Transaction<Database>, now: Date, options: { full?: boolean } = {}): Promise<RefreshResult | null> {
  const started = performance.now();
  const state = await sql<{ watermark: Date | null }>`select watermark from insights_refresh_state where id = 1 for update skip locked`.execute(tx);
  const row = state.rows[0];
  if (!row) return null;
  const full = options.full === true || row.watermark === null;
  const since = full ? null : new Date(row.watermark!);
  let groups = 0;
  for (const family of FAMILIES) groups += await refreshFamily(tx, family, since, now);
  const durationMs = Math.round(performance.now() - started);
  await tx
    .updateTable('insights_refresh_state')
    .set({ watermark: new Date(now.getTime() - WATERMARK_OVERLAP_MS), refreshed_at: now, last_groups: groups, last_duration_ms: durationMs })
    .where('id', '=', 1)
    .execute();
  return { groups, durationMs, refreshedAt: now, full };
}

/** When the facts were last brought up to date (null: never yet). */
export async function factsAsOf(db: Kysely<Database>): Promise<Date | null> {
  const row = await db.selectFrom('insights_refresh_state').where('id', '=', 1).select('refreshed_at').executeTakeFirst();
  return row?.refreshed_at ? new Date(row.refreshed_at) : null;
}
