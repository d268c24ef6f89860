import { XmlElement } from 'libxml2-wasm';

/**
 * Reading helpers over libxml2-wasm elements: direct children by namespace and local name.
 * Walking children instead of XPath keeps each lookup local, so a quoted element deeper down
 * (a Foresporsel inside a Notat, a MsgHead inside a Content) is never picked up by accident.
 */

interface NamedChild {
  element: XmlElement;
  name: string;
  ns: string;
}

// Each step to a sibling and each read of a name is a call into WebAssembly that makes a new
// wrapper object: a message reader asks the same element for several children, so an element's
// children are walked once and remembered (by wrapper; documents are only read, never changed).
const namedChildrenOf = new WeakMap<XmlElement, NamedChild[]>();

function namedChildren(parent: XmlElement): NamedChild[] {
  let found = namedChildrenOf.get(parent);
  if (!found) {
    found = [];
    for (let node = parent.firstChild; node; node = node.next) {
      if (node instanceof XmlElement) found.push({ element: node, name: node.name, ns: node.namespaceUri });
    }
    namedChildrenOf.set(parent, found);
  }
  return found;
}

export function childElements(parent: XmlElement): XmlElement[] {
  return namedChildren(parent).map((c) => c.element);
}

export const isElement = (element: XmlElement, ns: string, name: string) => element.name === name && element.namespaceUri === ns;

export function children(parent: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return parent ? namedChildren(parent).flatMap((c) => (c.name === name && c.ns === ns ? [c.element] : [])) : [];
}

export function child(parent: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return parent ? namedChildren(parent).find((c) => c.name === name && c.ns === ns)?.element : undefined;
}

/** Text of an element exactly as sent (undefined when the element is absent). */
export const rawText = (element: XmlElement | undefined): string | undefined => element?.content;

/** Trimmed text, with empty treated as absent: for names and identifiers, where padding has no meaning. */
export function trimmedText(element: XmlElement | undefined): string | undefined {
  const value = element?.content.trim();
  return value ? value : undefined;
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attr(name)?.value;
}

/** Follows a path of child names within one namespace. */
export function path(from: XmlElement | undefined, ns: string, ...names: string[]): XmlElement | undefined {
  let current = from;
  for (const name of names) current = child(current, ns, name);
  return current;
}
