import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { pdfText, wrap } from '../../interop/domain/letter-pdf.js';
import type { RenderedDocument, RenderedItem } from '../domain/render.js';

/**
 * A filled form as a PDF: the render model (the same one the preview shows) drawn on A4.
 *
 * Like the letters (interop/domain/letter-pdf.ts, whose transliteration and word wrap this
 * reuses) it uses the standard Helvetica and Helvetica-Bold in WinAnsi, so no font file is
 * embedded: Norwegian æøå, «», – and … are drawn as they are, the rest goes through the Latin-1
 * transliteration, and what is still unsupported becomes '?'. The metadata title keeps the
 * original text.
 *
 * Output is deterministic: the same input gives the same bytes (the dates are `printedAt`, the
 * producer and creator fixed). Accessibility, as far as pdf-lib goes (it cannot write a tagged
 * PDF): title shown in the window bar, document language, subject and keywords; the content is
 * drawn in reading order, top to bottom, and the footer last on each page.
 */

export interface FormPdfApproval {
  /** Who approved as what, e.g. "nærmeste leder". */
  roleLabel: string;
  name: string;
  /** ISO 8601 instant. */
  at: string;
}

export interface FormPdfMeta {
  personName: string;
  approvals: FormPdfApproval[];
  revision: number;
  /** The form's status: 'draft' | 'approved' | 'shared' are shown in words, anything else as given. */
  status: string;
  /** Printed in the header, and the PDF's creation and modification date. */
  printedAt: Date;
  /** Printed on every page beside the page number. */
  footer?: string;
}

export const FORM_PDF_CREATOR = 'Samhandling';
export const FORM_PDF_PRODUCER = 'Samhandling (pdf-lib)';

const ZONE = 'Europe/Oslo';

const PAGE_WIDTH = 595.28; // A4 in points
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 56.69; // 20 mm
const MARGIN_TOP = 56.69;
const MARGIN_BOTTOM = 56.69;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const TITLE = { size: 16, leading: 20 };
const HEADER = { size: 9.5, leading: 13, labelWidth: 78 };
const SECTION_HEADING = { size: 12.5, leading: 16, spaceBefore: 14, spaceAfter: 4 };
const LABEL = { size: 10, leading: 13.5, spaceBefore: 8 };
const TABLE_SPACE_AFTER = 4;
const BODY = { size: 10.5, leading: 14.5 };
const CELL = { size: 9.5, leading: 12, padX: 4, padY: 3.5, minColumn: 36 };
const FOOTER = { size: 8, leading: 10, baseline: 28, maxLines: 4, gap: 16, pageNumberWidth: 80 };

const TEXT_COLOUR = rgb(0, 0, 0);
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.6, 0.6, 0.6);
const HEADER_FILL = rgb(0.9, 0.9, 0.9);

type Lang = RenderedDocument['meta']['lang'];

const WORDS = {
  nb: {
    person: 'Gjelder',
    revision: 'Revisjon',
    status: 'Status',
    template: 'Mal',
    version: 'versjon',
    printed: 'Utskrevet',
    edition: 'Utgave',
    employerEdition: 'for arbeidsgiveren (bare det arbeidsgiveren kan se)',
    approvals: 'Godkjenninger',
    noApprovals: 'Ikke godkjent ennå.',
    approvedBy: 'Godkjent av',
    at: 'kl.',
    continued: 'fortsatt',
    page: (n: number, of: number) => `Side ${n} av ${of}`,
    statuses: { draft: 'Utkast', approved: 'Godkjent', shared: 'Delt med fastlegen og NAV' } as Record<string, string>,
    language: 'nb-NO',
  },
  en: {
    person: 'Concerns',
    revision: 'Revision',
    status: 'Status',
    template: 'Template',
    version: 'version',
    printed: 'Printed',
    edition: 'Edition',
    employerEdition: "for the employer (only what the employer may see)",
    approvals: 'Approvals',
    noApprovals: 'Not approved yet.',
    approvedBy: 'Approved by',
    at: 'at',
    continued: 'continued',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    statuses: { draft: 'Draft', approved: 'Approved', shared: 'Shared with the GP and NAV' } as Record<string, string>,
    language: 'en-GB',
  },
} satisfies Record<Lang, unknown>;

