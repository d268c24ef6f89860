/**
 * A GP's own figures (issue 12 point 4): their reply times, answers by the deadline, their
 * patients' milestones on time and their meeting attendance, beside the spread (quartiles) of the
 * GPs in their area — the municipality of their GP office. Another GP's figures are never shown,
 * only the spread, and only when at least five GPs make it up.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { osloDate } from '../../platform/oslo-date.js';
import type { Scope } from './access.js';
import { gpFigure, type GpFigure } from './domain/gp-comparison.js';
import { GP_KPIS } from './domain/kpis.js';
import { resolvePeriod, type Period } from './domain/period.js';
import { emptyTally } from './domain/tally.js';
import { factsAsOf } from './facts/refresh.js';
import { gpTallies } from './tallies.js';

export interface GpFigures {
  period: Period;
  area: { number: string; name: string } | null;
  asOf: string | null;
  figures: GpFigure[];
}

type Ctx = AuditContext & { actor: Actor };

export async function readGpFigures(db: Kysely<Database>, ctx: Ctx, query: { from?: string; to?: string }, format: 'json' | 'csv'): Promise<GpFigures> {
  const { actor } = ctx;
  if (actor.role !== 'gp' || !actor.personId) throw new AppError('INSIGHTS_GP_ONLY');
  const period = resolvePeriod(osloDate(ctx.clock.now()), query.from, query.to);
  const office = actor.organisationId
    ? await db.selectFrom('organisation').where('id', '=', actor.organisationId).select(['municipality_number', 'municipality_name']).executeTakeFirst()
    : undefined;
  const area = office?.municipality_number ? { number: office.municipality_number, name: office.municipality_name ?? office.municipality_number } : null;
  const metrics = GP_KPIS.map((k) => k.metric);
  const own = await gpTallies(db, metrics, { kind: 'national', key: '', name: '' }, period, actor.personId);
  const areaScope: Scope | null = area ? { kind: 'municipality', key: area.number, name: area.name } : null;
  const spread = areaScope ? await gpTallies(db, metrics, areaScope, period) : new Map();
  const figures = GP_KPIS.map((k) => gpFigure(k, own.get(k.metric)?.get(actor.personId!) ?? emptyTally(), spread.get(k.metric) ?? new Map()));
  await recordAudit(db, ctx, {
    action: 'read',
    objectType: 'insights_gp_figures',
    objectId: actor.personId,
    purpose: 'insights_statistics',
    detail: { format, area: area?.number ?? null, from: period.from, to: period.to },
  });
  const asOf = await factsAsOf(db);
  return { period, area, asOf: asOf ? asOf.toISOString() : null, figures };
}
