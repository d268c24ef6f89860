import { createHash, randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { auditRows } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import type { Database } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { personName } from '../../../platform/names.js';
import { planNotifications, type NotificationPlan } from '../../../platform/notify/notify.js';
import { CODE_SYSTEMS, GP_NOTE_CODES } from '../../dialogue/domain/codes.js';
import { deadlineInstant, navReplyDueOn } from '../../dialogue/domain/deadlines.js';
import { noticeFor } from '../../dialogue/notices.js';
import { navReplyWorkingDaysFor, type DialogueSettings } from '../../dialogue/settings.js';
import { threadRow, touchThreads, type TouchedThread } from '../../dialogue/thread.js';
import { buildAppRec } from '../domain/xml/build.js';
import type { AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import { documentFields, receiptFor, type InboundDocument, type ReceiveOutcome } from './inbound.js';
import { applyNationalReply, openInvitationThread } from '../../meetings/public.js';
import { resolvePartiesMany, threadCandidates, type NavAddress, type PatientFacts, type ResolvedParties } from './resolve.js';

type Tx = Transaction<Database>;

export interface PreparedAttachment {
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  content: Buffer;
}

export interface StoreDeps {
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'interop'>;
  settings: DialogueSettings;
}

/** Each document's outcome, or the error that kept it (alone) from being stored. */
export type Settled = { ok: true; outcome: ReceiveOutcome } | { ok: false; error: unknown };

/** Meeting replies (8126): "coming", "another time", "cannot come". */
const MEETING_REPLY_LABELS: Record<number, string> = { 1: 'Svar på innkalling: Ja, jeg kommer', 2: 'Svar på innkalling: Ønsker nytt tidspunkt', 3: 'Svar på innkalling: Kan ikke komme' };

type LinkedBy = 'reference' | 'open_request' | 'latest_thread' | 'new_thread';

/**
 * Stores documents that arrived together in ONE transaction, with a few set-based statements for
 * all of them (the hot path is round trips to the database, not the messages themselves). Each
 * GP's message lands in the dialogue exactly as if written in the platform: an answer settles its
 * request, a note waits for NAV's answer within the office's deadline, the readers are told; each
 * gets its interop record with our AppRec and one audit entry. The answers are given only after
 * the commit. If the transaction fails as a whole, each document is stored on its own, so one bad
 * document never decides the others' outcome.
 */
export async function storeInboundDocuments(db: Kysely<Database>, deps: StoreDeps, documents: readonly InboundDocument[]): Promise<Settled[]> {
  try {
    return await db.transaction().execute((tx) => storeInTransaction(tx, deps, documents));
  } catch (error) {
    if (documents.length > 1) {
      const settled: Settled[] = [];
      for (const document of documents) settled.push(...(await storeInboundDocuments(db, deps, [document])));
      return settled;
    }
    // The same message arrived at the same moment elsewhere: the other one was stored; answer as it was answered.
    const msgId = documents[0]?.header.msgId;
    if (isUniqueViolation(error) && msgId) {
      const seen = (await previouslyReceived(db, [msgId])).get(msgId);
      if (seen) return [{ ok: true, outcome: seen }];
    }
    return [{ ok: false, error }];
  }
}

async function previouslyReceived(db: Kysely<Database> | Tx, msgIds: readonly string[]): Promise<Map<string, ReceiveOutcome>> {
  if (msgIds.length === 0) return new Map();
  const rows = await db.selectFrom('interop_message').where('direction', '=', 'in').where('msg_id', 'in', [...msgIds]).select(['msg_id', 'apprec', 'errors', 'conversation_id']).execute();
  return new Map(rows.map((row) => [row.msg_id!, { result: 'duplicate', apprec: row.apprec, errors: row.errors, msgId: row.msg_id, conversationId: row.conversation_id }]));
}

/** A document with what the directory says about it. */
type Resolved = InboundDocument & { resolution?: { parties: ResolvedParties; patient: PatientFacts } };

async function storeInTransaction(tx: Tx, deps: StoreDeps, documents: readonly InboundDocument[]): Promise<Settled[]> {
  const nav: NavAddress = { orgNumber: deps.config.interop.navOrgNumber, herId: deps.config.interop.navHerId };
  const toStore = documents.flatMap((d, index) => (d.kind === 'store' ? [{ d, index }] : []));
  const resolutions = await resolvePartiesMany(tx, toStore.map(({ d }) => (d.kind === 'store' ? d.message : null!)), nav);
  const resolved: Resolved[] = [...documents];
  toStore.forEach(({ d, index }, n) => {
    const resolution = resolutions[n]!;
    // A message for a party the platform does not know is refused: it must not land with the wrong one.
    resolved[index] = resolution.ok ? { ...d, resolution } : { header: d.header, bytes: d.bytes, transport: d.transport, requestId: d.requestId, kind: 'reject', errors: resolution.errors };
  });

  // Documents that depend on each other (the same MsgId twice; two messages about the same person,
  // who may share a thread) go in successive rounds of the transaction, in the order they came:
  // each round's statements then see the rounds before it, and no row is written twice in one statement.
  const rounds: number[][] = [];
  const lastRound = new Map<string, number>();
  resolved.forEach((d, index) => {
    const keys = [d.header.msgId ? `m:${d.header.msgId}` : null, d.resolution ? `c:${d.resolution.parties.citizen.id}` : null].filter((k): k is string => k !== null);
    const round = Math.max(0, ...keys.map((k) => (lastRound.get(k) ?? -1) + 1));
    for (const k of keys) lastRound.set(k, round);
    (rounds[round] ??= []).push(index);
  });
  const settled: Settled[] = new Array(documents.length);
  for (const round of rounds) {
    const outcomes = await storeRound(tx, deps, round.map((i) => resolved[i]!));
    round.forEach((i, n) => (settled[i] = outcomes[n]!));
  }
  return settled;
}

/** One message's place in the dialogue, decided from what the round read. */
interface Placed {
  conversationId: string;
  isNew: boolean;
  navOfficeId: string;
  assignedUserId: string | null;
  caseId: string | null;
  parentMessageId: string | null;
  requestToSettle: string | null;
  linkedBy: LinkedBy;
}

async function storeRound(tx: Tx, deps: StoreDeps, documents: readonly Resolved[]): Promise<Settled[]> {
  const now = deps.clock.now();
  const seen = await previouslyReceived(tx, documents.flatMap((d) => (d.header.msgId ? [d.header.msgId] : [])));
  const settled: (Settled | undefined)[] = documents.map((d) => {
    const previous = d.header.msgId ? seen.get(d.header.msgId) : undefined;
    return previous ? { ok: true, outcome: previous } : undefined;
  });
  const fresh = documents.map((d, i) => ({ d, i })).filter(({ i }) => !settled[i]);
  const messages = fresh.flatMap(({ d, i }) => (d.kind === 'store' && d.resolution ? [{ d, i, message: d.message, parties: d.resolution.parties, patient: d.resolution.patient }] : []));

  const { candidates, facts } = await threadCandidates(
    tx,
    messages.map((m) => ({ message: m.message, parties: m.parties, fallbacks: m.message.body.theme.list === CODE_SYSTEMS.answer || m.message.body.theme.list === 8126 })),
  );
  // A meeting reply that quotes nothing we know belongs to the GP's open invitation about the
  // person; the meetings module knows which (replies are few, so one question each).
  for (const [n, m] of messages.entries()) {
    if (m.message.body.theme.list !== 8126 || candidates[n]!.reference) continue;
    const invitation = await openInvitationThread(tx, m.parties.gp.personId, m.parties.citizen.id);
    if (!invitation) continue;
    candidates[n] = { ...candidates[n]!, invitation: invitation.conversationId };
    facts.set(invitation.conversationId, invitation.facts);
  }
  const placed: (Placed | Error)[] = messages.map((m, n) => {
    try {
      return place(m.message, m.parties, m.patient, candidates[n]!, facts);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });

  // Lock the requests to settle: a platform answer and this one never both settle it. One already
  // answered or withdrawn keeps this answer as a message in the thread, never lost.
  const toSettle = placed.flatMap((p) => (p instanceof Error || !p.requestToSettle ? [] : [p.requestToSettle]));
  if (toSettle.length > 0) {
    const locked = await sql<{ id: string; answered_at: Date | null; withdrawn_at: Date | null }>`
      select id, answered_at, withdrawn_at from dialogue_message where id in (${sql.join(toSettle)}) order by id for update`.execute(tx);
    const open = new Set(locked.rows.filter((r) => !r.answered_at && !r.withdrawn_at).map((r) => r.id));
    for (const p of placed) if (!(p instanceof Error) && p.requestToSettle && !open.has(p.requestToSettle)) p.requestToSettle = null;
  }

  // The readers: the thread's adviser, else the office's advisers and managers (one read for all offices).
  const offices = [...new Set(placed.flatMap((p) => (p instanceof Error || p.assignedUserId ? [] : [p.navOfficeId])))];
  const officeStaff = new Map<string, string[]>();
  if (offices.length > 0) {
    const staff = await tx.selectFrom('app_user').where('organisation_id', 'in', offices).where('role', 'in', ['nav_adviser', 'nav_manager']).where('active', '=', true).select(['id', 'organisation_id']).execute();
    for (const s of staff) officeStaff.set(s.organisation_id!, [...(officeStaff.get(s.organisation_id!) ?? []), s.id]);
  }

  const rows = emptyRows();
  const touched: TouchedThread[] = [];
  const notices: { n: number; input: ReturnType<typeof noticeFor> }[] = [];
  const storedAs = new Map<number, { apprec: string; conversationId: string }>();
  messages.forEach((m, n) => {
    const p = placed[n]!;
    if (p instanceof Error) {
      settled[m.i] = { ok: false, error: p };
      return;
    }
    const written = messageRows(deps, now, m.d as Extract<Resolved, { kind: 'store' }>, m.parties, m.patient, p);
    rows.conversation.push(...written.conversation);
    rows.dialogue_message.push(written.message);
    rows.dialogue_attachment.push(...written.attachments);
    if (p.requestToSettle) rows.settleRequests.push({ requestId: p.requestToSettle, answerId: written.message.id! });
    else if (!p.isNew) rows.settleNotes.push({ conversationId: p.conversationId, answerId: written.message.id! });
    // A new thread is written whole, its waiting state too; an existing one is brought up to date after the writes.
    if (!p.isNew) touched.push({ conversationId: p.conversationId, appendedBy: 'gp', searchWords: written.searchWords });
    const readers = p.assignedUserId ? [p.assignedUserId] : (officeStaff.get(p.navOfficeId) ?? []);
    notices.push({ n, input: noticeFor(written.message.kind === 'answer' ? 'answer' : 'gp_message', readers, p.conversationId) });
    const apprec = buildAppRec(receiptFor(deps.clock, m.d.header, []));
    const interopId = randomUUID();
    rows.interop_message.push({
      id: interopId,
      ...documentFields(m.d.bytes, m.d.kind === 'store' ? m.d.envelope : null, m.d.transport),
      direction: 'in',
      msg_id: m.message.msgId,
      msg_type: m.message.type,
      code_system: m.message.body.theme.list,
      code: m.message.body.theme.code,
      conversation_ref: m.message.conversation?.conversationId ?? null,
      parent_ref: m.message.conversation?.parentId ?? null,
      status: 'stored',
      dialogue_message_id: written.message.id!,
      conversation_id: p.conversationId,
      citizen_id: m.parties.citizen.id,
      counterpart_org_id: m.parties.gp.officeId,
      schema_warnings: JSON.stringify(m.d.kind === 'store' ? m.d.schemaWarnings : []),
      apprec,
      created_at: now,
    });
    rows.audit_log.push(
      ...auditRows({ actor: null, requestId: m.d.requestId, clock: deps.clock }, [
        {
          action: 'import',
          citizenId: m.parties.citizen.id,
          objectType: 'interop_message',
          objectId: interopId,
          purpose: 'health_care',
          detail: { transport: m.d.transport, msgId: m.message.msgId, linkedBy: p.linkedBy, attachments: written.attachments.length },
        },
      ]),
    );
    storedAs.set(m.i, { apprec, conversationId: p.conversationId });
  });

  // Refused for their content: kept with the reasons (so the same MsgId is answered the same way).
  const rejected = new Map<number, { apprec: string; errors: AppRecErrorItem[] }>();
  for (const { d, i } of fresh) {
    if (d.kind !== 'reject') continue;
    const apprec = buildAppRec(receiptFor(deps.clock, d.header, d.errors));
    // Too large to keep is too large to keep: the reasons and the hash are enough to answer it.
    const keep = d.bytes.length <= deps.config.interop.maxDocumentBytes;
    const interopId = randomUUID();
    rows.interop_message.push({
      id: interopId,
      ...documentFields(keep ? d.bytes : new Uint8Array(), null, d.transport),
      size_bytes: d.bytes.length,
      direction: 'in',
      msg_id: d.header.msgId,
      msg_type: d.header.type,
      code_system: null,
      code: null,
      conversation_ref: null,
      parent_ref: null,
      status: 'rejected',
      dialogue_message_id: null,
      conversation_id: null,
      citizen_id: null,
      counterpart_org_id: null,
      schema_warnings: '[]',
      errors: JSON.stringify(d.errors),
      apprec,
      created_at: now,
    });
    rows.audit_log.push(
      ...auditRows({ actor: null, requestId: d.requestId, clock: deps.clock }, [
        { action: 'import', outcome: 'denied', objectType: 'interop_message', objectId: interopId, purpose: 'health_care', detail: { transport: d.transport, msgId: d.header.msgId, errors: d.errors.map((e) => e.code) } },
      ]),
    );
    rejected.set(i, { apprec, errors: d.errors });
  }

  const plans = await planNotifications(tx, deps.clock, notices.map((x) => x.input), deps.config);
  for (const plan of plans) addNotifications(rows, plan);
  await writeRows(tx, rows, now);
  await touchThreads(tx, touched, now);
  // A reply to a meeting invitation sets the GP's answer on the meeting, as if given in the platform.
  for (const [n, m] of messages.entries()) {
    const p = placed[n]!;
    if (p instanceof Error || m.message.body.theme.list !== 8126) continue;
    await applyNationalReply(tx, deps, { conversationId: p.conversationId, code: m.message.body.theme.code, text: m.message.body.text, gpPersonId: m.parties.gp.personId });
  }

  return documents.map((d, i): Settled => {
    const done = settled[i];
    if (done) return done;
    const stored = storedAs.get(i);
    if (stored) return { ok: true, outcome: { result: 'stored', apprec: stored.apprec, errors: [], msgId: d.header.msgId, conversationId: stored.conversationId } };
    const refused = rejected.get(i)!;
    return { ok: true, outcome: { result: 'rejected', apprec: refused.apprec, errors: refused.errors, msgId: d.header.msgId, conversationId: null } };
  });
}

/**
 * The thread a message belongs to: the one its references lead to; for an answer, else the GP's
 * open request about the patient (which it settles); for an answer or a meeting reply, else the
 * latest thread; else a new thread — about the person's open sick-leave case, at its office.
 */
function place(
  message: Extract<InboundDocument, { kind: 'store' }>['message'],
  parties: ResolvedParties,
  patient: PatientFacts,
  candidates: Awaited<ReturnType<typeof threadCandidates>>['candidates'][number],
  facts: Awaited<ReturnType<typeof threadCandidates>>['facts'],
): Placed {
  const theme = message.body.theme;
  const isAnswer = theme.list === CODE_SYSTEMS.answer;
  const isMeetingReply = theme.list === 8126;
  let link: { conversationId: string; parentMessageId: string | null } | null = candidates.reference
    ? { conversationId: candidates.reference.conversationId, parentMessageId: candidates.reference.messageId }
    : null;
  let linkedBy: LinkedBy = link ? 'reference' : 'new_thread';
  let requestToSettle: string | null = null;
  if (isAnswer) {
    const ref = candidates.reference;
    // A reminder is answered by answering the request it reminds of.
    const requestId = ref?.messageKind === 'request' ? ref.messageId : ref?.messageKind === 'reminder' ? ref.messageParentId : null;
    if (requestId) requestToSettle = requestId;
    else if (!link && candidates.openRequest) {
      link = { conversationId: candidates.openRequest.conversationId, parentMessageId: candidates.openRequest.id };
      linkedBy = 'open_request';
      requestToSettle = candidates.openRequest.id;
    }
  }
  if (!link && isMeetingReply && candidates.invitation) {
    link = { conversationId: candidates.invitation, parentMessageId: null };
    linkedBy = 'latest_thread';
  }
  if (!link && (isAnswer || isMeetingReply) && candidates.latestThread) {
    link = { conversationId: candidates.latestThread, parentMessageId: null };
    linkedBy = 'latest_thread';
  }
  if (link) {
    const thread = facts.get(link.conversationId)!;
    return { conversationId: link.conversationId, isNew: false, ...thread, parentMessageId: link.parentMessageId, requestToSettle, linkedBy };
  }
  const caseId = theme.list === CODE_SYSTEMS.gpNote && theme.code === 2 ? null : (patient.openCase?.id ?? null);
  const office = (caseId ? patient.openCase?.navOfficeId : null) ?? parties.receiverOfficeId ?? parties.citizen.navOfficeId;
  if (!office) throw new Error('no NAV office for the person');
  return {
    conversationId: randomUUID(),
    isNew: true,
    navOfficeId: office,
    assignedUserId: caseId ? (patient.openCase?.assignedUserId ?? null) : null,
    caseId,
    parentMessageId: null,
    requestToSettle: null,
    linkedBy,
  };
}

/** The dialogue rows of one message: its thread when new, the message, its attachments. */
function messageRows(deps: StoreDeps, now: Date, d: Extract<Resolved, { kind: 'store' }>, parties: ResolvedParties, patient: PatientFacts, p: Placed) {
  const message = d.message;
  const theme = message.body.theme;
  const isAnswer = theme.list === CODE_SYSTEMS.answer;
  const isMeetingReply = theme.list === 8126;
  const text = message.body.text.trim();
  const senderName = personName(message.sender.professional?.givenName ?? '', message.sender.professional?.familyName ?? '') || parties.gp.name;
  const codeSystem: 9069 | 8126 | 8128 = isAnswer ? CODE_SYSTEMS.answer : isMeetingReply ? 8126 : CODE_SYSTEMS.gpNote;
  const expectsAnswer = codeSystem === CODE_SYSTEMS.gpNote;
  const dueOn = expectsAnswer ? navReplyDueOn(now, navReplyWorkingDaysFor(deps.settings, p.navOfficeId)) : null;
  const subjectLine =
    message.body.subject?.trim() ||
    (isMeetingReply ? MEETING_REPLY_LABELS[theme.code] : theme.list === CODE_SYSTEMS.gpNote ? GP_NOTE_CODES[theme.code]?.nb : undefined) ||
    'Melding fra lege';
  const body = isMeetingReply ? `${MEETING_REPLY_LABELS[theme.code] ?? 'Svar på innkalling'}${text ? `\n\n${text}` : ''}` : text;
  const messageRow: Insertable<Database['dialogue_message']> = {
    id: randomUUID(),
    conversation_id: p.conversationId,
    parent_id: p.parentMessageId,
    kind: isAnswer && p.requestToSettle ? 'answer' : 'note',
    code_system: codeSystem,
    code: theme.code,
    sender_side: 'gp',
    sender_user_id: null,
    sender_name: senderName,
    sender_org_name: message.sender.organisation.name,
    recipient_org_id: p.navOfficeId,
    recipient_person_id: null,
    recipient_user_id: p.assignedUserId,
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
  const conversation = p.isNew
    ? [
        threadRow(
          {
            id: p.conversationId,
            citizen_id: parties.citizen.id,
            case_id: p.caseId,
            nav_office_id: p.navOfficeId,
            gp_person_id: parties.gp.personId,
            gp_office_id: parties.gp.officeId,
            assigned_user_id: p.assignedUserId,
            subject: subjectLine.slice(0, 200),
            started_by: 'gp',
            request_kind: null,
            search_text: [personName(patient.givenName, patient.familyName), parties.gp.name, subjectLine].join(' '),
            // Its only message is this one: NAV owes a note an answer by its due time (what refreshAwaiting would find).
            awaiting: expectsAnswer ? 'nav' : null,
            next_due_at: messageRow.due_at ?? null,
            created_at: now,
          },
          messageRow,
          text,
        ),
      ]
    : [];
  const attachments = d.attachments.map((a) => ({
    conversation_id: p.conversationId,
    message_id: messageRow.id!,
    uploaded_by: null,
    filename: a.filename,
    media_type: a.mediaType,
    category: 'document' as const,
    size_bytes: a.content.length,
    sha256: createHash('sha256').update(a.content).digest('hex'),
    content: a.content,
    created_at: now,
  }));
  return { conversation, message: messageRow, attachments, searchWords: text };
}

interface Rows {
  conversation: Insertable<Database['conversation']>[];
  dialogue_message: Insertable<Database['dialogue_message']>[];
  dialogue_attachment: Insertable<Database['dialogue_attachment']>[];
  interop_message: Insertable<Database['interop_message']>[];
  audit_log: Insertable<Database['audit_log']>[];
  notification: Insertable<Database['notification']>[];
  email_outbox: Insertable<Database['email_outbox']>[];
  settleRequests: { requestId: string; answerId: string }[];
  settleNotes: { conversationId: string; answerId: string }[];
}

const emptyRows = (): Rows => ({ conversation: [], dialogue_message: [], dialogue_attachment: [], interop_message: [], audit_log: [], notification: [], email_outbox: [], settleRequests: [], settleNotes: [] });

function addNotifications(rows: Rows, plan: NotificationPlan) {
  rows.notification.push(...plan.notifications);
  rows.email_outbox.push(...plan.emails);
}

/** `insert into <table> (<columns>) values (...), (...)`; a column a row leaves out gets its default. */
function insertRows(table: string, rows: readonly object[]): RawBuilder<unknown> {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const value = (row: object, column: string) => {
    const v = (row as Record<string, unknown>)[column];
    return v === undefined ? sql`default` : v;
  };
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(rows.map((row) => sql`(${sql.join(columns.map((c) => value(row, c)))})`))}`;
}

/**
 * Everything the round writes, in one statement: new threads, messages, attachments, settled
 * requests and notes with their tasks, interop records, audit entries, notifications. The parts
 * touch different rows (one message per thread in a round), so they never conflict.
 */
async function writeRows(tx: Tx, rows: Rows, now: Date) {
  const parts: RawBuilder<unknown>[] = [];
  for (const table of ['conversation', 'dialogue_message', 'dialogue_attachment', 'interop_message', 'audit_log', 'notification', 'email_outbox'] as const) {
    if (rows[table].length > 0) parts.push(insertRows(table, rows[table]));
  }
  if (rows.settleRequests.length > 0) {
    // A request is answered: it stops waiting, its "no answer" task is done, the GP's draft goes (thread.ts settleRequest).
    const requests = rows.settleRequests.map((s) => s.requestId);
    parts.push(sql`update dialogue_message m set status = 'answered', answered_at = ${now}, answer_id = v.answer_id
      from unnest(${requests}::uuid[], ${rows.settleRequests.map((s) => s.answerId)}::uuid[]) as v(request_id, answer_id) where m.id = v.request_id`);
    parts.push(sql`update case_task set status = 'done', done_at = ${now} where message_id = any(${requests}::uuid[]) and status in ('open', 'taken')`);
    parts.push(sql`delete from answer_draft where request_id = any(${requests}::uuid[])`);
  }
  if (rows.settleNotes.length > 0) {
    // The GP's message answers NAV's notes that waited for an answer, and their tasks are done (thread.ts settleWaitingNotes).
    // Found thread by thread (lateral), so each lookup uses the thread's index whatever the statistics say.
    parts.push(sql`update dialogue_message m set status = 'answered', answered_at = ${now}, answer_id = w.answer_id
      from (select n.id, v.answer_id from unnest(${rows.settleNotes.map((s) => s.conversationId)}::uuid[], ${rows.settleNotes.map((s) => s.answerId)}::uuid[]) as v(conversation_id, answer_id)
            cross join lateral (select x.id from dialogue_message x where x.conversation_id = v.conversation_id and x.sender_side = 'nav' and x.kind = 'note'
                                  and x.expects_answer and x.answered_at is null) n) w
      where m.id = w.id
      returning m.id`);
    parts.push(sql`update case_task set status = 'done', done_at = ${now} where message_id in (select id from w${sql.raw(String(parts.length - 1))}) and status in ('open', 'taken')`);
  }
  if (parts.length === 0) return;
  await sql`with ${sql.join(parts.map((part, n) => sql`${sql.raw(`w${n}`)} as (${part})`))} select 1`.execute(tx);
}