export async function renderFormPdf(document: RenderedDocument, meta: FormPdfMeta): Promise<Uint8Array> {
  const words = WORDS[document.meta.lang] ?? WORDS.nb;

  // updateMetadata: false — pdf-lib would otherwise stamp the current time and its own names.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(document.title, { showInWindowTitleBar: true });
  doc.setSubject(`${document.title}: ${meta.personName}, ${words.revision.toLowerCase()} ${meta.revision}`);
  doc.setKeywords([document.meta.templateKey, `${words.version} ${document.meta.version}`]);
  doc.setLanguage(words.language);
  doc.setCreator(FORM_PDF_CREATOR);
  doc.setProducer(FORM_PDF_PRODUCER);
  doc.setCreationDate(meta.printedAt);
  doc.setModificationDate(meta.printedAt);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  const footerLines = meta.footer ? footerText(meta.footer, regular) : [];
  const bottom = Math.max(MARGIN_BOTTOM, FOOTER.baseline + footerLines.length * FOOTER.leading + FOOTER.gap);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0; // top of the next line

  const newPage = () => {
    page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pages.push(page);
    y = PAGE_HEIGHT - MARGIN_TOP;
  };
  const atPageTop = () => y === PAGE_HEIGHT - MARGIN_TOP;
  /** Starts a new page unless `height` fits above the footer (a fresh page takes anything). */
  const ensure = (height: number) => {
    if (y - height < bottom && !atPageTop()) newPage();
  };
  /** Vertical space that is dropped at the top of a page. */
  const space = (height: number) => {
    if (!atPageTop()) y -= height;
  };
  const draw = (text: string, x: number, baselineFromTop: number, font: PDFFont, size: number, color = TEXT_COLOUR) => {
    if (text) page.drawText(text, { x, y: y - baselineFromTop, size, font, color });
  };
  const line = (text: string, font: PDFFont, style: { size: number; leading: number }, x = MARGIN_X, color = TEXT_COLOUR) => {
    ensure(style.leading);
    if (!text && atPageTop()) return; // a blank line of a text that crosses a page
    draw(text, x, style.size, font, style.size, color);
    y -= style.leading;
  };
  const rule = () => {
    page.drawLine({ start: { x: MARGIN_X, y }, end: { x: PAGE_WIDTH - MARGIN_X, y }, thickness: 0.5, color: RULE });
  };

  newPage();

  // Title and the header block.
  for (const l of wrap(winAnsi(document.title), bold, TITLE.size, CONTENT_WIDTH)) line(l, bold, TITLE);
  y -= 6;
  const header: Array<[string, string]> = [
    [words.person, meta.personName],
    [words.revision, String(meta.revision)],
    [words.status, words.statuses[meta.status] ?? meta.status],
    [words.template, `${document.meta.templateKey}, ${words.version} ${document.meta.version}`],
    [words.printed, instantText(meta.printedAt, document.meta.lang)],
  ];
  if (document.meta.audience === 'employer') header.push([words.edition, words.employerEdition]);
  const valueWidth = CONTENT_WIDTH - HEADER.labelWidth;
  for (const [label, value] of header) {
    const lines = wrap(winAnsi(value), regular, HEADER.size, valueWidth);
    ensure(HEADER.leading * Math.min(lines.length, 2));
    draw(`${winAnsi(label)}:`, MARGIN_X, HEADER.size, bold, HEADER.size);
    for (const l of lines) line(l, regular, HEADER, MARGIN_X + HEADER.labelWidth);
  }
  y -= 6;
  rule();
  y -= 4;

  // The sections.
  for (const section of document.sections) {
    const heading = wrap(winAnsi(section.heading), bold, SECTION_HEADING.size, CONTENT_WIDTH);
    space(SECTION_HEADING.spaceBefore);
    // Keep the heading with the first item's label and first line.
    ensure(heading.length * SECTION_HEADING.leading + SECTION_HEADING.spaceAfter + LABEL.spaceBefore + LABEL.leading + BODY.leading * 2);
    for (const l of heading) line(l, bold, SECTION_HEADING);
    y -= SECTION_HEADING.spaceAfter;
    for (const item of section.items) drawItem(item);
  }

  // The approvals block.
  space(SECTION_HEADING.spaceBefore);
  ensure(SECTION_HEADING.leading + SECTION_HEADING.spaceAfter + BODY.leading * 2);
  line(winAnsi(words.approvals), bold, SECTION_HEADING);
  y -= SECTION_HEADING.spaceAfter;
  if (meta.approvals.length === 0) line(winAnsi(words.noApprovals), regular, BODY, MARGIN_X, MUTED);
  for (const approval of meta.approvals) {
    const approved = `${words.approvedBy} ${approval.name} (${approval.roleLabel}) ${approvalTime(approval.at, document.meta.lang, words.at)}`;
    const lines = wrap(winAnsi(approved), regular, BODY.size, CONTENT_WIDTH);
    ensure(BODY.leading * Math.min(lines.length, 2));
    for (const l of lines) line(l, regular, BODY);
  }

  // The footer on every page, last, so it is read last.
  pages.forEach((p, i) => {
    footerLines.forEach((l, j) => {
      const lineY = FOOTER.baseline + (footerLines.length - 1 - j) * FOOTER.leading;
      p.drawText(l, { x: MARGIN_X, y: lineY, size: FOOTER.size, font: regular, color: MUTED });
    });
    const label = words.page(i + 1, pages.length);
    const width = regular.widthOfTextAtSize(label, FOOTER.size);
    p.drawText(label, { x: PAGE_WIDTH - MARGIN_X - width, y: FOOTER.baseline, size: FOOTER.size, font: regular, color: MUTED });
  });

  return doc.save();

  function drawItem(item: RenderedItem) {
    const label = wrap(winAnsi(item.label), bold, LABEL.size, CONTENT_WIDTH);
    space(LABEL.spaceBefore);
    if ('table' in item) {
      drawTable(label, item.table.headers, item.table.rows);
      return;
    }
    const body = wrap(winAnsi(item.text), regular, BODY.size, CONTENT_WIDTH);
    // Keep the label with the first two lines of its answer.
    ensure(label.length * LABEL.leading + Math.min(body.length, 2) * BODY.leading);
    for (const l of label) line(l, bold, LABEL);
    for (const l of body) line(l, regular, BODY, MARGIN_X, item.answered ? TEXT_COLOUR : MUTED);
  }

  function drawTable(label: string[], headers: string[], rows: string[][]) {
    const columns = Math.max(headers.length, ...rows.map((r) => r.length), 1);
    const headerText = Array.from({ length: columns }, (_, c) => winAnsi(headers[c] ?? ''));
    const rowText = rows.map((r) => Array.from({ length: columns }, (_, c) => winAnsi(r[c] ?? '')));
    const widths = columnWidths(headerText, rowText, regular, bold);
    const inner = (c: number) => widths[c]! - 2 * CELL.padX;
    const headerLines = headerText.map((h, c) => wrap(h, bold, CELL.size, inner(c)));
    const rowLines = rowText.map((r) => r.map((cell, c) => wrap(cell, regular, CELL.size, inner(c))));
    const lineCount = (cells: string[][]) => Math.max(1, ...cells.map((l) => l.length));
    const rowHeight = (lines: number) => lines * CELL.leading + 2 * CELL.padY;
    const headerHeight = rowHeight(lineCount(headerLines));
    const continued = wrap(`${label.join(' ')} (${words.continued})`, regular, LABEL.size, CONTENT_WIDTH);

    /** Lines [from, from + count) of a row's cells, each cell boxed. */
    const drawRow = (cells: string[][], from: number, count: number, font: PDFFont, fill?: ReturnType<typeof rgb>) => {
      const h = rowHeight(count);
      let x = MARGIN_X;
      cells.forEach((cell, c) => {
        const w = widths[c]!;
        page.drawRectangle({ x, y: y - h, width: w, height: h, borderColor: RULE, borderWidth: 0.5, ...(fill ? { color: fill } : {}) });
        cell.slice(from, from + count).forEach((l, k) => draw(l, x + CELL.padX, CELL.padY + k * CELL.leading + CELL.size, font, CELL.size));
        x += w;
      });
      y -= h;
    };
    const drawHeader = () => drawRow(headerLines, 0, lineCount(headerLines), bold, HEADER_FILL);
    /** A table that crosses a page goes on under its label, marked continued, and its header row. */
    const continueOnNewPage = () => {
      newPage();
      for (const l of continued) line(l, regular, LABEL, MARGIN_X, MUTED);
      y -= 2;
      drawHeader();
    };
    const roomOnFreshPage = Math.floor((PAGE_HEIGHT - MARGIN_TOP - bottom - continued.length * LABEL.leading - 2 - headerHeight - 2 * CELL.padY) / CELL.leading);

    // Keep the label and the header row with the first row (or its first three lines).
    const first = rowLines[0] ? rowHeight(Math.min(lineCount(rowLines[0]), 3)) : 0;
    ensure(label.length * LABEL.leading + 2 + headerHeight + first);
    for (const l of label) line(l, bold, LABEL);
    y -= 2;
    drawHeader();

    for (const cells of rowLines) {
      const total = lineCount(cells);
      // A row that fits on a fresh page is never split; a taller one is split between lines.
      if (y - rowHeight(total) < bottom && total <= roomOnFreshPage) continueOnNewPage();
      let from = 0;
      while (from < total) {
        const room = Math.floor((y - bottom - 2 * CELL.padY) / CELL.leading);
        if (room < 1) {
          continueOnNewPage();
          continue;
        }
        const count = Math.min(room, total - from);
        drawRow(cells, from, count, regular);
        from += count;
      }
    }
    y -= TABLE_SPACE_AFTER;
  }
}

