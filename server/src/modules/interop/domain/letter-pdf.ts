import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { checkLatin1 } from './latin1.js';

/**
 * The letter as a PDF, the attachment a national dialogue message carries beside its XML text.
 *
 * Standard Helvetica (WinAnsi) keeps the file small and needs no font files; it shows all of
 * Latin-1, so Norwegian letters work. Text goes through the Latin-1 transliteration first (the
 * same text the GP's record system will show), and whatever is still unsupported becomes '?' in
 * the PDF only — the XML text carries the original, and the writer was warned before sending.
 *
 * Output is deterministic: the same input gives the same bytes (the dates are `createdAt`).
 */

export interface LetterHeading {
  sender: string;
  recipient: string;
  patient: string;
  /** dd.mm.yyyy */
  date: string;
}

export interface LetterSection {
  heading?: string;
  text: string;
}

export interface Letter {
  title: string;
  heading?: LetterHeading;
  sections: LetterSection[];
  footer?: string;
  /** Creation and modification date in the PDF's metadata (not printed). */
  createdAt: Date;
}

const PAGE_WIDTH = 595.28; // A4 in points
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56.69; // 20 mm
const MARGIN_TOP = 56.69;
const MARGIN_BOTTOM = 56.69;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const TITLE = { size: 16, leading: 20 };
const SECTION_HEADING = { size: 12, leading: 16, spaceBefore: 10 };
const BODY = { size: 10.5, leading: 14.5 };
const HEADING_LABEL_WIDTH = 70;
const FOOTER = { size: 8, leading: 10, baseline: 28, maxLines: 6, gap: 16, pageNumberWidth: 80 };
const TEXT_COLOUR = rgb(0, 0, 0);
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.7, 0.7, 0.7);

const HEADING_LABELS: Array<[keyof LetterHeading, string]> = [
  ['sender', 'Fra'],
  ['recipient', 'Til'],
  ['patient', 'Pasient'],
  ['date', 'Dato'],
];

export const LETTER_PDF_CREATOR = 'Samhandling';
export const LETTER_PDF_PRODUCER = 'Samhandling (pdf-lib)';

export async function renderLetterPdf(letter: Letter): Promise<Uint8Array> {
  // updateMetadata: false — pdf-lib would otherwise stamp the current time and its own names.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(letter.title, { showInWindowTitleBar: true });
  doc.setCreator(LETTER_PDF_CREATOR);
  doc.setProducer(LETTER_PDF_PRODUCER);
  doc.setCreationDate(letter.createdAt);
  doc.setModificationDate(letter.createdAt);
  doc.setLanguage('nb-NO');
  if (letter.heading?.sender) doc.setAuthor(letter.heading.sender);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  const footerLines = letter.footer ? footerText(letter.footer, regular) : [];
  const bottom = Math.max(MARGIN_BOTTOM, FOOTER.baseline + footerLines.length * FOOTER.leading + FOOTER.gap);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0; // top of the next line

  const newPage = () => {
    page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pages.push(page);
    y = PAGE_HEIGHT - MARGIN_TOP;
  };
  /** Starts a new page unless `height` fits above the footer. */
  const ensure = (height: number) => {
    if (y - height < bottom) newPage();
  };
  const line = (text: string, font: PDFFont, style: { size: number; leading: number }, x = MARGIN_X) => {
    ensure(style.leading);
    if (text) page.drawText(text, { x, y: y - style.size, size: style.size, font, color: TEXT_COLOUR });
    y -= style.leading;
  };

  newPage();
  for (const l of wrap(pdfText(letter.title), bold, TITLE.size, CONTENT_WIDTH)) line(l, bold, TITLE);

  if (letter.heading) {
    y -= 8;
    const valueWidth = CONTENT_WIDTH - HEADING_LABEL_WIDTH;
    for (const [key, label] of HEADING_LABELS) {
      const lines = wrap(pdfText(letter.heading[key]), regular, BODY.size, valueWidth);
      ensure(BODY.leading * Math.min(lines.length, 2));
      page.drawText(`${label}:`, { x: MARGIN_X, y: y - BODY.size, size: BODY.size, font: bold, color: TEXT_COLOUR });
      for (const l of lines) line(l, regular, BODY, MARGIN_X + HEADING_LABEL_WIDTH);
    }
    y -= 6;
    ensure(1);
    page.drawLine({ start: { x: MARGIN_X, y }, end: { x: PAGE_WIDTH - MARGIN_X, y }, thickness: 0.5, color: RULE });
    y -= 6;
  }

  for (const section of letter.sections) {
    const body = wrap(pdfText(section.text), regular, BODY.size, CONTENT_WIDTH);
    if (section.heading) {
      const heading = wrap(pdfText(section.heading), bold, SECTION_HEADING.size, CONTENT_WIDTH);
      y -= SECTION_HEADING.spaceBefore;
      // Keep the heading with the first two lines of its text.
      ensure(heading.length * SECTION_HEADING.leading + Math.min(body.length, 2) * BODY.leading);
      for (const l of heading) line(l, bold, SECTION_HEADING);
      y -= 2;
    } else {
      y -= BODY.leading / 2;
    }
    for (const l of body) line(l, regular, BODY);
  }

  pages.forEach((p, i) => {
    const label = `Side ${i + 1} av ${pages.length}`;
    const width = regular.widthOfTextAtSize(label, FOOTER.size);
    p.drawText(label, { x: PAGE_WIDTH - MARGIN_X - width, y: FOOTER.baseline, size: FOOTER.size, font: regular, color: MUTED });
    footerLines.forEach((l, j) => {
      const lineY = FOOTER.baseline + (footerLines.length - 1 - j) * FOOTER.leading;
      p.drawText(l, { x: MARGIN_X, y: lineY, size: FOOTER.size, font: regular, color: MUTED });
    });
  });

  return doc.save();
}

