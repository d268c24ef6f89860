import { recordAudit } from '../../platform/audit/audit.js';
import { AppError, type Lang } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { conversationFor, type Db } from './access.js';
import type { DialogueCtx } from './commands/context.js';
import { FOLLOW_UP_PLAN_LABEL, GP_NOTE_CODES, LEGAL_BASIS, MEETING_INVITATION_CODES, MEETING_REPLY_CODES, NAV_NOTE_CODES, REQUEST_KINDS } from './domain/codes.js';
import { wholeRecordWarnings } from './domain/questions.js';
import { tell } from './notices.js';
import { osloDate } from './domain/deadlines.js';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * A thread as one side sees it. Opening it is the read receipt: the other side's messages that
 * nobody on this side had opened are marked read by this person, now.
 */
export async function openConversation(db: Db, ctx: DialogueCtx, conversationId: string, lang: Lang) {
  const { conversation, side } = await conversationFor(db, ctx, conversationId);
  const now = ctx.clock.now();
  const otherSide = side === 'gp' ? ['nav', 'system'] : ['gp'];
  await db.transaction().execute(async (tx) => {
    const marked = await tx
      .updateTable('dialogue_message')
      .set({ read_at: now, read_by_user_id: ctx.actor.userId, read_by_name: ctx.actor.name })
      .where('conversation_id', '=', conversationId)
      .where('sender_side', 'in', otherSide as ('nav' | 'gp' | 'system')[])
      .where('read_at', 'is', null)
      .returning('id')
      .execute();
    if (marked.length > 0) {
      await tx.updateTable('dialogue_message').set({ status: 'read' }).where('id', 'in', marked.map((m) => m.id)).where('status', '=', 'sent').execute();
    }
    await tx.updateTable('conversation').set(side === 'gp' ? { gp_unread: false } : { nav_unread: false }).where('id', '=', conversationId).execute();
    // What the bell said about this thread has now been seen.
    await tx.updateTable('notification').set({ read_at: now }).where('user_id', '=', ctx.actor.userId).where('link', '=', `/dialog/${conversationId}`).where('read_at', 'is', null).execute();
    await recordAudit(tx, ctx, { action: 'read', citizenId: conversation.citizen_id, objectType: 'conversation', objectId: conversationId, purpose: side === 'gp' ? 'health_care' : 'sick_leave_follow_up' });
  });

  const [messages, questions, answers, attachments, citizen, gp, navOffice, assigned, draft, national] = await Promise.all([
    db.selectFrom('dialogue_message').where('conversation_id', '=', conversationId).selectAll().orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('request_question as q').innerJoin('dialogue_message as m', 'm.id', 'q.message_id').where('m.conversation_id', '=', conversationId).selectAll('q').orderBy('q.position').execute(),
    db.selectFrom('answer_item as a').innerJoin('dialogue_message as m', 'm.id', 'a.message_id').where('m.conversation_id', '=', conversationId).selectAll('a').orderBy('a.position').execute(),
    db
      .selectFrom('dialogue_attachment')
      .where('conversation_id', '=', conversationId)
      .where((eb) => eb.or([eb('message_id', 'is not', null), eb('uploaded_by', '=', ctx.actor.userId)]))
      .select(['id', 'message_id', 'filename', 'media_type', 'size_bytes', 'category'])
      .orderBy('created_at')
      .execute(),
    db.selectFrom('citizen').where('id', '=', conversation.citizen_id).select(['id', 'given_name', 'family_name', 'birth_date']).executeTakeFirstOrThrow(),
    db.selectFrom('person').where('id', '=', conversation.gp_person_id).select(['id', 'given_name', 'family_name', 'phone']).executeTakeFirstOrThrow(),
    db.selectFrom('organisation').where('id', '=', conversation.nav_office_id).select(['id', 'name', 'phone']).executeTakeFirstOrThrow(),
    conversation.assigned_user_id
      ? db.selectFrom('app_user as u').innerJoin('person as p', 'p.id', 'u.person_id').where('u.id', '=', conversation.assigned_user_id).select(['u.id', 'p.given_name', 'p.family_name', 'p.phone', 'p.email']).executeTakeFirst()
      : undefined,
    side === 'gp'
      ? db.selectFrom('answer_draft as d').innerJoin('dialogue_message as m', 'm.id', 'd.request_id').where('m.conversation_id', '=', conversationId).where('d.user_id', '=', ctx.actor.userId).select(['d.request_id', 'd.answers', 'd.updated_at']).execute()
      : [],
    // The national documents of the thread: delivery status of ours, the channel of theirs.
    db
      .selectFrom('interop_message')
      .where('conversation_id', '=', conversationId)
      .where('dialogue_message_id', 'is not', null)
      .select(['dialogue_message_id', 'direction', 'status', 'errors', 'sent_at', 'acknowledged_at'])
      .execute(),
  ]);
  const nationalByMessage = new Map(national.map((n) => [n.dialogue_message_id, n]));
  return {
    id: conversation.id,
    subject: conversation.subject,
    caseId: conversation.case_id,
    // A meeting's GP thread links to the meeting, where replies and minutes live.
    meetingId: conversation.meeting_id,
    side,
    citizen: { id: citizen.id, name: personName(citizen.given_name, citizen.family_name), birthDate: citizen.birth_date },
    gp: { personId: gp.id, name: personName(gp.given_name, gp.family_name) },
    navOffice: { id: navOffice.id, name: navOffice.name, phone: navOffice.phone },
    // "Who receives my message": the office, and the adviser it is assigned to now.
    assignedTo: assigned ? { userId: assigned.id, name: personName(assigned.given_name, assigned.family_name), phone: assigned.phone, email: assigned.email } : null,
    awaiting: conversation.awaiting,
    nextDueAt: iso(conversation.next_due_at),
    messages: messages.map((m) => {
      const codeLabel = { 8125: MEETING_INVITATION_CODES, 8126: MEETING_REPLY_CODES, 8127: { ...NAV_NOTE_CODES, 1: FOLLOW_UP_PLAN_LABEL }, 8128: GP_NOTE_CODES }[m.code_system as 8125]?.[m.code];
      const own = questions.filter((q) => q.message_id === m.id);
      return {
        id: m.id,
        parentId: m.parent_id,
        kind: m.kind,
        code: { system: m.code_system, value: m.code, label: codeLabel ? codeLabel[lang] : null },
        senderSide: m.sender_side,
        senderName: m.sender_name,
        senderOrganisation: m.sender_org_name,
        body: m.body,
        sentAt: iso(m.created_at),
        receipts: { deliveredAt: iso(m.delivered_at), readAt: iso(m.read_at), readBy: m.read_by_name, answeredAt: iso(m.answered_at) },
        status: m.status,
        ...(m.kind === 'request' && m.request_kind
          ? {
              request: {
                kind: m.request_kind,
                kindLabel: REQUEST_KINDS[m.request_kind].label[lang],
                tariffCode: m.tariff_code,
                legalBasis: LEGAL_BASIS[lang],
                dueOn: m.due_on,
                overdue: !m.answered_at && !m.withdrawn_at && m.due_at !== null && now >= new Date(m.due_at),
                remindedAt: iso(m.reminded_at),
                withdrawnAt: iso(m.withdrawn_at),
                questions: own.map((q) => ({ position: q.position, text: q.text, isOpen: q.is_open })),
                warnings: wholeRecordWarnings(own.filter((q) => !q.is_open).map((q) => q.text), own.find((q) => q.is_open)?.text),
              },
            }
          : {}),
        ...(m.kind === 'answer' ? { answers: answers.filter((a) => a.message_id === m.id).map((a) => ({ position: a.position, text: a.text })) } : {}),
        ...(m.expects_answer && m.kind !== 'request' ? { replyDueOn: m.due_on, overdue: !m.answered_at && m.due_at !== null && now >= new Date(m.due_at) } : {}),
        attachments: attachments.filter((a) => a.message_id === m.id).map((a) => ({ id: a.id, filename: a.filename, mediaType: a.media_type, sizeBytes: a.size_bytes, category: a.category })),
        national: nationalView(nationalByMessage.get(m.id)),
      };
    }),
    draftAttachments: attachments.filter((a) => !a.message_id).map((a) => ({ id: a.id, filename: a.filename, mediaType: a.media_type, sizeBytes: a.size_bytes, category: a.category })),
    drafts: draft.map((d) => ({ requestId: d.request_id, answers: d.answers, updatedAt: iso(d.updated_at) })),
    today: osloDate(now),
  };
}

