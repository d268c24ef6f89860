/**
 * The cases gone through in case slots: the adviser lists sick-leave cases for a slot, only those
 * both they and the GP may see (checked with the sick-leave module's access rule for each of
 * them), notes what was agreed, and may turn one into a dialogue meeting (to-meeting.ts). Every
 * read and write names the person concerned in the audit log.
 */
import type { Selectable } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { decideCitizenAccess } from '../../../platform/access/citizen-access.js';
import { visibleCitizens } from '../../../platform/access/citizen-filter.js';
import { loadCitizenFacts } from '../../../platform/access/citizen-facts.js';
import { authorizeCitizen } from '../../../platform/access/guard.js';
import { recordSubjectSet } from '../../../platform/audit/audit.js';
import type { ArenaCaseSlotCaseTable, CaseSlotCaseStatus } from '../../../platform/db/schema-arena-outreach.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { loadActor } from '../../../platform/session/session-store.js';
import { auditArena, type Db, type Executor, type OutreachCtx } from '../visits/outreach-access.js';
import { gpMaySee, gpUserIdOf, loadCaseSlots, requireSlotAdviser } from './access.js';
import { SLOT_LIMITS } from './domain/slots.js';

export type SlotCaseRow = Selectable<ArenaCaseSlotCaseTable>;
const OPEN_CASE = ['active', 'graded', 'pending', 'fit_for_job_placement'] as const;

async function loadSlotSession(db: Executor, sessionId: string) {
  const session = await db.selectFrom('arena_session').where('id', '=', sessionId).selectAll().executeTakeFirst();
  if (!session) throw new AppError('ARENA_SESSION_NOT_FOUND');
  return session;
}

/** A slot still to come: cases are listed before it, not after it was held, cancelled or passed. */
function requireUpcoming(session: { status: string; starts_at: Date }, now: Date): void {
  if (session.status !== 'planned' || session.starts_at.getTime() <= now.getTime()) throw new AppError('ARENA_CASE_SLOT_CLOSED');
}

export async function loadSlotCase(db: Executor, slotCaseId: string) {
  const row = await db.selectFrom('arena_case_slot_case').where('id', '=', slotCaseId).selectAll().executeTakeFirst();
  if (!row) throw new AppError('ARENA_CASE_SLOT_CASE_NOT_FOUND');
  const session = await loadSlotSession(db, row.session_id);
  const arena = await loadCaseSlots(db, session.arena_id);
  return { row, session, arena };
}

/** Lists a case for a slot: the adviser's own access is checked (and a refusal audited), then the GP's. */
export async function addSlotCase(db: Db, ctx: OutreachCtx, sessionId: string, input: { caseId: string; note?: string }) {
  const session = await loadSlotSession(db, sessionId);
  const arena = await loadCaseSlots(db, session.arena_id);
  requireSlotAdviser(ctx.actor, arena);
  const now = ctx.clock.now();
  requireUpcoming(session, now);
  const sickCase = await db.selectFrom('sick_case').where('id', '=', input.caseId).select(['id', 'citizen_id', 'status']).executeTakeFirst();
  if (!sickCase) throw new AppError('CASE_NOT_FOUND');
  await authorizeCitizen(db, ctx, sickCase.citizen_id, 'citizen.read', 'arena_case_slot');
  if (!(OPEN_CASE as readonly string[]).includes(sickCase.status)) throw new AppError('CASE_CLOSED', { status: sickCase.status });
  if (!(await gpMaySee(db, arena, sickCase.citizen_id))) throw new AppError('ARENA_CASE_SLOT_GP_NO_ACCESS');
  const limit = Number(arena.settings.casesPerSlot ?? SLOT_LIMITS.defaultCasesPerSlot);
  return db.transaction().execute(async (tx) => {
    const listed = await tx.selectFrom('arena_case_slot_case').where('session_id', '=', sessionId).select(['case_id']).forUpdate().execute();
    if (listed.some((l) => l.case_id === sickCase.id)) throw new AppError('ARENA_CASE_SLOT_CASE_DUPLICATE');
    if (listed.length >= limit) throw new AppError('ARENA_CASE_SLOT_FULL', { limit });
    try {
      const row = await tx
        .insertInto('arena_case_slot_case')
        .values({ session_id: sessionId, case_id: sickCase.id, citizen_id: sickCase.citizen_id, note: input.note?.trim() ?? '', added_by: ctx.actor.userId, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditArena(tx, ctx, { action: 'create', objectType: 'arena_case_slot_case', objectId: row.id, citizenId: sickCase.citizen_id, detail: { sessionId, caseId: sickCase.id } });
      return { id: row.id };
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('ARENA_CASE_SLOT_CASE_DUPLICATE');
      throw error;
    }
  });
}

/** The adviser notes what was agreed, or marks the case as gone through. */
export async function updateSlotCase(db: Db, ctx: OutreachCtx, slotCaseId: string, input: { status?: Exclude<CaseSlotCaseStatus, 'to_meeting'>; note?: string }) {
  const { row, arena } = await loadSlotCase(db, slotCaseId);
  requireSlotAdviser(ctx.actor, arena);
  if (row.status === 'to_meeting' && input.status) throw new AppError('ARENA_CASE_SLOT_CASE_STATE');
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('arena_case_slot_case')
      .set({ ...(input.status ? { status: input.status } : {}), ...(input.note !== undefined ? { note: input.note.trim() } : {}), updated_at: ctx.clock.now() })
      .where('id', '=', slotCaseId)
      .execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_case_slot_case', objectId: slotCaseId, citizenId: row.citizen_id });
  });
  return { id: slotCaseId };
}

