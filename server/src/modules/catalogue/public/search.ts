import { sql } from 'kysely';
import type { Executor } from '../access.js';
import type { EntryKind } from '../domain/kinds.js';
import { MARK_END, MARK_START, snippetParts } from '../domain/snippet.js';

/**
 * Search across everything published: models, measures, articles, checklists and templates, with
 * PostgreSQL full-text search in the `norwegian` configuration (stemming: "sykmeldinger" finds
 * "sykmelding"), ranked by the weighted document (title, then summary, then the rest). One
 * statement: the matches are found and ranked once (the GIN index), counted per kind from the
 * same set, and snippets are made only for the page shown — as parts (plain / marked), never HTML.
 */
export const SEARCH_PAGE_SIZE = 10;
const QUERY_MAX = 200;
// Snippets come from the start of the text: headline work grows with the text it reads.
const HEADLINE_CHARS = 3000;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

interface HitRow {
  kind: EntryKind;
  slug: string;
  title: string;
  title_en: string | null;
  summary: string;
  headline: string;
}

export async function searchCatalogue(db: Executor, query: { q?: string; kind?: EntryKind; page?: number }) {
  const q = (query.q ?? '').trim().slice(0, QUERY_MAX);
  const page = Math.max(1, query.page ?? 1);
  const empty = { q, items: [], total: 0, page, pageSize: SEARCH_PAGE_SIZE, kinds: [] };
  if (!q) return empty;
  const kindFilter = query.kind ? sql`where m.kind = ${query.kind}` : sql``;
  const result = await sql<{ hits: HitRow[] | null; kinds: Array<{ kind: EntryKind; count: number }> | null }>`
    with query as (select websearch_to_tsquery('norwegian', ${q}) as q),
    matches as materialized (
      select d.entry_id, d.kind, d.title, ts_rank(d.search_vector, query.q) as rank
        from catalogue_document d, query where d.search_vector @@ query.q),
    page as (
      select m.* from matches m ${kindFilter}
       order by m.rank desc, m.title limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}),
    hits as (
      select p.rank, p.title as sort_title, d.kind, d.slug, d.title, d.title_en, d.summary,
             ts_headline('norwegian', left(d.summary || E'\n' || d.body, ${HEADLINE_CHARS}), query.q, ${HEADLINE_OPTIONS}) as headline
        from page p join catalogue_document d on d.entry_id = p.entry_id, query)
    select (select json_agg(json_build_object('kind', h.kind, 'slug', h.slug, 'title', h.title, 'title_en', h.title_en, 'summary', h.summary, 'headline', h.headline)
                            order by h.rank desc, h.sort_title) from hits h) as hits,
           (select json_agg(json_build_object('kind', k.kind, 'count', k.n) order by k.kind)
              from (select kind, count(*)::int as n from matches group by kind) k) as kinds`.execute(db);
  const row = result.rows[0];
  const kinds = row?.kinds ?? [];
  const total = kinds.filter((k) => !query.kind || k.kind === query.kind).reduce((sum, k) => sum + k.count, 0);
  return {
    q,
    items: (row?.hits ?? []).map((h) => ({ kind: h.kind, slug: h.slug, title: h.title, titleEn: h.title_en, summary: h.summary.split('\n')[0] ?? '', snippet: snippetParts(h.headline) })),
    total,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    kinds,
  };
}
