import { COLLABORATION_MODELS } from '../data/models.js';
import { NAV_MEASURES } from '../data/nav-measures.js';
import { RULES_ARTICLES } from '../data/articles.js';
import type { EntryKind } from '../domain/kinds.js';
import { SHIPPED_CHECKLISTS, SHIPPED_TEMPLATES } from './tools.js';

/** One entry the platform ships: its kind, address and content (as JSON will store it). */
export interface ShippedEntry {
  kind: EntryKind;
  slug: string;
  content: Record<string, unknown>;
}

// A JSON round trip drops undefined fields, so a comparison with stored content is like for like.
const asStored = (value: object): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** Everything shipped: the 23 models of report 002, NAV's measures, the articles, checklists and templates. */
export function shippedEntries(): ShippedEntry[] {
  const of = (kind: EntryKind, items: readonly { slug: string }[]) => items.map((item) => ({ kind, slug: item.slug, content: asStored(item) }));
  return [
    ...of('model', COLLABORATION_MODELS),
    ...of('measure', NAV_MEASURES),
    ...of('article', RULES_ARTICLES),
    ...of('checklist', SHIPPED_CHECKLISTS),
    ...of('template', SHIPPED_TEMPLATES),
  ];
}