/** Takes a case off a slot's list before the slot; one turned into a dialogue meeting stays. */
export async function removeSlotCase(db: Db, ctx: OutreachCtx, slotCaseId: string) {
  const { row, session, arena } = await loadSlotCase(db, slotCaseId);
  requireSlotAdviser(ctx.actor, arena);
  requireUpcoming(session, ctx.clock.now());
  if (row.status === 'to_meeting') throw new AppError('ARENA_CASE_SLOT_CASE_STATE');
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('arena_case_slot_case').where('id', '=', slotCaseId).execute();
    await auditArena(tx, ctx, { action: 'delete', objectType: 'arena_case_slot_case', objectId: slotCaseId, citizenId: row.citizen_id });
  });
}

/** Open cases the adviser could list: those both the adviser and the GP may see (the access filter in the SQL, for each of them). */
export async function candidateCases(db: Db, ctx: OutreachCtx, arenaId: string) {
  const arena = await loadCaseSlots(db, arenaId);
  requireSlotAdviser(ctx.actor, arena);
  const gp = await loadActor(db, gpUserIdOf(arena));
  if (!gp) return [];
  const rows = await db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen', 'citizen.id', 'sc.citizen_id')
    .where('sc.status', 'in', [...OPEN_CASE])
    .where(visibleCitizens(ctx.actor))
    .where(visibleCitizens(gp))
    .select(['sc.id', 'sc.first_day', 'citizen.id as citizen_id', 'citizen.given_name', 'citizen.family_name'])
    .orderBy('citizen.family_name')
    .orderBy('citizen.given_name')
    .limit(200)
    .execute();
  if (rows.length > 0) {
    const subjectSetId = await recordSubjectSet(db, [...new Set(rows.map((r) => r.citizen_id))]);
    await auditArena(db, ctx, { action: 'list', objectType: 'arena_case_slot_candidates', objectId: arenaId, subjectSetId, detail: { rows: rows.length } });
  }
  return rows.map((r) => ({ caseId: r.id, firstDay: r.first_day, citizen: { id: r.citizen_id, name: personName(r.given_name, r.family_name) } }));
}

/** Cases of the slots that this reader may still see (access is decided again on every read). */
export async function slotCasesFor(db: Db, actor: Actor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .selectFrom('arena_case_slot_case as c')
    .innerJoin('citizen', 'citizen.id', 'c.citizen_id')
    .innerJoin('sick_case as sc', 'sc.id', 'c.case_id')
    .where('c.session_id', 'in', [...sessionIds])
    .selectAll('c')
    .select(['citizen.given_name', 'citizen.family_name', 'sc.first_day', 'sc.status as case_status'])
    .orderBy('c.created_at')
    .execute();
  const visible: typeof rows = [];
  for (const row of rows) {
    const facts = await loadCitizenFacts(db, row.citizen_id);
    if (facts && decideCitizenAccess(actor, 'citizen.read', facts).allowed) visible.push(row);
  }
  return visible;
}
