import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { authorizeCitizen } from '../../../platform/access/guard.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { isForeignKeyViolation } from '../../../platform/db/errors.js';
import { AppError } from '../../../platform/errors.js';
import { refreshCaseDeadlines } from '../deadlines.js';
import type { SickLeaveRules } from '../domain/index.js';

type Db = Kysely<Database>;
type Ctx = AuditContext & { actor: Actor; rules: SickLeaveRules };

/** Events that anyone working on the case may record, and who may record each. */
const EVENT_RECORDERS: Record<string, ReadonlySet<string>> = {
  follow_up_plan_received: new Set(['nav_adviser', 'nav_manager', 'employer', 'gp']),
  dialogue_meeting_1_held: new Set(['nav_adviser', 'nav_manager', 'employer']),
  work_capacity_assessed: new Set(['nav_adviser', 'nav_manager']),
  dialogue_meeting_2_held: new Set(['nav_adviser', 'nav_manager']),
  information_week_39_sent: new Set(['nav_adviser', 'nav_manager']),
};
export const RECORDABLE_EVENTS = Object.keys(EVENT_RECORDERS);

const CASE_OWNERS: ReadonlySet<string> = new Set(['nav_adviser', 'nav_manager']);
const ENDING_DECISIONS: Record<string, 'moved_to_aap' | 'fit_for_job_placement' | 'closed' | undefined> = {
  aap_granted: 'moved_to_aap',
  fit_for_job_placement: 'fit_for_job_placement',
  sick_pay_stopped: 'closed',
};

/**
 * Loads the case and checks the actor's right to it through the access module; returns what the
 * writes need. The advisory physician advises but never owns a case (report 001 L595–605).
 */
