import { INTERNAL_LINK_PATTERN, KNOWLEDGE_LINK_PREFIX } from './knowledge.js';
import { kindOfLinkWord, type EntryKind } from './kinds.js';

/** An internal link found in content: the kind and slug it names, and the text as written. */
export interface InternalLink {
  kind: EntryKind | null;
  slug: string;
  /** `/kunnskap/<word>/<slug>`, as the content has it. */
  href: string;
}

/** Every string in a content object, however deep (texts, list items, nested records). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * The internal links of a content: markdown links to `/kunnskap/<kind>/<slug>` in any text, and
 * the entries named in a `related` list. Each distinct target once, in the order found.
 */
export function internalLinks(content: Record<string, unknown>): InternalLink[] {
  const found = new Map<string, InternalLink>();
  for (const text of stringsOf(content)) {
    for (const match of text.matchAll(new RegExp(INTERNAL_LINK_PATTERN.source, 'g'))) {
      const [, word = '', slug = ''] = match;
      const href = `${KNOWLEDGE_LINK_PREFIX}${word}/${slug}`;
      if (!found.has(href)) found.set(href, { kind: kindOfLinkWord(word), slug, href });
    }
  }
  const related = Array.isArray(content.related) ? content.related : [];
  for (const item of related) {
    if (!item || typeof item !== 'object') continue;
    const { kind, slug } = item as { kind?: unknown; slug?: unknown };
    if (typeof kind !== 'string' || typeof slug !== 'string') continue;
    const href = `${KNOWLEDGE_LINK_PREFIX}${kind}/${slug}`;
    if (!found.has(href)) found.set(href, { kind: kindOfLinkWord(kind), slug, href });
  }
  return [...found.values()];
}

/** Markdown links reduced to their text, for search documents and snippets: `[x](/kunnskap/…)` → `x`. */
export function plainText(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}
