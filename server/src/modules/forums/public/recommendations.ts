import { sql, type SqlBool } from 'kysely';
import { AppError } from '../../../platform/errors.js';
import type { Db } from '../access.js';

/**
 * What the public sees without sign-in: recommendations with a published version, their
 * published versions only (never a draft), and the cases they answer by title, kind and themes
 * only: never texts, submitters or anything else a case holds. Withdrawn ones stay readable by
 * address, marked, but leave the list.
 */
export const PAGE_SIZE = 20;
const QUERY_MAX = 200;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export interface PublicListQuery {
  q?: string;
  theme?: string;
  page?: number;
}

function publicRows(db: Db) {
  return db
    .selectFrom('forum_recommendation as r')
    .innerJoin('forum_recommendation_version as v', (join) => join.onRef('v.recommendation_id', '=', 'r.id').onRef('v.version', '=', 'r.published_version'))
    .leftJoin('forum_body as b', 'b.id', 'r.body_id')
    .where('r.published_version', 'is not', null);
}

const summaryColumns = ['r.slug', 'v.title', 'v.summary', 'r.themes', 'r.owner', 'r.administrator', 'b.name as bodyName', 'r.external', 'r.source_name as sourceName', 'r.status', 'v.published_at as publishedAt'] as const;

type SummaryRow = { slug: string; title: string; summary: string; themes: string[]; owner: string; administrator: string; bodyName: string | null; external: boolean; sourceName: string | null; status: string; publishedAt: Date | null };

const summaryOf = (r: SummaryRow) => ({
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  themes: r.themes,
  owner: r.owner,
  administrator: r.administrator,
  bodyName: r.bodyName,
  external: r.external,
  sourceName: r.sourceName,
  // A revision under way is the body's business: the public sees the published version as published.
  status: r.status === 'withdrawn' ? ('withdrawn' as const) : ('published' as const),
  publishedAt: iso(r.publishedAt),
});

/**
 * The public list, or full-text search (Norwegian stemming, web-search syntax) ranked by relevance; 20 a page.
 * The page's 20 are chosen from the recommendations alone (an index gives the newest first) and only
 * they are joined to their published text: thousands are never joined or sorted per read.
 */
export async function listPublicRecommendations(db: Db, query: PublicListQuery) {
  const page = Math.max(1, query.page ?? 1);
  const q = (query.q ?? '').trim().slice(0, QUERY_MAX);
  const tsquery = sql`websearch_to_tsquery('norwegian', ${q})`;
  let listed = listedRecommendations(db);
  if (q) listed = listed.where(sql<SqlBool>`r.search_vector @@ ${tsquery}`);
  if (query.theme) listed = listed.where(sql<SqlBool>`r.themes @> array[${query.theme}]::text[]`);
  let chosen = listed.select(['r.id', 'r.published_at', 'r.slug']);
  if (q) chosen = chosen.select(sql<number>`ts_rank(r.search_vector, ${tsquery})`.as('rank')).orderBy('rank', 'desc');
  const pageQuery = chosen
    .orderBy('r.published_at', 'desc')
    .orderBy('r.slug')
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [found, total] = await Promise.all([
    publicRows(db)
      .innerJoin(pageQuery.as('p'), 'p.id', 'r.id')
      .select(summaryColumns)
      .$if(Boolean(q), (rows) => rows.orderBy(sql`p.rank`, 'desc'))
      .orderBy('p.published_at', 'desc')
      .orderBy('p.slug')
      .execute(),
    countOnly(listed),
  ]);
  return { items: found.map(summaryOf), total, page, pageSize: PAGE_SIZE };
}

/** Recommendations on the public list: published, not withdrawn. */
const listedRecommendations = (db: Db) =>
  db.selectFrom('forum_recommendation as r').where('r.published_version', 'is not', null).where('r.status', '!=', 'withdrawn');

async function countOnly(rows: ReturnType<typeof listedRecommendations>): Promise<number> {
  const result = await rows.select(sql<string>`count(*)`.as('n')).executeTakeFirst();
  return Number(result?.n ?? 0);
}

/** One recommendation by its address: the published text, every published version, owner and administrator, and the cases it answers. */
export async function readPublicRecommendation(db: Db, slug: string) {
  const row = await publicRows(db)
    .where('r.slug', '=', slug)
    .select([...summaryColumns, 'r.id', 'v.text', 'v.version', 'r.source_url as sourceUrl', 'b.slug as bodySlug', 'r.withdrawn_reason as withdrawnReason', 'r.withdrawn_at as withdrawnAt'])
    .executeTakeFirst();
  if (!row) throw new AppError('FORUM_RECOMMENDATION_NOT_FOUND');
  const [versions, cases] = await Promise.all([
    db
      .selectFrom('forum_recommendation_version')
      .where('recommendation_id', '=', row.id)
      .where('published_at', 'is not', null)
      .select(['version', 'title', 'summary', 'text', 'change_note as changeNote', 'published_at as publishedAt'])
      .orderBy('version', 'desc')
      .execute(),
    db
      .selectFrom('forum_recommendation_case as c')
      .innerJoin('forum_submission as s', 's.id', 'c.submission_id')
      .where('c.recommendation_id', '=', row.id)
      .select(['s.kind', 's.title', 's.themes'])
      .orderBy('s.created_at')
      .execute(),
  ]);
  return {
    ...summaryOf(row),
    text: row.text,
    version: row.version,
    sourceUrl: row.sourceUrl,
    bodySlug: row.bodySlug,
    withdrawnReason: row.withdrawnReason,
    withdrawnAt: iso(row.withdrawnAt),
    cases,
    versions: versions.map((v) => ({ ...v, publishedAt: iso(v.publishedAt) })),
  };
}

/** The newest public recommendations for the feed, withdrawals included (readers should learn of them). */
export async function feedRows(db: Db, limit = 50) {
  const newest = db
    .selectFrom('forum_recommendation as r')
    .where('r.published_version', 'is not', null)
    .select(['r.id', 'r.public_updated_at'])
    .orderBy('r.public_updated_at', 'desc')
    .limit(limit);
  return publicRows(db)
    .innerJoin(newest.as('n'), 'n.id', 'r.id')
    .select([...summaryColumns, 'n.public_updated_at as updatedAt'])
    .orderBy('n.public_updated_at', 'desc')
    .execute();
}

export type FeedRow = Awaited<ReturnType<typeof feedRows>>[number];
