import type { XmlDocument, XmlElement } from 'libxml2-wasm';
import { NS } from './codes.js';
import { child, isElement } from './dom.js';

/** How a document arrived: as itself, or inside NAV's queue wrapper EI_fellesformat. */
export type Envelope = 'fellesformat' | 'bare';

/** The wanted element as the root, or as a child of EI_fellesformat. */
export function findEnvelope(doc: XmlDocument, ns: string, name: string): { element: XmlElement; envelope: Envelope } | undefined {
  const root = doc.root;
  if (isElement(root, ns, name)) return { element: root, envelope: 'bare' };
  if (isElement(root, NS.fellesformat, 'EI_fellesformat')) {
    const inner = child(root, ns, name);
    if (inner) return { element: inner, envelope: 'fellesformat' };
  }
  return undefined;
}
