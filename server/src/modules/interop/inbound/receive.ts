import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import type { Database } from '../../../platform/db/schema.js';
import { allowedTypeOf, cleanFilename } from '../../dialogue/commands/attachments.js';
import type { DialogueSettings } from '../../dialogue/settings.js';
import type { Dialogmelding, Party } from '../domain/model.js';
import { appRecError, type AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import { parseAppRec, parseDialogmelding } from '../domain/xml/parse.js';
import { documentText } from '../document-text.js';
import { applyReceipt } from '../receipts.js';
import type { InboundDocument, ReceiveOutcome, Transport } from './inbound.js';
import { storeInboundDocuments, type PreparedAttachment } from './store.js';

export type { ReceiveOutcome, Transport } from './inbound.js';

export interface ReceiveDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'demoMode' | 'interop'>;
  settings: () => Promise<DialogueSettings>;
  requestId?: string;
}

const APPREC_NAMESPACE = 'http://www.kith.no/xmlstds/apprec/2004-11-21';

/** An AppRec announces itself by its namespace near the top of the document. */
export function looksLikeAppRec(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return head.includes(APPREC_NAMESPACE) && !head.includes('xmlstds/msghead');
}

/**
 * Receives one national document from any transport: a GP's message is validated, linked to its
 * thread, stored with its attachments and answered with an AppRec — only after it is committed,
 * so an acknowledged message is never lost. The same MsgId again gets the same AppRec and is
 * stored once. A receipt for one of our documents updates that document's delivery status.
 * (The HTTP endpoint stores documents that arrive together in one transaction: see batcher.ts.)
 */
export async function receiveDocument(deps: ReceiveDeps, bytes: Uint8Array, transport: Transport): Promise<ReceiveOutcome> {
  const requestId = deps.requestId ?? randomUUID();
  if (looksLikeAppRec(bytes)) return receiveReceipt(deps, { actor: null, requestId, clock: deps.clock }, bytes);
  const document = await readDocument(deps, bytes, transport, requestId);
  const [settled] = await storeInboundDocuments(deps.db, { clock: deps.clock, config: deps.config, settings: await deps.settings() }, [document]);
  if (!settled!.ok) throw settled!.error;
  return settled!.outcome;
}

/**
 * A GP's document read and checked without the database: parsed and validated, its attachments
 * taken for what they are. A document that fails here is refused for its content (with reasons).
 */
export async function readDocument(deps: Pick<ReceiveDeps, 'config'>, bytes: Uint8Array, transport: Transport, requestId: string): Promise<InboundDocument> {
  const { interop } = deps.config;
  const parsed = parseDialogmelding(bytes, { allowSynthetic: deps.config.demoMode, maxBytes: interop.maxDocumentBytes });
  const msgId = parsed.ok ? parsed.message.msgId : (parsed.msgId ?? null);
  const nav: Party = { organisation: { name: 'NAV', orgNumber: interop.navOrgNumber, herId: interop.navHerId } };
  if (!parsed.ok) {
    const from: Party = parsed.partial?.sender ?? { organisation: { name: 'Ukjent avsender' } };
    const header = { msgId, type: parsed.partial?.type ?? null, generatedAt: parsed.partial?.generatedAt ?? null, from, to: parsed.partial?.receiver ?? nav };
    return { kind: 'reject', header, bytes, transport, requestId, errors: parsed.errors };
  }
  const message = parsed.message;
  const header = { msgId, type: message.type, generatedAt: message.generatedAt, from: message.sender, to: message.receiver };
  const prepared = await prepareAttachments(message, interop.maxAttachments);
  if (!prepared.ok) return { kind: 'reject', header, bytes, transport, requestId, errors: prepared.errors };
  return { kind: 'store', header, bytes, transport, requestId, message, envelope: parsed.envelope, schemaWarnings: parsed.schemaWarnings, attachments: prepared.attachments };
}

/**
 * Attachments are taken for what their content is, not what the sender called it (EPJs label PNGs
 * "image/jpeg" or "image/pjpeg"); anything but PDF, JPEG or PNG refuses the whole message with
 * the attachment named, so nothing is dropped without the sender knowing.
 */
async function prepareAttachments(message: Dialogmelding, max: number): Promise<{ ok: true; attachments: PreparedAttachment[] } | { ok: false; errors: AppRecErrorItem[] }> {
  if (message.attachments.length > max) {
    return { ok: false, errors: [appRecError('X99', `Meldingen har ${message.attachments.length} vedlegg; høyst ${max} tas imot.`)] };
  }
  const attachments: PreparedAttachment[] = [];
  const errors: AppRecErrorItem[] = [];
  for (const [index, attachment] of message.attachments.entries()) {
    const { allowed, detected } = await allowedTypeOf(attachment.content);
    if (!allowed) {
      errors.push(appRecError('T99', `Vedlegg ${index + 1} («${attachment.description}», oppgitt ${attachment.mediaType}) er ${detected === 'unknown' ? 'av ukjent type' : detected}; bare PDF, JPEG og PNG tas imot.`));
      continue;
    }
    const extension = allowed === 'application/pdf' ? 'pdf' : allowed === 'image/png' ? 'png' : 'jpg';
    attachments.push({ filename: cleanFilename(`${attachment.description || 'Vedlegg'}.${extension}`), mediaType: allowed, content: Buffer.from(attachment.content) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, attachments };
}

export async function receiveReceipt(deps: ReceiveDeps, audit: AuditContext, bytes: Uint8Array): Promise<ReceiveOutcome> {
  const parsed = parseAppRec(bytes);
  if (!parsed.ok) return { result: 'rejected', apprec: null, errors: parsed.errors, msgId: null, conversationId: null };
  const receipt = parsed.apprec;
  const outcome = await deps.db.transaction().execute((tx) => applyReceipt(tx, { clock: deps.clock, config: deps.config, audit }, receipt, documentText(bytes)));
  if (outcome === 'unknown_message') {
    return { result: 'rejected', apprec: null, errors: [appRecError('E10', `Kvitteringen gjelder en melding vi ikke har sendt (${receipt.original.msgId}).`)], msgId: receipt.id, conversationId: null };
  }
  return {
    result: outcome === 'duplicate' ? 'duplicate' : 'receipt',
    apprec: null,
    errors: [],
    msgId: receipt.id,
    conversationId: null,
  };
}
