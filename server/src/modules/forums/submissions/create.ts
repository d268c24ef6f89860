import type { ForumSubmissionKind } from '../../../platform/db/schema-forums.js';
import { AppError } from '../../../platform/errors.js';
import { auditForum, loadBody, requireClinician, type Db, type ForumCtx } from '../access.js';
import { findPersonalData } from '../domain/identifier-detector.js';
import { cleanFields, fieldProblem, searchTextOf, unknownThemes } from '../domain/submission-state.js';
import { prepareAttachments, type AttachmentLimits, type AttachmentUpload } from './attachments/check.js';
import { insertAttachments } from './attachments/store.js';

export interface SubmissionInput {
  kind: ForumSubmissionKind;
  title: string;
  fields: Record<string, string>;
  themes?: string[];
  /** Files stored with the submission, in the same transaction (attachments/check.ts). */
  attachments?: AttachmentUpload[];
}

/**
 * Checks a submission's texts before anything is stored: required and oversized texts, themes
 * from the list, and no text that could identify a patient. The refusal names the field and the
 * kind of finding, never the text that matched.
 */
export function checkSubmission(input: SubmissionInput): { title: string; fields: Record<string, string>; themes: string[] } {
  const problem = fieldProblem(input.kind, input.title, input.fields);
  if (problem) {
    const { code, ...details } = problem;
    throw new AppError(code, details);
  }
  const title = input.title.trim();
  const fields = cleanFields(input.kind, input.fields);
  const findings = findPersonalData({ title, ...fields });
  if (findings.length > 0) throw new AppError('FORUM_PERSONAL_DATA', { field: findings[0]!.field, kind: findings[0]!.kind, findings });
  const themes = [...new Set(input.themes ?? [])];
  const unknown = unknownThemes(themes);
  if (unknown.length > 0) throw new AppError('FORUM_THEME_UNKNOWN', { themes: unknown });
  return { title, fields, themes };
}

/**
 * Any signed-in clinician reports a collaboration deviation or a change proposal to an active
 * body, with any attachments: texts and files are all checked before the one transaction that
 * stores the case and its files, so a refusal leaves nothing behind.
 */
export async function createSubmission(db: Db, ctx: ForumCtx, bodyId: string, input: SubmissionInput, limits: AttachmentLimits): Promise<string> {
  requireClinician(ctx.actor);
  const body = await loadBody(db, bodyId);
  if (!body.active) throw new AppError('FORUM_BODY_NOT_FOUND');
  const { title, fields, themes } = checkSubmission(input);
  const files = await prepareAttachments(input.attachments ?? [], limits);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('forum_submission')
      .values({
        body_id: bodyId,
        kind: input.kind,
        status: 'received',
        title,
        fields: JSON.stringify(fields),
        themes,
        submitted_by: ctx.actor.userId,
        submitter_name: ctx.actor.name,
        submitter_role: ctx.actor.role,
        search_text: searchTextOf(title, fields),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditForum(tx, ctx, { action: 'create', objectType: 'forum_submission', objectId: row.id, detail: { bodyId, kind: input.kind, attachments: files.length } });
    await insertAttachments(tx, ctx, row.id, files);
    return row.id;
  });
}
