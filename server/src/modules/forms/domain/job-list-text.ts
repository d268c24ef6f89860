import { type RenderedItem, renderForm } from './render.js';
import type { FormTemplate, Lang } from './template.js';

/**
 * The job list as plain text for the employer-visible part of the sick note, in one action (report
 * 001: the GP copies the job list into the sick-note form, L4042–4048). It is built from the
 * employer rendering, so the one rule of what the employer may see applies here as well: a
 * field marked medical can never end up in the sick note's employer part this way.
 */
export interface PlainTextResult {
  text: string;
  /** True when whole lines had to be left out to fit; the text then ends with a note saying so. */
  truncated: boolean;
}

const SHORTENED = { nb: '(Forkortet. Hele jobblisten finnes i Samhandling.)', en: '(Shortened. The full job list is in Samhandling.)' };

export function jobListText(template: FormTemplate, values: Readonly<Record<string, unknown>>, { lang, maxLength }: { lang: Lang; maxLength: number }): PlainTextResult {
  const document = renderForm(template, values, { audience: 'employer', lang });
  const lines = [`${document.title}:`];
  for (const section of document.sections) for (const item of section.items) lines.push(...itemLines(item));
  return fit(lines, maxLength, SHORTENED[lang]);
}

/** Unanswered fields are left out: in a sick note they are noise. */
function itemLines(item: RenderedItem): string[] {
  if (!item.answered) return [];
  if ('table' in item) {
    return [lead(item.label), ...item.table.rows.map((row) => `- ${row.filter((cell) => cell.trim() !== '').join(' – ')}`)];
  }
  return item.text.includes('\n') ? [lead(item.label), item.text] : [`${lead(item.label)} ${item.text}`];
}

/** "Label:" — but a question keeps its question mark and gets no colon after it. */
const lead = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

/** Whole lines only, so no sentence is cut mid-word; the limit counts code points like the forms do. */
function fit(lines: string[], maxLength: number, note: string): PlainTextResult {
  const length = (text: string) => [...text].length;
  const full = lines.join('\n');
  if (length(full) <= maxLength) return { text: full, truncated: false };
  const kept: string[] = [];
  for (const line of lines) {
    if (length([...kept, line, note].join('\n')) > maxLength) break;
    kept.push(line);
  }
  const text = [...kept, note].join('\n');
  return length(text) <= maxLength ? { text, truncated: true } : { text: '', truncated: true };
}
