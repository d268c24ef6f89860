import { sql } from 'kysely';
import { authorizeCitizen, authorizeCitizenFacts } from '../../../platform/access/guard.js';
import { randomUUID } from 'node:crypto';
import { auditRows, recordAudit } from '../../../platform/audit/audit.js';
import { planNotification } from '../../../platform/notify/notify.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { requireSide, type Db } from '../access.js';
import { CODE_SYSTEMS, GP_NOTE_CODES, LEGAL_BASIS, NAV_NOTE_CODES, REQUEST_CODE, REQUEST_KINDS, type RequestKind } from '../domain/codes.js';
import { checkRequestedDueOn, deadlineInstant, defaultRequestDueOn, navReplyDueOn, osloDate } from '../domain/deadlines.js';
import { checkQuestions, wholeRecordWarnings } from '../domain/questions.js';
import { payloadHash, previousSubmission } from '../idempotency.js';
import { noticeFor, tell } from '../notices.js';
import { caseForDialogue, citizenFactsOf, gpForCase, gpParty, officeUsers, organisationName } from '../parties.js';
import { navReplyWorkingDaysFor } from '../settings.js';
import { refreshAwaiting, startThread } from '../thread.js';
import type { DialogueCtx } from './context.js';

const OPEN_CASE = new Set(['active', 'graded', 'pending', 'fit_for_job_placement']);

export interface RequestInput {
  kind: RequestKind;
  questions: string[];
  openQuestion?: string;
  dueOn?: string;
  gpPersonId?: string;
}

export interface Sent {
  conversationId: string;
  messageId: string;
  /** True when the same form had already been received under this idempotency key. */
  replayed: boolean;
}

/**
 * Runs a send inside a transaction, recognising a repeated submission: the same form under the
 * same key gets back what was stored the first time, also when both arrive at once.
 */
async function once<T extends Sent>(db: Db, ctx: DialogueCtx, key: string | undefined, hash: string, send: () => Promise<T>, replay: (previous: Omit<Sent, 'replayed'>) => Promise<T>): Promise<T> {
  const previous = await previousSubmission(db, ctx.actor.userId, key, hash);
  if (previous) return replay(previous);
  try {
    return await send();
  } catch (error) {
    if (!key || !isUniqueViolation(error, 'idempotency')) throw error;
    const winner = await previousSubmission(db, ctx.actor.userId, key, hash);
    if (!winner) throw error;
    return replay(winner);
  }
}

function throwProblem(problem: { code: string } & Record<string, unknown>): never {
  const { code, ...details } = problem;
  throw new AppError(code as ErrorCode, details);
}

