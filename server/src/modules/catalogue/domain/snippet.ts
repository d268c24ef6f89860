/**
 * Highlighted snippets as data: ts_headline marks the matches with two control characters that
 * never occur in a search document (they are cleaned out when it is built), and this splits the
 * result into plain and marked parts. The web renders the parts as text and <mark> elements, so
 * nothing from the content is ever inserted as HTML.
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text) {
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
    text = '';
  };
  for (const char of headline) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      mark = char === MARK_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
