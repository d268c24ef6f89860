import type { Selectable } from 'kysely';
import type { CatalogueEntryTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { Executor } from './access.js';
import type { EntryKind } from './domain/kinds.js';
import { searchDocumentOf } from './domain/search-document.js';

/** The catalogue's own tables: entries, their versions, and the search documents of what is published. */
export type EntryRow = Selectable<CatalogueEntryTable>;

export async function loadEntry(db: Executor, id: string): Promise<EntryRow> {
  const row = await db.selectFrom('catalogue_entry').where('id', '=', id).selectAll().executeTakeFirst();
  if (!row) throw new AppError('CATALOGUE_ENTRY_NOT_FOUND');
  return row;
}

export async function loadVersionContent(db: Executor, entryId: string, version: number): Promise<Record<string, unknown>> {
  const row = await db.selectFrom('catalogue_version').where('entry_id', '=', entryId).where('version', '=', version).select('content').executeTakeFirst();
  if (!row) throw new AppError('CATALOGUE_VERSION_NOT_FOUND');
  return row.content;
}

/** Every published entry as `kind/slug`: what internal links may point at. */
export async function publishedKeys(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('catalogue_document').select(['kind', 'slug']).execute();
  return new Set(rows.map((r) => `${r.kind}/${r.slug}`));
}

/** The search document row of a published entry's content (the same for publishing and the shipped sync). */
export function documentRow(entry: { id: string; kind: EntryKind; slug: string }, version: number, content: Record<string, unknown>, publishedAt: Date) {
  const doc = searchDocumentOf(entry.kind, content);
  const facets = doc.facets;
  return {
    entry_id: entry.id,
    kind: entry.kind,
    slug: entry.slug,
    version,
    title: doc.title,
    title_en: doc.titleEn,
    summary: doc.summary,
    body: doc.body,
    category: doc.category,
    levels: facets?.levels ?? [],
    domains: facets?.domains ?? [],
    gp_role_intensity: facets?.gpRoleIntensity ?? null,
    steering: facets?.steering ?? [],
    relationship_type: facets?.relationshipType ?? null,
    gp_office_kind: facets?.gpOfficeKind ?? null,
    model_status: facets?.modelStatus ?? null,
    counties: facets?.counties ?? [],
    published_at: publishedAt,
  };
}

/** Makes this version the public one: its search document replaces the previous one. */
export async function writeDocument(db: Executor, entry: { id: string; kind: EntryKind; slug: string }, version: number, content: Record<string, unknown>, publishedAt: Date): Promise<void> {
  const row = documentRow(entry, version, content, publishedAt);
  const { entry_id: _id, ...update } = row;
  await db
    .insertInto('catalogue_document')
    .values(row)
    .onConflict((oc) => oc.column('entry_id').doUpdateSet(update))
    .execute();
}

export async function deleteDocument(db: Executor, entryId: string): Promise<void> {
  await db.deleteFrom('catalogue_document').where('entry_id', '=', entryId).execute();
}