/** NAV asks a GP (8129/1): L8 or L40, sharp questions then one open question, a deadline from configuration. */
export async function sendRequest(db: Db, ctx: DialogueCtx, caseId: string, input: RequestInput, key?: string) {
  requireSide(ctx.actor, 'nav');
  const problem = checkQuestions(input.questions, input.openQuestion, ctx.settings.questions);
  if (problem) throwProblem(problem);
  const sickCase = await caseForDialogue(db, caseId);
  await authorizeCitizenFacts(db, ctx, citizenFactsOf(sickCase), 'citizen.read', 'dialogue_request');
  if (!OPEN_CASE.has(sickCase.status)) throw new AppError('CASE_CLOSED', { status: sickCase.status });
  const office = sickCase.nav_office_id ?? sickCase.citizen_office_id;
  if (!office || office !== ctx.actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  const now = ctx.clock.now();
  const defaultDue = defaultRequestDueOn(input.kind, now, ctx.settings);
  const dueOn = input.dueOn ?? defaultDue;
  const dueProblem = checkRequestedDueOn(dueOn, defaultDue, osloDate(now));
  if (dueProblem) throw new AppError(dueProblem, { field: 'dueOn', latest: defaultDue });
  const gp = await gpForCase(db, sickCase, input.gpPersonId);
  const warnings = wholeRecordWarnings(input.questions, input.openQuestion);
  const tariff = REQUEST_KINDS[input.kind].tariff;
  const result = (sent: Sent) => ({ ...sent, dueOn, tariffCode: tariff, gp: { personId: gp.personId, name: gp.name, officeName: gp.officeName }, warnings });

  const hash = payloadHash(['request', caseId, input]);
  return once(db, ctx, key, hash, async () => {
    const conversationId = randomUUID();
    const messageId = randomUUID();
    const questions = [...input.questions, ...(input.openQuestion?.trim() ? [input.openQuestion] : [])];
    const dueAt = deadlineInstant(dueOn);
    const searchText = [personName(sickCase.given_name, sickCase.family_name), gp.name, ctx.actor.name, ...questions].join(' ').slice(0, 20_000);
    const [audit] = auditRows(ctx, [{ action: 'create', citizenId: sickCase.citizen_id, objectType: 'dialogue_request', objectId: messageId, purpose: 'sick_leave_follow_up', detail: { kind: input.kind } }]);
    const told = await planNotification(db, ctx.clock, noticeFor('request', gp.userIds, conversationId), ctx.config);
    // Sending is the hot path (hundreds a second): the thread, its request, the questions, the
    // audit entry and the GP's notification are one statement, so they commit together or not at all.
    const writes = [
      sql`c as (
        insert into conversation (id, citizen_id, case_id, nav_office_id, gp_person_id, gp_office_id, assigned_user_id, subject, started_by,
                                  request_kind, awaiting, next_due_at, last_message_at, gp_unread, search_text, created_at)
        values (${conversationId}, ${sickCase.citizen_id}, ${sickCase.id}, ${office}, ${gp.personId}, ${gp.officeId}, ${ctx.actor.userId},
                ${`${input.kind}: ${REQUEST_KINDS[input.kind].label.nb}`}, 'nav', ${input.kind}, 'gp', ${dueAt}, ${now}, true, ${searchText}, ${now}))`,
      sql`m as (
        insert into dialogue_message (id, conversation_id, kind, code_system, code, sender_side, sender_user_id, sender_name, sender_org_name,
                                      recipient_org_id, recipient_person_id, request_kind, tariff_code, legal_basis, due_on, due_at,
                                      expects_answer, delivered_at, idempotency_key, payload_hash, created_at)
        values (${messageId}, ${conversationId}, 'request', ${CODE_SYSTEMS.request}, ${REQUEST_CODE}, 'nav', ${ctx.actor.userId}, ${ctx.actor.name},
                ${ctx.actor.organisationName}, ${gp.officeId}, ${gp.personId}, ${input.kind}, ${tariff}, ${LEGAL_BASIS.nb}, ${dueOn}::date, ${dueAt},
                true, ${now}, ${key ?? null}, ${key ? hash : null}, ${now}))`,
      sql`q as (
        insert into request_question (message_id, position, text, is_open)
        select ${messageId}::uuid, t.position, t.text, t.position = ${input.questions.length + 1}
          from unnest(${questions}::text[]) with ordinality as t(text, position))`,
      sql`a as (
        insert into audit_log (at, request_id, actor_user_id, actor_name, actor_role, actor_org_name, action, outcome, citizen_id, subject_set_id,
                               object_type, object_id, purpose, detail)
        values (${audit!.at}, ${audit!.request_id}, ${audit!.actor_user_id}, ${audit!.actor_name}, ${audit!.actor_role}, ${audit!.actor_org_name},
                ${audit!.action}, ${audit!.outcome}, ${audit!.citizen_id}, null, ${audit!.object_type}, ${audit!.object_id}, ${audit!.purpose},
                ${audit!.detail}::jsonb))`,
      ...(told.notifications.length > 0
        ? [
            sql`n as (
              insert into notification (id, user_id, event, title_nb, title_en, body_nb, body_en, link, created_at)
              values ${sql.join(told.notifications.map((x) => sql`(${x.id}, ${x.user_id}, ${x.event}, ${x.title_nb}, ${x.title_en}, ${x.body_nb}, ${x.body_en}, ${x.link}, ${x.created_at})`))})`,
          ]
        : []),
      ...(told.emails.length > 0
        ? [
            sql`e as (
              insert into email_outbox (notification_id, to_address, subject, body_text, next_attempt_at, created_at)
              values ${sql.join(told.emails.map((x) => sql`(${x.notification_id}::uuid, ${x.to_address}, ${x.subject}, ${x.body_text}, ${x.next_attempt_at}, ${x.created_at})`))})`,
          ]
        : []),
    ];
    await sql`with ${sql.join(writes, sql`, `)} select 1`.execute(db);
    return result({ conversationId, messageId, replayed: false });
  }, async (previous) => result({ ...previous, replayed: true }));
}

export interface NavNoteInput {
  code: number;
  text: string;
  gpPersonId?: string;
}

/** NAV informs a GP (8127): a new thread on the case; no answer is expected. */
export async function sendNavNote(db: Db, ctx: DialogueCtx, caseId: string, input: NavNoteInput, key?: string) {
  requireSide(ctx.actor, 'nav');
  const label = NAV_NOTE_CODES[input.code];
  if (!label) throw new AppError('NOTE_CODE_UNKNOWN', { field: 'code', allowed: Object.keys(NAV_NOTE_CODES).map(Number) });
  checkText(input.text, ctx.settings.maxMessageLength, 'text');
  const sickCase = await caseForDialogue(db, caseId);
  await authorizeCitizenFacts(db, ctx, citizenFactsOf(sickCase), 'citizen.read', 'dialogue_note');
  const office = sickCase.nav_office_id ?? sickCase.citizen_office_id;
  if (!office || office !== ctx.actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  const gp = await gpForCase(db, sickCase, input.gpPersonId);
  const now = ctx.clock.now();
  const hash = payloadHash(['nav_note', caseId, input]);
  return once(db, ctx, key, hash, () =>
    db.transaction().execute(async (tx): Promise<Sent> => {
      const { conversationId, messageId } = await startThread(
        tx,
        {
          citizen_id: sickCase.citizen_id,
          case_id: sickCase.id,
          nav_office_id: office,
          gp_person_id: gp.personId,
          gp_office_id: gp.officeId,
          assigned_user_id: ctx.actor.userId,
          subject: label.nb,
          started_by: 'nav',
          request_kind: null,
          search_text: [personName(sickCase.given_name, sickCase.family_name), gp.name, ctx.actor.name].join(' '),
          created_at: now,
        },
        {
          parent_id: null,
          kind: 'note',
          code_system: CODE_SYSTEMS.navNote,
          code: input.code,
          sender_side: 'nav',
          sender_user_id: ctx.actor.userId,
          sender_name: ctx.actor.name,
          sender_org_name: ctx.actor.organisationName,
          recipient_org_id: gp.officeId,
          recipient_person_id: gp.personId,
          recipient_user_id: null,
          body: input.text,
          request_kind: null,
          tariff_code: null,
          legal_basis: null,
          due_on: null,
          due_at: null,
          delivered_at: now,
          idempotency_key: key ?? null,
          payload_hash: key ? hash : null,
          created_at: now,
        },
        input.text,
      );
      await recordAudit(tx, ctx, { action: 'create', citizenId: sickCase.citizen_id, objectType: 'dialogue_note', objectId: messageId, purpose: 'sick_leave_follow_up', detail: { code: input.code } });
      await tell(tx, ctx.clock, ctx.config, 'nav_note', gp.userIds, conversationId);
      return { conversationId, messageId, replayed: false };
    }),
    async (previous) => ({ ...previous, replayed: true }),
  );
}

export interface GpMessageInput {
  code: 1 | 2;
  text: string;
  subject?: string;
  /** Code 1: the sick-leave case it is about. */
  caseId?: string;
  /** Code 2: the patient (not on sick leave). */
  citizenId?: string;
}

/**
 * A GP writes to NAV (8128). About a case it goes to the case's adviser, otherwise to the office
 * inbox; NAV owes an answer within the office's working days. The answer says who received it.
 */
export async function sendGpMessage(db: Db, ctx: DialogueCtx, input: GpMessageInput, key?: string) {
  requireSide(ctx.actor, 'gp');
  const personId = ctx.actor.personId;
  if (!personId) throw new AppError('ACCESS_DENIED_ROLE');
  const label = GP_NOTE_CODES[input.code];
  if (!label) throw new AppError('NOTE_CODE_UNKNOWN', { field: 'code', allowed: [1, 2] });
  checkText(input.text, ctx.settings.maxMessageLength, 'text');
  let citizenId: string;
  let caseId: string | null = null;
  let officeId: string | null;
  let adviserId: string | null = null;
  if (input.code === 1) {
    if (!input.caseId) throw new AppError('VALIDATION_FAILED', { field: 'caseId', reason: 'required for messages about sick-leave follow-up (8128/1)' });
    const sickCase = await caseForDialogue(db, input.caseId);
    citizenId = sickCase.citizen_id;
    caseId = sickCase.id;
    officeId = sickCase.nav_office_id ?? sickCase.citizen_office_id;
    adviserId = sickCase.assigned_user_id;
  } else {
    if (!input.citizenId) throw new AppError('VALIDATION_FAILED', { field: 'citizenId', reason: 'required for messages about a patient (8128/2)' });
    citizenId = input.citizenId;
    const citizen = await db.selectFrom('citizen').where('id', '=', citizenId).select(['nav_office_id']).executeTakeFirst();
    if (!citizen) throw new AppError('CITIZEN_NOT_FOUND');
    officeId = citizen.nav_office_id;
  }
  await authorizeCitizen(db, ctx, citizenId, 'citizen.read', 'dialogue_message');
  if (!officeId) throw new AppError('NAV_OFFICE_MISSING');
  const office = officeId;
  const [gp, officeName, adviser, patient] = await Promise.all([
    gpParty(db, personId),
    organisationName(db, office),
    adviserId
      ? db.selectFrom('app_user as u').innerJoin('person as p', 'p.id', 'u.person_id').where('u.id', '=', adviserId).select(['u.id', 'p.given_name', 'p.family_name']).executeTakeFirst()
      : undefined,
    db.selectFrom('citizen').where('id', '=', citizenId).select(['given_name', 'family_name']).executeTakeFirstOrThrow(),
  ]);
  const now = ctx.clock.now();
  const dueOn = navReplyDueOn(now, navReplyWorkingDaysFor(ctx.settings, office));
  const recipient = { officeId: office, officeName, adviser: adviser ? { userId: adviser.id, name: personName(adviser.given_name, adviser.family_name) } : null };
  const hash = payloadHash(['gp_message', input]);
  const result = (sent: Sent) => ({ ...sent, dueOn, recipient });
  return once(db, ctx, key, hash, async () =>
    result(
      await db.transaction().execute(async (tx) => {
        const { conversationId, messageId } = await startThread(
          tx,
          {
            citizen_id: citizenId,
            case_id: caseId,
            nav_office_id: office,
            gp_person_id: personId,
            gp_office_id: gp.officeId,
            assigned_user_id: recipient.adviser?.userId ?? null,
            subject: input.subject?.trim() || label.nb,
            started_by: 'gp',
            request_kind: null,
            search_text: [personName(patient.given_name, patient.family_name), gp.name, input.subject ?? ''].join(' '),
            created_at: now,
          },
          {
            parent_id: null,
            kind: 'note',
            code_system: CODE_SYSTEMS.gpNote,
            code: input.code,
            sender_side: 'gp',
            sender_user_id: ctx.actor.userId,
            sender_name: ctx.actor.name,
            sender_org_name: ctx.actor.organisationName,
            recipient_org_id: office,
            recipient_person_id: null,
            recipient_user_id: recipient.adviser?.userId ?? null,
            body: input.text,
            request_kind: null,
            tariff_code: null,
            legal_basis: null,
            due_on: dueOn,
            due_at: deadlineInstant(dueOn),
            expects_answer: true,
            delivered_at: now,
            idempotency_key: key ?? null,
            payload_hash: key ? hash : null,
            created_at: now,
          },
          input.text,
        );
        await refreshAwaiting(tx, conversationId);
        await recordAudit(tx, ctx, { action: 'create', citizenId, objectType: 'dialogue_message', objectId: messageId, purpose: 'health_care', detail: { code: input.code } });
        const readers = recipient.adviser ? [recipient.adviser.userId] : await officeUsers(tx, office, ['nav_adviser', 'nav_manager']);
        await tell(tx, ctx.clock, ctx.config, 'gp_message', readers, conversationId);
        return { conversationId, messageId, replayed: false };
      }),
    ),
    async (previous) => result({ ...previous, replayed: true }),
  );
}

export function checkText(text: string, max: number, field: string) {
  if (text.trim() === '') throw new AppError('DIALOGUE_TEXT_EMPTY', { field });
  if (text.length > max) throw new AppError('DIALOGUE_TEXT_TOO_LONG', { field, max });
}
