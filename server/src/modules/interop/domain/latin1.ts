/**
 * Latin-1 (ISO-8859-1) check for text bound for a GP's record system (EPJ), which can only show
 * Latin-1. The product rule: the writer is warned before sending, text is transliterated where a
 * Latin-1 equivalent keeps the meaning, and nothing is ever silently dropped.
 *
 * The text is handled one grapheme cluster (user-perceived character) at a time, NFC-normalised:
 *  1. Latin-1 as it is (Norwegian æ ø å, é, ü, «», NBSP, soft hyphen, ½ …) stays unchanged.
 *  2. A character with a safe equivalent is replaced (typographic quotes, dashes, ellipsis,
 *     bullets, odd spaces, zero-width and bidi marks, €, ™, ‰, ligatures, full-width forms …);
 *     an NFC-only change ('a' + U+030A → å, U+212B Å → Å) counts as a replacement too.
 *  3. A Latin letter whose diacritics are not all in Latin-1 keeps the Latin-1 ones and loses
 *     the others (ǘ → ü, č → c, ł → l, ő → o): names of Polish, Czech, Baltic … patients still
 *     read right, and each such change is listed in `replaced` so the writer can see it.
 *  4. Everything else is unsupported and listed with its code points: emoji, Cyrillic, Greek
 *     (but μ → µ), CJK, arrows (→ could be written "->" but the writer should choose), math
 *     symbols other than ≤ ≥ ≈, superscripts other than ¹ ² ³ (10⁹/L must not become 109/L),
 *     vulgar fractions other than ¼ ½ ¾ (2⅓ must not become 21/3), C0 controls other than TAB, LF
 *     and CR, DEL, and C1 controls (NEL U+0085 becomes a line break), lone surrogates and
 *     combining marks with nothing to sit on. Unsupported characters stay in `transliterated`
 *     unless the caller asks for them to be removed or replaced.
 *
 * `index` in `replaced` and `unsupported` is the UTF-16 offset of the grapheme in the input.
 */

export interface Latin1Replacement {
  /** UTF-16 offset in the input text. */
  index: number;
  /** The grapheme as written in the input. */
  char: string;
  /** What it became ('' for an invisible character that was removed). */
  replacement: string;
}

export interface Latin1Unsupported {
  /** UTF-16 offset in the input text. */
  index: number;
  /** The grapheme (NFC), which can be several code points (👍🏽, 🇳🇴, 👨‍👩‍👧). */
  char: string;
  /** Its code points, 'U+2192', or space separated for a cluster: 'U+1F44D U+1F3FD'. */
  codePoint: string;
}

export interface Latin1Check {
  /** True when the text has no unsupported characters: `transliterated` is then all Latin-1. */
  ok: boolean;
  transliterated: string;
  replaced: Latin1Replacement[];
  unsupported: Latin1Unsupported[];
}

export interface Latin1Options {
  /** Leave unsupported characters out of `transliterated` (they are still listed). */
  removeUnsupported?: boolean;
  /**
   * Put this (Latin-1) text in place of each unsupported grapheme, e.g. '?' for a PDF rendering.
   * Wins over `removeUnsupported`.
   */
  replaceUnsupportedWith?: string;
}

/** TAB, LF, CR, printable ASCII and the printable upper half of ISO-8859-1. */
const LATIN1_TEXT = /^[\t\n\r\x20-\x7e\xa0-\xff]*$/;

/** True when every character of `text` is printable Latin-1 (or TAB, LF, CR). */
export function isLatin1(text: string): boolean {
  return LATIN1_TEXT.test(text);
}

function isLatin1CodePoint(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);
}

