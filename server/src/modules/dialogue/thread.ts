import type { Insertable, Transaction } from 'kysely';
import type { Database, DialogueMessageTable, DialogueSide } from '../../platform/db/schema.js';

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