async function caseFor(db: Db, ctx: Ctx, caseId: string, roles: ReadonlySet<string>) {
  if (!roles.has(ctx.actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
  const row = await db.selectFrom('sick_case').where('id', '=', caseId).select(['id', 'citizen_id', 'employer_id', 'nav_office_id']).executeTakeFirst();
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const action = ctx.actor.role === 'employer' ? 'citizen.read_employment' : 'citizen.read';
  await authorizeCitizen(db, ctx, row.citizen_id, action, 'sick_case', { employerId: row.employer_id });
  return row;
}

async function write<T>(db: Db, ctx: Ctx, citizenId: string, objectType: string, work: (tx: Transaction<Database>) => Promise<{ id: string } & T>) {
  return db.transaction().execute(async (tx) => {
    const result = await work(tx);
    await recordAudit(tx, ctx, { action: 'create', citizenId, objectType, objectId: result.id, purpose: ctx.actor.role === 'employer' ? 'employer_follow_up' : 'sick_leave_follow_up' });
    return result;
  });
}

export async function recordEvent(db: Db, ctx: Ctx, caseId: string, input: { kind: string; occurredOn: string; detail?: string }) {
  const recorders = EVENT_RECORDERS[input.kind];
  if (!recorders) throw new AppError('VALIDATION_FAILED', { field: 'kind', reason: `one of ${RECORDABLE_EVENTS.join(', ')}` });
  const row = await caseFor(db, ctx, caseId, recorders);
  if (input.occurredOn > ctx.clock.now().toISOString().slice(0, 10)) throw new AppError('VALIDATION_FAILED', { field: 'occurredOn', reason: 'in the future' });
  return write(db, ctx, row.citizen_id, 'case_event', async (tx) => {
    const event = await tx
      .insertInto('case_event')
      .values({ case_id: caseId, kind: input.kind, occurred_on: input.occurredOn, detail: input.detail ?? null, recorded_by: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refreshCaseDeadlines(tx, [caseId], ctx.clock.now(), ctx.rules);
    return event;
  },
  );
}

export async function addMeasure(db: Db, ctx: Ctx, caseId: string, input: { code: string; startsOn: string; endsOn?: string | null }) {
  const row = await caseFor(db, ctx, caseId, CASE_OWNERS);
  if (input.endsOn && input.endsOn < input.startsOn) throw new AppError('PERIOD_INVALID');
  try {
    return await write(db, ctx, row.citizen_id, 'case_measure', (tx) =>
      tx
        .insertInto('case_measure')
        .values({ case_id: caseId, code: input.code, starts_on: input.startsOn, ends_on: input.endsOn ?? null, result: null, recorded_by: ctx.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError('VALIDATION_FAILED', { field: 'code', reason: 'not in the measures catalogue' });
    throw error;
  }
}

export async function updateMeasure(db: Db, ctx: Ctx, measureId: string, input: { endsOn?: string | null; result?: string | null }) {
  const measure = await db.selectFrom('case_measure').where('id', '=', measureId).select(['case_id', 'starts_on']).executeTakeFirst();
  if (!measure) throw new AppError('NOT_FOUND');
  const row = await caseFor(db, ctx, measure.case_id, CASE_OWNERS);
  if (input.endsOn && input.endsOn < measure.starts_on) throw new AppError('PERIOD_INVALID');
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable('case_measure')
      .set({ ...(input.endsOn !== undefined && { ends_on: input.endsOn }), ...(input.result !== undefined && { result: input.result }), updated_at: ctx.clock.now() })
      .where('id', '=', measureId)
      .execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: row.citizen_id, objectType: 'case_measure', objectId: measureId, purpose: 'sick_leave_follow_up' });
    return { id: measureId };
  });
}

export async function recordDecision(db: Db, ctx: Ctx, caseId: string, input: { kind: string; decidedOn: string; effectiveFrom?: string | null; note?: string | null }) {
  const row = await caseFor(db, ctx, caseId, CASE_OWNERS);
  return write(db, ctx, row.citizen_id, 'case_decision', async (tx) => {
    const decision = await tx
      .insertInto('case_decision')
      .values({ case_id: caseId, kind: input.kind, decided_on: input.decidedOn, effective_from: input.effectiveFrom ?? null, note: input.note ?? null, decided_by: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const status = ENDING_DECISIONS[input.kind];
    if (status) {
      const endedOn = status === 'fit_for_job_placement' ? null : (input.effectiveFrom ?? input.decidedOn);
      await tx.updateTable('sick_case').set({ status, ended_on: endedOn, updated_at: ctx.clock.now() }).where('id', '=', caseId).execute();
    }
    await refreshCaseDeadlines(tx, [caseId], ctx.clock.now(), ctx.rules);
    return decision;
  });
}

/** NAV takes a task (the GP sees it taken) or marks it done. */
export async function updateTask(db: Db, ctx: Ctx, taskId: string, action: 'take' | 'done') {
  const task = await db.selectFrom('case_task').where('id', '=', taskId).select(['case_id', 'owner_kind', 'owner_org_id', 'owner_person_id', 'status']).executeTakeFirst();
  if (!task) throw new AppError('NOT_FOUND');
  const ownerRoles = task.owner_kind === 'nav_office' ? CASE_OWNERS : task.owner_kind === 'employer' ? new Set(['employer']) : new Set(['gp']);
  const row = await caseFor(db, ctx, task.case_id, ownerRoles);
  if (task.owner_kind === 'gp' && task.owner_person_id !== ctx.actor.personId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  if (task.owner_kind !== 'gp' && task.owner_org_id !== ctx.actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  if (task.status === 'done' || task.status === 'cancelled') throw new AppError('VALIDATION_FAILED', { reason: `the task is ${task.status}` });
  return db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    await tx
      .updateTable('case_task')
      .set(action === 'take' ? { status: 'taken', taken_by: ctx.actor.userId, taken_at: now } : { status: 'done', done_at: now, ...(task.status === 'open' && { taken_by: ctx.actor.userId, taken_at: now }) })
      .where('id', '=', taskId)
      .execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: row.citizen_id, objectType: 'case_task', objectId: taskId, purpose: 'sick_leave_follow_up', detail: { action } });
    return { id: taskId };
  });
}
