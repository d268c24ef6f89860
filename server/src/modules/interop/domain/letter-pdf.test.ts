import { PDFArray, PDFDocument, PDFRawStream, StandardFonts, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type Letter, LETTER_PDF_CREATOR, LETTER_PDF_PRODUCER, pdfText, renderLetterPdf, wrap } from './letter-pdf.js';

const createdAt = new Date('2025-03-14T09:26:53Z');

const letter = (overrides: Partial<Letter> = {}): Letter => ({
  title: 'Forespørsel om pasient',
  heading: {
    sender: 'NAV Grünerløkka, rådgiver Åse Ødegård',
    recipient: 'Fastlege Kari Nordmann, Bjørkås legesenter',
    patient: 'Ola Normann (13097248022)',
    date: '14.03.2025',
  },
  sections: [
    { heading: 'Bakgrunn', text: 'Pasienten har vært sykmeldt siden 01.02.2025.\nVi ber om en vurdering av arbeidsevnen.' },
    { heading: 'Spørsmål', text: '1. Hva er prognosen?\n\n2. Er det behov for tilrettelegging?' },
  ],
  footer: 'NAV Grünerløkka · Postboks 1234 Sentrum · 0101 Oslo',
  createdAt,
  ...overrides,
});

const longText = (paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, i) => `Avsnitt ${i + 1}. Pasienten har hatt økende plager i skulder og nakke, og har vært i behandling hos fysioterapeut. Arbeidsgiver har forsøkt tilrettelegging med redusert stilling og andre oppgaver, uten at det har gitt bedring.`,
  ).join('\n\n');

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A page's decoded content streams (Helvetica text is drawn as WinAnsi hex strings). */
function pageContent(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => text(decodePDFRawStream(s).decode()))
    .join('\n');
}
const hex = (s: string) => `<${Buffer.from(s, 'latin1').toString('hex').toUpperCase()}>`;

