import type { Executor } from '../../access.js';

/** A submission's attachment as the API shows it: never its content. */
export interface AttachmentView {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  textCheck: 'full' | 'partial' | 'none';
  createdAt: string;
}

const META = ['id', 'submission_id', 'filename', 'media_type', 'size_bytes', 'text_check', 'created_at'] as const;

/** The attachments of some cases, without their content, oldest first. */
export async function attachmentsOf(db: Executor, submissionIds: readonly string[]): Promise<Map<string, AttachmentView[]>> {
  const bySubmission = new Map<string, AttachmentView[]>();
  if (submissionIds.length === 0) return bySubmission;
  const rows = await db.selectFrom('forum_submission_attachment').where('submission_id', 'in', [...submissionIds]).select(META).orderBy('seq').execute();
  for (const row of rows) {
    const list = bySubmission.get(row.submission_id) ?? [];
    list.push({ id: row.id, filename: row.filename, mediaType: row.media_type, sizeBytes: row.size_bytes, textCheck: row.text_check, createdAt: row.created_at.toISOString() });
    bySubmission.set(row.submission_id, list);
  }
  return bySubmission;
}
