import type { EntryKind } from './kinds.js';
import type { InternalLink } from './links.js';

/**
 * What must hold before an entry is published (issue 11, "Bad input"): required fields present,
 * a site's population, distance and travel time positive numbers, and every internal link
 * pointing at something published. A draft may be incomplete; these are checked on publishing
 * (and shown to the editor beforehand as problems).
 */

/** Paths of required fields per kind; `[]` at the end means "a list with at least one non-empty item". */
const REQUIRED: Readonly<Record<EntryKind, readonly string[]>> = {
  model: [
    'title',
    'idealTypeSummary[]',
    'inspiredBy',
    'levels[]',
    'domains[]',
    'gpOfficeKind',
    'purpose',
    'participants[]',
    'gpRole.intensity',
    'gpRole.description',
    'steering[]',
    'status',
    'sources[]',
  ],
  measure: ['title', 'titleEn', 'category', 'summary', 'whatItIs[]', 'whoMayQualify[]', 'howGpSuggests[]', 'sources[]'],
  article: ['title', 'titleEn', 'topic', 'summary', 'body[]', 'sources[]'],
  checklist: ['title', 'titleEn', 'audience', 'summary', 'items[]'],
  template: ['title', 'titleEn', 'audience', 'summary', 'items[]'],
};

function valueAt(content: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
}

const present = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(present);
  if (value && typeof value === 'object') return Object.values(value).some(present);
  return value !== null && value !== undefined;
};

/** The required fields that are missing or empty, as paths (`gpRole.description`, `sources`). */
export function missingRequiredFields(kind: EntryKind, content: Record<string, unknown>): string[] {
  return REQUIRED[kind].filter((spec) => {
    const list = spec.endsWith('[]');
    const value = valueAt(content, list ? spec.slice(0, -2) : spec);
    return list ? !Array.isArray(value) || !value.some(present) : !present(value);
  }).map((spec) => spec.replace(/\[\]$/, ''));
}

const SITE_NUMBERS = [
  { key: 'population', wholeNumber: true },
  { key: 'distanceToHospitalKm', wholeNumber: false },
  { key: 'travelTimeToHospitalMinutes', wholeNumber: false },
] as const;

/** A site's numbers that are given but not positive (population also a whole number), as `sites[1].population`. */
export function nonPositiveNumbers(content: Record<string, unknown>): string[] {
  const sites = Array.isArray(content.sites) ? content.sites : [];
  const bad: string[] = [];
  sites.forEach((site, index) => {
    const record = site && typeof site === 'object' ? (site as Record<string, unknown>) : {};
    for (const { key, wholeNumber } of SITE_NUMBERS) {
      const value = record[key];
      if (value === null || value === undefined) continue;
      const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && (!wholeNumber || Number.isInteger(value));
      if (!ok) bad.push(`sites[${index}].${key}`);
    }
  });
  return bad;
}

/**
 * The links that point at nothing published: an unknown kind, or a kind and slug not among the
 * published entries. A link to the entry itself counts as resolved (it is being published).
 */
export function brokenLinks(links: readonly InternalLink[], published: ReadonlySet<string>, self: { kind: EntryKind; slug: string }): string[] {
  return links
    .filter((link) => !link.kind || !(published.has(`${link.kind}/${link.slug}`) || (link.kind === self.kind && link.slug === self.slug)))
    .map((link) => link.href);
}

export interface PublishProblem {
  code: 'CATALOGUE_REQUIRED_FIELDS_MISSING' | 'CATALOGUE_NUMBER_NOT_POSITIVE' | 'CATALOGUE_LINK_BROKEN';
  fields: string[];
}

/** Every problem that would stop publishing, in the order publishing checks them. */
export function publishProblems(kind: EntryKind, content: Record<string, unknown>, links: readonly InternalLink[], published: ReadonlySet<string>, slug: string): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const missing = missingRequiredFields(kind, content);
  if (missing.length > 0) problems.push({ code: 'CATALOGUE_REQUIRED_FIELDS_MISSING', fields: missing });
  const numbers = kind === 'model' ? nonPositiveNumbers(content) : [];
  if (numbers.length > 0) problems.push({ code: 'CATALOGUE_NUMBER_NOT_POSITIVE', fields: numbers });
  const broken = brokenLinks(links, published, { kind, slug });
  if (broken.length > 0) problems.push({ code: 'CATALOGUE_LINK_BROKEN', fields: broken });
  return problems;
}
