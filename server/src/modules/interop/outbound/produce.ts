import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import type { Database } from '../../../platform/db/schema.js';
import { osloDate } from '../../dialogue/domain/deadlines.js';
import { tell } from '../../dialogue/notices.js';
import { officeUsers } from '../../dialogue/parties.js';
import type { RequestKind } from '../../dialogue/domain/codes.js';
import { renderLetterPdf } from '../domain/letter-pdf.js';
import { missingAddress, outboundLetter, outboundMessage, type OutboundFacts } from '../domain/outbound.js';
import type { AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import { buildAndValidate } from '../domain/xml/build.js';
import { teamUpdateFacts } from './team-update-facts.js';
import { firstHer, RECEIVER_COLUMNS, receiverFacts } from './address-facts.js';

type Tx = Transaction<Database>;

/** Where produced documents go: the folder transport, or a production adapter for the national message service. */
export interface OutboundTransport {
  send(name: string, xml: string): Promise<unknown>;
}

export interface ProduceDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  transport: OutboundTransport;
}

const MAX_ATTEMPTS = 5;

/**
 * Produces the national documents the platform owes (ordered in the same transaction as each
 * message): facts → letter PDF → MsgHead + Dialogmelding, validated against the schemas, handed
 * to the transport, then marked sent. Rows are claimed with SKIP LOCKED, so several instances
 * share the work. A crash after the hand-over re-sends the same file name on the next pass,
 * which the receiver recognises by its MsgId.
 */
export async function produceOwedDocuments(deps: ProduceDeps, batchSize = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await deps.db.transaction().execute(async (tx) => {
    const owed = await tx
      .selectFrom('interop_message')
      .where('status', '=', 'ordered')
      .select(['id', 'dialogue_message_id', 'team_gp_update_id', 'attempts'])
      .orderBy('created_at')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of owed) {
      const facts = await factsOf(tx, row);
      if (facts === undefined) continue;
      const missing = facts ? missingAddress(facts) : [{ code: 'X99', text: 'Annen feil', details: 'Meldingen finnes ikke.' }];
      if (!facts || missing.length > 0) {
        await failDocument(tx, deps, row.id, missing);
        failed++;
        continue;
      }
      try {
        const pdf = await renderLetterPdf(outboundLetter(facts));
        const xml = buildAndValidate(outboundMessage(facts, pdf));
        await deps.transport.send(`${facts.messageId}.xml`, xml);
        const bytes = Buffer.from(xml, 'utf8');
        await tx
          .updateTable('interop_message')
          .set({ status: 'sent', document: bytes, size_bytes: bytes.length, sent_at: deps.clock.now(), attempts: row.attempts + 1, envelope: 'bare', transport: 'folder' })
          .where('id', '=', row.id)
          .execute();
        sent++;
      } catch (error) {
        const attempts = row.attempts + 1;
        if (attempts >= MAX_ATTEMPTS) {
          await failDocument(tx, deps, row.id, [{ code: 'X99', text: 'Annen feil', details: `Dokumentet kunne ikke lages: ${(error as Error).message}`.slice(0, 500) }]);
          failed++;
        } else {
          await tx.updateTable('interop_message').set({ attempts }).where('id', '=', row.id).execute();
        }
      }
    }
  });
  return { sent, failed };
}

/**
 * What an ordered row says: a dialogue message's facts, or a team's update to the GP (issue 8);
 * undefined for a row that is neither (nothing this worker knows how to write).
 */
async function factsOf(tx: Tx, row: { dialogue_message_id: string | null; team_gp_update_id: string | null }): Promise<OutboundFacts | null | undefined> {
  if (row.dialogue_message_id) return outboundFacts(tx, row.dialogue_message_id);
  if (row.team_gp_update_id) return teamUpdateFacts(tx, row.team_gp_update_id);
  return undefined;
}

/**
 * Marks a document failed with its reasons and tells who can act. A dialogue message's failure
 * becomes a case task and a notice to the thread's readers; a team's update has no conversation,
 * so it is only audited (with the person it is about) — the GP still has it in the platform.
 */
