import { isApiError } from '../../api/errors';
import type { FieldSpec } from '../directory-admin/serverErrors';
import type { FieldErrors } from '../directory-admin/validation';
import { forumErrorsFromApi } from './serverErrors';
import type { adminTexts } from './texts';
import type { BodyDetail, BodyInput, BodyKind, CompositionRule } from './types';

type Texts = (typeof adminTexts)['nb'];

/**
 * The body form's values and checks (server: body-schemas.ts `BodyBody` and
 * domain/composition.ts `compositionProblem`), so most mistakes are shown before sending; the
 * server's refusals are put on the field they name, a composition rule's on that rule's field.
 */
export const BODY_KINDS: BodyKind[] = ['forum', 'committee', 'lsu', 'alu', 'working_group'];
export const REPRESENTS = ['gp', 'hospital', 'municipal_physician', 'municipality', 'practice_consultant', 'user_representative'] as const;

export interface RuleRow {
  /** Local key for React; the server's rule key is kept in `key` (empty for a new rule). */
  rowKey: string;
  key: string;
  nb: string;
  en: string;
  represents: string;
  count: string;
  perRegion: boolean;
  termYears: string;
  appointedBy: string;
}

export interface BodyFormValues {
  kind: BodyKind;
  name: string;
  slug: string;
  mandate: string;
  owner: string;
  rules: RuleRow[];
  quorum: string;
  honorariumPercent: string;
  honorariumBaseNokPerHour: string;
  openMeetingsPerYear: string;
  active: boolean;
}

let rows = 0;
export const newRuleRow = (rule?: CompositionRule): RuleRow => ({
  rowKey: `rule-row-${(rows += 1)}`,
  key: rule?.key ?? '',
  nb: rule?.nb ?? '',
  en: rule?.en ?? '',
  represents: rule?.represents ?? 'gp',
  count: rule ? String(rule.count) : '1',
  perRegion: rule?.perRegion ?? false,
  termYears: rule?.termYears ? String(rule.termYears) : '',
  appointedBy: rule?.appointedBy ?? '',
});

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace('.', ','));

export function bodyFormValues(body?: BodyDetail): BodyFormValues {
  return {
    kind: body?.kind ?? 'committee',
    name: body?.name ?? '',
    slug: body?.slug ?? '',
    mandate: body?.mandate ?? '',
    owner: body?.owner ?? '',
    rules: (body?.compositionRules ?? []).map(newRuleRow),
    quorum: numberText(body?.quorum),
    honorariumPercent: numberText(body?.honorariumPercent ?? 89),
    honorariumBaseNokPerHour: numberText(body?.honorariumBaseNokPerHour),
    openMeetingsPerYear: numberText(body?.openMeetingsPerYear ?? 0),
    active: body?.active ?? true,
  };
}

/** A short name for the address from the body's name: "Samhandlingsutvalget Østfold" → "samhandlingsutvalget-ostfold". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[å]/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** "2,5" or "2.5" → 2.5; null when empty or not a number. */
export const parseNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed || !/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
};

const isWhole = (n: number | null, min: number, max: number): n is number => n !== null && Number.isInteger(n) && n >= min && n <= max;

function ruleProblems(rows: readonly RuleRow[], t: Texts, problems: FieldErrors): void {
  rows.forEach((row, i) => {
    if (!row.nb.trim()) problems[`rule-${i}-nb`] = t.required(t.ruleNb);
    else if (row.nb.length > 300) problems[`rule-${i}-nb`] = t.tooLong(t.ruleNb, 300);
    if (!row.en.trim()) problems[`rule-${i}-en`] = t.required(t.ruleEn);
    else if (row.en.length > 300) problems[`rule-${i}-en`] = t.tooLong(t.ruleEn, 300);
    if (!isWhole(parseNumber(row.count), 1, 200)) problems[`rule-${i}-count`] = t.wholeNumber(t.ruleCount, 1, 200);
    if (row.termYears.trim() && !isWhole(parseNumber(row.termYears), 1, 10)) problems[`rule-${i}-termYears`] = t.wholeNumber(t.ruleTermYears, 1, 10);
    if (row.appointedBy.length > 200) problems[`rule-${i}-appointedBy`] = t.tooLong(t.ruleAppointedBy, 200);
  });
}

