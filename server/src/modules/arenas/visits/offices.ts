/**
 * Work on one office of a visit round: moving it through the pipeline, and its visit's details
 * (format, length, time, who goes, notes). Each change is checked whole before anything is
 * written, then written with its history and audit entry in one transaction, the row locked so
 * two advisers moving the same office cannot both succeed from the same stage.
 */
import type { VisitFormat, VisitStage } from '../../../platform/db/schema-arena-outreach.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { loadRound, loadVisitOffice, requireRoundActive, requireRoundWorker, type RoundRow, type VisitOfficeRow } from './access.js';
import { applyMove, checkMove, lengthWithinBounds } from './domain/pipeline.js';
import { officeViews } from './office-view.js';
import { activeUsers, auditArena, refuse, type Db, type OutreachCtx, type Tx } from './outreach-access.js';

/** Who may be named to go on a visit: advisers, advisory physicians, department heads, and practice consultants. */
const VISITOR_ROLES = new Set(['nav_adviser', 'advisory_physician', 'coordinating_physician', 'nav_manager', 'practice_consultant']);

export interface MoveInput {
  to: VisitStage;
  reason?: string | null;
  visitAt?: string | null;
  note?: string | null;
  /** The version the client saw; a different one means someone else moved the office meanwhile. */
  version?: number;
}

export interface DetailsInput {
  format?: VisitFormat;
  formatNote?: string;
  lengthMinutes?: number | null;
  visitAt?: string | null;
  notes?: string;
  participantUserIds?: string[];
  version?: number;
}

async function officeAndRound(db: Db, ctx: OutreachCtx, visitOfficeId: string) {
  const office = await loadVisitOffice(db, visitOfficeId);
  const round = await loadRound(db, office.round_id);
  await requireRoundWorker(db, ctx.actor, round);
  requireRoundActive(round);
  return { office, round };
}

/** Re-reads the office under lock inside the transaction and checks the client's version against it. */
async function lockedCurrent(tx: Tx, visitOfficeId: string, version: number | undefined): Promise<VisitOfficeRow> {
  const current = await loadVisitOffice(tx, visitOfficeId, true);
  if (version !== undefined && version !== current.version) throw new AppError('ARENA_VISIT_STALE', { version: current.version });
  return current;
}

function parseInstant(value: string | null | undefined, field: string): Date | null {
  if (value === null || value === undefined) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION_FAILED', { field });
  return at;
}

async function view(db: Db | Tx, round: RoundRow, visitOfficeId: string, now: Date) {
  return (await officeViews(db, { visitOfficeId }, round, now))[0]!;
}

/** Moves an office one step in the pipeline (see domain/pipeline.ts for the moves allowed). */
export async function moveOffice(db: Db, ctx: OutreachCtx, visitOfficeId: string, input: MoveInput) {
  const { round } = await officeAndRound(db, ctx, visitOfficeId);
  const now = ctx.clock.now();
  const visitAt = parseInstant(input.visitAt, 'visitAt');
  return db.transaction().execute(async (tx) => {
    const current = await lockedCurrent(tx, visitOfficeId, input.version);
    const state = { stage: current.stage, visitAt: current.visit_at, declineReason: current.decline_reason };
    const move = { to: input.to, reason: input.reason, visitAt };
    const problem = checkMove(state, move, now);
    if (problem) refuse(problem);
    const next = applyMove(state, move);
    await tx
      .updateTable('arena_visit_office')
      .set({ stage: next.stage, visit_at: next.visitAt, decline_reason: next.declineReason, stage_changed_at: now, version: current.version + 1, updated_at: now })
      .where('id', '=', visitOfficeId)
      .execute();
    const note = input.note?.trim() || (next.stage === 'declined' ? next.declineReason : null);
    await tx.insertInto('arena_visit_event').values({ visit_office_id: visitOfficeId, from_stage: current.stage, to_stage: next.stage, note, by_user_id: ctx.actor.userId, at: now }).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_visit_office', objectId: visitOfficeId, detail: { from: current.stage, to: next.stage } });
    return view(tx, round, visitOfficeId, now);
  });
}

