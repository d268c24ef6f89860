import { XmlElement } from 'libxml2-wasm';

/**
 * Reading helpers over libxml2-wasm elements: direct children by namespace and local name.
 * Walking children instead of XPath keeps each lookup local, so a quoted element deeper down
 * (a Foresporsel inside a Notat, a MsgHead inside a Content) is never picked up by accident.
 */

export function childElements(parent: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.next) {
    if (node instanceof XmlElement) found.push(node);
  }
  return found;
}

export const isElement = (element: XmlElement, ns: string, name: string) => element.name === name && element.namespaceUri === ns;

export function children(parent: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return parent ? childElements(parent).filter((e) => isElement(e, ns, name)) : [];
}

export function child(parent: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (let node = parent.firstChild; node; node = node.next) {
    if (node instanceof XmlElement && isElement(node, ns, name)) return node;
  }
  return undefined;
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
