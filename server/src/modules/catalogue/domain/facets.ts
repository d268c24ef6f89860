import { DOMAINS, GP_OFFICE_KINDS, GP_ROLE_INTENSITIES, LEVEL_NUMBER, LEVELS, MODEL_STATUSES, RELATIONSHIP_TYPES, STEERING, type Level } from './model.js';

/**
 * The model catalogue's filters: one per typology dimension. Within a dimension the chosen values
 * are alternatives (any of them); dimensions combine (all of them). A dimension's facet counts are
 * taken with every *other* dimension's filter applied, so each count is exactly the number of
 * models the list would show if that value were the only one chosen in its group.
 */
export const FACETS = [
  { key: 'level', column: 'levels', array: true, values: LEVELS },
  { key: 'domain', column: 'domains', array: true, values: DOMAINS },
  { key: 'gpRole', column: 'gp_role_intensity', array: false, values: GP_ROLE_INTENSITIES },
  { key: 'steering', column: 'steering', array: true, values: STEERING },
  { key: 'relationship', column: 'relationship_type', array: false, values: RELATIONSHIP_TYPES },
  { key: 'officeKind', column: 'gp_office_kind', array: false, values: GP_OFFICE_KINDS },
  { key: 'status', column: 'model_status', array: false, values: MODEL_STATUSES },
  // Counties are whatever the published sites name: no fixed list.
  { key: 'county', column: 'counties', array: true, values: null },
] as const satisfies ReadonlyArray<{ key: string; column: string; array: boolean; values: readonly string[] | null }>;

export type FacetKey = (typeof FACETS)[number]['key'];
export type FacetFilters = Partial<Record<FacetKey, string[]>>;

const LEVEL_BY_NUMBER = new Map<string, Level>(LEVELS.map((level) => [String(LEVEL_NUMBER[level]), level]));

/**
 * Reads the filters from the query string: each dimension a comma-separated list. Levels may be
 * given as the report numbers them (1–3). Returns the unknown values instead when there are any.
 */
export function parseFacetFilters(query: Partial<Record<FacetKey, string>>): { ok: true; filters: FacetFilters } | { ok: false; invalid: string[] } {
  const filters: FacetFilters = {};
  const invalid: string[] = [];
  for (const facet of FACETS) {
    const raw = query[facet.key];
    if (!raw) continue;
    const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))].map((v) => (facet.key === 'level' ? (LEVEL_BY_NUMBER.get(v) ?? v) : v));
    const allowed: readonly string[] | null = facet.values;
    for (const value of values) if (allowed && !allowed.includes(value)) invalid.push(`${facet.key}=${value}`);
    if (values.length > 0) filters[facet.key] = values;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, filters };
}