async function checkParticipants(db: Db, userIds: readonly string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  const users = await activeUsers(db, unique);
  const bad = unique.find((id) => !users.some((u) => u.id === id && VISITOR_ROLES.has(u.role)));
  if (bad) throw new AppError('ARENA_USER_INVALID', { field: 'participantUserIds', userId: bad });
}

/**
 * Sets the visit's details. The length must keep the round's bounds (30–45 minutes unless the
 * round says otherwise); the time can be changed only while the visit is booked (a new time
 * otherwise comes with the move to "booked").
 */
export async function updateVisitDetails(db: Db, ctx: OutreachCtx, visitOfficeId: string, input: DetailsInput) {
  const { round } = await officeAndRound(db, ctx, visitOfficeId);
  const bounds = { minMinutes: round.min_minutes, maxMinutes: round.max_minutes };
  if (input.lengthMinutes !== undefined && input.lengthMinutes !== null && !lengthWithinBounds(input.lengthMinutes, bounds)) {
    throw new AppError('ARENA_VISIT_LENGTH_INVALID', bounds);
  }
  if (input.participantUserIds) await checkParticipants(db, input.participantUserIds);
  const visitAt = input.visitAt === undefined ? undefined : parseInstant(input.visitAt, 'visitAt');
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const current = await lockedCurrent(tx, visitOfficeId, input.version);
    if (visitAt !== undefined && current.stage !== 'booked') throw new AppError('ARENA_VISIT_STATE', { stage: current.stage, field: 'visitAt' });
    if (visitAt === null) throw new AppError('ARENA_VISIT_TIME_MISSING');
    await tx
      .updateTable('arena_visit_office')
      .set({
        ...(input.format !== undefined ? { format: input.format } : {}),
        ...(input.formatNote !== undefined ? { format_note: input.formatNote.trim() } : {}),
        ...(input.lengthMinutes !== undefined ? { length_minutes: input.lengthMinutes } : {}),
        ...(visitAt ? { visit_at: visitAt } : {}),
        ...(input.notes !== undefined ? { notes: input.notes.trim() } : {}),
        version: current.version + 1,
        updated_at: now,
      })
      .where('id', '=', visitOfficeId)
      .execute();
    if (input.participantUserIds) {
      await tx.deleteFrom('arena_visit_participant').where('visit_office_id', '=', visitOfficeId).execute();
      const ids = [...new Set(input.participantUserIds)];
      if (ids.length > 0) await tx.insertInto('arena_visit_participant').values(ids.map((user_id) => ({ visit_office_id: visitOfficeId, user_id }))).execute();
    }
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_visit_office', objectId: visitOfficeId, detail: { fields: Object.keys(input).filter((k) => k !== 'version') } });
    return view(tx, round, visitOfficeId, now);
  });
}

/** One office with its pipeline history, newest move last. */
export async function readVisitOffice(db: Db, ctx: OutreachCtx, visitOfficeId: string) {
  const office = await loadVisitOffice(db, visitOfficeId);
  const round = await loadRound(db, office.round_id);
  await requireRoundWorker(db, ctx.actor, round);
  const now = ctx.clock.now();
  const events = await db
    .selectFrom('arena_visit_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.by_user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('e.visit_office_id', '=', visitOfficeId)
    .select(['e.id', 'e.from_stage', 'e.to_stage', 'e.note', 'e.at', 'p.given_name', 'p.family_name'])
    .orderBy('e.at')
    .execute();
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_visit_office', objectId: visitOfficeId });
  return {
    ...(await view(db, round, visitOfficeId, now)),
    roundId: round.id,
    history: events.map((e) => ({ id: e.id, from: e.from_stage, to: e.to_stage, note: e.note, at: e.at.toISOString(), by: personName(e.given_name, e.family_name) })),
  };
}
