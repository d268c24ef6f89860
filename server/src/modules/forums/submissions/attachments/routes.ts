import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext } from '../../../../platform/context.js';
import type { ForumCtx } from '../../access.js';
import { IdParams } from '../../body-schemas.js';
import { ALLOWED_TYPES } from './file-types.js';
import { AttachmentLimitsSchema, AttachmentSchema, AttachmentsBody } from './schemas.js';
import { addAttachments, readAttachment } from './store.js';
import type { AttachmentLimits } from './check.js';

/**
 * The largest request that may carry a submission with its files: base64 makes three bytes four
 * characters; the texts and JSON around them get a megabyte. Used by the submission route too.
 */
export const submissionBodyLimit = (limits: AttachmentLimits) => Math.ceil((limits.attachmentsMaxTotalBytes * 4) / 3) + 1024 * 1024;

/** A name for Content-Disposition: ASCII fallback plus the UTF-8 original (RFC 6266). */
const disposition = (filename: string) => `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** Attachments on submissions (issue 9; ADR 0005 "Attachments"). Thin: schemas in, one use case, schemas out. */
export async function forumAttachmentRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['forums'];
  const limits = config.forums;
  const ctxOf = (request: FastifyRequest): ForumCtx => actorContext(request, clock);

  app.get('/api/forum-attachment-limits', { schema: { tags, response: { 200: AttachmentLimitsSchema } } }, async (request) => {
    ctxOf(request);
    return {
      maxBytes: limits.attachmentMaxBytes,
      maxTotalBytes: limits.attachmentsMaxTotalBytes,
      maxCount: limits.attachmentsMaxCount,
      types: ALLOWED_TYPES.map((t) => ({ mime: t.mime, extensions: [...t.extensions] })),
    };
  });

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof AttachmentsBody> }>(
    '/api/forum-submissions/:id/attachments',
    { schema: { tags, params: IdParams, body: AttachmentsBody, response: { 201: Type.Object({ attachments: Type.Array(AttachmentSchema) }) } }, bodyLimit: submissionBodyLimit(limits) },
    async (request, reply) => reply.code(201).send({ attachments: await addAttachments(db, ctxOf(request), limits, request.params.id, request.body.attachments) }),
  );

  app.get<{ Params: Static<typeof IdParams> }>('/api/forum-attachments/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const file = await readAttachment(db, ctxOf(request), request.params.id);
    return reply
      .type(file.media_type)
      .header('content-disposition', disposition(file.filename))
      .header('x-content-type-options', 'nosniff')
      // Opened in a tab anyway, it may not run anything or reach this origin.
      .header('content-security-policy', "sandbox; default-src 'none'")
      .send(file.content);
  });
}