/**
 * Column widths from the content, like a browser's automatic table layout: each column wants
 * its widest line and needs at least its longest word. When all widest lines fit they get what
 * they want and the rest of the line is shared in proportion; otherwise every column gets its
 * minimum and the room left is shared in proportion to what each still wants. Columns whose
 * minimums alone are too wide are scaled down (long words are then cut by `wrap`). Headers and
 * rows come as WinAnsi text; headers are bold.
 */
function columnWidths(headers: string[], rows: string[][], regular: PDFFont, bold: PDFFont): number[] {
  const pad = 2 * CELL.padX;
  const lineWidth = (text: string, font: PDFFont) => Math.max(0, ...text.split('\n').map((l) => font.widthOfTextAtSize(l, CELL.size)));
  const wordWidth = (text: string, font: PDFFont) => Math.max(0, ...text.split(/[ \n]+/).map((w) => font.widthOfTextAtSize(w, CELL.size)));
  const cap = CONTENT_WIDTH / 2; // no one word makes a column wider than half the table
  const want = headers.map((h, c) => pad + Math.max(lineWidth(h, bold), ...rows.map((r) => lineWidth(r[c]!, regular))));
  const need = headers.map((h, c) => Math.max(CELL.minColumn, pad + Math.min(cap, Math.max(wordWidth(h, bold), ...rows.map((r) => wordWidth(r[c]!, regular))))));
  // A column of long texts would otherwise take nearly all the room: what a column can ask for
  // beyond its minimum is counted up to half the table.
  const wants = want.map((w, c) => Math.max(Math.min(w, headers.length > 1 ? CONTENT_WIDTH / 2 : CONTENT_WIDTH), need[c]!));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const totalWant = sum(wants);
  const totalNeed = sum(need);
  if (totalWant <= CONTENT_WIDTH) return wants.map((w) => (w * CONTENT_WIDTH) / totalWant);
  if (totalNeed >= CONTENT_WIDTH) return need.map((n) => (n * CONTENT_WIDTH) / totalNeed);
  const extra = CONTENT_WIDTH - totalNeed;
  const more = totalWant - totalNeed;
  return need.map((n, c) => n + ((wants[c]! - n) * extra) / more);
}

