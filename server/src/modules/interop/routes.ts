import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { dialogueSettingsCache } from '../dialogue/settings.js';
import { checkLatin1, describeUnsupported } from './domain/latin1.js';
import { documentText } from './document-text.js';
import { InboundBatcher } from './inbound/batcher.js';
import { looksLikeAppRec, readDocument, receiveReceipt, type ReceiveOutcome } from './inbound/receive.js';

const XML_TYPES = ['application/xml', 'text/xml'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const TextCheckBody = Type.Object({ text: Type.String({ maxLength: 100_000 }) }, { additionalProperties: false });
const LogQuery = Type.Object(
  {
    direction: Type.Optional(Type.Union([Type.Literal('in'), Type.Literal('out')])),
    status: Type.Optional(Type.Union([Type.Literal('ordered'), Type.Literal('sent'), Type.Literal('ok'), Type.Literal('rejected'), Type.Literal('failed'), Type.Literal('stored')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

/** Constant-time comparison, so the token cannot be guessed by timing. */
function tokenMatches(sent: string, expected: string) {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1]! : null;
}

export async function interopRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['interop'];
  const settings = dialogueSettingsCache(db).get;
  const batcher = new InboundBatcher(db, { clock, config, settings });
  /** Read and checked per request (spread over the event loop); stored with the documents that arrive with it. */
  const receive = async (bytes: Buffer, requestId: string): Promise<ReceiveOutcome> => {
    if (looksLikeAppRec(bytes)) return receiveReceipt({ db, clock, config, settings }, { actor: null, requestId, clock }, bytes);
    return batcher.store(await readDocument({ config }, bytes, 'http', requestId));
  };

  // Only this plugin's routes take XML; the bytes are kept as they came (the declared encoding decides).
  app.addContentTypeParser(XML_TYPES, { parseAs: 'buffer', bodyLimit: config.interop.maxDocumentBytes }, (_request, body, done) => done(null, body));

  /**
   * For record systems and message-service adapters, not people: one MsgHead document in, its
   * AppRec out — after the message is committed. The same MsgId again gets the same AppRec.
   */
  app.post(
    '/api/interop/messages',
    {
      config: { access: 'public', csrf: false },
      bodyLimit: config.interop.maxDocumentBytes,
      schema: { tags, summary: 'Receive a MsgHead + Dialogmelding document (or an AppRec for one of ours); answers with an AppRec' },
    },
    async (request, reply) => {
      const expected = config.interop.token;
      if (!expected) throw new AppError('INTEROP_DISABLED');
      const sent = bearerToken(request);
      if (!sent || !tokenMatches(sent, expected)) throw new AppError('INTEROP_TOKEN_INVALID');
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!XML_TYPES.includes(type) || !Buffer.isBuffer(request.body)) throw new AppError('INTEROP_NOT_XML');
      const outcome = await receive(request.body, request.id);
      if (outcome.result === 'receipt' || (outcome.result === 'duplicate' && outcome.apprec === null)) return reply.code(204).send();
      // Receipts are never answered with a receipt: a bad one gets a plain error.
      if (outcome.apprec === null) throw new AppError(outcome.errors.some((e) => e.code === 'E10') ? 'INTEROP_RECEIPT_UNMATCHED' : 'INTEROP_RECEIPT_INVALID', { errors: outcome.errors });
      return reply
        .code(outcome.result === 'rejected' ? 422 : 200)
        .header('x-interop-result', outcome.result)
        .type('application/xml; charset=utf-8')
        .send(outcome.apprec);
    },
  );

  /** What a GP's record system will show of a text: transliterations and characters it cannot show. */
  app.post<{ Body: Static<typeof TextCheckBody> }>('/api/interop/text-check', { schema: { tags, body: TextCheckBody } }, async (request) => {
    actorContext(request, clock);
    const result = checkLatin1(request.body.text);
    return {
      ok: result.ok,
      transliterated: result.transliterated,
      replaced: result.replaced,
      unsupported: result.unsupported,
      message: result.ok ? null : describeUnsupported(result, request.lang),
    };
  });

  /** The interop log for administrators: what came in and went out, its status and reasons; no content. */
  app.get<{ Querystring: Static<typeof LogQuery> }>('/api/admin/interop/messages', { schema: { tags, querystring: LogQuery } }, async (request) => {
    const ctx = actorContext(request, clock);
    if (ctx.actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
    const { direction, status, limit = 50, offset = 0 } = request.query;
    let query = db.selectFrom('interop_message as i').leftJoin('organisation as o', 'o.id', 'i.counterpart_org_id');
    if (direction) query = query.where('i.direction', '=', direction);
    if (status) query = query.where('i.status', '=', status);
    const [rows, total] = await Promise.all([
      query
        .select(['i.id', 'i.direction', 'i.msg_id', 'i.msg_type', 'i.code_system', 'i.code', 'i.status', 'i.transport', 'i.envelope', 'i.size_bytes', 'i.errors', 'i.schema_warnings', 'i.conversation_id', 'i.created_at', 'i.sent_at', 'i.acknowledged_at', 'o.name as counterpart'])
        .orderBy('i.created_at', 'desc')
        .orderBy('i.id')
        .limit(limit)
        .offset(offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(total.n),
      items: rows.map((r) => ({
        id: r.id,
        direction: r.direction,
        msgId: r.msg_id,
        type: r.msg_type,
        code: r.code_system ? { system: r.code_system, value: r.code } : null,
        status: r.status,
        transport: r.transport,
        envelope: r.envelope,
        sizeBytes: r.size_bytes,
        errors: r.errors,
        schemaWarnings: r.schema_warnings.length,
        conversationId: r.conversation_id,
        counterpart: r.counterpart,
        createdAt: new Date(r.created_at).toISOString(),
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
        acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
      })),
    };
  });

  /** One document as it travelled, with its receipt and the schema deviations: read access is audited. */
  app.get<{ Params: Static<typeof IdParams> }>('/api/admin/interop/messages/:id', { schema: { tags, params: IdParams } }, async (request) => {
    const ctx = actorContext(request, clock);
    if (ctx.actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
    const row = await db.selectFrom('interop_message').where('id', '=', request.params.id).selectAll().executeTakeFirst();
    if (!row) throw new AppError('INTEROP_MESSAGE_NOT_FOUND');
    await recordAudit(db, ctx, { action: 'read', citizenId: row.citizen_id, objectType: 'interop_message', objectId: row.id, purpose: 'directory_administration' });
    return {
      id: row.id,
      direction: row.direction,
      msgId: row.msg_id,
      type: row.msg_type,
      status: row.status,
      errors: row.errors,
      schemaWarnings: row.schema_warnings,
      conversationId: row.conversation_id,
      // Documents are kept as received: Latin-1 ones are shown decoded as declared.
      document: row.document ? documentText(row.document) : null,
      apprec: row.apprec,
      createdAt: new Date(row.created_at).toISOString(),
    };
  });
}
