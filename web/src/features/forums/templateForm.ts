import { isApiError } from '../../api/errors';
import type { FieldErrors } from '../directory-admin/validation';
import type { adminTexts } from './texts';
import type { TemplateDefinition } from './types';

type Texts = (typeof adminTexts)['nb'];

/**
 * The assessment template editor's values (server: domain/assessment-template.ts): sections of
 * items in bokmål and English with optional guidance. Keys are kept for what exists and made from
 * the bokmål name for what is new, since answers are stored by item key. Field names:
 * `s0-nb`, `s0-items`, `s0-i1-helpEn` …; the server's problem paths (`sections[0].items[1].nb`)
 * map onto them.
 */
export interface ItemRow {
  rowKey: string;
  key: string;
  nb: string;
  en: string;
  helpNb: string;
  helpEn: string;
}

export interface SectionRow {
  rowKey: string;
  key: string;
  nb: string;
  en: string;
  items: ItemRow[];
}

const LABEL_MAX = 300;
const HELP_MAX = 2000;
let rows = 0;
const rowKey = () => `template-row-${(rows += 1)}`;

export const newItem = (): ItemRow => ({ rowKey: rowKey(), key: '', nb: '', en: '', helpNb: '', helpEn: '' });
export const newSection = (): SectionRow => ({ rowKey: rowKey(), key: '', nb: '', en: '', items: [newItem()] });

export function templateRows(definition: TemplateDefinition): SectionRow[] {
  return definition.sections.map((s) => ({
    rowKey: rowKey(),
    key: s.key,
    nb: s.nb,
    en: s.en,
    items: s.items.map((it) => ({ rowKey: rowKey(), key: it.key, nb: it.nb, en: it.en, helpNb: it.help?.nb ?? '', helpEn: it.help?.en ?? '' })),
  }));
}

/** Moves the element at `index` one step (`-1` up, `1` down); unchanged at the ends. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

function label(t: Texts, field: string, text: string, max: number, required: boolean, problems: FieldErrors, key: string) {
  if (required && !text.trim()) problems[key] = t.required(field);
  else if (text.length > max) problems[key] = t.tooLong(field, max);
}

export function templateProblems(sections: readonly SectionRow[], t: Texts): FieldErrors {
  const problems: FieldErrors = {};
  if (sections.length === 0) problems.template = t.templateNeedsSection;
  sections.forEach((s, i) => {
    label(t, t.sectionNb, s.nb, LABEL_MAX, true, problems, `s${i}-nb`);
    label(t, t.sectionEn, s.en, LABEL_MAX, true, problems, `s${i}-en`);
    if (s.items.length === 0) problems[`s${i}-items`] = t.sectionNeedsItem;
    s.items.forEach((it, j) => {
      label(t, t.itemNb, it.nb, LABEL_MAX, true, problems, `s${i}-i${j}-nb`);
      label(t, t.itemEn, it.en, LABEL_MAX, true, problems, `s${i}-i${j}-en`);
      label(t, t.itemHelpNb, it.helpNb, HELP_MAX, false, problems, `s${i}-i${j}-helpNb`);
      label(t, t.itemHelpEn, it.helpEn, HELP_MAX, false, problems, `s${i}-i${j}-helpEn`);
    });
  });
  return problems;
}

/** A key like the server wants (`^[a-z][a-z0-9_]{0,59}$`) from a name, unique among `taken`. */
function keyFrom(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 50) || 'item';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

export function toDefinition(sections: readonly SectionRow[]): TemplateDefinition {
  const sectionKeys = new Set(sections.map((s) => s.key).filter(Boolean));
  const itemKeys = new Set(sections.flatMap((s) => s.items.map((it) => it.key)).filter(Boolean));
  return {
    sections: sections.map((s) => ({
      key: s.key || keyFrom(s.nb, sectionKeys),
      nb: s.nb.trim(),
      en: s.en.trim(),
      items: s.items.map((it) => ({
        key: it.key || keyFrom(it.nb, itemKeys),
        nb: it.nb.trim(),
        en: it.en.trim(),
        ...(it.helpNb.trim() || it.helpEn.trim() ? { help: { nb: it.helpNb.trim(), en: it.helpEn.trim() } } : {}),
      })),
    })),
  };
}

/** `sections[0].items[1].nb` (the domain check) or `body.definition.sections.0.items.1.nb` (the schema) → `s0-i1-nb`. */
export function fieldOfPath(path: string): string | null {
  const match = /sections(?:\[|\.)(\d+)\]?(?:\.items(?:\[|\.)(\d+)\]?)?(?:\.(\w+))?(?:\.(nb|en))?/.exec(path);
  if (!match) return path.endsWith('sections') ? 'template' : null;
  const [, section, item, prop, helpLang] = match;
  if (item === undefined && prop === 'items') return `s${section}-items`;
  // Keys are made from the bokmål name, so a key problem is shown there.
  const name = prop === undefined || prop === 'key' ? 'nb' : prop === 'help' ? (helpLang === 'en' ? 'helpEn' : 'helpNb') : prop;
  return item === undefined ? `s${section}-${name}` : `s${section}-i${item}-${name}`;
}

/** The server's refusal on the fields it names; a key problem is shown at the bokmål name the key is made from. */
export function templateErrorsFromApi(error: unknown, message: (problem: string) => string): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const details = error.details as { problems?: Array<{ path: string; problem: string }> } | Array<{ field?: string }> | null | undefined;
  const entries = Array.isArray(details) ? details.map((d) => ({ path: String(d.field ?? ''), problem: 'invalid' })) : (details?.problems ?? []);
  const fields: FieldErrors = {};
  for (const entry of entries) {
    const field = fieldOfPath(entry.path);
    if (field && !fields[field]) fields[field] = message(entry.problem);
  }
  return Object.keys(fields).length > 0 ? { fields, general: null } : { fields, general: error };
}
