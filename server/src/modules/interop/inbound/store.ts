import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import type { Database } from '../../../platform/db/schema.js';
import { personName } from '../../../platform/names.js';
import { CODE_SYSTEMS, GP_NOTE_CODES } from '../../dialogue/domain/codes.js';
import { deadlineInstant, navReplyDueOn } from '../../dialogue/domain/deadlines.js';
import { tell } from '../../dialogue/notices.js';
import { officeUsers } from '../../dialogue/parties.js';
import { navReplyWorkingDaysFor, type DialogueSettings } from '../../dialogue/settings.js';
import { appendMessage, refreshAwaiting, settleRequest, settleWaitingNotes, startThread } from '../../dialogue/thread.js';
import { OPEN_STATUSES } from '../../sickleave/queries.js';
import type { Dialogmelding } from '../domain/model.js';
import { applyNationalReply, openInvitationThread } from '../../meetings/public.js';
import { openRequestFor, latestThreadFor, threadByReference, type ResolvedParties } from './resolve.js';

type Tx = Transaction<Database>;

export interface PreparedAttachment {
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  content: Buffer;
}

/** Meeting replies (8126): "coming", "another time", "cannot come". */
const MEETING_REPLY_LABELS: Record<number, string> = { 1: 'Svar på innkalling: Ja, jeg kommer', 2: 'Svar på innkalling: Ønsker nytt tidspunkt', 3: 'Svar på innkalling: Kan ikke komme' };

export interface StoredInbound {
  conversationId: string;
  dialogueMessageId: string;
  /** How the thread was found, for the interop log. */
  linkedBy: 'reference' | 'open_request' | 'latest_thread' | 'new_thread';
}

/**
 * Stores a GP's national message in the dialogue exactly as if written in the platform: an answer
 * settles its request, a note waits for NAV's answer within the office's deadline, the readers are
 * told. Runs in the caller's transaction, with the interop record and the receipt.
 */
