import type { KnowledgeKind } from './knowledge.js';

/**
 * The kinds of catalogue entry and how each is addressed. Internal links in content use the
 * Norwegian path word (`/kunnskap/tiltak/<slug>`, see knowledge.ts); the API and the database
 * use the English kind.
 */
export const ENTRY_KINDS = ['model', 'measure', 'article', 'checklist', 'template'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const isEntryKind = (value: string): value is EntryKind => (ENTRY_KINDS as readonly string[]).includes(value);

/** The path word of internal links (`/kunnskap/<word>/<slug>`) for each kind. */
export const LINK_WORD: Readonly<Record<EntryKind, string>> = {
  model: 'modell',
  measure: 'tiltak',
  article: 'artikkel',
  checklist: 'sjekkliste',
  template: 'mal',
};

/** Also accepted in links: the web's own list paths (`/kunnskap/modeller/…`, `/kunnskap/regler/…`). */
const LINK_ALIASES: Readonly<Record<string, EntryKind>> = { modeller: 'model', regler: 'article' };

/** The kind a link's path word names, or null when it names none. */
export function kindOfLinkWord(word: string): EntryKind | null {
  const direct = (Object.entries(LINK_WORD) as Array<[EntryKind, string]>).find(([, w]) => w === word);
  return direct ? direct[0] : (LINK_ALIASES[word] ?? null);
}

/** The kind of a shipped knowledge link (`related` lists in the data). */
export function kindOfKnowledgeKind(kind: KnowledgeKind): EntryKind {
  return kindOfLinkWord(kind) ?? 'article';
}
