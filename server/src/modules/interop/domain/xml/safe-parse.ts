import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { appRecError, type AppRecErrorItem } from './apprec-errors.js';

/**
 * Parses untrusted message bytes into a libxml2 document without the classic XML attacks.
 *
 * Defence: any document type declaration is refused before libxml2 sees the bytes, so there are
 * no DTDs, no entity declarations, hence no external entities (XXE) and no entity expansion
 * ("billion laughs"). That check reads the prolog as ASCII, so only ASCII-compatible encodings
 * (UTF-8, ISO-8859-x, windows-125x — what the national standard allows) are accepted; anything
 * else (UTF-16/32, EBCDIC) is refused rather than parsed blind. After parsing, a document that
 * still has a DTD is refused too (belt and braces). Parsing never loads from the network or
 * disk (NONET, NO_XXE, no DTD loading) and never throws for bad input.
 */

export type SafeParseFailure = {
  ok: false;
  /** T01 for anything unreadable; T99 when the message is larger than the caller's limit. */
  error: AppRecErrorItem;
  reason: 'empty' | 'too_large' | 'encoding' | 'doctype' | 'malformed';
};

export type SafeParseResult = { ok: true; doc: XmlDocument } | SafeParseFailure;

export interface SafeParseOptions {
  /** Largest accepted message in bytes (UTF-8 bytes for string input). */
  maxBytes: number;
}

// HUGE lifts libxml2's 10 MB cap on one text node (a base64 attachment of ~7.5 MB). It is safe
// only because entity declarations are impossible here (no DOCTYPE), so nothing can expand.
const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_HUGE;

const ALLOWED_ENCODINGS = /^(utf-?8|iso[-_]?8859[-_]?(1|15)|latin-?1|us-ascii|ascii|windows-125[02]|cp125[02])$/i;

export function safeParseXml(input: Uint8Array | string, options: SafeParseOptions): SafeParseResult {
  try {
    // String length (UTF-16 units) never exceeds its UTF-8 byte length, so it rejects huge strings without encoding them.
    if (typeof input === 'string' && input.length > options.maxBytes) return tooLarge(input.length, options.maxBytes);
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    if (bytes.byteLength > options.maxBytes) return tooLarge(bytes.byteLength, options.maxBytes);
    const prolog = checkProlog(bytes);
    if (prolog) return prolog;
    // A JS string is UTF-8 once encoded, whatever its declaration says.
    const doc = XmlDocument.fromBuffer(bytes, {
      option: PARSE_OPTIONS,
      ...(typeof input === 'string' ? { encoding: 'UTF-8' } : {}),
    });
    if (doc.dtd !== null) {
      doc.dispose();
      return failure('doctype', 'Dokumenttypedeklarasjon (DOCTYPE) er ikke tillatt');
    }
    return { ok: true, doc };
  } catch (error) {
    const detail = error instanceof XmlParseError ? firstParseError(error) : 'XML-parseren feilet';
    return failure('malformed', `Meldingen er ikke velformet XML: ${detail}`);
  }
}

function firstParseError(error: XmlParseError): string {
  const first = error.details[0];
  if (!first) return error.message.trim().slice(0, 300);
  return `linje ${first.line}: ${first.message.trim()}`.slice(0, 300);
}

function tooLarge(size: number, max: number): SafeParseFailure {
  return { ok: false, reason: 'too_large', error: appRecError('T99', `Meldingen er for stor: ${size} byte, grensen er ${max} byte`) };
}

function failure(reason: SafeParseFailure['reason'], details: string): SafeParseFailure {
  return { ok: false, reason, error: appRecError('T01', details) };
}

/**
 * Walks the prolog (BOM, XML declaration, comments, processing instructions, whitespace) up to
 * the root element and refuses a DOCTYPE, an unsupported encoding or something that is not XML.
 */
function checkProlog(bytes: Uint8Array): SafeParseFailure | undefined {
  if (bytes.byteLength === 0) return failure('empty', 'Meldingen er tom');
  // Any NUL among the first bytes means a 16/32-bit encoding, which the prolog check cannot read.
  for (let i = 0; i < Math.min(4, bytes.byteLength); i++) {
    if (bytes[i] === 0) return failure('encoding', 'Tegnkodingen støttes ikke (bruk UTF-8 eller ISO-8859-1)');
  }
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const startsWith = (s: string) => {
    for (let k = 0; k < s.length; k++) if (bytes[i + k] !== s.charCodeAt(k)) return false;
    return true;
  };
  const skipPast = (end: string) => {
    const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(end, i, 'latin1');
    i = at < 0 ? bytes.byteLength : at + end.length;
    return at >= 0;
  };
  for (;;) {
    while (i < bytes.byteLength && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
    if (i >= bytes.byteLength) return failure('malformed', 'Meldingen inneholder ikke noe XML-element');
    if (startsWith('<?xml') && !startsWith('<?xml-')) {
      const start = i;
      if (!skipPast('?>')) return failure('malformed', 'XML-deklarasjonen er ikke avsluttet');
      const declaration = Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString('latin1');
      const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(declaration)?.[1];
      if (encoding !== undefined && !ALLOWED_ENCODINGS.test(encoding)) {
        return failure('encoding', `Tegnkodingen «${encoding.slice(0, 40)}» støttes ikke (bruk UTF-8 eller ISO-8859-1)`);
      }
    } else if (startsWith('<?')) {
      if (!skipPast('?>')) return failure('malformed', 'En prosesseringsinstruksjon er ikke avsluttet');
    } else if (startsWith('<!--')) {
      if (!skipPast('-->')) return failure('malformed', 'En kommentar er ikke avsluttet');
    } else if (startsWith('<!')) {
      // <!DOCTYPE (in any spelling; XML only knows the upper-case one, but refuse all declarations).
      return failure('doctype', 'Dokumenttypedeklarasjon (DOCTYPE) er ikke tillatt');
    } else if (startsWith('<')) {
      return undefined;
    } else {
      return failure('malformed', 'Meldingen begynner ikke med XML');
    }
  }
}
