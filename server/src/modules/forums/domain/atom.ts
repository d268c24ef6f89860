/**
 * The Atom 1.0 feed (RFC 4287) of published recommendations. Built with the platform's XML
 * writer (interop's xml-writer: escaping is property-tested there) rather than by hand. Pure.
 */
import { el, serializeDocument, textEl, type XmlElementSpec } from '../../interop/domain/xml/xml-writer.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface AtomEntry {
  /** A stable IRI for the entry, e.g. the public page's address. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published: Date | null;
  summary: string;
  author: string;
  categories: readonly string[];
  withdrawn: boolean;
}

export interface AtomFeed {
  id: string;
  title: string;
  selfLink: string;
  alternateLink: string;
  /** Atom requires an author on the feed when some entry lacks one; we give both. */
  author: string;
  entries: readonly AtomEntry[];
  /** When the feed has no entries, its own date (the feed's `updated` is required). */
  fallbackUpdated: Date;
}

function entryOf(entry: AtomEntry): XmlElementSpec {
  const title = entry.withdrawn ? `Trukket tilbake: ${entry.title}` : entry.title;
  return el(
    'entry',
    undefined,
    textEl('id', entry.id),
    textEl('title', title, { type: 'text' }),
    el('link', { rel: 'alternate', type: 'text/html', href: entry.link }),
    textEl('updated', entry.updated.toISOString()),
    entry.published ? textEl('published', entry.published.toISOString()) : undefined,
    el('author', undefined, textEl('name', entry.author || 'Samhandling')),
    ...entry.categories.map((term) => el('category', { term })),
    textEl('summary', entry.summary || title, { type: 'text' }),
  );
}

/** The feed document as UTF-8 text; its `updated` is the newest entry's. */
export function atomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | null>((max, e) => (max === null || e.updated > max ? e.updated : max), null) ?? feed.fallbackUpdated;
  return serializeDocument(
    el(
      'feed',
      { xmlns: ATOM_NS, 'xml:lang': 'nb' },
      textEl('id', feed.id),
      textEl('title', feed.title, { type: 'text' }),
      el('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfLink }),
      el('link', { rel: 'alternate', type: 'text/html', href: feed.alternateLink }),
      textEl('updated', newest.toISOString()),
      el('author', undefined, textEl('name', feed.author)),
      ...feed.entries.map(entryOf),
    ),
  );
}
