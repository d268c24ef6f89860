import { TZDate } from '@date-fns/tz';
import { authorizeCitizen } from '../../../platform/access/guard.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { addWorkingDays } from '../../../platform/working-days.js';
import { osloDate } from '../../dialogue/domain/deadlines.js';
import { officeUsers } from '../../dialogue/parties.js';
import { refreshCaseDeadlines } from '../../sickleave/deadlines.js';
import type { SickLeaveRules } from '../../sickleave/domain/index.js';
import { MEETING_2_EXCEPTION_LABELS, type Meeting2ExceptionReason } from '../domain/kinds.js';
import { isNavOwner, type Db } from '../access.js';
import { tellUsers } from '../outreach.js';
import type { MeetingCtx } from './convene.js';

type CaseCtx = MeetingCtx & { rules: SickLeaveRules };

async function caseFor(db: Db, caseId: string) {
  const row = await db.selectFrom('sick_case').where('id', '=', caseId).select(['id', 'citizen_id', 'employer_id', 'nav_office_id', 'assigned_user_id', 'status']).executeTakeFirst();
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

/** NAV of the case's office, through the person's rules. */
async function requireCaseOwner(db: Db, ctx: CaseCtx, sickCase: Awaited<ReturnType<typeof caseFor>>) {
  if (!isNavOwner(ctx.actor)) throw new AppError('ACCESS_DENIED_ROLE');
  if (sickCase.nav_office_id && sickCase.nav_office_id !== ctx.actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  await authorizeCitizen(db, ctx, sickCase.citizen_id, 'citizen.read', 'dialogue_meeting');
}

/**
 * The employer's meeting 1 (arbeidsmiljøloven § 4-6), registered by the employer or NAV with its
 * day and whether the GP took part; it settles the week-7 milestone.
 */
export async function registerMeeting1(db: Db, ctx: CaseCtx, caseId: string, input: { heldOn: string; gpTookPart: boolean }) {
  const sickCase = await caseFor(db, caseId);
  if (ctx.actor.role === 'employer') {
    await authorizeCitizen(db, ctx, sickCase.citizen_id, 'citizen.read_employment', 'dialogue_meeting', { employerId: sickCase.employer_id });
  } else {
    await requireCaseOwner(db, ctx, sickCase);
  }
  const now = ctx.clock.now();
  if (input.heldOn > osloDate(now)) throw new AppError('MEETING_1_IN_FUTURE', { field: 'heldOn' });
  return db.transaction().execute(async (tx) => {
    const meeting = await tx
      .insertInto('dialogue_meeting')
      .values({
        case_id: caseId,
        citizen_id: sickCase.citizen_id,
        nav_office_id: sickCase.nav_office_id,
        kind: 'dm1',
        status: 'completed',
        // Noon in Oslo on the day: a registered meeting has a day, not a time.
        starts_at: new TZDate(`${input.heldOn}T12:00:00`, 'Europe/Oslo'),
        duration_minutes: 60,
        place_kind: 'workplace',
        place_text: null,
        video_url: null,
        purpose: null,
        agenda: null,
        preparation: null,
        gp_invited: null,
        gp_not_invited_reason: null,
        gp_person_id: null,
        convened_by: ctx.actor.userId,
        convened_by_name: ctx.actor.name,
        completed_at: now,
        held_on: input.heldOn,
        gp_took_part: input.gpTookPart,
        idempotency_key: null,
        payload_hash: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('case_event').values({ case_id: caseId, kind: 'dialogue_meeting_1_held', occurred_on: input.heldOn, detail: input.gpTookPart ? 'Fastlegen deltok' : null, recorded_by: ctx.actor.userId }).execute();
    await refreshCaseDeadlines(tx, [caseId], now, ctx.rules);
    await recordAudit(tx, ctx, {
      action: 'create',
      citizenId: sickCase.citizen_id,
      objectType: 'dialogue_meeting',
      objectId: meeting.id,
      purpose: ctx.actor.role === 'employer' ? 'employer_follow_up' : 'sick_leave_follow_up',
      detail: { kind: 'dm1', gpTookPart: input.gpTookPart },
    });
    return { meetingId: meeting.id };
  });
}

/**
 * NAV records why meeting 2 is not held (folketrygdloven § 8-7 a): the decision closes the week-17
 * candidacy and the week-26 milestone with its reason.
 */
export async function recordMeeting2Exception(db: Db, ctx: CaseCtx, caseId: string, input: { reason: Meeting2ExceptionReason; note?: string }) {
  const sickCase = await caseFor(db, caseId);
  await requireCaseOwner(db, ctx, sickCase);
  const held = await db.selectFrom('case_event').where('case_id', '=', caseId).where('kind', '=', 'dialogue_meeting_2_held').select('id').executeTakeFirst();
  if (held) throw new AppError('MEETING_2_ALREADY_HELD');
  const existing = await db.selectFrom('case_decision').where('case_id', '=', caseId).where('kind', '=', 'dialogue_meeting_2_not_needed').select('id').executeTakeFirst();
  if (existing) throw new AppError('MEETING_2_EXCEPTION_EXISTS');
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const decision = await tx
      .insertInto('case_decision')
      .values({
        case_id: caseId,
        kind: 'dialogue_meeting_2_not_needed',
        decided_on: osloDate(now),
        effective_from: null,
        note: [MEETING_2_EXCEPTION_LABELS[input.reason].nb, input.note?.trim()].filter(Boolean).join(': '),
        reason: input.reason,
        decided_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await refreshCaseDeadlines(tx, [caseId], now, ctx.rules);
    await recordAudit(tx, ctx, { action: 'create', citizenId: sickCase.citizen_id, objectType: 'case_decision', objectId: decision.id, purpose: 'sick_leave_follow_up', detail: { kind: 'dialogue_meeting_2_not_needed', reason: input.reason } });
    return { decisionId: decision.id };
  });
}

const ASKERS = new Set(['patient', 'employer', 'gp']);

/**
 * The person, the employer or the GP asks for a meeting (report 001: GPs say NAV convenes late and
 * rarely invites them). It becomes a task for the office with a deadline in working days, and the
 * case's adviser (or the office's advisers) are told.
 */
export async function askForMeeting(db: Db, ctx: CaseCtx, caseId: string, input: { reason: string; gpWantsToTakePart?: boolean; gpReason?: string }) {
  if (!ASKERS.has(ctx.actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
  const reason = input.reason?.trim();
  if (!reason) throw new AppError('MEETING_REASON_MISSING', { field: 'reason' });
  const sickCase = await caseFor(db, caseId);
  if (ctx.actor.role === 'patient') {
    if (ctx.actor.citizenId !== sickCase.citizen_id) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  } else {
    const action = ctx.actor.role === 'employer' ? 'citizen.read_employment' : 'citizen.read';
    await authorizeCitizen(db, ctx, sickCase.citizen_id, action, 'meeting_need', { employerId: sickCase.employer_id });
  }
  if (!sickCase.nav_office_id) throw new AppError('CASE_NOT_FOUND');
  const now = ctx.clock.now();
  const dueOn = addWorkingDays(osloDate(now), ctx.settings.meetingNeedWorkingDays);
  return db.transaction().execute(async (tx) => {
    const task = await tx
      .insertInto('case_task')
      .values({ case_id: caseId, note_id: null, kind: 'meeting_requested', owner_kind: 'nav_office', owner_org_id: sickCase.nav_office_id, owner_person_id: null, due_on: dueOn, text: reason.slice(0, 2000) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const need = await tx
      .insertInto('meeting_need')
      .values({
        case_id: caseId,
        asked_by: ctx.actor.userId,
        asked_by_role: ctx.actor.role as 'patient' | 'employer' | 'gp',
        reason,
        gp_wants_to_take_part: ctx.actor.role === 'gp' ? (input.gpWantsToTakePart ?? null) : null,
        gp_reason: ctx.actor.role === 'gp' ? input.gpReason?.trim() || null : null,
        task_id: task.id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const readers = sickCase.assigned_user_id ? [sickCase.assigned_user_id] : await officeUsers(tx, sickCase.nav_office_id!, ['nav_adviser']);
    await tellUsers(tx, ctx, `/saker/${caseId}`, 'need', readers);
    await recordAudit(tx, ctx, {
      action: 'create',
      citizenId: sickCase.citizen_id,
      objectType: 'meeting_need',
      objectId: need.id,
      purpose: ctx.actor.role === 'employer' ? 'employer_follow_up' : ctx.actor.role === 'patient' ? 'own_data' : 'health_care',
    });
    return { taskId: task.id, dueOn };
  });
}