/** Assigns a thread at the office: a manager to anyone there, an adviser to themselves. */
export async function assignConversation(db: Db, ctx: DialogueCtx, conversationId: string, userId: string) {
  const { conversation, side } = await conversationFor(db, ctx, conversationId);
  if (side !== 'nav') throw new AppError('ACCESS_DENIED_ROLE');
  if (ctx.actor.role !== 'nav_manager' && userId !== ctx.actor.userId) throw new AppError('ACCESS_DENIED_ROLE');
  const target = await db
    .selectFrom('app_user')
    .where('id', '=', userId)
    .where('organisation_id', '=', conversation.nav_office_id)
    .where('role', 'in', ['nav_adviser', 'nav_manager'])
    .where('active', '=', true)
    .select('id')
    .executeTakeFirst();
  if (!target) throw new AppError('VALIDATION_FAILED', { field: 'userId', reason: 'not an adviser at the office' });
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('conversation').set({ assigned_user_id: userId }).where('id', '=', conversationId).execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: conversation.citizen_id, objectType: 'conversation', objectId: conversationId, purpose: 'sick_leave_follow_up', detail: { assigned: userId } });
    if (userId !== ctx.actor.userId) await tell(tx, ctx.clock, ctx.config, 'assigned', [userId], conversationId);
  });
  return { id: conversationId };
}

/**
 * How a message travelled as a national document: ours go ordered → sent → ok | rejected (or
 * failed when it could not be addressed), with the receiver's reasons; theirs came in one.
 */
function nationalView(row: { direction: 'in' | 'out'; status: string; errors: { code: string; text: string; details?: string }[]; sent_at: Date | null; acknowledged_at: Date | null } | undefined) {
  if (!row) return null;
  return {
    direction: row.direction,
    status: row.status,
    errors: row.errors,
    sentAt: iso(row.sent_at),
    acknowledgedAt: iso(row.acknowledged_at),
  };
}