async function failDocument(tx: Tx, deps: ProduceDeps, id: string, errors: AppRecErrorItem[]) {
  const now = deps.clock.now();
  const row = await tx
    .updateTable('interop_message')
    .set({ status: 'failed', errors: JSON.stringify(errors), acknowledged_at: now })
    .where('id', '=', id)
    .returning(['conversation_id', 'dialogue_message_id', 'team_gp_update_id', 'citizen_id'])
    .executeTakeFirstOrThrow();
  const audit: AuditContext = { actor: null, requestId: randomUUID(), clock: deps.clock };
  const detail = { failed: errors.map((e) => e.code) };
  if (!row.conversation_id) {
    if (row.team_gp_update_id) {
      await recordAudit(tx, audit, { action: 'update', citizenId: row.citizen_id, objectType: 'interop_message', objectId: id, purpose: 'health_care', detail });
    }
    return;
  }
  const conversation = await tx.selectFrom('conversation').where('id', '=', row.conversation_id).select(['case_id', 'nav_office_id', 'assigned_user_id', 'citizen_id']).executeTakeFirstOrThrow();
  await recordAudit(tx, audit, { action: 'update', citizenId: conversation.citizen_id, objectType: 'interop_message', objectId: id, purpose: 'sick_leave_follow_up', detail });
  if (conversation.case_id) {
    await tx
      .insertInto('case_task')
      .values({ case_id: conversation.case_id, note_id: null, kind: 'message_not_sent', owner_kind: 'nav_office', owner_org_id: conversation.nav_office_id, owner_person_id: null, due_on: osloDate(now), message_id: row.dialogue_message_id })
      .execute();
  }
  const readers = conversation.assigned_user_id ? [conversation.assigned_user_id] : await officeUsers(tx, conversation.nav_office_id, ['nav_manager']);
  await tell(tx, deps.clock, deps.config, 'delivery_failed', readers, row.conversation_id);
}

/** Everything the document says, read in one statement. */
export async function outboundFacts(db: Kysely<Database> | Tx, messageId: string): Promise<OutboundFacts | null> {
  const row = await db
    .selectFrom('dialogue_message as m')
    .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
    .innerJoin('citizen as z', 'z.id', 'c.citizen_id')
    .innerJoin('organisation as nav', 'nav.id', 'c.nav_office_id')
    .innerJoin('person as gp', 'gp.id', 'c.gp_person_id')
    .leftJoin('organisation as gpo', 'gpo.id', 'c.gp_office_id')
    .where('m.id', '=', messageId)
    .select([
      'm.id',
      'm.parent_id',
      'm.kind',
      'm.code_system',
      'm.code',
      'm.created_at',
      'm.body',
      'm.sender_name',
      'm.sender_user_id',
      'm.request_kind',
      'm.tariff_code',
      'm.due_on',
      'c.subject',
      sql<string>`(select first.id from dialogue_message first where first.conversation_id = c.id order by first.created_at, first.id limit 1)`.as('start_id'),
      'nav.name as nav_name',
      'nav.org_number as nav_org_number',
      'nav.her_ids as nav_her_ids',
      ...RECEIVER_COLUMNS,
    ])
    .executeTakeFirst();
  if (!row || row.kind === 'answer') return null;
  // What the message carries besides its letter (NAV's messages carry none today but a shared plan's PDF).
  const attached = await db.selectFrom('dialogue_attachment').where('message_id', '=', messageId).select(['filename', 'media_type', 'content']).orderBy('created_at').execute();
  const questions =
    row.kind === 'request'
      ? await db.selectFrom('request_question').where('message_id', '=', messageId).select(['text', 'is_open']).orderBy('position').execute()
      : [];
  return {
    messageId: row.id,
    conversationStartId: row.start_id,
    parentMessageId: row.parent_id,
    kind: row.kind,
    codeSystem: row.code_system,
    code: row.code,
    createdAt: new Date(row.created_at),
    subject: row.subject,
    body: row.body,
    ...(row.kind === 'request' && row.request_kind
      ? { request: { kind: row.request_kind as RequestKind, tariffCode: row.tariff_code, dueOn: row.due_on, questions: questions.map((q) => ({ text: q.text, isOpen: q.is_open })) } }
      : {}),
    sender: { name: row.nav_name, orgNumber: row.nav_org_number, herId: firstHer(row.nav_her_ids) },
    author: row.sender_user_id && row.sender_name ? { name: row.sender_name } : null,
    ...receiverFacts(row),
    attachments: attached.map((a) => ({ description: a.filename, mediaType: a.media_type, content: new Uint8Array(a.content) })),
  };
}
