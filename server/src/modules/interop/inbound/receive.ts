import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../../../platform/audit/audit.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import type { Database } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { allowedTypeOf, cleanFilename } from '../../dialogue/commands/attachments.js';
import type { DialogueSettings } from '../../dialogue/settings.js';
import type { AppRec, Dialogmelding, Party } from '../domain/model.js';
import { buildAppRec } from '../domain/xml/build.js';
import { appRecError, type AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import { parseAppRec, parseDialogmelding } from '../domain/xml/parse.js';
import { documentText } from '../document-text.js';
import { applyReceipt } from '../receipts.js';
import { resolveParties } from './resolve.js';
import { storeInbound, type PreparedAttachment } from './store.js';

export type Transport = 'http' | 'folder' | 'cli';

export interface ReceiveDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'demoMode' | 'interop'>;
  settings: () => Promise<DialogueSettings>;
  requestId?: string;
}

export interface ReceiveOutcome {
  /** stored: new message kept; duplicate: seen before (same receipt again); rejected: refused with reasons; receipt: an AppRec for one of ours. */
  result: 'stored' | 'duplicate' | 'rejected' | 'receipt';
  /** Our AppRec for the message (none for a receipt: receipts are never acknowledged). */
  apprec: string | null;
  errors: AppRecErrorItem[];
  msgId: string | null;
  conversationId: string | null;
}

const APPREC_NAMESPACE = 'http://www.kith.no/xmlstds/apprec/2004-11-21';

/** An AppRec announces itself by its namespace near the top of the document. */
function looksLikeAppRec(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return head.includes(APPREC_NAMESPACE) && !head.includes('xmlstds/msghead');
}

/**
 * Receives one national document from any transport: a GP's message is validated, linked to its
 * thread, stored with its attachments and answered with an AppRec — only after it is committed,
 * so an acknowledged message is never lost. The same MsgId again gets the same AppRec and is
 * stored once. A receipt for one of our documents updates that document's delivery status.
 */
