import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../../../platform/errors.js';
import type { Executor } from '../access.js';
import { FACETS, parseFacetFilters, type FacetFilters, type FacetKey } from '../domain/facets.js';
import type { FacetQuery } from '../schemas.js';

/**
 * The public model catalogue: published models filtered by every typology dimension, optionally
 * by text (Norwegian full-text search), with facet counts. Filters and counts read the search
 * documents' indexed columns only, never the versions' jsonb.
 */
export const MODEL_PAGE_SIZE = 24;
const QUERY_MAX = 200;

type Facet = (typeof FACETS)[number];

/** The condition of one dimension's filter (any of the chosen values), on the base set `b`. */
function facetCondition(facet: Facet, values: string[]): RawBuilder<unknown> {
  const column = sql.ref(`b.${facet.column}`);
  return facet.array ? sql`${column} && ${sql.val(values)}::text[]` : sql`${column} = any(${sql.val(values)}::text[])`;
}

/** Every dimension's filter but `except`'s, as one condition (true when none). */
function filtersExcept(filters: FacetFilters, except?: FacetKey): RawBuilder<unknown> {
  const list = FACETS.flatMap((facet) => {
    const values = filters[facet.key];
    return values && facet.key !== except ? [facetCondition(facet, values)] : [];
  });
  return list.length > 0 ? sql.join(list, sql` and `) : sql`true`;
}

/** Each dimension's counts over the base set, with the other dimensions' filters applied. */
function facetCountsSql(filters: FacetFilters): RawBuilder<unknown> {
  const parts = FACETS.map((facet) => {
    const cond = filtersExcept(filters, facet.key);
    const column = sql.ref(`b.${facet.column}`);
    return facet.array
      ? sql`select ${facet.key}::text as facet, v as value, count(*)::int as n from base b cross join unnest(${column}) as v where ${cond} group by v`
      : sql`select ${facet.key}::text as facet, ${column} as value, count(*)::int as n from base b where ${cond} and ${column} is not null group by 2`;
  });
  return sql.join(parts, sql` union all `);
}

function sortedCounts(rows: Array<{ facet: FacetKey; value: string; n: number }>) {
  const counts = Object.fromEntries(FACETS.map((f) => [f.key, [] as Array<{ value: string; count: number }>])) as Record<FacetKey, Array<{ value: string; count: number }>>;
  for (const row of rows) counts[row.facet].push({ value: row.value, count: row.n });
  for (const facet of FACETS) {
    const order: readonly string[] | null = facet.values;
    counts[facet.key].sort((a, b) => (order ? order.indexOf(a.value) - order.indexOf(b.value) : a.value.localeCompare(b.value, 'nb')));
  }
  return counts;
}

interface ModelRow {
  slug: string;
  title: string;
  summary: string;
  levels: string[];
  domains: string[];
  gp_role_intensity: string | null;
  steering: string[];
  relationship_type: string | null;
  gp_office_kind: string | null;
  model_status: string | null;
  counties: string[];
}

const summaryOf = (r: ModelRow) => ({
  slug: r.slug,
  title: r.title,
  summary: r.summary.split('\n').filter(Boolean),
  levels: r.levels,
  domains: r.domains,
  gpRoleIntensity: r.gp_role_intensity,
  steering: r.steering,
  relationshipType: r.relationship_type,
  gpOfficeKind: r.gp_office_kind,
  status: r.model_status,
  counties: r.counties,
});

/**
 * One statement: the published models matching the text (the base set, read once through the
 * indexes), the page of those matching every filter, their number, and every dimension's counts.
 */
export async function listModels(db: Executor, query: FacetQuery & { q?: string; page?: number }) {
  const parsed = parseFacetFilters(query);
  if (!parsed.ok) throw new AppError('CATALOGUE_FILTER_INVALID', { invalid: parsed.invalid });
  const q = (query.q ?? '').trim().slice(0, QUERY_MAX);
  const page = Math.max(1, query.page ?? 1);
  const text = q ? sql`and d.search_vector @@ websearch_to_tsquery('norwegian', ${q})` : sql``;
  const rank = q ? sql`ts_rank(d.search_vector, websearch_to_tsquery('norwegian', ${q}))` : sql`0::real`;
  const result = await sql<{ items: ModelRow[] | null; total: number; facets: Array<{ facet: FacetKey; value: string; n: number }> | null }>`
    with base as materialized (
      select d.slug, d.title, d.summary, d.levels, d.domains, d.gp_role_intensity, d.steering, d.relationship_type,
             d.gp_office_kind, d.model_status, d.counties, ${rank} as rank
        from catalogue_document d where d.kind = 'model' ${text}),
    shown as (select * from base b where ${filtersExcept(parsed.filters)})
    select (select json_agg(p order by p.rank desc, p.title) from (select * from shown order by rank desc, title limit ${MODEL_PAGE_SIZE} offset ${(page - 1) * MODEL_PAGE_SIZE}) p) as items,
           (select count(*)::int from shown) as total,
           (select json_agg(f) from (${facetCountsSql(parsed.filters)}) f) as facets`.execute(db);
  const row = result.rows[0];
  return { items: (row?.items ?? []).map(summaryOf), total: row?.total ?? 0, page, pageSize: MODEL_PAGE_SIZE, facets: sortedCounts(row?.facets ?? []) };
}
