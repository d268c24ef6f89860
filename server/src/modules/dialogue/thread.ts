import { sql, type Insertable, type Transaction } from 'kysely';
import type { ConversationTable, Database, DialogueMessageTable, DialogueSide } from '../../platform/db/schema.js';

type Tx = Transaction<Database>;

const SEARCH_TEXT_MAX = 20_000;

/**
 * Adds a message to a thread and keeps the thread's inbox facts current in the same transaction:
 * when something last happened, who has something unread, and the words search finds.
 */
export async function appendMessage(tx: Tx, message: Insertable<DialogueMessageTable>, now: Date, searchWords: string) {
  const stored = await tx.insertInto('dialogue_message').values(message).returning(['id']).executeTakeFirstOrThrow();
  const unreadFor: DialogueSide | null = message.sender_side === 'nav' || message.sender_side === 'system' ? 'gp' : 'nav';
  await tx
    .updateTable('conversation')
    .set((eb) => ({
      last_message_at: now,
      ...(unreadFor === 'gp' ? { gp_unread: true } : { nav_unread: true }),
      search_text: eb.fn('left', [eb('search_text', '||', ` ${searchWords}`), eb.val(SEARCH_TEXT_MAX)]),
    }))
    .where('id', '=', message.conversation_id)
    .execute();
  return stored.id;
}

/**
 * Starts a thread with its first message: the thread is written whole (last activity, who has it
 * unread, the words search finds), so it needs no update right after.
 */
export async function startThread(
  tx: Tx,
  conversation: Omit<Insertable<ConversationTable>, 'last_message_at' | 'gp_unread' | 'nav_unread'>,
  message: Omit<Insertable<DialogueMessageTable>, 'conversation_id'>,
  searchWords: string,
) {
  const unreadFor: DialogueSide = message.sender_side === 'gp' ? 'nav' : 'gp';
  const stored = await tx
    .insertInto('conversation')
    .values({
      ...conversation,
      last_message_at: message.created_at,
      ...(unreadFor === 'gp' ? { gp_unread: true } : { nav_unread: true }),
      search_text: `${conversation.search_text ?? ''} ${searchWords}`.slice(0, SEARCH_TEXT_MAX),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const first = await tx.insertInto('dialogue_message').values({ ...message, conversation_id: stored.id }).returning('id').executeTakeFirstOrThrow();
  return { conversationId: stored.id, messageId: first.id };
}

/**
 * Who owes the thread an answer next and by when: the earliest unanswered message that expects
 * one. Recomputed after every change that can settle or add a deadline.
 */
export async function refreshAwaiting(tx: Tx, conversationId: string) {
  const next = await tx
    .selectFrom('dialogue_message')
    .where('conversation_id', '=', conversationId)
    .where('expects_answer', '=', true)
    .where('answered_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .select(['sender_side', 'due_at'])
    .orderBy('due_at')
    .limit(1)
    .executeTakeFirst();
  await tx
    .updateTable('conversation')
    .set({ awaiting: next ? (next.sender_side === 'gp' ? 'nav' : 'gp') : null, next_due_at: next?.due_at ?? null })
    .where('id', '=', conversationId)
    .execute();
}

/** A request is answered: it stops waiting, its "no answer" task is done, the GP's draft goes. */
export async function settleRequest(tx: Tx, requestId: string, answerId: string, now: Date) {
  await tx.updateTable('dialogue_message').set({ status: 'answered', answered_at: now, answer_id: answerId }).where('id', '=', requestId).execute();
  await tx.updateTable('case_task').set({ status: 'done', done_at: now }).where('message_id', '=', requestId).where('status', 'in', ['open', 'taken']).execute();
  await tx.deleteFrom('answer_draft').where('request_id', '=', requestId).execute();
}

/**
 * A message from one side answers the other side's notes that waited for an answer (never
 * requests: they are settled only by their structured answer), and their tasks are done.
 */
export async function settleWaitingNotes(tx: Tx, conversationId: string, answeringSide: DialogueSide, answerId: string, now: Date) {
  const settled = await tx
    .updateTable('dialogue_message')
    .set({ status: 'answered', answered_at: now, answer_id: answerId })
    .where('conversation_id', '=', conversationId)
    .where('sender_side', '=', answeringSide === 'nav' ? 'gp' : 'nav')
    .where('kind', '=', 'note')
    .where('expects_answer', '=', true)
    .where('answered_at', 'is', null)
    .returning('id')
    .execute();
  if (settled.length > 0) {
    await tx.updateTable('case_task').set({ status: 'done', done_at: now }).where('message_id', 'in', settled.map((s) => s.id)).where('status', 'in', ['open', 'taken']).execute();
  }
}

/** A thread a batch added a message to (at most one message per thread in a statement). */
export interface TouchedThread {
  conversationId: string;
  /** The side the added message is from. */
  appendedBy: DialogueSide;
  searchWords: string;
}

/**
 * `appendMessage`'s inbox facts and `refreshAwaiting` for many threads in one statement, after a
 * batch's messages and settlements are written (it reads them): each thread's last activity,
 * who has it unread, its search words, and who owes the next answer by when.
 */
export async function touchThreads(tx: Tx, threads: readonly TouchedThread[], now: Date) {
  if (threads.length === 0) return;
  // As appendMessage: a message from NAV is unread for the GP, one from the GP for NAV.
  const unreadFor = (t: TouchedThread) => (t.appendedBy === 'nav' ? 'gp' : 'nav');
  await sql`
    update conversation c set
      last_message_at = ${now}::timestamptz,
      gp_unread = c.gp_unread or t.unread_for = 'gp',
      nav_unread = c.nav_unread or t.unread_for = 'nav',
      search_text = left(c.search_text || ' ' || t.words, ${SEARCH_TEXT_MAX}::int),
      awaiting = n.awaiting,
      next_due_at = n.due_at
    from unnest(${threads.map((t) => t.conversationId)}::uuid[], ${threads.map(unreadFor)}::text[], ${threads.map((t) => t.searchWords)}::text[]) as t(id, unread_for, words)
    left join lateral (
      select case when m.sender_side = 'gp' then 'nav' else 'gp' end as awaiting, m.due_at from dialogue_message m
      where m.conversation_id = t.id and m.expects_answer and m.answered_at is null and m.withdrawn_at is null
      order by m.due_at limit 1) n on true
    where c.id = t.id`.execute(tx);
}

/** The conversation row `startThread` writes, for a caller that writes it in its own statement. */
export function threadRow(
  conversation: Omit<Insertable<ConversationTable>, 'last_message_at' | 'gp_unread' | 'nav_unread'>,
  firstMessage: Pick<Insertable<DialogueMessageTable>, 'sender_side' | 'created_at'>,
  searchWords: string,
): Insertable<ConversationTable> {
  const unreadFor: DialogueSide = firstMessage.sender_side === 'gp' ? 'nav' : 'gp';
  return {
    ...conversation,
    last_message_at: firstMessage.created_at,
    gp_unread: unreadFor === 'gp',
    nav_unread: unreadFor === 'nav',
    search_text: `${conversation.search_text ?? ''} ${searchWords}`.slice(0, SEARCH_TEXT_MAX),
  };
}
