import { AppError } from '../../../../platform/errors.js';
import { auditForum, type Db, type Executor, type ForumCtx, type Tx } from '../../access.js';
import { loadSubmission, readableBy } from '../view.js';
import { attachmentsOf, type AttachmentView } from './list.js';
import { checkSizes, prepareAttachments, type AttachmentLimits, type AttachmentUpload, type PreparedAttachment } from './check.js';

/**
 * Storing and serving a submission's attachments (issue 9; the list without content: list.ts). Written in the transaction
 * that stores the submission, or later by the submitter while the case is still 'received' (the
 * body has not begun on it, so what it handles does not change under it). Members of the body
 * (current term), admins and the submitter may download, each download audited; never public.
 */

/** Stores checked files on a case, inside the caller's transaction, one audit entry each. */
export async function insertAttachments(tx: Tx, ctx: ForumCtx, submissionId: string, files: readonly PreparedAttachment[]): Promise<void> {
  for (const file of files) {
    const row = await tx
      .insertInto('forum_submission_attachment')
      .values({
        submission_id: submissionId,
        filename: file.filename,
        media_type: file.mediaType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        text_check: file.textCheck,
        content: file.content,
        uploaded_by: ctx.actor.userId,
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditForum(tx, ctx, { action: 'create', objectType: 'forum_submission_attachment', objectId: row.id, detail: { submissionId, mediaType: file.mediaType, sizeBytes: file.sizeBytes } });
  }
}

/** The submitter adds files to their case while it is still 'received'. */
export async function addAttachments(db: Db, ctx: ForumCtx, limits: AttachmentLimits, submissionId: string, uploads: readonly AttachmentUpload[]): Promise<AttachmentView[]> {
  const current = await loadSubmission(db, submissionId);
  if (current.submitted_by !== ctx.actor.userId) {
    await readableBy(db, ctx, current); // a stranger learns nothing more than 403
    throw new AppError('FORUM_ATTACHMENT_NOT_SUBMITTER');
  }
  if (current.status !== 'received') throw new AppError('FORUM_ATTACHMENT_CLOSED', { status: current.status });
  const already = await storedSoFar(db, submissionId);
  const files = await prepareAttachments(uploads, limits, already);
  await db.transaction().execute(async (tx) => {
    // Locks the case: triage and another upload wait, and the state and limits are checked again.
    const row = await loadSubmission(tx, submissionId, true);
    if (row.status !== 'received') throw new AppError('FORUM_ATTACHMENT_CLOSED', { status: row.status });
    checkSizes(uploads, limits, await storedSoFar(tx, submissionId));
    await insertAttachments(tx, ctx, submissionId, files);
    await tx.updateTable('forum_submission').set({ updated_at: ctx.clock.now() }).where('id', '=', submissionId).execute();
  });
  return (await attachmentsOf(db, [submissionId])).get(submissionId) ?? [];
}

async function storedSoFar(db: Executor, submissionId: string): Promise<{ count: number; bytes: number }> {
  const row = await db
    .selectFrom('forum_submission_attachment')
    .where('submission_id', '=', submissionId)
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.coalesce(eb.fn.sum<string>('size_bytes'), eb.val('0')).as('bytes')])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), bytes: Number(row.bytes) };
}

/** One attachment's content, for someone who may read its case; the download is audited. */
export async function readAttachment(db: Db, ctx: ForumCtx, attachmentId: string) {
  const file = await db.selectFrom('forum_submission_attachment').where('id', '=', attachmentId).select(['id', 'submission_id', 'filename', 'media_type', 'content']).executeTakeFirst();
  if (!file) throw new AppError('FORUM_ATTACHMENT_NOT_FOUND');
  const submission = await loadSubmission(db, file.submission_id);
  const as = await readableBy(db, ctx, submission);
  await auditForum(db, ctx, { action: 'read', objectType: 'forum_submission_attachment', objectId: attachmentId, detail: { submissionId: file.submission_id, as } });
  return file;
}
