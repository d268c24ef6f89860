import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.js';
import type { Executor } from './access.js';

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** The `Idempotency-Key` header, checked; undefined when the client sent none. */
export function idempotencyKeyFrom(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || !KEY.test(key)) throw new AppError('VALIDATION_FAILED', { field: 'Idempotency-Key', reason: '8–200 characters: letters, digits, . _ : -' });
  return key;
}

/** A fingerprint of what was submitted, so a replay can be told from a different form under the same key. */
export function payloadHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The message already stored for this user and key, if any. The same form again is recognised
 * (the caller answers with what was stored); another form under the same key is refused.
 */
export async function previousSubmission(db: Executor, userId: string, key: string | undefined, hash: string) {
  if (!key) return null;
  const row = await db
    .selectFrom('dialogue_message')
    .where('sender_user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .select(['id', 'conversation_id', 'payload_hash'])
    .executeTakeFirst();
  if (!row) return null;
  if (row.payload_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return { messageId: row.id, conversationId: row.conversation_id };
}