/** The checks the server makes, with the form's words. */
export function bodyProblems(values: BodyFormValues, t: Texts): FieldErrors {
  const problems: FieldErrors = {};
  if (!values.name.trim()) problems.name = t.required(t.name);
  else if (values.name.length > 200) problems.name = t.tooLong(t.name, 200);
  if (!/^[a-z0-9-]{1,80}$/.test(values.slug)) problems.slug = values.slug ? t.slugInvalid : t.required(t.slug);
  if (values.mandate.length > 10_000) problems.mandate = t.tooLong(t.mandate, 10_000);
  if (values.owner.length > 300) problems.owner = t.tooLong(t.owner, 300);
  if (values.quorum.trim() && !isWhole(parseNumber(values.quorum), 1, 200)) problems.quorum = t.wholeNumber(t.quorum, 1, 200);
  const percent = parseNumber(values.honorariumPercent);
  if (percent === null || percent < 0 || percent > 100) problems.honorariumPercent = t.numberBetween(t.honorariumPercent, 0, 100);
  const base = parseNumber(values.honorariumBaseNokPerHour);
  if (values.honorariumBaseNokPerHour.trim() && (base === null || base < 0 || base > 100_000)) problems.honorariumBaseNokPerHour = t.numberBetween(t.honorariumBase, 0, 100_000);
  if (!isWhole(parseNumber(values.openMeetingsPerYear), 0, 52)) problems.openMeetingsPerYear = t.wholeNumber(t.openMeetingsPerYear, 0, 52);
  ruleProblems(values.rules, t, problems);
  return problems;
}

/** Rule keys: kept for existing rules, made from whom a new rule's seats represent (unique). */
function ruleKeys(rows: readonly RuleRow[]): string[] {
  const taken = new Set(rows.map((r) => r.key).filter(Boolean));
  return rows.map((row) => {
    if (row.key) return row.key;
    const base = slugFromName(row.represents).replace(/-/g, '_').slice(0, 50) || 'rule';
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}

export function toBodyInput(values: BodyFormValues, editing: boolean): BodyInput {
  const keys = ruleKeys(values.rules);
  return {
    kind: values.kind,
    name: values.name.trim(),
    slug: values.slug,
    mandate: values.mandate.trim(),
    owner: values.owner.trim(),
    compositionRules: values.rules.map((row, i) => ({
      key: keys[i]!,
      nb: row.nb.trim(),
      en: row.en.trim(),
      represents: row.represents,
      count: parseNumber(row.count) ?? 0,
      ...(row.perRegion ? { perRegion: true } : {}),
      ...(row.termYears.trim() ? { termYears: parseNumber(row.termYears) ?? 0 } : {}),
      ...(row.appointedBy.trim() ? { appointedBy: row.appointedBy.trim() } : {}),
    })),
    quorum: values.quorum.trim() ? parseNumber(values.quorum) : null,
    honorariumPercent: parseNumber(values.honorariumPercent) ?? 0,
    honorariumBaseNokPerHour: values.honorariumBaseNokPerHour.trim() ? parseNumber(values.honorariumBaseNokPerHour) : null,
    openMeetingsPerYear: parseNumber(values.openMeetingsPerYear) ?? 0,
    ...(editing ? { active: values.active } : {}),
  };
}

/**
 * A refusal of the body form on its fields. A schema refusal of a rule (`body.compositionRules.1.count`)
 * goes to that rule's field (`rule-1-count`); the rest as for every forum form.
 */
export function bodyErrorsFromApi(error: unknown, specs: Record<string, FieldSpec>, invalidValue: (label: string) => string): { fields: FieldErrors; general: unknown } {
  if (isApiError(error) && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields: FieldErrors = {};
    for (const detail of error.details as Array<{ field?: unknown }>) {
      const match = /^body\.compositionRules\.(\d+)\.(\w+)/.exec(String(detail.field ?? ''));
      const key = match ? `rule-${match[1]}-${match[2]}` : null;
      if (key && specs[key] && !fields[key]) fields[key] = invalidValue(specs[key].label);
    }
    if (Object.keys(fields).length > 0) return { fields, general: null };
  }
  return forumErrorsFromApi(error, specs, invalidValue);
}
