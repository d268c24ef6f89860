import { sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { conversationFor, requireSide, type Db } from '../access.js';
import { ANSWER_CODE, CODE_SYSTEMS, NAV_NOTE_CODES } from '../domain/codes.js';
import { deadlineInstant, navReplyDueOn } from '../domain/deadlines.js';
import { requestAsksFor } from '../domain/questions.js';
import { payloadHash, previousSubmission } from '../idempotency.js';
import { tell } from '../notices.js';
import { officeUsers, usersActingAs } from '../parties.js';
import { navReplyWorkingDaysFor } from '../settings.js';
import { appendMessage, refreshAwaiting, settleRequest, settleWaitingNotes } from '../thread.js';
import type { DialogueCtx } from './context.js';
import { draftAttachmentsFor } from './attachments.js';
import { checkText } from './send.js';

export interface AnswerInput {
  answers: { position: number; text: string }[];
  attachmentIds?: string[];
  /** The GP confirms a whole journal or discharge summary is needed although NAV did not ask for it. */
  confirmWholeRecord?: boolean;
}

async function requestFor(db: Db, ctx: DialogueCtx, requestId: string) {
  const request = await db.selectFrom('dialogue_message').where('id', '=', requestId).where('kind', '=', 'request').selectAll().executeTakeFirst();
  if (!request) throw new AppError('MESSAGE_NOT_FOUND');
  const { conversation, side } = await conversationFor(db, ctx, request.conversation_id);
  return { request, conversation, side };
}

/**
 * The GP answers a request, each question in its own field, with attachments uploaded before.
 * The request row is locked for the transaction: an answer and a reminder never cross, and a
 * second answer (or one to a withdrawn request) is refused.
 */
export async function answerRequest(db: Db, ctx: DialogueCtx, requestId: string, input: AnswerInput, key?: string) {
  requireSide(ctx.actor, 'gp');
  const { request, conversation } = await requestFor(db, ctx, requestId);
  const hash = payloadHash(['answer', requestId, input]);
  const previous = await previousSubmission(db, ctx.actor.userId, key, hash);
  if (previous) return { ...previous, replayed: true };

  const questions = await db.selectFrom('request_question').where('message_id', '=', requestId).selectAll().orderBy('position').execute();
  const byPosition = new Map(input.answers.map((a) => [a.position, a.text]));
  for (const a of input.answers) {
    if (!questions.some((q) => q.position === a.position)) throw new AppError('VALIDATION_FAILED', { field: 'answers', reason: `no question ${a.position}` });
    if (a.text.length > ctx.settings.maxAnswerLength) throw new AppError('DIALOGUE_TEXT_TOO_LONG', { field: `answers[${a.position}]`, max: ctx.settings.maxAnswerLength });
  }
  const unanswered = questions.filter((q) => !q.is_open && !byPosition.get(q.position)?.trim()).map((q) => q.position);
  if (unanswered.length > 0) throw new AppError('ANSWER_INCOMPLETE', { positions: unanswered });

  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > ctx.settings.attachments.maxCount) throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: ctx.settings.attachments.maxCount });
  const now = ctx.clock.now();

  return db.transaction().execute(async (tx) => {
    const locked = await sql<{ answered_at: Date | null; withdrawn_at: Date | null }>`
      select answered_at, withdrawn_at from dialogue_message where id = ${requestId} for update`.execute(tx);
    const state = locked.rows[0]!;
    if (state.withdrawn_at) throw new AppError('REQUEST_WITHDRAWN');
    if (state.answered_at) throw new AppError('REQUEST_ALREADY_ANSWERED');

    const attachments = await draftAttachmentsFor(tx, conversation.id, ctx.actor.userId, attachmentIds);
    const texts = questions.map((q) => q.text);
    const unasked = attachments.filter((a) => (a.category === 'journal' || a.category === 'discharge_summary') && !requestAsksFor(a.category, texts));
    if (unasked.length > 0 && !input.confirmWholeRecord) throw new AppError('WHOLE_RECORD_CONFIRMATION_REQUIRED', { attachmentIds: unasked.map((a) => a.id) });

    const answerText = questions
      .map((q) => byPosition.get(q.position)?.trim())
      .filter(Boolean)
      .join(' ');
    const answerId = await appendMessage(
      tx,
      {
        conversation_id: conversation.id,
        parent_id: requestId,
        kind: 'answer',
        code_system: CODE_SYSTEMS.answer,
        code: ANSWER_CODE,
        sender_side: 'gp',
        sender_user_id: ctx.actor.userId,
        sender_name: ctx.actor.name,
        sender_org_name: ctx.actor.organisationName,
        recipient_org_id: conversation.nav_office_id,
        recipient_person_id: null,
        recipient_user_id: conversation.assigned_user_id,
        request_kind: null,
        tariff_code: request.tariff_code,
        legal_basis: null,
        due_on: null,
        due_at: null,
        delivered_at: now,
        idempotency_key: key ?? null,
        payload_hash: key ? hash : null,
        created_at: now,
      },
      now,
      answerText,
    );
    const items = input.answers.filter((a) => a.text.trim() !== '');
    if (items.length > 0) await tx.insertInto('answer_item').values(items.map((a) => ({ message_id: answerId, position: a.position, text: a.text }))).execute();
    if (attachments.length > 0) await tx.updateTable('dialogue_attachment').set({ message_id: answerId }).where('id', 'in', attachmentIds).execute();
    await settleRequest(tx, requestId, answerId, now);
    await refreshAwaiting(tx, conversation.id);
    await recordAudit(tx, ctx, { action: 'create', citizenId: conversation.citizen_id, objectType: 'dialogue_answer', objectId: answerId, purpose: 'health_care', detail: { attachments: attachments.length } });
    const readers = conversation.assigned_user_id ? [conversation.assigned_user_id] : await officeUsers(tx, conversation.nav_office_id, ['nav_adviser', 'nav_manager']);
    await tell(tx, ctx.clock, ctx.config, 'answer', readers, conversation.id);
    return { conversationId: conversation.id, messageId: answerId, replayed: false };
  });
}