/**
 * Text as Helvetica/WinAnsi can draw it: Latin-1 transliteration, '?' for what is left, tabs as
 * four spaces, soft hyphens out (WinAnsi would draw them as hyphens), one kind of line break.
 */
export function pdfText(text: string): string {
  return checkLatin1(text, { replaceUnsupportedWith: '?' })
    .transliterated.replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/\u00ad/g, '');
}

/** The footer beside the page number, at most FOOTER.maxLines lines (the last ends in "..."). */
function footerText(footer: string, font: PDFFont): string[] {
  const width = CONTENT_WIDTH - FOOTER.pageNumberWidth;
  const lines = wrap(pdfText(footer), font, FOOTER.size, width);
  if (lines.length <= FOOTER.maxLines) return lines;
  const kept = lines.slice(0, FOOTER.maxLines);
  let last = kept[FOOTER.maxLines - 1]!;
  while (last && font.widthOfTextAtSize(`${last}...`, FOOTER.size) > width) last = last.slice(0, -1);
  kept[FOOTER.maxLines - 1] = `${last}...`;
  return kept;
}

/**
 * Greedy word wrap honouring line breaks: blank lines stay, runs of spaces inside a line stay,
 * a line wraps at a space (NBSP does not break), and a word wider than the line is cut.
 */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const tokens = raw.trimEnd().match(/ *[^ ]+/g) ?? [];
    if (tokens.length === 0) {
      out.push('');
      continue;
    }
    let current = '';
    for (const token of tokens) {
      if (width(current + token) <= maxWidth) {
        current += token;
        continue;
      }
      let word = token;
      if (current) {
        out.push(current);
        word = token.trimStart(); // the spaces at a break go
      }
      if (width(word) > maxWidth) {
        // A word wider than the line: cut it where it no longer fits.
        const pieces = cutWord(word, (c) => width(c), maxWidth);
        out.push(...pieces.slice(0, -1));
        word = pieces.at(-1)!;
      }
      current = word;
    }
    out.push(current);
  }
  return out;
}

function cutWord(word: string, width: (s: string) => number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const ch of word) {
    const w = width(ch);
    if (piece && pieceWidth + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += ch;
    pieceWidth += w;
  }
  pieces.push(piece);
  return pieces;
}
