import { INTERVIEW_SECTIONS, type InterviewGuideQuestion, type InterviewSection } from './knowledge.js';

/**
 * The side-by-side comparison of 2–4 models along the report's interview guide: one section per
 * theme of the guide, one row per model field its questions fill, in the guide's order. The
 * typology (level, domain, who steers …) comes first where the guide does not already ask for it.
 * A row holds each model's value as stored; the web labels the fields and renders the values.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export type CompareSectionKey = 'typology' | InterviewSection;

export interface CompareRow {
  field: string;
  values: unknown[];
}

export interface CompareSection {
  key: CompareSectionKey;
  rows: CompareRow[];
}

/** The typology fields, always compared (the report's dimensions A–D and the GP's role). */
const TYPOLOGY_FIELDS = ['levels', 'domains', 'inspiredBy', 'sites', 'gpOfficeKind', 'gpRole.intensity', 'steering', 'relationshipType', 'status'] as const;

function valueAt(content: Record<string, unknown>, path: string): unknown {
  const value = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
  return value === undefined ? null : value;
}

/** The fields each section of the guide fills, each field once (in the first section that asks for it). */
export function guideFields(guide: readonly InterviewGuideQuestion[]): Array<{ key: CompareSectionKey; fields: string[] }> {
  const seen = new Set<string>();
  const sections = INTERVIEW_SECTIONS.map((key) => {
    const fields: string[] = [];
    for (const question of guide.filter((q) => q.section === key)) {
      for (const target of question.prefills) {
        if (seen.has(target)) continue;
        seen.add(target);
        fields.push(target);
      }
    }
    return { key: key as CompareSectionKey, fields };
  });
  const typology = TYPOLOGY_FIELDS.filter((field) => !seen.has(field));
  return [{ key: 'typology' as const, fields: [...typology] }, ...sections].filter((s) => s.fields.length > 0);
}

export function compareModels(guide: readonly InterviewGuideQuestion[], contents: readonly Record<string, unknown>[]): CompareSection[] {
  return guideFields(guide).map(({ key, fields }) => ({
    key,
    rows: fields.map((field) => ({ field, values: contents.map((content) => valueAt(content, field)) })),
  }));
}