/** The GP's unfinished answer, kept per user until sent. */
export async function saveDraft(db: Db, ctx: DialogueCtx, requestId: string, answers: { position: number; text: string }[]) {
  requireSide(ctx.actor, 'gp');
  const { request, conversation } = await requestFor(db, ctx, requestId);
  if (request.withdrawn_at) throw new AppError('REQUEST_WITHDRAWN');
  if (request.answered_at) throw new AppError('REQUEST_ALREADY_ANSWERED');
  for (const a of answers) if (a.text.length > ctx.settings.maxAnswerLength) throw new AppError('DIALOGUE_TEXT_TOO_LONG', { field: `answers[${a.position}]`, max: ctx.settings.maxAnswerLength });
  const now = ctx.clock.now();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('answer_draft')
      .values({ request_id: requestId, user_id: ctx.actor.userId, answers: JSON.stringify(answers), updated_at: now })
      .onConflict((oc) => oc.columns(['request_id', 'user_id']).doUpdateSet({ answers: JSON.stringify(answers), updated_at: now }))
      .execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: conversation.citizen_id, objectType: 'dialogue_answer_draft', objectId: requestId, purpose: 'health_care' });
  });
  return { savedAt: now.toISOString() };
}

/** NAV withdraws a request that is no longer needed; the GP is told not to answer it. */
export async function withdrawRequest(db: Db, ctx: DialogueCtx, requestId: string) {
  requireSide(ctx.actor, 'nav');
  const { conversation } = await requestFor(db, ctx, requestId);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const locked = await sql<{ answered_at: Date | null; withdrawn_at: Date | null }>`
      select answered_at, withdrawn_at from dialogue_message where id = ${requestId} for update`.execute(tx);
    const state = locked.rows[0]!;
    if (state.answered_at) throw new AppError('REQUEST_ALREADY_ANSWERED');
    if (state.withdrawn_at) throw new AppError('REQUEST_WITHDRAWN');
    await tx.updateTable('dialogue_message').set({ status: 'withdrawn', withdrawn_at: now }).where('id', '=', requestId).execute();
    await tx.updateTable('case_task').set({ status: 'cancelled' }).where('message_id', '=', requestId).where('status', 'in', ['open', 'taken']).execute();
    await tx.updateTable('conversation').set({ last_message_at: now, gp_unread: true }).where('id', '=', conversation.id).execute();
    await refreshAwaiting(tx, conversation.id);
    await recordAudit(tx, ctx, { action: 'update', citizenId: conversation.citizen_id, objectType: 'dialogue_request', objectId: requestId, purpose: 'sick_leave_follow_up', detail: { withdrawn: true } });
    await tell(tx, ctx.clock, ctx.config, 'withdrawn', await usersActingAs(tx, conversation.gp_person_id, 'gp'), conversation.id);
    return { id: requestId };
  });
}

