/**
 * The demo's KPI facts (issue 12): computed from the demo's own cases, messages and meetings as
 * the last step of seeding, so the dashboards show figures at once instead of after the first
 * periodic refresh. No figure is made up: they are what the demo data gives (mostly "<5" cells,
 * the demo being small).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { refreshFactsIn } from '../modules/insights/facts/refresh.js';

export async function seedDemoInsights(tx: Transaction<Database>, now: Date): Promise<void> {
  await refreshFactsIn(tx, now, { full: true });
}
