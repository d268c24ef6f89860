import { AppError } from '../../../platform/errors.js';
import { auditCatalogue, requireEditor, type CatalogueCtx, type Db, type Tx } from '../access.js';
import type { EntryKind } from '../domain/kinds.js';
import { internalLinks } from '../domain/links.js';
import { publishProblems } from '../domain/publish-rules.js';
import { applyTransition, mayPublish, type EntryStatus, type Transition } from '../domain/workflow.js';
import { deleteDocument, loadEntry, loadVersionContent, publishedKeys, writeDocument, type EntryRow } from '../repository.js';
import { editConflict } from './save.js';
import { authorsSincePublished } from './view.js';

/**
 * Moving an entry through the workflow: submit for review, return to the author with a note,
 * publish (by an editor who wrote none of the changes, or an admin; refused with its own code
 * when required fields are missing, a site's number is not positive, or an internal link points at
 * nothing published), archive and restore. Each carries the version the editor saw: a reviewer
 * never publishes a version they have not read.
 */
async function checkPublishable(db: Db, ctx: CatalogueCtx, entry: EntryRow): Promise<Record<string, unknown>> {
  const authors = await authorsSincePublished(db, entry.id, entry.published_version);
  if (!mayPublish({ userId: ctx.actor.userId, isAdmin: ctx.actor.role === 'admin' }, authors)) throw new AppError('CATALOGUE_REVIEWER_IS_AUTHOR');
  const content = await loadVersionContent(db, entry.id, entry.working_version);
  const [problem] = publishProblems(entry.kind as EntryKind, content, internalLinks(content), await publishedKeys(db), entry.slug);
  if (problem) throw new AppError(problem.code, { fields: problem.fields });
  return content;
}

async function publishWithin(tx: Tx, ctx: CatalogueCtx, entry: EntryRow, content: Record<string, unknown>, now: Date) {
  await tx
    .updateTable('catalogue_version')
    .set({ reviewer_user_id: ctx.actor.userId, reviewer_name: ctx.actor.name, published_at: now })
    .where('entry_id', '=', entry.id)
    .where('version', '=', entry.working_version)
    .execute();
  await writeDocument(tx, { id: entry.id, kind: entry.kind as EntryKind, slug: entry.slug }, entry.working_version, content, now);
}

export async function transitionEntry(db: Db, ctx: CatalogueCtx, entryId: string, input: { action: Transition; version: number; note?: string }): Promise<void> {
  requireEditor(ctx.actor);
  const entry = await loadEntry(db, entryId);
  if (entry.working_version !== input.version) throw await editConflict(db, entryId, input.version);
  const status = entry.status as EntryStatus;
  const decision = applyTransition(status, input.action);
  if (!decision.ok) throw new AppError('CATALOGUE_TRANSITION_INVALID', { status, action: input.action, allowed: decision.allowed });
  const content = input.action === 'publish' ? await checkPublishable(db, ctx, entry) : null;
  const now = ctx.clock.now();
  const moved = await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('catalogue_entry')
      .set({
        status: decision.value,
        status_changed_at: now,
        status_changed_by: ctx.actor.name,
        updated_at: now,
        review_note: input.action === 'return' ? input.note?.trim() || null : null,
        ...(input.action === 'publish' ? { published_version: entry.working_version } : {}),
      })
      .where('id', '=', entryId)
      .where('working_version', '=', input.version)
      .where('status', '=', status)
      .returning('id')
      .executeTakeFirst();
    if (!updated) return false;
    if (content) await publishWithin(tx, ctx, entry, content, now);
    if (input.action === 'archive') await deleteDocument(tx, entryId);
    await auditCatalogue(tx, ctx, { action: 'update', objectId: entryId, detail: { transition: input.action, from: status, to: decision.value, version: input.version } });
    return true;
  });
  if (!moved) throw await lostRace(db, entryId, input);
}

/** Someone changed the entry between the checks and the write: a new version, or a new state. */
async function lostRace(db: Db, entryId: string, input: { action: Transition; version: number }): Promise<AppError> {
  const now = await loadEntry(db, entryId);
  if (now.working_version !== input.version) return editConflict(db, entryId, input.version);
  return new AppError('CATALOGUE_TRANSITION_INVALID', { status: now.status, action: input.action });
}