export interface ReplyInput {
  text: string;
  /** NAV's replies carry a note code (8127), "message from NAV" by default. */
  code?: number;
  attachmentIds?: string[];
}

/**
 * A message in an existing thread. A reply settles the other side's messages that wait for an
 * answer (a request is settled only by its structured answer); a GP's message waits for NAV's.
 */
export async function reply(db: Db, ctx: DialogueCtx, conversationId: string, input: ReplyInput, key?: string) {
  const { conversation, side } = await conversationFor(db, ctx, conversationId);
  checkText(input.text, ctx.settings.maxMessageLength, 'text');
  const code = side === 'nav' ? (input.code ?? 8) : 1;
  if (side === 'nav' && !NAV_NOTE_CODES[code]) throw new AppError('NOTE_CODE_UNKNOWN', { field: 'code' });
  const hash = payloadHash(['reply', conversationId, input]);
  const previous = await previousSubmission(db, ctx.actor.userId, key, hash);
  if (previous) return { ...previous, replayed: true };
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > ctx.settings.attachments.maxCount) throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: ctx.settings.attachments.maxCount });
  const now = ctx.clock.now();
  const dueOn = side === 'gp' ? navReplyDueOn(now, navReplyWorkingDaysFor(ctx.settings, conversation.nav_office_id)) : null;
  return db.transaction().execute(async (tx) => {
    const parent = await tx
      .selectFrom('dialogue_message')
      .where('conversation_id', '=', conversationId)
      .select('id')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    await draftAttachmentsFor(tx, conversationId, ctx.actor.userId, attachmentIds);
    const messageId = await appendMessage(
      tx,
      {
        conversation_id: conversationId,
        parent_id: parent?.id ?? null,
        kind: 'note',
        code_system: side === 'nav' ? CODE_SYSTEMS.navNote : CODE_SYSTEMS.gpNote,
        code,
        sender_side: side,
        sender_user_id: ctx.actor.userId,
        sender_name: ctx.actor.name,
        sender_org_name: ctx.actor.organisationName,
        recipient_org_id: side === 'nav' ? conversation.gp_office_id : conversation.nav_office_id,
        recipient_person_id: side === 'nav' ? conversation.gp_person_id : null,
        recipient_user_id: side === 'nav' ? null : conversation.assigned_user_id,
        body: input.text,
        request_kind: null,
        tariff_code: null,
        legal_basis: null,
        due_on: dueOn,
        due_at: dueOn ? deadlineInstant(dueOn) : null,
        expects_answer: side === 'gp',
        delivered_at: now,
        idempotency_key: key ?? null,
        payload_hash: key ? hash : null,
        created_at: now,
      },
      now,
      input.text,
    );
    if (attachmentIds.length > 0) await tx.updateTable('dialogue_attachment').set({ message_id: messageId }).where('id', 'in', attachmentIds).execute();
    await settleWaitingNotes(tx, conversationId, side, messageId, now);
    await refreshAwaiting(tx, conversationId);
    await recordAudit(tx, ctx, { action: 'create', citizenId: conversation.citizen_id, objectType: 'dialogue_message', objectId: messageId, purpose: side === 'gp' ? 'health_care' : 'sick_leave_follow_up' });
    const readers =
      side === 'nav'
        ? await usersActingAs(tx, conversation.gp_person_id, 'gp')
        : conversation.assigned_user_id
          ? [conversation.assigned_user_id]
          : await officeUsers(tx, conversation.nav_office_id, ['nav_adviser', 'nav_manager']);
    await tell(tx, ctx.clock, ctx.config, side === 'nav' ? 'nav_note' : 'gp_message', readers, conversationId);
    return { conversationId, messageId, replayed: false, dueOn };
  });
}
