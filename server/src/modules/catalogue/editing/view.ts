import { AppError } from '../../../platform/errors.js';
import { requireEditor, type CatalogueCtx, type Executor } from '../access.js';
import { changedFields } from '../domain/diff.js';
import type { EntryKind } from '../domain/kinds.js';
import { internalLinks } from '../domain/links.js';
import { publishProblems } from '../domain/publish-rules.js';
import { allowedTransitions, canSave, mayPublish, type EntryStatus } from '../domain/workflow.js';
import { loadEntry, loadVersionContent, publishedKeys } from '../repository.js';

/**
 * What editors read: their list of entries, one entry as the editor works on it (the working
 * version, what may be done next, what would stop publishing, the version history), and any old
 * version with what changed from the one before.
 */
const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** The user ids of everyone who wrote a version since the last publication (null: the platform). */
export async function authorsSincePublished(db: Executor, entryId: string, publishedVersion: number | null): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('catalogue_version')
    .where('entry_id', '=', entryId)
    .where('version', '>', publishedVersion ?? 0)
    .select('author_user_id')
    .execute();
  return rows.map((r) => r.author_user_id);
}

export async function readEntry(db: Executor, ctx: CatalogueCtx, id: string) {
  requireEditor(ctx.actor);
  const entry = await loadEntry(db, id);
  const [content, versions, published, authors] = await Promise.all([
    loadVersionContent(db, id, entry.working_version),
    db
      .selectFrom('catalogue_version')
      .where('entry_id', '=', id)
      .select(['version', 'title', 'author_name as authorName', 'created_at as createdAt', 'change_note as changeNote', 'reviewer_name as reviewerName', 'published_at as publishedAt'])
      .orderBy('version', 'desc')
      .execute(),
    publishedKeys(db),
    authorsSincePublished(db, id, entry.published_version),
  ]);
  const status = entry.status as EntryStatus;
  return {
    id: entry.id,
    kind: entry.kind,
    slug: entry.slug,
    status,
    title: entry.title,
    workingVersion: entry.working_version,
    publishedVersion: entry.published_version,
    shipped: entry.shipped,
    reviewNote: entry.review_note,
    statusChangedAt: iso(entry.status_changed_at),
    statusChangedBy: entry.status_changed_by,
    content,
    canSave: canSave(status),
    allowedTransitions: allowedTransitions(status),
    mayPublish: mayPublish({ userId: ctx.actor.userId, isAdmin: ctx.actor.role === 'admin' }, authors),
    problems: publishProblems(entry.kind as EntryKind, content, internalLinks(content), published, entry.slug),
    versions: versions.map((v) => ({ ...v, createdAt: iso(v.createdAt), publishedAt: isoOrNull(v.publishedAt) })),
  };
}

export async function readVersion(db: Executor, ctx: CatalogueCtx, id: string, version: number) {
  requireEditor(ctx.actor);
  await loadEntry(db, id);
  const rows = await db
    .selectFrom('catalogue_version')
    .where('entry_id', '=', id)
    .where('version', 'in', version > 1 ? [version, version - 1] : [version])
    .selectAll()
    .orderBy('version', 'desc')
    .execute();
  const [row, previous] = rows;
  if (!row || row.version !== version) throw new AppError('CATALOGUE_VERSION_NOT_FOUND');
  return {
    version: row.version,
    title: row.title,
    authorName: row.author_name,
    createdAt: iso(row.created_at),
    changeNote: row.change_note,
    reviewerName: row.reviewer_name,
    publishedAt: isoOrNull(row.published_at),
    content: row.content,
    changes: changedFields(previous?.content ?? {}, row.content),
  };
}

/** The editors' list: every entry or those of one status or kind, newest change first, with who wrote the working version. */
export async function listEntries(db: Executor, ctx: CatalogueCtx, filter: { status?: EntryStatus; kind?: EntryKind }) {
  requireEditor(ctx.actor);
  let query = db
    .selectFrom('catalogue_entry as e')
    .innerJoin('catalogue_version as v', (join) => join.onRef('v.entry_id', '=', 'e.id').onRef('v.version', '=', 'e.working_version'));
  if (filter.status) query = query.where('e.status', '=', filter.status);
  if (filter.kind) query = query.where('e.kind', '=', filter.kind);
  const rows = await query
    .select(['e.id', 'e.kind', 'e.slug', 'e.title', 'e.status', 'e.working_version as workingVersion', 'e.published_version as publishedVersion', 'e.updated_at as updatedAt', 'v.author_name as lastAuthorName'])
    .orderBy('e.updated_at', 'desc')
    .limit(500)
    .execute();
  return { items: rows.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) })) };
}
