import { XmlDocument } from 'libxml2-wasm';
import { attr, child, children, rawText } from '../src/modules/interop/domain/xml/dom.js';

const ATOM = 'http://www.w3.org/2005/Atom';

export interface ReadAtomEntry {
  id: string | undefined;
  title: string | undefined;
  link: string | undefined;
  updated: string | undefined;
  summary: string | undefined;
  categories: string[];
}

/** Reads an Atom feed back with libxml2 (namespace-aware): for tests that the feed parses and has the entries. */
export function readAtom(xml: string): { root: string; namespace: string; id?: string; title?: string; updated?: string; entries: ReadAtomEntry[] } {
  const doc = XmlDocument.fromString(xml);
  try {
    const root = doc.root;
    return {
      root: root.name,
      namespace: root.namespaceUri,
      id: rawText(child(root, ATOM, 'id')),
      title: rawText(child(root, ATOM, 'title')),
      updated: rawText(child(root, ATOM, 'updated')),
      entries: children(root, ATOM, 'entry').map((entry) => ({
        id: rawText(child(entry, ATOM, 'id')),
        title: rawText(child(entry, ATOM, 'title')),
        link: attr(child(entry, ATOM, 'link'), 'href'),
        updated: rawText(child(entry, ATOM, 'updated')),
        summary: rawText(child(entry, ATOM, 'summary')),
        categories: children(entry, ATOM, 'category').map((c) => attr(c, 'term') ?? ''),
      })),
    };
  } finally {
    doc.dispose();
  }
}