/** What WinAnsi has beyond Latin-1 (– — … ‘ ’ “ ” • € ™ Š …): drawn as it is, not transliterated. */
const WINANSI_BEYOND_LATIN1 = /([\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]+)/;

/**
 * Text as Helvetica/WinAnsi can draw it: what WinAnsi has stays (æøå, «», – and … among it),
 * everything else goes through the letters' Latin-1 transliteration ('?' for what is left).
 */
export function formPdfText(value: string): string {
  return value
    .split(WINANSI_BEYOND_LATIN1)
    .map((part, i) => (i % 2 === 1 ? part : pdfText(part)))
    .join('');
}
const winAnsi = formPdfText;

/** "dd.mm.åååå kl. hh.mm" in Oslo time; the text as given when it is not an instant. */
function approvalTime(iso: string, lang: Lang, at: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const when = new TZDate(ms, ZONE);
  return lang === 'en' ? format(when, `dd.MM.yyyy '${at}' HH:mm`) : format(when, `dd.MM.yyyy '${at}' HH.mm`);
}

function instantText(date: Date, lang: Lang): string {
  return Number.isNaN(date.getTime()) ? '' : approvalTime(date.toISOString(), lang, WORDS[lang].at);
}

/**
 * The footer beside the page number, at most FOOTER.maxLines lines, the last ending in "…" when
 * cut. (letter-pdf.ts has the same rule in a private helper; this is a small own copy.)
 */
function footerText(footer: string, font: PDFFont): string[] {
  const width = CONTENT_WIDTH - FOOTER.pageNumberWidth;
  const lines = wrap(winAnsi(footer), font, FOOTER.size, width);
  if (lines.length <= FOOTER.maxLines) return lines;
  const kept = lines.slice(0, FOOTER.maxLines);
  let last = kept[FOOTER.maxLines - 1]!;
  while (last && font.widthOfTextAtSize(`${last}\u2026`, FOOTER.size) > width) last = last.slice(0, -1);
  kept[FOOTER.maxLines - 1] = `${last}\u2026`;
  return kept;
}
