import { AppError } from '../../../platform/errors.js';
import { auditArena, requireManager, requireNotCancelled, type ArenaCtx, type ArenaRow, type Db, type Executor, type Tx } from '../access.js';
import { iso, userNames } from '../core/view.js';
import { allTables, checkPlan, mixedTables, movePerson, planTables, type PlanPerson, type PlanTable } from '../domain/table-plan.js';

/**
 * A course's table plan: computed from the signed-up participants (domain/table-plan.ts), stored,
 * adjusted by hand one person at a time, and shown with what is wrong with it now (a table
 * without a GP, someone new not seated …).
 */
interface Seated extends PlanPerson {
  name: string;
  organisationName: string | null;
}

async function coursePeople(db: Executor, arenaId: string): Promise<Seated[]> {
  const rows = await db
    .selectFrom('arena_participant as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .where('p.arena_id', '=', arenaId)
    .where('p.part', '=', 'participant')
    .where('p.status', '=', 'signed_up')
    .select(['p.id', 'p.user_id', 'p.municipality_number', 'p.is_gp', 'p.is_nav', 'o.name as organisation_name'])
    .execute();
  const names = await userNames(db, rows.map((r) => r.user_id));
  return rows.map((r) => ({ id: r.id, municipality: r.municipality_number, isGp: r.is_gp, isNav: r.is_nav, name: names.get(r.user_id)?.name ?? '—', organisationName: r.organisation_name }));
}

function requireCourse(arena: ArenaRow): void {
  if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
  requireNotCancelled(arena);
}

async function storeSeats(tx: Tx, arenaId: string, tables: readonly PlanTable[]): Promise<void> {
  await tx.deleteFrom('arena_table_seat').where('arena_id', '=', arenaId).execute();
  const seats = tables.flatMap((t) => t.personIds.map((participant_id) => ({ arena_id: arenaId, participant_id, table_number: t.number })));
  for (let i = 0; i < seats.length; i += 500) await tx.insertInto('arena_table_seat').values(seats.slice(i, i + 500)).execute();
}

export async function computeTablePlan(db: Db, ctx: ArenaCtx, arenaId: string, layout: { tableCount: number; seatsPerTable: number }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, ctx, arenaId, true);
    requireCourse(arena);
    const people = await coursePeople(tx, arena.id);
    const plan = planTables(people, layout.tableCount, layout.seatsPerTable);
    if (!plan.ok) throw new AppError(plan.code, { people: plan.people, seats: plan.seats });
    const now = ctx.clock.now();
    const values = { table_count: layout.tableCount, seats_per_table: layout.seatsPerTable, computed_at: now, updated_at: now, updated_by: ctx.actor.userId };
    await tx.insertInto('arena_table_plan').values({ arena_id: arena.id, ...values }).onConflict((oc) => oc.column('arena_id').doUpdateSet(values)).execute();
    await storeSeats(tx, arena.id, plan.tables);
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_table_plan', objectId: arena.id, detail: { people: people.length, tables: plan.tables.length } });
  });
}

export async function moveInPlan(db: Db, ctx: ArenaCtx, arenaId: string, move: { participantId: string; tableNumber: number }): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, ctx, arenaId, true);
    requireCourse(arena);
    const plan = await tx.selectFrom('arena_table_plan').where('arena_id', '=', arena.id).selectAll().executeTakeFirst();
    if (!plan) throw new AppError('ARENA_TABLE_PLAN_MISSING');
    const people = await coursePeople(tx, arena.id);
    if (!people.some((p) => p.id === move.participantId)) throw new AppError('ARENA_NOT_SIGNED_UP', { participantIds: [move.participantId] });
    const moved = movePerson(await seatsOf(tx, arena.id), move.participantId, move.tableNumber, plan.table_count, plan.seats_per_table);
    if (!moved.ok) throw new AppError(moved.code, { tableNumber: move.tableNumber });
    await storeSeats(tx, arena.id, moved.tables);
    await tx.updateTable('arena_table_plan').set({ updated_at: ctx.clock.now(), updated_by: ctx.actor.userId }).where('arena_id', '=', arena.id).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_table_plan', objectId: arena.id, detail: { moved: move.participantId, to: move.tableNumber } });
  });
}

async function seatsOf(db: Executor, arenaId: string): Promise<PlanTable[]> {
  const seats = await db.selectFrom('arena_table_seat').where('arena_id', '=', arenaId).select(['participant_id', 'table_number']).orderBy('table_number').execute();
  const byTable = new Map<number, string[]>();
  for (const s of seats) byTable.set(s.table_number, [...(byTable.get(s.table_number) ?? []), s.participant_id]);
  return [...byTable.entries()].map(([number, personIds]) => ({ number, personIds }));
}

export async function readTablePlan(db: Db, ctx: ArenaCtx, arenaId: string) {
  const { arena } = await requireManager(db, ctx, arenaId);
  if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
  const plan = await db.selectFrom('arena_table_plan').where('arena_id', '=', arena.id).selectAll().executeTakeFirst();
  if (!plan) throw new AppError('ARENA_TABLE_PLAN_MISSING');
  const [people, seats] = await Promise.all([coursePeople(db, arena.id), seatsOf(db, arena.id)]);
  const byId = new Map(people.map((p) => [p.id, p]));
  // Every table, empty ones too: a person can be moved to one.
  const tables = allTables(seats, plan.table_count);
  const seated = new Set(seats.flatMap((t) => t.personIds));
  const view = (p: Seated) => ({ participantId: p.id, name: p.name, organisationName: p.organisationName, municipalityNumber: p.municipality, isGp: p.isGp, isNav: p.isNav });
  const warnings = checkPlan(seats, people, plan.seats_per_table).map((w) => ('personId' in w ? { kind: w.kind, participantId: w.personId } : w));
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_table_plan', objectId: arena.id, detail: { people: people.length } });
  return {
    tableCount: plan.table_count,
    seatsPerTable: plan.seats_per_table,
    computedAt: iso(plan.computed_at)!,
    updatedAt: iso(plan.updated_at)!,
    tables: tables.map((t) => ({ number: t.number, people: t.personIds.map((id) => byId.get(id)).filter((p): p is Seated => p !== undefined).map(view) })),
    unseated: people.filter((p) => !seated.has(p.id)).map(view),
    warnings,
    mixedTables: mixedTables(seats, people),
  };
}
