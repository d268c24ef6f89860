import { isUniqueViolation } from '../../../platform/db/errors.js';
import { AppError } from '../../../platform/errors.js';
import { auditCatalogue, requireEditor, type CatalogueCtx, type Db, type Executor } from '../access.js';
import { contentErrors } from '../content-schemas.js';
import { changedFields } from '../domain/diff.js';
import type { EntryKind } from '../domain/kinds.js';
import { titleOf } from '../domain/search-document.js';
import { canSave, statusAfterSave, type EntryStatus } from '../domain/workflow.js';
import { loadEntry, loadVersionContent } from '../repository.js';

/**
 * Creating an entry and saving a new version of it. Every save writes a new, immutable version
 * attributed to its editor and carries the version it was based on: if someone saved in between,
 * the save is refused with CATALOGUE_EDIT_CONFLICT naming who saved, when, and what they changed
 * (field by field, with their values), so nothing is overwritten unseen. The check and the write
 * are one conditional UPDATE, so two saves on the same base cannot both win.
 */
function checkedContent(kind: EntryKind, slug: string, content: Record<string, unknown>): Record<string, unknown> {
  const errors = contentErrors(kind, content);
  if (errors.length > 0) throw new AppError('CATALOGUE_CONTENT_INVALID', { errors });
  // The address lives on the entry; the content's copy always follows it.
  return { ...content, slug };
}

export async function createEntry(db: Db, ctx: CatalogueCtx, input: { kind: EntryKind; slug: string; content: Record<string, unknown>; changeNote?: string }): Promise<string> {
  requireEditor(ctx.actor);
  const content = checkedContent(input.kind, input.slug, input.content);
  const now = ctx.clock.now();
  try {
    return await db.transaction().execute(async (tx) => {
      const entry = await tx
        .insertInto('catalogue_entry')
        .values({ kind: input.kind, slug: input.slug, status: 'draft', working_version: 1, title: titleOf(content), status_changed_at: now, status_changed_by: ctx.actor.name, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('catalogue_version')
        .values({ entry_id: entry.id, version: 1, content: JSON.stringify(content), title: titleOf(content), author_user_id: ctx.actor.userId, author_name: ctx.actor.name, change_note: input.changeNote?.trim() || null, created_at: now })
        .execute();
      await auditCatalogue(tx, ctx, { action: 'create', objectId: entry.id, detail: { kind: input.kind, slug: input.slug, version: 1 } });
      return entry.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CATALOGUE_SLUG_TAKEN');
    throw error;
  }
}

/** The 409 answer of a stale save: who saved since the base version, and what they changed. */
export async function editConflict(db: Executor, entryId: string, baseVersion: number): Promise<AppError> {
  const entry = await loadEntry(db, entryId);
  const [base, current, editors] = await Promise.all([
    loadVersionContent(db, entryId, Math.min(baseVersion, entry.working_version)).catch(() => ({})),
    loadVersionContent(db, entryId, entry.working_version),
    db
      .selectFrom('catalogue_version')
      .where('entry_id', '=', entryId)
      .where('version', '>', baseVersion)
      .select(['version', 'author_name as name', 'created_at as at'])
      .orderBy('version', 'desc')
      .execute(),
  ]);
  return new AppError('CATALOGUE_EDIT_CONFLICT', {
    current: {
      version: entry.working_version,
      status: entry.status,
      editors: editors.map((e) => ({ version: e.version, name: e.name, at: new Date(e.at).toISOString() })),
      changes: changedFields(base, current),
    },
  });
}

export async function saveVersion(db: Db, ctx: CatalogueCtx, entryId: string, input: { baseVersion: number; content: Record<string, unknown>; changeNote?: string }): Promise<void> {
  requireEditor(ctx.actor);
  const entry = await loadEntry(db, entryId);
  if (entry.working_version !== input.baseVersion) throw await editConflict(db, entryId, input.baseVersion);
  const status = entry.status as EntryStatus;
  if (!canSave(status)) throw new AppError('CATALOGUE_TRANSITION_INVALID', { status, action: 'save' });
  const content = checkedContent(entry.kind as EntryKind, entry.slug, input.content);
  const now = ctx.clock.now();
  const version = input.baseVersion + 1;
  const saved = await db.transaction().execute(async (tx) => {
    const moved = await tx
      .updateTable('catalogue_entry')
      .set({
        working_version: version,
        title: titleOf(content),
        status: statusAfterSave(status),
        updated_at: now,
        review_note: null,
        ...(status === 'published' ? { status_changed_at: now, status_changed_by: ctx.actor.name } : {}),
      })
      .where('id', '=', entryId)
      .where('working_version', '=', input.baseVersion)
      .where('status', 'in', ['draft', 'published'])
      .returning('id')
      .executeTakeFirst();
    if (!moved) return false;
    await tx
      .insertInto('catalogue_version')
      .values({ entry_id: entryId, version, content: JSON.stringify(content), title: titleOf(content), author_user_id: ctx.actor.userId, author_name: ctx.actor.name, change_note: input.changeNote?.trim() || null, created_at: now })
      .execute();
    await auditCatalogue(tx, ctx, { action: 'update', objectId: entryId, detail: { version, basedOn: input.baseVersion } });
    return true;
  });
  if (!saved) throw await editConflict(db, entryId, input.baseVersion);
}