export async function storeInbound(
  tx: Tx,
  deps: { clock: Clock; config: Pick<Config, 'publicUrl'>; settings: DialogueSettings },
  message: Dialogmelding,
  parties: ResolvedParties,
  attachments: PreparedAttachment[],
): Promise<StoredInbound> {
  const now = deps.clock.now();
  const theme = message.body.theme;
  const isAnswer = theme.list === CODE_SYSTEMS.answer;
  const isMeetingReply = theme.list === 8126;
  const text = message.body.text.trim();
  const senderName = personName(message.sender.professional?.givenName ?? '', message.sender.professional?.familyName ?? '') || parties.gp.name;

  let link: { conversationId: string; parentMessageId: string | null } | null = await threadByReference(tx, message, parties);
  let linkedBy: StoredInbound['linkedBy'] = link ? 'reference' : 'new_thread';
  let requestToSettle: string | null = null;
  if (isAnswer) {
    const request = link?.parentMessageId
      ? await tx.selectFrom('dialogue_message').where('id', '=', link.parentMessageId).where('kind', 'in', ['request', 'reminder']).select(['id', 'kind', 'parent_id']).executeTakeFirst()
      : undefined;
    // A reminder is answered by answering the request it reminds of.
    const requestId = request ? (request.kind === 'reminder' ? request.parent_id : request.id) : null;
    if (requestId) requestToSettle = requestId;
    else if (!link) {
      const open = await openRequestFor(tx, parties);
      if (open) {
        link = { conversationId: open.conversation_id, parentMessageId: open.id };
        linkedBy = 'open_request';
        requestToSettle = open.id;
      }
    }
  }
  if (!link && isMeetingReply) {
    // A reply quoting nothing we know belongs to the GP's open invitation about the person.
    const invitation = await openInvitationThread(tx, parties.gp.personId, parties.citizen.id);
    if (invitation) {
      link = invitation;
      linkedBy = 'latest_thread';
    }
  }
  if (!link && (isAnswer || isMeetingReply)) {
    const latest = await latestThreadFor(tx, parties);
    if (latest) {
      link = { conversationId: latest.id, parentMessageId: null };
      linkedBy = 'latest_thread';
    }
  }
  if (requestToSettle) {
    // Lock the request: a platform answer and this one never both settle it.
    const locked = await sql<{ answered_at: Date | null; withdrawn_at: Date | null }>`
      select answered_at, withdrawn_at from dialogue_message where id = ${requestToSettle} for update`.execute(tx);
    const state = locked.rows[0];
    // Already answered or withdrawn: the answer is kept as a message in the thread, never lost.
    if (!state || state.answered_at || state.withdrawn_at) requestToSettle = null;
  }

  const codeSystem: 9069 | 8126 | 8128 = isAnswer ? CODE_SYSTEMS.answer : isMeetingReply ? 8126 : CODE_SYSTEMS.gpNote;
  const kind: 'answer' | 'note' = isAnswer && requestToSettle ? 'answer' : 'note';
  const expectsAnswer = codeSystem === CODE_SYSTEMS.gpNote;

  let conversationId: string;
  let navOfficeId: string;
  let assignedUserId: string | null;
  let caseId: string | null = null;
  if (link) {
    const conversation = await tx.selectFrom('conversation').where('id', '=', link.conversationId).select(['nav_office_id', 'assigned_user_id', 'case_id']).executeTakeFirstOrThrow();
    conversationId = link.conversationId;
    navOfficeId = conversation.nav_office_id;
    assignedUserId = conversation.assigned_user_id;
    caseId = conversation.case_id;
  } else {
    // A new thread: about the person's sick-leave case when there is one open, at its office.
    const sickCase = await tx
      .selectFrom('sick_case')
      .where('citizen_id', '=', parties.citizen.id)
      .where('status', 'in', [...OPEN_STATUSES])
      .select(['id', 'nav_office_id', 'assigned_user_id'])
      .orderBy('first_day', 'desc')
      .executeTakeFirst();
    caseId = theme.list === CODE_SYSTEMS.gpNote && theme.code === 2 ? null : (sickCase?.id ?? null);
    const office = (caseId ? sickCase?.nav_office_id : null) ?? parties.receiverOfficeId ?? parties.citizen.navOfficeId;
    if (!office) throw new Error('no NAV office for the person');
    navOfficeId = office;
    assignedUserId = caseId ? (sickCase?.assigned_user_id ?? null) : null;
    conversationId = '';
  }

  const dueOn = expectsAnswer ? navReplyDueOn(now, navReplyWorkingDaysFor(deps.settings, navOfficeId)) : null;
  const subjectLine =
    message.body.subject?.trim() ||
    (isMeetingReply ? MEETING_REPLY_LABELS[theme.code] : theme.list === CODE_SYSTEMS.gpNote ? GP_NOTE_CODES[theme.code]?.nb : undefined) ||
    'Melding fra lege';
  const body = isMeetingReply ? `${MEETING_REPLY_LABELS[theme.code] ?? 'Svar på innkalling'}${text ? `\n\n${text}` : ''}` : text;
  const row = {
    parent_id: link?.parentMessageId ?? null,
    kind,
    code_system: codeSystem,
    code: theme.code,
    sender_side: 'gp' as const,
    sender_user_id: null,
    sender_name: senderName,
    sender_org_name: message.sender.organisation.name,
    recipient_org_id: navOfficeId,
    recipient_person_id: null,
    recipient_user_id: assignedUserId,
    body,
    request_kind: null,
    tariff_code: null,
    legal_basis: null,
    due_on: dueOn,
    due_at: dueOn ? deadlineInstant(dueOn) : null,
    expects_answer: expectsAnswer,
    delivered_at: now,
    idempotency_key: null,
    payload_hash: null,
    created_at: now,
  };

  let dialogueMessageId: string;
  if (link) {
    dialogueMessageId = await appendMessage(tx, { ...row, conversation_id: conversationId }, now, text);
  } else {
    const patient = await tx.selectFrom('citizen').where('id', '=', parties.citizen.id).select(['given_name', 'family_name']).executeTakeFirstOrThrow();
    const started = await startThread(
      tx,
      {
        citizen_id: parties.citizen.id,
        case_id: caseId,
        nav_office_id: navOfficeId,
        gp_person_id: parties.gp.personId,
        gp_office_id: parties.gp.officeId,
        assigned_user_id: assignedUserId,
        subject: subjectLine.slice(0, 200),
        started_by: 'gp',
        request_kind: null,
        search_text: [personName(patient.given_name, patient.family_name), parties.gp.name, subjectLine].join(' '),
        created_at: now,
      },
      row,
      text,
    );
    conversationId = started.conversationId;
    dialogueMessageId = started.messageId;
  }

  if (attachments.length > 0) {
    await tx
      .insertInto('dialogue_attachment')
      .values(
        attachments.map((a) => ({
          conversation_id: conversationId,
          message_id: dialogueMessageId,
          uploaded_by: null,
          filename: a.filename,
          media_type: a.mediaType,
          category: 'document' as const,
          size_bytes: a.content.length,
          sha256: createHash('sha256').update(a.content).digest('hex'),
          content: a.content,
          created_at: now,
        })),
      )
      .execute();
  }
  if (requestToSettle) await settleRequest(tx, requestToSettle, dialogueMessageId, now);
  else if (link) await settleWaitingNotes(tx, conversationId, 'gp', dialogueMessageId, now);
  await refreshAwaiting(tx, conversationId);
  if (isMeetingReply) await applyNationalReply(tx, deps, { conversationId, code: theme.code, text, gpPersonId: parties.gp.personId });

  const readers = assignedUserId ? [assignedUserId] : await officeUsers(tx, navOfficeId, ['nav_adviser', 'nav_manager']);
  await tell(tx, deps.clock, deps.config, kind === 'answer' ? 'answer' : 'gp_message', readers, conversationId);
  return { conversationId, dialogueMessageId, linkedBy };
}
