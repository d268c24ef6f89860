/**
 * Visit rounds (issue 10 point 3): a round covers every GP office of an area (municipality
 * numbers) found in the directory, each starting "not contacted". Listing and reading a round
 * give the coverage summary per municipality beside the list of offices.
 */
import { sql } from 'kysely';
import type { VisitFormat } from '../../../platform/db/schema-arena-outreach.js';
import { AppError } from '../../../platform/errors.js';
import { loadRound, requireRoundCreator, requireRoundWorker, worksOnRound, type RoundRow } from './access.js';
import { coverageSummary } from './domain/coverage.js';
import { boundsValid, DEFAULT_LENGTH_BOUNDS } from './domain/pipeline.js';
import { auditArena, isNav, userSummaries, type Db, type Executor, type OutreachCtx } from './outreach-access.js';
import { officeViews } from './office-view.js';

export interface RoundInput {
  title: string;
  description?: string;
  municipalityNumbers: string[];
  hostOrganisationId?: string | null;
  minMinutes?: number;
  maxMinutes?: number;
  defaultFormat?: VisitFormat;
}

async function hostFor(db: Db, ctx: OutreachCtx, requested: string | null | undefined): Promise<string | null> {
  const id = requested ?? (isNav(ctx.actor) ? ctx.actor.organisationId : null);
  if (!id) return null;
  const org = await db.selectFrom('organisation').where('id', '=', id).select(['kind']).executeTakeFirst();
  if (!org || org.kind !== 'nav_office') throw new AppError('ARENA_VISIT_HOST_INVALID');
  return id;
}

/** Sets a round up with every active GP office of the area, all "not contacted", in one transaction. */
export async function createRound(db: Db, ctx: OutreachCtx, input: RoundInput): Promise<{ id: string; offices: number }> {
  requireRoundCreator(ctx.actor);
  const bounds = { minMinutes: input.minMinutes ?? DEFAULT_LENGTH_BOUNDS.minMinutes, maxMinutes: input.maxMinutes ?? DEFAULT_LENGTH_BOUNDS.maxMinutes };
  if (!boundsValid(bounds)) throw new AppError('ARENA_VISIT_BOUNDS_INVALID', bounds);
  const numbers = [...new Set(input.municipalityNumbers)].sort();
  const host = await hostFor(db, ctx, input.hostOrganisationId);
  const offices = await db
    .selectFrom('organisation')
    .where('kind', '=', 'gp_office')
    .where('active', '=', true)
    .where('municipality_number', 'in', numbers)
    .select(['id', 'municipality_number'])
    .execute();
  if (offices.length === 0) throw new AppError('ARENA_VISIT_AREA_EMPTY', { municipalityNumbers: numbers });
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const round = await tx
      .insertInto('arena_visit_round')
      .values({
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        organiser_user_id: ctx.actor.userId,
        host_organisation_id: host,
        municipality_numbers: numbers,
        min_minutes: bounds.minMinutes,
        max_minutes: bounds.maxMinutes,
        default_format: input.defaultFormat ?? 'lunch',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('arena_visit_office')
      .values(offices.map((o) => ({ round_id: round.id, organisation_id: o.id, municipality_number: o.municipality_number!, updated_at: now })))
      .execute();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_visit_round', objectId: round.id, detail: { offices: offices.length } });
    return { id: round.id, offices: offices.length };
  });
}

/** Rounds the actor works on (admins: all), newest first, each with its total coverage. */
export async function listRounds(db: Db, ctx: OutreachCtx) {
  const { actor } = ctx;
  let query = db.selectFrom('arena_visit_round as r').selectAll('r').orderBy('r.created_at', 'desc');
  if (actor.role !== 'admin') {
    query = query.where((eb) =>
      eb.or([
        eb('r.organiser_user_id', '=', actor.userId),
        ...(isNav(actor) && actor.organisationId ? [eb('r.host_organisation_id', '=', actor.organisationId)] : []),
        eb.exists(
          eb
            .selectFrom('arena_visit_participant as p')
            .innerJoin('arena_visit_office as o', 'o.id', 'p.visit_office_id')
            .whereRef('o.round_id', '=', 'r.id')
            .where('p.user_id', '=', actor.userId)
            .select(sql.lit(1).as('one')),
        ),
      ]),
    );
  }
  const rounds = await query.execute();
  const stages = rounds.length === 0 ? [] : await db.selectFrom('arena_visit_office').where('round_id', 'in', rounds.map((r) => r.id)).select(['round_id', 'municipality_number', 'stage']).execute();
  const hosts = await hostNames(db, rounds);
  await auditArena(db, ctx, { action: 'list', objectType: 'arena_visit_round', detail: { rows: rounds.length } });
  return rounds.map((r) => ({
    ...roundHeader(r, hosts),
    total: coverageSummary(stages.filter((s) => s.round_id === r.id).map((s) => ({ municipalityNumber: s.municipality_number, municipalityName: null, stage: s.stage }))).total,
  }));
}

async function hostNames(db: Executor, rounds: RoundRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rounds.map((r) => r.host_organisation_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').where('id', 'in', ids).select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

function roundHeader(r: RoundRow, hosts: Map<string, string>) {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    status: r.status,
    municipalityNumbers: r.municipality_numbers,
    hostOrganisation: r.host_organisation_id ? { id: r.host_organisation_id, name: hosts.get(r.host_organisation_id) ?? '' } : null,
    organiserUserId: r.organiser_user_id,
    minMinutes: r.min_minutes,
    maxMinutes: r.max_minutes,
    defaultFormat: r.default_format,
    createdAt: r.created_at.toISOString(),
  };
}

/** The coverage of one round: per municipality and in total. */
export async function roundCoverage(db: Executor, roundId: string) {
  const rows = await db
    .selectFrom('arena_visit_office as v')
    .innerJoin('organisation as o', 'o.id', 'v.organisation_id')
    .where('v.round_id', '=', roundId)
    .select(['v.municipality_number', 'o.municipality_name', 'v.stage'])
    .execute();
  return coverageSummary(rows.map((r) => ({ municipalityNumber: r.municipality_number, municipalityName: r.municipality_name, stage: r.stage })));
}

/** One round as its workers see it: header, coverage, and every office with its visit. */
export async function readRound(db: Db, ctx: OutreachCtx, roundId: string) {
  const round = await loadRound(db, roundId);
  await requireRoundWorker(db, ctx.actor, round);
  const [coverage, offices, hosts, organiser] = await Promise.all([
    roundCoverage(db, roundId),
    officeViews(db, { roundId }, round, ctx.clock.now()),
    hostNames(db, [round]),
    userSummaries(db, [round.organiser_user_id]),
  ]);
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_visit_round', objectId: roundId });
  return {
    ...roundHeader(round, hosts),
    organiser: organiser.get(round.organiser_user_id) ?? null,
    canManage: await worksOnRound(db, ctx.actor, round),
    coverage,
    offices,
  };
}

/** Closes a round (read-only from then on) or opens it again: the organiser or an admin. */
export async function setRoundStatus(db: Db, ctx: OutreachCtx, roundId: string, status: 'active' | 'closed') {
  const round = await loadRound(db, roundId);
  if (ctx.actor.role !== 'admin' && round.organiser_user_id !== ctx.actor.userId) throw new AppError('ARENA_VISIT_NOT_ALLOWED');
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('arena_visit_round').set({ status, updated_at: ctx.clock.now() }).where('id', '=', roundId).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_visit_round', objectId: roundId, detail: { status } });
  });
  return { id: roundId, status };
}
