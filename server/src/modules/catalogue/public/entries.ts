import { sql } from 'kysely';
import { AppError } from '../../../platform/errors.js';
import type { Executor } from '../access.js';
import { LINK_WORD, type EntryKind } from '../domain/kinds.js';
import { internalLinks } from '../domain/links.js';

/**
 * One published entry by its address, and the lists of the knowledge kinds. Only what has a search
 * document is public: published, or published with a revision under way (the published version
 * shows). Drafts, entries in review and archived entries are not found here.
 */
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function readPublished(db: Executor, kind: EntryKind, slug: string) {
  const row = await db
    .selectFrom('catalogue_document as d')
    .innerJoin('catalogue_version as v', (join) => join.onRef('v.entry_id', '=', 'd.entry_id').onRef('v.version', '=', 'd.version'))
    .where('d.kind', '=', kind)
    .where('d.slug', '=', slug)
    .select(['d.entry_id as entryId', 'd.slug', 'd.version', 'd.published_at as publishedAt', 'v.content'])
    .executeTakeFirst();
  if (!row) throw new AppError('CATALOGUE_ENTRY_NOT_FOUND');
  const versions = await db
    .selectFrom('catalogue_version')
    .where('entry_id', '=', row.entryId)
    .where('published_at', 'is not', null)
    .select(['version', 'change_note as changeNote', 'published_at as publishedAt', 'author_name as authorName'])
    .orderBy('version', 'desc')
    .execute();
  return {
    kind,
    slug: row.slug,
    version: row.version,
    publishedAt: iso(row.publishedAt)!,
    content: row.content,
    versions: versions.map((v) => ({ ...v, publishedAt: iso(v.publishedAt)! })),
    linkedFrom: await linkedFrom(db, kind, slug),
    related: await relatedEntries(db, row.content),
  };
}

/** The content's `related` list with each published target's kind and title (unpublished ones left out). */
async function relatedEntries(db: Executor, content: Record<string, unknown>) {
  const refs = internalLinks({ related: content.related }).filter((link): link is typeof link & { kind: EntryKind } => link.kind !== null);
  if (refs.length === 0) return [];
  const rows = await db
    .selectFrom('catalogue_document')
    .where((eb) => eb.or(refs.map((r) => eb.and([eb('kind', '=', r.kind), eb('slug', '=', r.slug)]))))
    .select(['kind', 'slug', 'title'])
    .execute();
  const key = (r: { kind: string; slug: string }) => `${r.kind}/${r.slug}`;
  const found = new Map(rows.map((r) => [key(r), r]));
  return refs.flatMap((r) => found.get(key(r)) ?? []);
}

/**
 * The published entries whose text links here (`/kunnskap/<word>/<slug>`): a measure's page lists
 * the models and articles that mention it. A plain substring match on the search document's
 * content text, or a `related` item naming it, is enough for the catalogue's size.
 */
async function linkedFrom(db: Executor, kind: EntryKind, slug: string) {
  const word = LINK_WORD[kind];
  const rows = await sql<{ kind: EntryKind; slug: string; title: string }>`
    select d.kind, d.slug, d.title
      from catalogue_document d
      join catalogue_version v on v.entry_id = d.entry_id and v.version = d.version
     where not (d.kind = ${kind} and d.slug = ${slug})
       and (v.content::text like ${`%/kunnskap/${word}/${slug})%`}
            or coalesce(v.content->'related', '[]'::jsonb) @> jsonb_build_array(jsonb_build_object('kind', ${word}::text, 'slug', ${slug}::text)))
     order by d.kind, d.title
     limit 50`.execute(db);
  return rows.rows;
}

/** The published entries of one knowledge kind, optionally of one category (a measure's group, an article's topic). */
export async function listPublished(db: Executor, kind: Exclude<EntryKind, 'model'>, category?: string) {
  let query = db.selectFrom('catalogue_document').where('kind', '=', kind);
  if (category) query = query.where('category', '=', category);
  const rows = await query.select(['slug', 'title', 'title_en as titleEn', 'summary', 'category', 'published_at as publishedAt']).orderBy('title').execute();
  return { items: rows.map((r) => ({ ...r, publishedAt: iso(r.publishedAt)! })) };
}
