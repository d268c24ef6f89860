import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLatin1, describeUnsupported, graphemeClusters, isLatin1, transliterateLatin1 } from './latin1.js';

const PRINTABLE_LATIN1 = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  '\t',
  '\n',
  '\r',
].join('');

describe('Latin-1 text', () => {
  it('leaves Norwegian and other Latin-1 letters unchanged', () => {
    const text = 'Æ Ø Å æ ø å é è ê ü ö ä ß ç ñ « » ½ ° § µ NBSP:\u00a0 soft:\u00ad ¹²³ ±×÷';
    expect(checkLatin1(text)).toEqual({ ok: true, transliterated: text, replaced: [], unsupported: [] });
  });
  it('leaves every printable Latin-1 character, TAB, LF and CR unchanged', () => {
    expect(checkLatin1(PRINTABLE_LATIN1)).toEqual({ ok: true, transliterated: PRINTABLE_LATIN1, replaced: [], unsupported: [] });
    expect(isLatin1(PRINTABLE_LATIN1)).toBe(true);
  });
  it('accepts the empty string', () => {
    expect(checkLatin1('')).toEqual({ ok: true, transliterated: '', replaced: [], unsupported: [] });
  });
});

describe('safe transliterations', () => {
  const cases: Array<[string, string, string]> = [
    ['left single quote', '\u2018', "'"],
    ['right single quote', '\u2019', "'"],
    ['single low-9 quote', '\u201a', "'"],
    ['single high-reversed-9 quote', '\u201b', "'"],
    ['single angle quotes', '\u2039\u203a', "''"],
    ['prime', '\u2032', "'"],
    ['modifier letter apostrophe', 'O\u02bcNeil', "O'Neil"],
    ['left double quote', '\u201c', '"'],
    ['right double quote', '\u201d', '"'],
    ['double low-9 quote', '\u201e', '"'],
    ['double high-reversed-9 quote', '\u201f', '"'],
    ['double prime', '\u2033', '"'],
    ['hyphen', '\u2010', '-'],
    ['non-breaking hyphen', '\u2011', '-'],
    ['figure dash', '\u2012', '-'],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['horizontal bar', '\u2015', '-'],
    ['minus sign', '\u2212', '-'],
    ['ellipsis', '\u2026', '...'],
    ['two-dot leader', '\u2025', '..'],
    ['bullet', '\u2022', '*'],
    ['triangular bullet', '\u2023', '*'],
    ['white bullet', '\u25e6', '*'],
    ['bullet operator', '\u2219', '*'],
    ['black circle', '\u25cf', '*'],
    ['hyphen bullet', '\u2043', '-'],
    ['en space', 'a\u2002b', 'a b'],
    ['em space', 'a\u2003b', 'a b'],
    ['thin space', 'a\u2009b', 'a b'],
    ['hair space', 'a\u200ab', 'a b'],
    ['ideographic space', 'a\u3000b', 'a b'],
    ['narrow no-break space stays no-break', '1\u202f000', '1\u00a0000'],
    ['figure space stays no-break', '1\u2007000', '1\u00a0000'],
    ['zero-width space', 'a\u200bb', 'ab'],
    ['zero-width non-joiner', 'a\u200cb', 'ab'],
    ['zero-width joiner', 'a\u200db', 'ab'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['byte order mark', '\ufeffHei', 'Hei'],
    ['left-to-right mark', 'a\u200eb', 'ab'],
    ['right-to-left override', 'a\u202eb\u202c', 'ab'],
    ['variation selector on a Latin-1 sign', '\u00a9\ufe0f', '\u00a9'],
    ['line separator', 'a\u2028b', 'a\nb'],
    ['paragraph separator', 'a\u2029b', 'a\nb'],
    ['next line (C1)', 'a\u0085b', 'a\nb'],
    ['euro sign', '100 \u20ac', '100 EUR'],
    ['trade mark', 'Samhandling\u2122', 'SamhandlingTM'],
    ['per mille', '0,5 \u2030', '0,5 o/oo'],
    ['degree Celsius sign', '38 \u2103', '38 °C'],
    ['Greek mu as micro', '5 \u03bcg', '5 µg'],
    ['less than or equal', 'CRP \u2264 5', 'CRP <= 5'],
    ['greater than or equal', 'Hb \u2265 12', 'Hb >= 12'],
    ['almost equal', '\u2248 3 uker', '~ 3 uker'],
    ['fraction slash', '1\u20442', '1/2'],
    ['ligature fi', '\ufb01le', 'file'],
    ['ligature fl', '\ufb02yt', 'flyt'],
    ['ligature ffi', 'o\ufb03ce', 'office'],
    ['oe ligature', '\u0152uvre \u0153', 'OEuvre oe'],
    ['combining ring folded by NFC', 'a\u030a', 'å'],
    ['combining acute folded by NFC', 'e\u0301', 'é'],
    ['combining stroke-less diaeresis on O', 'O\u0308', 'Ö'],
    ['angstrom sign', '\u212b', 'Å'],
    ['kelvin sign', '\u212a', 'K'],
    ['Polish letters lose the non-Latin-1 diacritic', 'Wa\u0142\u0119sa', 'Walesa'],
    ['Czech letters', 'Dvo\u0159\u00e1k \u010cech', 'Dvorák Cech'],
    ['Hungarian double acute', 'Erd\u0151s', 'Erdos'],
    ['Latvian/Lithuanian', '\u0160ab\u016bnas \u017dem\u0113', 'Sabunas Zeme'],
    ['Croatian d with stroke', '\u0110uro \u0111', 'Duro d'],
    ['Turkish dotless i and dotted I', 'Y\u0131lmaz \u0130stanbul', 'Yilmaz Istanbul'],
    ['keeps the Latin-1 mark and drops the other (ǘ → ü)', '\u01d8', 'ü'],
    ['capital sharp s', '\u1e9e', 'SS'],
    ['full-width ASCII', '\uff21\uff42\uff43\uff11', 'Abc1'],
    ['mathematical bold letters', '\u{1d41b}\u{1d428}\u{1d425}\u{1d41d}', 'bold'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const result = checkLatin1(input);
    expect(result.transliterated).toBe(expected);
    expect(result.ok).toBe(true);
    expect(result.unsupported).toEqual([]);
    expect(result.replaced.length).toBeGreaterThan(0);
    expect(isLatin1(result.transliterated)).toBe(true);
  });

  it('lists each replacement with its offset in the input', () => {
    const text = 'Hei \u201cdu\u201d \u2013 100\u20ac a\u030a';
    expect(checkLatin1(text).replaced).toEqual([
      { index: 4, char: '\u201c', replacement: '"' },
      { index: 7, char: '\u201d', replacement: '"' },
      { index: 9, char: '\u2013', replacement: '-' },
      { index: 14, char: '\u20ac', replacement: 'EUR' },
      { index: 16, char: 'a\u030a', replacement: 'å' },
    ]);
  });
  it('transliterates a typical pasted paragraph', () => {
    const text = '\u201cSykmeldt\u201d \u2013 se vedlegg\u2026\n\u2022 punkt\u00a0\u00e9n\n\u2022 0,5\u2030 \u2264 1';
    expect(transliterateLatin1(text)).toBe('"Sykmeldt" - se vedlegg...\n* punkt\u00a0én\n* 0,5o/oo <= 1');
  });
});

describe('unsupported characters', () => {
  const cases: Array<[string, string, string]> = [
    ['emoji', '\u{1f600}', 'U+1F600'],
    ['emoji with skin tone, as one character', '\u{1f44d}\u{1f3fd}', 'U+1F44D U+1F3FD'],
    ['flag', '\u{1f1f3}\u{1f1f4}', 'U+1F1F3 U+1F1F4'],
    ['emoji ZWJ sequence', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', 'U+1F468 U+200D U+1F469 U+200D U+1F467'],
    ['heart with variation selector', '\u2764\ufe0f', 'U+2764 U+FE0F'],
    ['keycap', '1\ufe0f\u20e3', 'U+0031 U+FE0F U+20E3'],
    ['arrow', '\u2192', 'U+2192'],
    ['check mark', '\u2713', 'U+2713'],
    ['Cyrillic', '\u0416', 'U+0416'],
    ['Cyrillic short i (NFC-composed)', '\u0438\u0306', 'U+0439'],
    ['Greek capital omega', '\u03a9', 'U+03A9'],
    ['Chinese', '\u4e2d', 'U+4E2D'],
    ['Arabic', '\u0639', 'U+0639'],
    ['superscript nine (10⁹/L must not read 109/L)', '\u2079', 'U+2079'],
    ['vulgar fraction one third (2⅓ must not read 21/3)', '\u2153', 'U+2153'],
    ['not equal', '\u2260', 'U+2260'],
    ['infinity', '\u221e', 'U+221E'],
    ['NUL', '\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['vertical tab', '\u000b', 'U+000B'],
    ['form feed', '\u000c', 'U+000C'],
    ['escape', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 control', '\u0093', 'U+0093'],
    ['lone high surrogate', '\ud83d', 'U+D83D'],
    ['lone low surrogate', '\ude00', 'U+DE00'],
    ['private use', '\ue000', 'U+E000'],
  ];
  it.each(cases)('%s', (_name, char, codePoint) => {
    const result = checkLatin1(`a${char}b`);
    expect(result.ok).toBe(false);
    expect(result.unsupported).toEqual([{ index: 1, char: char.normalize('NFC'), codePoint }]);
    expect(result.transliterated).toBe(`a${char.normalize('NFC')}b`);
  });

  it('never drops them silently: kept in the text, with offsets, beside transliterations', () => {
    const text = 'Hei \u{1f600} \u2013 \u2192 ok';
    const result = checkLatin1(text);
    expect(result.ok).toBe(false);
    expect(result.transliterated).toBe('Hei \u{1f600} - \u2192 ok');
    expect(result.unsupported).toEqual([
      { index: 4, char: '\u{1f600}', codePoint: 'U+1F600' },
      { index: 9, char: '\u2192', codePoint: 'U+2192' },
    ]);
    expect(result.replaced).toEqual([{ index: 7, char: '\u2013', replacement: '-' }]);
  });
  it('removes them only when asked', () => {
    const result = checkLatin1('a\u{1f600}b\u2192c\u2013', { removeUnsupported: true });
    expect(result.transliterated).toBe('abc-');
    expect(result.ok).toBe(false);
    expect(result.unsupported.map((u) => u.codePoint)).toEqual(['U+1F600', 'U+2192']);
  });
  it('replaces each unsupported character (one per cluster) when asked', () => {
    expect(transliterateLatin1('a\u{1f44d}\u{1f3fd}b\u0416', { replaceUnsupportedWith: '?' })).toBe('a?b?');
    expect(transliterateLatin1('a\u{1f600}', { replaceUnsupportedWith: '?', removeUnsupported: true })).toBe('a?');
  });
  it('refuses a replacement that is not Latin-1 itself', () => {
    expect(() => checkLatin1('\u{1f600}', { replaceUnsupportedWith: '\u2192' })).toThrow(TypeError);
  });
  it('reports a combining mark with nothing to sit on', () => {
    const result = checkLatin1('\u0301a');
    expect(result.unsupported).toEqual([{ index: 0, char: '\u0301', codePoint: 'U+0301' }]);
  });
  it('keeps an invisible character whose removal would glue a letter to a stray mark', () => {
    const result = checkLatin1('a\u200b\u0301');
    expect(result.transliterated).toBe('a\u200b\u0301');
    expect(result.unsupported.map((u) => u.codePoint)).toEqual(['U+200B', 'U+0301']);
    expect(checkLatin1(result.transliterated).transliterated).toBe(result.transliterated);
  });
});

describe('describeUnsupported', () => {
  it('names each character with its code point (nb)', () => {
    const result = checkLatin1('Hei \u{1f600} og \u2192');
    expect(describeUnsupported(result, 'nb')).toBe(
      'Teksten inneholder 2 tegn fastlegens journalsystem ikke kan vise: \u{1f600} (U+1F600), \u2192 (U+2192).',
    );
  });
  it('names each character with its code point (en)', () => {
    const result = checkLatin1('Hei \u{1f600} og \u2192');
    expect(describeUnsupported(result, 'en')).toBe(
      "The text contains 2 characters the GP's record system cannot show: \u{1f600} (U+1F600), \u2192 (U+2192).",
    );
  });
  it('uses the singular in English and lists a repeated character once', () => {
    const result = checkLatin1('\u{1f600}\u{1f600}\u{1f600}');
    expect(describeUnsupported(result, 'en')).toBe(
      "The text contains 1 character the GP's record system cannot show: \u{1f600} (U+1F600).",
    );
    expect(describeUnsupported(result, 'nb')).toBe(
      'Teksten inneholder 1 tegn fastlegens journalsystem ikke kan vise: \u{1f600} (U+1F600).',
    );
  });
  it('shows invisible characters by code point only and stray marks on a dotted circle', () => {
    const result = checkLatin1('a\u0007b\n\u0301');
    expect(describeUnsupported(result, 'en')).toBe(
      "The text contains 2 characters the GP's record system cannot show: U+0007, \u25cc\u0301 (U+0301).",
    );
  });
  it('lists ten and counts the rest', () => {
    const result = checkLatin1('\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041a\u041b');
    const nb = describeUnsupported(result, 'nb');
    expect(nb).toMatch(/^Teksten inneholder 12 tegn /);
    expect(nb).toMatch(/\u0419 \(U\+0419\) og 2 til\.$/);
    expect(describeUnsupported(result, 'en')).toMatch(/ and 2 more\.$/);
  });
  it('is empty when the text is fine', () => {
    expect(describeUnsupported(checkLatin1('Hei \u2013 hå'), 'nb')).toBe('');
  });
});

// Characters the transliteration treats specially, mixed with anything at all (lone surrogates too).
const interesting = fc.constantFrom(
  ...'\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2212\u2026\u2022\u25e6\u00a0\u202f\u2009\u3000\u20ac\u2122\u2030\ufb01\u212b\u0142\u0119\u01d8\u1e9e\uff21\u2192\u0416\u4e2d\u2079\u2153\u0085\u0093\u007f\u0007\u2028',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u202e', '\ufe0f', '\ufe0e',
  '\u0301', '\u030a', '\u0308', '\u0328', '\u20e3', '\u0600',
  '\u{1f600}', '\u{1f44d}', '\u{1f3fd}', '\u{1f1f3}', '\u{1f1f4}', '\u{1f468}', '\u{1d41b}',
  '\u1100', '\u1161', '\u11a8', '\ud83d', '\ude00', 'a', 'e', 'O', '\r', '\n', ' ',
);
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const wide = fc.string({ unit: fc.oneof(interesting, anyUnit, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });
// A small alphabet, so that letters, invisible characters, marks and emoji meet often.
const dense = fc.string({
  unit: fc.constantFrom('a', 'e', '\u200b', '\u200d', '\u2060', '\u0301', '\u0328', '\ufe0f', '\u{1f600}', '\u{1f1f3}', '\u2013', '\u0416', '\r', '\n', '\u1100', '\u1161', '\u0600'),
  maxLength: 12,
});
const tricky = fc.oneof(wide, dense);
const latin1Text = fc.string({
  unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }), fc.constantFrom(9, 10, 13)).map((n) => String.fromCharCode(n)),
});

describe('properties', () => {
  it('when ok, the transliterated text is Latin-1', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const result = checkLatin1(text);
        expect(result.ok).toBe(result.unsupported.length === 0);
        if (result.ok) expect(isLatin1(result.transliterated)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('transliterating is idempotent', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const once = checkLatin1(text);
        const twice = checkLatin1(once.transliterated);
        expect(twice.transliterated).toBe(once.transliterated);
        expect(twice.replaced).toEqual([]);
        expect(twice.ok).toBe(once.ok);
      }),
      { numRuns: 3000 },
    );
  });
  it('text already in Latin-1 (no controls but TAB, LF, CR) comes back unchanged', () => {
    fc.assert(
      fc.property(latin1Text, (text) => {
        expect(checkLatin1(text)).toEqual({ ok: true, transliterated: text, replaced: [], unsupported: [] });
      }),
    );
  });
  it('with unsupported characters removed or replaced, the text is always Latin-1', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(isLatin1(checkLatin1(text, { removeUnsupported: true }).transliterated)).toBe(true);
        expect(isLatin1(checkLatin1(text, { replaceUnsupportedWith: '?' }).transliterated)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('nothing is lost: each unsupported character is in the text unless removal was asked for', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const result = checkLatin1(text);
        for (const u of result.unsupported) expect(result.transliterated).toContain(u.char);
        for (const r of result.replaced) expect(text.startsWith(r.char, r.index)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('graphemeClusters', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const long = fc
    .array(fc.oneof(tricky, latin1Text, fc.constantFrom('\u0d4e', '\uff9e', '\u0e33', '\u{1f3fb}', '\uac00', '\u1161', '\u{1f1e6}')), { minLength: 20, maxLength: 300 })
    .map((parts) => parts.join(''));

  it('breaks long text where Intl.Segmenter does, and never inside a cluster', () => {
    fc.assert(
      fc.property(long, (text) => {
        const reference = new Set([...segmenter.segment(text)].map((s) => s.index));
        const mine = [...graphemeClusters(text)];
        expect(mine.map((s) => s.segment).join('')).toBe(text);
        for (const { segment, index } of mine) {
          expect(reference.has(index)).toBe(true);
          if (!isLatin1(segment)) for (let i = index + 1; i < index + segment.length; i++) expect(reference.has(i)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks a long text in linear time (V8 segments quadratically)', () => {
    const text = ('Hei p\u00e5 deg \u2013 \u201csitat\u201d \u2026 \u{1f600} \u0416\u0443\u043a \u4e2d\u6587\n').repeat(8000);
    const started = performance.now();
    const result = checkLatin1(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.unsupported).toHaveLength(8000 * 6);
    expect(result.replaced).toHaveLength(8000 * 4);
  });
});

