import type { AllowedType } from './file-types.js';
import { decodeText } from './file-types.js';
import { pdfText } from './pdf-text.js';
import { zipEntries } from './zip-entries.js';

/**
 * The text of an attachment that can be read cheaply, for the personal-identifier check, and how
 * much of it that is (shown to the body's members next to the file):
 * - 'full': plain text; Word (DOCX) and OpenDocument text (ODT) — the body, headers, footers,
 *   notes, comments and the document's properties;
 * - 'partial': PDF — its metadata and text in simple fonts (see pdf-text.ts);
 * - 'none': PNG and JPEG pictures (no OCR).
 * Throws (ZipUnreadable, PdfUnreadable) when the file cannot be read.
 */
export type TextCheck = 'full' | 'partial' | 'none';

/** An inflated document part may be this large; a larger one is refused as unreadable. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const DOCX_PARTS = /^(word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml|docProps\/(core|app)\.xml)$/;
const ODT_PARTS = /^(content|styles|meta)\.xml$/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML to text: paragraph, line and tab elements become breaks, other tags vanish (so runs of one word join), entities decode. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<(?:w:tab|text:tab)\b[^>]*\/?>/g, '\t')
    .replace(/<(?:text:s)\b[^>]*\/?>/g, ' ')
    .replace(/<\/(?:w:p|text:p|text:h|dc:[a-z]+|cp:[a-z]+|meta:[a-z-]+)>|<(?:w:br|w:cr|text:line-break)\b[^>]*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]+);/g, (whole, entity: string) => {
      if (!entity.startsWith('#')) return ENTITIES[entity] ?? whole;
      const codePoint = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
    });
}

function zippedText(content: Uint8Array, parts: RegExp): string {
  const entries = zipEntries(Buffer.from(content.buffer, content.byteOffset, content.byteLength), (name) => parts.test(name), MAX_PART_BYTES);
  return entries.map((entry) => xmlText(entry.read().toString('utf8'))).join('\n');
}

export async function textOf(type: AllowedType, content: Uint8Array): Promise<{ text: string; check: TextCheck }> {
  switch (type.reading) {
    case 'plain':
      return { text: decodeText(content).text, check: 'full' };
    case 'docx':
      return { text: zippedText(content, DOCX_PARTS), check: 'full' };
    case 'odt':
      return { text: zippedText(content, ODT_PARTS), check: 'full' };
    case 'pdf':
      return { text: await pdfText(content), check: 'partial' };
    case 'none':
      return { text: '', check: 'none' };
  }
}