describe('renderLetterPdf', () => {
  it('writes a PDF that pdf-lib reads back, one A4 page for a short letter', async () => {
    const bytes = await renderLetterPdf(letter());
    expect(text(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(text(bytes)).toContain('%%EOF');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
  });

  it('sets the metadata: title, creator, producer, author, language and the given dates', async () => {
    const doc = await PDFDocument.load(await renderLetterPdf(letter()), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Forespørsel om pasient');
    expect(doc.getCreator()).toBe(LETTER_PDF_CREATOR);
    expect(doc.getProducer()).toBe(LETTER_PDF_PRODUCER);
    expect(doc.getAuthor()).toBe('NAV Grünerløkka, rådgiver Åse Ødegård');
    expect(doc.getCreationDate()?.toISOString()).toBe(createdAt.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(createdAt.toISOString());
  });

  it('keeps the original title, emoji included, in the metadata (Unicode there is fine)', async () => {
    const doc = await PDFDocument.load(await renderLetterPdf(letter({ title: 'Svar \u{1f600} \u2192 ok' })), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Svar \u{1f600} \u2192 ok');
  });

  it('grows the page count with long text and numbers the pages "Side n av m"', async () => {
    const short = await PDFDocument.load(await renderLetterPdf(letter()));
    const long = await PDFDocument.load(await renderLetterPdf(letter({ sections: [{ heading: 'Lang tekst', text: longText(40) }] })));
    const longer = await PDFDocument.load(await renderLetterPdf(letter({ sections: [{ heading: 'Lang tekst', text: longText(120) }] })));
    expect(short.getPageCount()).toBe(1);
    expect(long.getPageCount()).toBeGreaterThan(1);
    expect(longer.getPageCount()).toBeGreaterThan(long.getPageCount());
  });

  it('numbers every page "Side n av m" and draws Norwegian letters as WinAnsi', async () => {
    const doc = await PDFDocument.load(await renderLetterPdf(letter({ sections: [{ text: longText(40) }] })));
    const pages = doc.getPageCount();
    expect(pages).toBeGreaterThan(1);
    for (let i = 0; i < pages; i++) expect(pageContent(doc, i)).toContain(hex(`Side ${i + 1} av ${pages}`));
    expect(pageContent(doc, 0)).toContain(hex('Forespørsel om pasient'));
    expect(pageContent(doc, 0)).toContain(hex('NAV Grünerløkka · Postboks 1234 Sentrum · 0101 Oslo'));
    expect(pageContent(doc, 1)).toContain(hex('NAV Grünerløkka · Postboks 1234 Sentrum · 0101 Oslo'));
  });

  it('draws unsupported characters as ? and transliterates the rest', async () => {
    const doc = await PDFDocument.load(await renderLetterPdf(letter({ sections: [{ text: '\u201cHei\u201d \u2013 \u{1f600} \u20ac' }] })));
    expect(pageContent(doc, 0)).toContain(hex('"Hei" - ? EUR'));
  });

  it('does not throw on Norwegian letters, typographic punctuation, emoji, Cyrillic or control characters', async () => {
    const bytes = await renderLetterPdf(
      letter({
        title: 'Æ Ø Å \u201cæøå\u201d \u2013 \u{1f600}',
        heading: { sender: 'Ærlig \u{1f44d}\u{1f3fd}', recipient: '\u0416\u0443\u043a', patient: 'Zoë O\u02bcNeil', date: '01.01.2025' },
        sections: [
          { heading: 'Tegn \u2192 \u2713', text: 'Tab:\there \u0007 bell \u20ac 100 \u2026 \u00ad soft \u{1f1f3}\u{1f1f4} \ud800 lone\r\nCRLF\rCR' },
        ],
        footer: 'Fotnote \u{1f600}',
      }),
    );
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });

  it('renders a letter with no heading, no footer, no sections, and empty or blank-line-only text', async () => {
    const bytes = await renderLetterPdf({ title: 'Tomt', sections: [{ text: '' }, { text: '\n\n\n' }], createdAt });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getAuthor()).toBeUndefined();
    expect((await PDFDocument.load(await renderLetterPdf({ title: '', sections: [], createdAt }))).getPageCount()).toBe(1);
  });

  it('wraps a very long word and a long footer without throwing', async () => {
    const bytes = await renderLetterPdf(
      letter({ sections: [{ text: 'x'.repeat(20_000) }], footer: 'fot '.repeat(500), title: 'T'.repeat(300) }),
    );
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
  });

  it('gives the same bytes for the same input, different bytes for another date', async () => {
    const a = await renderLetterPdf(letter({ sections: [{ text: longText(30) }] }));
    const b = await renderLetterPdf(letter({ sections: [{ text: longText(30) }] }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderLetterPdf(letter({ sections: [{ text: longText(30) }], createdAt: new Date('2025-03-15T00:00:00Z') }));
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});

describe('pdfText', () => {
  it('transliterates, replaces what is left with ?, and normalises tabs, soft hyphens and line breaks', () => {
    expect(pdfText('\u201cHei\u201d \u2013 \u{1f600}\tx\u00ady\r\nz\rw æøå')).toBe('"Hei" - ?    xy\nz\nw æøå');
  });
});

describe('wrap', () => {
  const font = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

  it('keeps line breaks and blank lines', async () => {
    expect(wrap('a\n\nb', await font(), 10, 500)).toEqual(['a', '', 'b']);
  });
  it('wraps at spaces so that every line fits, and drops the space at the break', async () => {
    const f = await font();
    const lines = wrap('alpha beta gamma delta epsilon zeta eta theta', f, 10, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(f.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(60);
      expect(l.startsWith(' ')).toBe(false);
    }
    expect(lines.join(' ')).toBe('alpha beta gamma delta epsilon zeta eta theta');
  });
  it('keeps indentation and spaces inside a line', async () => {
    expect(wrap('  innrykk  to', await font(), 10, 500)).toEqual(['  innrykk  to']);
  });
  it('does not break at a no-break space', async () => {
    const f = await font();
    const lines = wrap('aaaa 1\u00a0000\u00a0000', f, 10, f.widthOfTextAtSize('aaaa 1\u00a0000', 10));
    expect(lines).toEqual(['aaaa', '1\u00a0000\u00a0000']);
  });
  it('cuts a word wider than the line', async () => {
    const f = await font();
    const lines = wrap('x'.repeat(100), f, 10, 50);
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const l of lines) expect(f.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(50);
  });
});
