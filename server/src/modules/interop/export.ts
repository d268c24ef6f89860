import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { renderLetterPdf } from './domain/letter-pdf.js';
import { missingAddress, outboundLetter, outboundMessage } from './domain/outbound.js';
import { buildAndValidate } from './domain/xml/build.js';
import { outboundFacts } from './outbound/produce.js';

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120);

/**
 * A thread's national documents, in order, as files: those that travelled as they travelled
 * (with their receipts), and for our messages not yet produced, the document they will be.
 */
export async function exportConversation(db: Kysely<Database>, clock: Clock, conversationId: string, folder: string): Promise<string[]> {
  const conversation = await db.selectFrom('conversation').where('id', '=', conversationId).select(['id', 'citizen_id']).executeTakeFirst();
  if (!conversation) throw new Error(`Fant ingen samtale ${conversationId}`);
  const [messages, documents] = await Promise.all([
    db.selectFrom('dialogue_message').where('conversation_id', '=', conversationId).select(['id', 'sender_side', 'code_system', 'created_at']).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('interop_message').where('conversation_id', '=', conversationId).select(['dialogue_message_id', 'direction', 'msg_id', 'document', 'apprec', 'status']).execute(),
  ]);
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: Buffer | string) => {
    const path = join(folder, safe(name));
    writeFileSync(path, content);
    written.push(path);
  };
  let n = 0;
  for (const message of messages) {
    const prefix = String(++n).padStart(3, '0');
    const travelled = documents.find((d) => d.dialogue_message_id === message.id);
    if (travelled?.document && travelled.document.length > 0) {
      write(`${prefix}-${travelled.direction === 'in' ? 'inn' : 'ut'}-${travelled.msg_id ?? message.id}.xml`, travelled.document);
      if (travelled.apprec) write(`${prefix}-apprec-${travelled.msg_id ?? message.id}.xml`, travelled.apprec);
      continue;
    }
    if (message.sender_side === 'gp' || ![8125, 8127, 8129].includes(message.code_system)) continue;
    const facts = await outboundFacts(db, message.id);
    if (!facts || missingAddress(facts).length > 0) continue;
    write(`${prefix}-ut-${message.id}.xml`, buildAndValidate(outboundMessage(facts, await renderLetterPdf(outboundLetter(facts)))));
  }
  await recordAudit(db, { actor: null, requestId: randomUUID(), clock }, { action: 'read', citizenId: conversation.citizen_id, objectType: 'conversation', objectId: conversationId, purpose: 'sick_leave_follow_up', detail: { export: written.length } });
  return written;
}