export async function receiveDocument(deps: ReceiveDeps, bytes: Uint8Array, transport: Transport): Promise<ReceiveOutcome> {
  const audit: AuditContext = { actor: null, requestId: deps.requestId ?? randomUUID(), clock: deps.clock };
  if (looksLikeAppRec(bytes)) return receiveReceipt(deps, audit, bytes);

  const { interop } = deps.config;
  const parsed = parseDialogmelding(bytes, { allowSynthetic: deps.config.demoMode, maxBytes: interop.maxDocumentBytes });
  const msgId = parsed.ok ? parsed.message.msgId : (parsed.msgId ?? null);
  if (msgId) {
    const seen = await previouslyReceived(deps.db, msgId);
    if (seen) return seen;
  }
  const nav: Party = { organisation: { name: 'NAV', orgNumber: interop.navOrgNumber, herId: interop.navHerId } };
  if (!parsed.ok) {
    const from: Party = parsed.partial?.sender ?? { organisation: { name: 'Ukjent avsender' } };
    return reject(deps, audit, bytes, transport, { msgId, type: parsed.partial?.type ?? null, generatedAt: parsed.partial?.generatedAt ?? null, from, to: parsed.partial?.receiver ?? nav }, parsed.errors);
  }

  const message = parsed.message;
  const header = { msgId, type: message.type, generatedAt: message.generatedAt, from: message.sender, to: message.receiver };
  const resolved = await resolveParties(deps.db, message, { orgNumber: interop.navOrgNumber, herId: interop.navHerId });
  if (!resolved.ok) return reject(deps, audit, bytes, transport, header, resolved.errors);
  const prepared = await prepareAttachments(message, interop.maxAttachments);
  if (!prepared.ok) return reject(deps, audit, bytes, transport, header, prepared.errors);

  const apprec = buildAppRec(receiptFor(deps.clock, header, []));
  const settings = await deps.settings();
  try {
    const stored = await deps.db.transaction().execute(async (tx) => {
      const result = await storeInbound(tx, { clock: deps.clock, config: deps.config, settings }, message, resolved.parties, prepared.attachments);
      const row = await tx
        .insertInto('interop_message')
        .values({
          ...documentFields(bytes, parsed.envelope, transport),
          direction: 'in',
          msg_id: message.msgId,
          msg_type: message.type,
          code_system: message.body.theme.list,
          code: message.body.theme.code,
          conversation_ref: message.conversation?.conversationId ?? null,
          parent_ref: message.conversation?.parentId ?? null,
          status: 'stored',
          dialogue_message_id: result.dialogueMessageId,
          conversation_id: result.conversationId,
          citizen_id: resolved.parties.citizen.id,
          counterpart_org_id: resolved.parties.gp.officeId,
          schema_warnings: JSON.stringify(parsed.schemaWarnings),
          apprec,
          created_at: deps.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, audit, {
        action: 'import',
        citizenId: resolved.parties.citizen.id,
        objectType: 'interop_message',
        objectId: row.id,
        purpose: 'health_care',
        detail: { transport, msgId: message.msgId, linkedBy: result.linkedBy, attachments: prepared.attachments.length },
      });
      return result;
    });
    return { result: 'stored', apprec, errors: [], msgId, conversationId: stored.conversationId };
  } catch (error) {
    // The same message arrived twice at once: the other one was stored; answer as it was answered.
    if (isUniqueViolation(error)) {
      const seen = await previouslyReceived(deps.db, message.msgId);
      if (seen) return seen;
    }
    throw error;
  }
}

async function previouslyReceived(db: Kysely<Database>, msgId: string): Promise<ReceiveOutcome | null> {
  const row = await db
    .selectFrom('interop_message')
    .where('direction', '=', 'in')
    .where('msg_id', '=', msgId)
    .select(['apprec', 'errors', 'conversation_id'])
    .executeTakeFirst();
  return row ? { result: 'duplicate', apprec: row.apprec, errors: row.errors, msgId, conversationId: row.conversation_id } : null;
}

interface Header {
  msgId: string | null;
  type: string | null;
  generatedAt: string | null;
  from: Party;
  to: Party;
}

function receiptFor(clock: Clock, header: Header, errors: AppRecErrorItem[]): AppRec {
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

function documentFields(bytes: Uint8Array, envelope: 'bare' | 'fellesformat' | null, transport: Transport) {
  return {
    transport,
    envelope,
    document: Buffer.from(bytes),
    size_bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A refused message is kept with its reasons (so the same MsgId is answered the same way) and answered "rejected". */
async function reject(deps: ReceiveDeps, audit: AuditContext, bytes: Uint8Array, transport: Transport, header: Header, errors: AppRecErrorItem[]): Promise<ReceiveOutcome> {
  const apprec = buildAppRec(receiptFor(deps.clock, header, errors));
  // Too large to keep is too large to keep: the reasons and the hash are enough to answer it.
  const keep = bytes.length <= deps.config.interop.maxDocumentBytes;
  try {
    await deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('interop_message')
        .values({
          ...documentFields(keep ? bytes : new Uint8Array(), null, transport),
          size_bytes: bytes.length,
          direction: 'in',
          msg_id: header.msgId,
          msg_type: header.type,
          code_system: null,
          code: null,
          status: 'rejected',
          errors: JSON.stringify(errors),
          apprec,
          created_at: deps.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, audit, { action: 'import', outcome: 'denied', objectType: 'interop_message', objectId: row.id, purpose: 'health_care', detail: { transport, msgId: header.msgId, errors: errors.map((e) => e.code) } });
    });
  } catch (error) {
    if (isUniqueViolation(error) && header.msgId) {
      const seen = await previouslyReceived(deps.db, header.msgId);
      if (seen) return seen;
    }
    throw error;
  }
  return { result: 'rejected', apprec, errors, msgId: header.msgId, conversationId: null };
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

async function receiveReceipt(deps: ReceiveDeps, audit: AuditContext, bytes: Uint8Array): Promise<ReceiveOutcome> {
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
