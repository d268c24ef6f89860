import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { conversationFor, type Db, type Executor } from '../access.js';
import type { DialogueCtx } from './context.js';

const ALLOWED = new Set(['application/pdf', 'image/jpeg', 'image/png'] as const);
type AllowedType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface UploadInput {
  filename: string;
  category?: 'document' | 'discharge_summary' | 'journal';
  contentBase64: string;
}

/** A name that is safe to store and to send back in Content-Disposition. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'vedlegg';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
  return cleaned || 'vedlegg';
}

/** The attachment's type as its content shows it, when it is one the dialogue accepts. */
export async function allowedTypeOf(content: Uint8Array): Promise<{ allowed: AllowedType | null; detected: string }> {
  const detected = await fileTypeFromBuffer(content);
  const mime = detected?.mime ?? 'unknown';
  return { allowed: ALLOWED.has(mime as AllowedType) ? (mime as AllowedType) : null, detected: mime };
}

/**
 * Stores an attachment for a message not yet sent. The type is read from the content (a renamed
 * executable stays refused), the size is checked before decoding, and the count per draft is capped.
 */
export async function uploadAttachment(db: Db, ctx: DialogueCtx, conversationId: string, input: UploadInput) {
  const { conversation } = await conversationFor(db, ctx, conversationId);
  const { maxBytes, maxCount } = ctx.settings.attachments;
  // Four base64 characters carry three bytes: refuse before allocating the decoded buffer.
  if (Math.floor((input.contentBase64.length * 3) / 4) > maxBytes + 3) throw new AppError('ATTACHMENT_TOO_LARGE', { maxBytes });
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new AppError('VALIDATION_FAILED', { field: 'contentBase64', reason: 'empty or not base64' });
  if (content.length > maxBytes) throw new AppError('ATTACHMENT_TOO_LARGE', { maxBytes });
  const { allowed: mediaType, detected } = await allowedTypeOf(content);
  if (!mediaType) throw new AppError('ATTACHMENT_TYPE_FORBIDDEN', { detected });
  const pending = await db
    .selectFrom('dialogue_attachment')
    .where('conversation_id', '=', conversationId)
    .where('uploaded_by', '=', ctx.actor.userId)
    .where('message_id', 'is', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(pending.n) >= maxCount) throw new AppError('ATTACHMENT_LIMIT_REACHED', { max: maxCount });
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('dialogue_attachment')
      .values({
        conversation_id: conversationId,
        message_id: null,
        uploaded_by: ctx.actor.userId,
        filename: cleanFilename(input.filename),
        media_type: mediaType,
        category: input.category ?? 'document',
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        created_at: now,
      })
      .returning(['id', 'filename', 'media_type', 'size_bytes', 'category'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'create', citizenId: conversation.citizen_id, objectType: 'dialogue_attachment', objectId: row.id, purpose: 'health_care' });
    return { id: row.id, filename: row.filename, mediaType: row.media_type, sizeBytes: row.size_bytes, category: row.category };
  });
}

/** Removes an attachment from the draft (never one already sent). */
export async function removeDraftAttachment(db: Db, ctx: DialogueCtx, attachmentId: string) {
  const row = await db.selectFrom('dialogue_attachment').where('id', '=', attachmentId).select(['conversation_id', 'uploaded_by', 'message_id']).executeTakeFirst();
  if (!row || row.uploaded_by !== ctx.actor.userId) throw new AppError('ATTACHMENT_NOT_FOUND');
  if (row.message_id) throw new AppError('ATTACHMENT_NOT_USABLE', { reason: 'already sent' });
  const { conversation } = await conversationFor(db, ctx, row.conversation_id);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('dialogue_attachment').where('id', '=', attachmentId).execute();
    await recordAudit(tx, ctx, { action: 'delete', citizenId: conversation.citizen_id, objectType: 'dialogue_attachment', objectId: attachmentId, purpose: 'health_care' });
  });
}

/** An attachment's content for someone in the thread (a draft one only for its uploader). */
export async function readAttachment(db: Db, ctx: DialogueCtx, attachmentId: string) {
  const row = await db.selectFrom('dialogue_attachment').where('id', '=', attachmentId).selectAll().executeTakeFirst();
  if (!row || (!row.message_id && row.uploaded_by !== ctx.actor.userId)) throw new AppError('ATTACHMENT_NOT_FOUND');
  const { conversation } = await conversationFor(db, ctx, row.conversation_id);
  await recordAudit(db, ctx, { action: 'read', citizenId: conversation.citizen_id, objectType: 'dialogue_attachment', objectId: attachmentId, purpose: ctx.actor.role === 'gp' ? 'health_care' : 'sick_leave_follow_up' });
  return row;
}

/**
 * The attachments a message may carry: uploaded by this user to this thread and not sent yet.
 * Refuses the message when any asked-for one is not among them.
 */
export async function draftAttachmentsFor(tx: Executor, conversationId: string, userId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('dialogue_attachment')
    .where('id', 'in', [...ids])
    .where('conversation_id', '=', conversationId)
    .where('uploaded_by', '=', userId)
    .where('message_id', 'is', null)
    .select(['id', 'category'])
    .execute();
  if (rows.length !== ids.length) throw new AppError('ATTACHMENT_NOT_USABLE', { attachmentIds: ids.filter((id) => !rows.some((r) => r.id === id)) });
  return rows;
}
