/**
 * A small XML serializer for the documents this platform writes. Building strings (rather than a
 * libxml2 tree) keeps output byte-for-byte predictable and needs no disposal; correctness rests
 * on the two escaping functions below, which the property tests exercise with arbitrary text.
 */

export interface XmlElementSpec {
  name: string;
  attrs?: Record<string, string | undefined>;
  /** Either text or child elements; `undefined`/`false` children are skipped so optional parts read inline. */
  text?: string;
  children?: Array<XmlElementSpec | undefined | false>;
}

export function el(
  name: string,
  attrs?: Record<string, string | undefined>,
  ...children: Array<XmlElementSpec | undefined | false>
): XmlElementSpec {
  return { name, ...(attrs ? { attrs } : {}), children };
}

/** An element holding text; `undefined` text means the element is left out. */
export function textEl(name: string, text: string | undefined, attrs?: Record<string, string | undefined>): XmlElementSpec | undefined {
  return text === undefined ? undefined : { name, text, ...(attrs ? { attrs } : {}) };
}

// XML 1.0 cannot carry C0 controls other than TAB, LF, CR, nor U+FFFE/U+FFFF or unpaired
// surrogates, not even as character references.
const NON_XML_CHARS = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes text carriable by XML 1.0. Decision: characters XML cannot represent are removed rather
 * than the message rejected, because they carry no meaning in a letter and come from pasted
 * text; vertical tab and form feed (Word's manual line and page breaks) become a line break.
 */
export function toXmlText(value: string): string {
  return value.replace(/[\u000B\u000C]/g, '\n').replace(NON_XML_CHARS, '');
}

/**
 * Names, identifiers and labels: made carriable, trimmed, and undefined when nothing is left.
 * The parser trims the same fields, so this is the whole normalisation a round trip applies.
 */
export function normalizeLabel(value: string | undefined): string | undefined {
  const cleaned = value === undefined ? '' : toXmlText(value).trim();
  return cleaned ? cleaned : undefined;
}

/** Element content: besides the markup characters, CR is escaped so a parser's line-end normalisation keeps it. */
export function escapeText(value: string): string {
  return toXmlText(value).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Attribute values: TAB, LF and CR are escaped too, or attribute-value normalisation turns them into spaces. */
export function escapeAttr(value: string): string {
  return toXmlText(value).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** The document as UTF-8 XML text with a declaration; element-only content is indented for people reading logs. */
export function serializeDocument(root: XmlElementSpec): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, 0, out);
  return out.join('');
}

function write(node: XmlElementSpec, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  out.push(indent, '<', node.name);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined) out.push(' ', name, '="', escapeAttr(value), '"');
  }
  const children = (node.children ?? []).filter((c): c is XmlElementSpec => Boolean(c));
  if (node.text !== undefined) {
    out.push('>', escapeText(node.text), '</', node.name, '>\n');
  } else if (children.length === 0) {
    out.push('/>\n');
  } else {
    out.push('>\n');
    for (const child of children) write(child, depth + 1, out);
    out.push(indent, '</', node.name, '>\n');
  }
}