/** Safe Latin-1 equivalents, by code point. '' removes an invisible character. */
const TABLE = new Map<number, string>([
  // Quotes, primes and apostrophes.
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2039, "'"], [0x203a, "'"],
  [0x2032, "'"], [0x2035, "'"], [0x02b9, "'"], [0x02bb, "'"], [0x02bc, "'"], [0x02bd, "'"], [0x02c8, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'], [0x2036, '"'], [0x02ba, '"'],
  [0x2034, "'''"],
  // Dashes, hyphens and minus.
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'],
  [0x2212, '-'], [0x2043, '-'], [0xfe58, '-'], [0xfe63, '-'],
  // Dots.
  [0x2026, '...'], [0x2025, '..'], [0x2024, '.'],
  // Bullets.
  [0x2022, '*'], [0x2023, '*'], [0x25e6, '*'], [0x2219, '*'], [0x25cf, '*'], [0x25aa, '*'], [0x25a0, '*'],
  [0x2027, '*'], [0x2217, '*'], [0x204e, '*'],
  // Spaces: the no-break ones stay no-break (NBSP is Latin-1), the others become a plain space.
  [0x2000, ' '], [0x2001, ' '], [0x2002, ' '], [0x2003, ' '], [0x2004, ' '], [0x2005, ' '], [0x2006, ' '],
  [0x2008, ' '], [0x2009, ' '], [0x200a, ' '], [0x205f, ' '], [0x3000, ' '], [0x1680, ' '],
  [0x2007, '\u00a0'], [0x202f, '\u00a0'],
  // Line breaks.
  [0x2028, '\n'], [0x2029, '\n'], [0x0085, '\n'],
  // Invisible: zero-width spaces and joiners, BOM, bidi marks and embeddings, variation selectors.
  [0x200b, ''], [0x200c, ''], [0x200d, ''], [0x2060, ''], [0xfeff, ''], [0x180e, ''], [0x034f, ''],
  [0x2061, ''], [0x2062, ''], [0x2063, ''], [0x2064, ''],
  [0x200e, ''], [0x200f, ''], [0x061c, ''],
  [0x202a, ''], [0x202b, ''], [0x202c, ''], [0x202d, ''], [0x202e, ''],
  [0x2066, ''], [0x2067, ''], [0x2068, ''], [0x2069, ''],
  ...Array.from({ length: 16 }, (_, i): [number, string] => [0xfe00 + i, '']),
  // Currency, signs and units.
  [0x20ac, 'EUR'], [0x2122, 'TM'], [0x2120, 'SM'], [0x2030, 'o/oo'], [0x2031, 'o/ooo'],
  [0x2103, '\u00b0C'], [0x2109, '\u00b0F'], [0x03bc, '\u00b5'],
  [0x2264, '<='], [0x2265, '>='], [0x2248, '~'], [0x2215, '/'], [0x2044, '/'],
  [0x02c6, '^'], [0x02dc, '~'],
  // Ligatures.
  [0xfb00, 'ff'], [0xfb01, 'fi'], [0xfb02, 'fl'], [0xfb03, 'ffi'], [0xfb04, 'ffl'], [0xfb05, 'st'], [0xfb06, 'st'],
  [0x0152, 'OE'], [0x0153, 'oe'], [0x0132, 'IJ'], [0x0133, 'ij'],
  // Latin letters without a canonical decomposition to a Latin-1 base.
  [0x0141, 'L'], [0x0142, 'l'], [0x0110, 'D'], [0x0111, 'd'], [0x0126, 'H'], [0x0127, 'h'],
  [0x0131, 'i'], [0x013f, 'L'], [0x0140, 'l'], [0x0166, 'T'], [0x0167, 't'], [0x0237, 'j'],
  [0x0180, 'b'], [0x0197, 'I'], [0x0268, 'i'], [0x01b5, 'Z'], [0x01b6, 'z'], [0x1e9e, 'SS'],
]);

function mapCodePoint(cp: number): string | undefined {
  if (isLatin1CodePoint(cp)) return String.fromCodePoint(cp);
  const mapped = TABLE.get(cp);
  if (mapped !== undefined) return mapped;
  // Full-width ASCII (U+FF01–U+FF5E) as typed with East Asian input methods.
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  // Mathematical alphanumerics (𝐛𝐨𝐥𝐝, 𝑖𝑡𝑎𝑙𝑖𝑐 pasted from social media) → plain letters and digits.
  if (cp >= 0x1d400 && cp <= 0x1d7ff) {
    const plain = String.fromCodePoint(cp).normalize('NFKC');
    if (/^[A-Za-z0-9]$/.test(plain)) return plain;
  }
  return undefined;
}

/** Maps every code point of `text`, or undefined when one has no safe equivalent. */
function mapAll(text: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const mapped = mapCodePoint(ch.codePointAt(0)!);
    if (mapped === undefined) return undefined;
    out += mapped;
  }
  return out;
}

