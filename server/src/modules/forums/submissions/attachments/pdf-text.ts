import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';

/**
 * The text of a PDF that can be read cheaply, for the personal-identifier check: the document's
 * metadata (title, author, subject, keywords) and the strings its pages show (Tj, TJ, ', ")
 * decoded byte by byte. That reads text set in simple fonts (what most letters and forms made by
 * office programs and pdf-lib use for Latin text); text in composite (CID) fonts comes out as
 * glyph numbers, and scanned pages and text in images are not read at all — no OCR here.
 * Throws `PdfUnreadable` when the file is damaged or encrypted.
 */
export class PdfUnreadable extends Error {}

/** Tokens of a content stream that matter here: strings, and the operators that end a line. */
function* shownStrings(content: string): Generator<string> {
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i]!;
    if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === '(') {
      const { text, end } = literalString(content, i);
      yield text;
      i = end;
    } else if (c === '<' && content[i + 1] === '<') {
      i += 2; // a dictionary, not a string
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      if (end < 0) return;
      yield hexString(content.slice(i + 1, end));
      i = end + 1;
    } else if (/[A-Za-z'"*]/.test(c)) {
      let end = i;
      while (end < n && /[A-Za-z0-9'"*]/.test(content[end]!)) end++;
      const operator = content.slice(i, end);
      if (operator === 'ID') {
        // Inline image data is binary: skip to its end marker.
        const close = content.indexOf('EI', end);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (['Td', 'TD', 'Tm', 'T*', "'", '"', 'ET'].includes(operator)) yield '\n';
      i = end;
    } else {
      i++;
    }
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

function literalString(content: string, start: number): { text: string; end: number } {
  let depth = 0;
  let text = '';
  let i = start;
  for (; i < content.length; i++) {
    const c = content[i]!;
    if (c === '\\') {
      const next = content[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
      if (octal) {
        text += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else {
        text += ESCAPES[next] ?? '';
        i += 1;
      }
    } else if (c === '(') {
      if (depth > 0) text += c;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return { text, end: i + 1 };
      text += c;
    } else {
      text += c;
    }
  }
  return { text, end: i };
}

function hexString(hex: string): string {
  const digits = hex.replace(/[^0-9A-Fa-f]/g, '');
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  return Buffer.from(padded, 'hex').toString('latin1');
}

function contentStreams(contents: PDFObject | undefined, lookup: (o: PDFObject) => PDFObject | undefined): PDFRawStream[] {
  if (contents instanceof PDFRawStream) return [contents];
  if (contents instanceof PDFArray) return contents.asArray().map((o) => lookup(o)).filter((o): o is PDFRawStream => o instanceof PDFRawStream);
  return [];
}

/** The readable text of a PDF, joined by lines. */
export async function pdfText(content: Uint8Array): Promise<string> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(content, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    throw new PdfUnreadable((error as Error).message);
  }
  const parts = [doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords()].filter((s): s is string => Boolean(s));
  const lookup = (o: PDFObject) => doc.context.lookup(o);
  for (const page of doc.getPages()) {
    for (const stream of contentStreams(page.node.Contents(), lookup)) {
      let bytes: Uint8Array;
      try {
        bytes = decodePDFRawStream(stream).decode();
      } catch {
        continue; // a filter pdf-lib cannot decode: that stream stays unread
      }
      parts.push([...shownStrings(Buffer.from(bytes).toString('latin1'))].join(''));
    }
  }
  return parts.join('\n');
}
