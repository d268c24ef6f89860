import { isAnswered, shownFieldIds } from './conditions.js';
import { NOT_ANSWERED, NOT_APPROVED, approvalText, cellText } from './format.js';
import { stableJson } from './json.js';
import { type Field, type FormTemplate, type Lang, isEmployerVisible } from './template.js';
import { type ApprovalValue, type FormValues, type TableRow, type ValueProblem, validateValues } from './values.js';

/**
 * The document model of a filled form, the one source of the preview and the PDF, so what is
 * previewed is exactly what is sent. Audience is decided here, once: the employer gets only the
 * parts the template opts in for the employer, and never anything marked medical.
 */
export type Audience = 'employer' | 'full';

export type RenderedItem =
  | { fieldId: string; label: string; answered: boolean; text: string }
  | { fieldId: string; label: string; answered: true; table: { headers: string[]; rows: string[][] } };

export interface RenderedSection {
  heading: string;
  items: RenderedItem[];
}

export interface RenderedDocument {
  title: string;
  meta: { templateKey: string; version: number; audience: Audience; lang: Lang };
  sections: RenderedSection[];
}

export function renderForm(template: FormTemplate, values: Readonly<Record<string, unknown>>, { audience, lang }: { audience: Audience; lang: Lang }): RenderedDocument {
  const shown = shownFieldIds(template, values);
  const sections: RenderedSection[] = [];
  for (const section of template.sections) {
    const items = section.fields
      .filter((field) => shown.has(field.id) && (audience === 'full' || isEmployerVisible(template, { section, field })))
      .map((field) => renderItem(field, Object.hasOwn(values, field.id) ? values[field.id] : undefined, lang));
    if (items.length > 0) sections.push({ heading: section.title[lang], items });
  }
  return { title: template.title[lang], meta: { templateKey: template.key, version: template.version, audience, lang }, sections };
}

function renderItem(field: Field, value: unknown, lang: Lang): RenderedItem {
  const base = { fieldId: field.id, label: field.label[lang] };
  if (!isAnswered(field, value)) return { ...base, answered: false, text: (field.type === 'approval' ? NOT_APPROVED : NOT_ANSWERED)[lang] };
  switch (field.type) {
    case 'approval':
      return { ...base, answered: true, text: approvalText(value as ApprovalValue, lang) };
    case 'table': {
      const rows = (value as TableRow[]).map((row) => field.columns.map((column) => cellText(column, row[column.id], lang)));
      return { ...base, answered: true, table: { headers: field.columns.map((column) => column.label[lang]), rows } };
    }
    default:
      return { ...base, answered: true, text: cellText(field, value, lang) };
  }
}

/** The stored form of the answers: stable JSON, so equal answers are equal bytes. */
export function serializeValues(values: FormValues): string {
  return stableJson(values);
}

export type ParseResult = { ok: true; values: FormValues } | { ok: false; code: 'FORM_VALUES_MALFORMED' } | { ok: false; code: 'FORM_VALUES_INVALID'; problems: ValueProblem[] };

/**
 * Reads stored answers with the template version they were made with. Checked as a draft: a
 * stored submitted form is also a valid draft, and a corrupt row must not reach a renderer.
 */
export function parseValues(template: FormTemplate, stored: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { ok: false, code: 'FORM_VALUES_MALFORMED' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, code: 'FORM_VALUES_MALFORMED' };
  const problems = validateValues(template, data as Record<string, unknown>, { mode: 'draft' });
  return problems.length > 0 ? { ok: false, code: 'FORM_VALUES_INVALID', problems } : { ok: true, values: data as FormValues };
}
