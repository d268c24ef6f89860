import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../../../platform/clock.js';
import type { AppRec, Dialogmelding, Party } from '../domain/model.js';
import type { AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import type { Envelope } from '../domain/xml/parse.js';
import type { PreparedAttachment } from './store.js';

export type Transport = 'http' | 'folder' | 'cli';

export interface ReceiveOutcome {
  /** stored: new message kept; duplicate: seen before (same receipt again); rejected: refused with reasons; receipt: an AppRec for one of ours. */
  result: 'stored' | 'duplicate' | 'rejected' | 'receipt';
  /** Our AppRec for the message (none for a receipt: receipts are never acknowledged). */
  apprec: string | null;
  errors: AppRecErrorItem[];
  msgId: string | null;
  conversationId: string | null;
}

/** What our AppRec answers: the message's head as far as it could be read. */
export interface Header {
  msgId: string | null;
  type: string | null;
  generatedAt: string | null;
  from: Party;
  to: Party;
}

/**
 * A GP's document read and checked, ready to be stored: a message to keep, or one refused for
 * its content (kept with its reasons, so the same MsgId is answered the same way).
 */
export type InboundDocument = {
  header: Header;
  bytes: Uint8Array;
  transport: Transport;
  /** The request (or pass) it came with, for the audit entry. */
  requestId: string;
} & (
  | { kind: 'store'; message: Dialogmelding; envelope: Envelope; schemaWarnings: string[]; attachments: PreparedAttachment[] }
  | { kind: 'reject'; errors: AppRecErrorItem[] }
);

export function receiptFor(clock: Clock, header: Header, errors: AppRecErrorItem[]): AppRec {
  const now = clock.now().toISOString();
  return {
    id: randomUUID(),
    generatedAt: now,
    status: errors.length > 0 ? 'rejected' : 'ok',
    errors,
    // We answer as the address the message was sent to, to the party that sent it.
    sender: header.to,
    receiver: header.from,
    original: { type: header.type ?? 'UKJENT', issuedAt: header.generatedAt ?? now, msgId: header.msgId ?? 'ukjent' },
  };
}

export function documentFields(bytes: Uint8Array, envelope: Envelope | null, transport: Transport) {
  return {
    transport,
    envelope,
    document: Buffer.from(bytes),
    size_bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
