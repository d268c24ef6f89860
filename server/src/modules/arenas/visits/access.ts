/**
 * Who works on a visit round: the organiser, NAV staff of the office running it, whoever is named
 * to go on one of its visits, and admins. NAV staff (and admins) set rounds up. GP offices are
 * organisations, not patients: a round holds no citizen's data, only staff names and notes.
 */
import type { Selectable } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import type { ArenaVisitOfficeTable, ArenaVisitRoundTable } from '../../../platform/db/schema-arena-outreach.js';
import { AppError } from '../../../platform/errors.js';
import { isNav, type Executor } from './outreach-access.js';

export type RoundRow = Selectable<ArenaVisitRoundTable>;
export type VisitOfficeRow = Selectable<ArenaVisitOfficeTable>;

export function requireRoundCreator(actor: Actor): void {
  if (!isNav(actor) && actor.role !== 'admin') throw new AppError('ARENA_VISIT_NOT_ALLOWED');
}

export async function loadRound(db: Executor, roundId: string): Promise<RoundRow> {
  const round = await db.selectFrom('arena_visit_round').where('id', '=', roundId).selectAll().executeTakeFirst();
  if (!round) throw new AppError('ARENA_VISIT_ROUND_NOT_FOUND');
  return round;
}

/** The office row, locked for the rest of the transaction when `lock` is set (two advisers, one office). */
export async function loadVisitOffice(db: Executor, visitOfficeId: string, lock = false): Promise<VisitOfficeRow> {
  let query = db.selectFrom('arena_visit_office').where('id', '=', visitOfficeId).selectAll();
  if (lock) query = query.forUpdate();
  const office = await query.executeTakeFirst();
  if (!office) throw new AppError('ARENA_VISIT_OFFICE_NOT_FOUND');
  return office;
}

/** Whether the actor works on this round (see the file's comment). */
export async function worksOnRound(db: Executor, actor: Actor, round: RoundRow): Promise<boolean> {
  if (actor.role === 'admin' || round.organiser_user_id === actor.userId) return true;
  if (isNav(actor) && actor.organisationId !== null && actor.organisationId === round.host_organisation_id) return true;
  const named = await db
    .selectFrom('arena_visit_participant as p')
    .innerJoin('arena_visit_office as o', 'o.id', 'p.visit_office_id')
    .where('o.round_id', '=', round.id)
    .where('p.user_id', '=', actor.userId)
    .select('o.id')
    .executeTakeFirst();
  return named !== undefined;
}

export async function requireRoundWorker(db: Executor, actor: Actor, round: RoundRow): Promise<void> {
  if (!(await worksOnRound(db, actor, round))) throw new AppError('ARENA_VISIT_NOT_ALLOWED');
}

/** A round still under way: a closed round is read-only. */
export function requireRoundActive(round: RoundRow): void {
  if (round.status !== 'active') throw new AppError('ARENA_VISIT_ROUND_CLOSED');
}