const LETTER = /^\p{L}$/u;
const NONSPACING_MARK = /^\p{Mn}$/u;

/**
 * A letter with diacritics: keeps the marks that still compose to Latin-1, drops the others
 * (ǘ → ü, č → c, ę → e). Undefined for anything but one letter followed by nonspacing marks.
 */
function foldDiacritics(cluster: string): string | undefined {
  const parts = [...cluster.normalize('NFD')].filter((ch) => TABLE.get(ch.codePointAt(0)!) !== '');
  const [base, ...marks] = parts;
  if (base === undefined || !LETTER.test(base) || !marks.every((m) => NONSPACING_MARK.test(m))) return undefined;
  if (!isLatin1CodePoint(base.codePointAt(0)!)) {
    const mapped = mapCodePoint(base.codePointAt(0)!);
    return mapped !== undefined && isLatin1(mapped) ? mapped : undefined;
  }
  let kept = base;
  for (const mark of marks) {
    const composed = (kept + mark).normalize('NFC');
    if (isLatin1(composed)) kept = composed;
  }
  return kept;
}

function codePoints(text: string): string {
  return [...text].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Chunks for the segmenter: cut at the first safe place after CHUNK, anywhere after MAX_CHUNK. */
const CHUNK = 64;
const MAX_CHUNK = 1024;
const SAFE_CLASS = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
/** Letters that glue to what follows (Grapheme_Cluster_Break=Prepend). */
const PREPEND_LETTERS = new Set([0x0d4e, 0x111c2, 0x111c3, 0x1193f, 0x11941, 0x11a3a, 0x11a84, 0x11a85, 0x11a86, 0x11a87, 0x11a88, 0x11a89, 0x11d46, 0x11f02]);
/** Letters and symbols that glue to what precedes (Extend, SpacingMark). */
const TRAILING_LETTERS = new Set([0x0e33, 0x0eb3, 0xff9e, 0xff9f, 0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff]);
const isHangul = (cp: number) => (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff);
const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029;

/**
 * True where the grapheme rules always break between code points `a` and `b` (UAX #29 GB4/GB5
 * around controls; GB999 between two plain letters, digits, punctuation, symbols or spaces that
 * no rule joins: no marks, joiners, Hangul, regional indicators, emoji modifiers or prepends).
 */
function alwaysBreaks(a: number, b: number): boolean {
  if (isControl(a) || isControl(b)) return !(a === 0x0d && b === 0x0a);
  const ca = String.fromCodePoint(a);
  const cb = String.fromCodePoint(b);
  return (
    SAFE_CLASS.test(ca) && SAFE_CLASS.test(cb) &&
    !PREPEND_LETTERS.has(a) && !TRAILING_LETTERS.has(b) &&
    !isHangul(a) && !isHangul(b) && !(isRegionalIndicator(a) && isRegionalIndicator(b))
  );
}

/**
 * The grapheme clusters of `text` (what Intl.Segmenter gives), found chunk by chunk: V8's
 * segmenter copies its whole input for every cluster it returns, which is quadratic — a 40 000
 * character text took seconds and 80 000 minutes. Chunks end only where clusters always break,
 * so the result is the same; a run of MAX_CHUNK code units with no such place (a pathological
 * string of marks or jamo) is cut anyway. A chunk that is all Latin-1 comes back whole.
 */
export function* graphemeClusters(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  let prev = -1;
  const flush = function* (end: number) {
    const chunk = text.slice(start, end);
    if (isLatin1(chunk)) yield { segment: chunk, index: start };
    else for (const { segment, index } of graphemes.segment(chunk)) yield { segment, index: start + index };
    start = end;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const length = i - start;
    if (length >= MAX_CHUNK || (length >= CHUNK && prev >= 0 && alwaysBreaks(prev, cp))) yield* flush(i);
    prev = cp;
    i += cp > 0xffff ? 2 : 1;
  }
  if (start < text.length) yield* flush(text.length);
}

/** True when `a` followed by `b` would form one grapheme cluster (b is a mark, a joiner …). */
function joins(a: string, b: string): boolean {
  const lastOfA = [...graphemes.segment(a)].at(-1)?.segment ?? '';
  const firstOfB = graphemes.segment(b).containing(0)?.segment ?? '';
  if (!lastOfA || !firstOfB) return false;
  return [...graphemes.segment(lastOfA + firstOfB)].length < 2;
}

/**
 * Checks `text` for characters a Latin-1 record system cannot show, transliterating the ones
 * with a safe equivalent. See the module comment for what counts as safe.
 */
export function checkLatin1(text: string, options: Latin1Options = {}): Latin1Check {
  if (isLatin1(text)) return { ok: true, transliterated: text, replaced: [], unsupported: [] };
  const substitute = options.replaceUnsupportedWith ?? (options.removeUnsupported ? '' : undefined);
  if (substitute !== undefined && !isLatin1(substitute)) {
    throw new TypeError('replaceUnsupportedWith must be Latin-1 text');
  }

  // First what each grapheme becomes on its own: its Latin-1 equivalent, or undefined.
  const segments = [...graphemeClusters(text)].map(({ segment, index }) => {
    if (isLatin1(segment)) return { segment, index, nfc: segment, mapped: segment };
    const nfc = segment.normalize('NFC');
    return { segment, index, nfc, mapped: mapAll(nfc) ?? foldDiacritics(nfc) };
  });
  const replaced: Latin1Replacement[] = [];
  const unsupported: Latin1Unsupported[] = [];
  let out = '';

  segments.forEach(({ segment, index, nfc, mapped }, i) => {
    if (mapped !== undefined && !(mapped === '' && substitute === undefined && gluesNeighbours(i))) {
      if (mapped !== segment) replaced.push({ index, char: segment, replacement: mapped });
      out += mapped;
      return;
    }
    unsupported.push({ index, char: nfc, codePoint: codePoints(nfc) });
    out += substitute ?? nfc;
  });

  /**
   * Removing an invisible character must not glue what is left on either side into one cluster
   * that a second pass would read differently (a + ZWSP + U+0301 would come back as á): then the
   * invisible character is kept, and reported. Only kept unsupported text can be affected.
   */
  function gluesNeighbours(i: number): boolean {
    if (out === '') return false;
    for (let j = i + 1; j < segments.length; j++) {
      const next = segments[j]!;
      if (next.mapped === '') continue;
      return next.mapped === undefined && joins(out.slice(-64), next.nfc);
    }
    return false;
  }

  return { ok: unsupported.length === 0, transliterated: out, replaced, unsupported };
}

/** The transliterated text, with unsupported characters kept (or as `options` says). */
export function transliterateLatin1(text: string, options?: Latin1Options): string {
  return checkLatin1(text, options).transliterated;
}

const MAX_LISTED = 10;

/**
 * One sentence for the writer naming what the record system cannot show, each distinct
 * character once with its code point, e.g. «Teksten inneholder 2 tegn fastlegens journalsystem
 * ikke kan vise: 😀 (U+1F600), → (U+2192).» Empty when the check is ok.
 */
export function describeUnsupported(result: Pick<Latin1Check, 'unsupported'>, lang: 'nb' | 'en'): string {
  const distinct = new Map<string, string>();
  for (const u of result.unsupported) if (!distinct.has(u.char)) distinct.set(u.char, u.codePoint);
  if (distinct.size === 0) return '';
  const listed = [...distinct].slice(0, MAX_LISTED).map(([char, cp]) => show(char, cp));
  const more = distinct.size - listed.length;
  const n = distinct.size;
  if (lang === 'nb') {
    const tail = more > 0 ? ` og ${more} til` : '';
    return `Teksten inneholder ${n} tegn fastlegens journalsystem ikke kan vise: ${listed.join(', ')}${tail}.`;
  }
  const tail = more > 0 ? ` and ${more} more` : '';
  return `The text contains ${n} ${n === 1 ? 'character' : 'characters'} the GP's record system cannot show: ${listed.join(', ')}${tail}.`;
}

/** A character as the writer can see it: invisible ones by code point only, marks on ◌. */
function show(char: string, codePoint: string): string {
  if (/^[\p{C}\p{Z}]+$/u.test(char)) return codePoint;
  if (/^\p{M}/u.test(char)) return `\u25cc${char} (${codePoint})`;
  return `${char} (${codePoint})`;
}
