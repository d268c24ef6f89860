import {
  AUDIENCE_LABELS,
  CHANNEL_LABELS,
  DOMAIN_LABELS,
  INTENSITY_LABELS,
  LEVEL_LABELS,
  MEASURE_CATEGORY_LABELS,
  MODEL_STATUS_LABELS,
  OFFICE_KIND_LABELS,
  RELATIONSHIP_LABELS,
  STEERING_LABELS,
  TOPIC_LABELS,
} from '../texts/vocabulary';
import type { EntryKind } from '../types';

/**
 * The edit form of each kind, field by field (server: content-schemas.ts). A spec names the
 * content path and how it is typed in; the form is built from these, so every field of the record
 * is editable and none is forgotten.
 */
type Labels = Record<string, { nb: string; en: string }>;

export type FieldSpec =
  | { path: string; input: 'text' | 'textarea' | 'lines' }
  | { path: string; input: 'select'; options: Labels; nullable?: boolean }
  | { path: string; input: 'multi'; options: Labels }
  | { path: string; input: 'sites' }
  | { path: string; input: 'records'; columns: Array<{ key: string; options?: Labels; nullable?: boolean }> };

const KNOWLEDGE_KIND_OPTIONS: Labels = { modell: { nb: 'Modell', en: 'Model' }, tiltak: { nb: 'Tiltak', en: 'Measure' }, artikkel: { nb: 'Artikkel', en: 'Article' } };
const KNOWLEDGE_SOURCES: FieldSpec = { path: 'sources', input: 'records', columns: [{ key: 'citation' }, { key: 'url', nullable: true }] };
const RELATED: FieldSpec = { path: 'related', input: 'records', columns: [{ key: 'kind', options: KNOWLEDGE_KIND_OPTIONS }, { key: 'slug' }] };
const LEGAL: (path: string) => FieldSpec = (path) => ({ path, input: 'records', columns: [{ key: 'reference' }, { key: 'subject' }] });

const COORDINATION_KEYS = ['rolesAndResponsibilities', 'routines', 'writtenGuidelines', 'partners', 'timeSetAside', 'technology', 'informationChannels', 'communicationChannels', 'sharedKnowledge', 'conflictSources'];

const MODEL: FieldSpec[] = [
  { path: 'title', input: 'text' },
  { path: 'reportSection', input: 'text' },
  { path: 'idealTypeSummary', input: 'lines' },
  { path: 'inspiredBy', input: 'text' },
  { path: 'levels', input: 'multi', options: LEVEL_LABELS },
  { path: 'domains', input: 'multi', options: DOMAIN_LABELS },
  { path: 'sites', input: 'sites' },
  { path: 'gpOfficeKind', input: 'select', options: OFFICE_KIND_LABELS },
  { path: 'purpose', input: 'textarea' },
  { path: 'participants', input: 'lines' },
  { path: 'gpRole.intensity', input: 'select', options: INTENSITY_LABELS },
  { path: 'gpRole.description', input: 'textarea' },
  { path: 'steering', input: 'multi', options: STEERING_LABELS },
  { path: 'relationshipType', input: 'select', options: RELATIONSHIP_LABELS, nullable: true },
  { path: 'motive', input: 'textarea' },
  { path: 'trigger', input: 'textarea' },
  { path: 'phases', input: 'lines' },
  ...COORDINATION_KEYS.map((key): FieldSpec => ({ path: `coordination.${key}`, input: 'textarea' })),
  { path: 'financing', input: 'textarea' },
  { path: 'tariffs', input: 'textarea' },
  { path: 'legalBasis', input: 'lines' },
  { path: 'prerequisites', input: 'lines' },
  { path: 'experiences.works', input: 'lines' },
  { path: 'experiences.challenges', input: 'lines' },
  { path: 'facts', input: 'records', columns: [{ key: 'label' }, { key: 'value' }] },
  { path: 'status', input: 'select', options: MODEL_STATUS_LABELS },
  { path: 'sources', input: 'records', columns: [{ key: 'citation' }, { key: 'informant', nullable: true }, { key: 'date', nullable: true }] },
];

const MEASURE: FieldSpec[] = [
  { path: 'title', input: 'text' },
  { path: 'titleEn', input: 'text' },
  { path: 'category', input: 'select', options: MEASURE_CATEGORY_LABELS },
  { path: 'summary', input: 'textarea' },
  { path: 'whatItIs', input: 'lines' },
  { path: 'whoMayQualify', input: 'lines' },
  { path: 'whoDecides', input: 'textarea' },
  { path: 'howGpSuggests', input: 'records', columns: [{ key: 'channel', options: CHANNEL_LABELS }, { key: 'howTo' }] },
  { path: 'misunderstandings', input: 'lines' },
  LEGAL('legalBasis'),
  { path: 'relatedSickNoteFields', input: 'records', columns: [{ key: 'field' }, { key: 'note', nullable: true }] },
  RELATED,
  KNOWLEDGE_SOURCES,
];

const ARTICLE: FieldSpec[] = [
  { path: 'title', input: 'text' },
  { path: 'titleEn', input: 'text' },
  { path: 'topic', input: 'select', options: TOPIC_LABELS },
  { path: 'summary', input: 'textarea' },
  { path: 'body', input: 'lines' },
  LEGAL('legalReferences'),
  RELATED,
  KNOWLEDGE_SOURCES,
];

const TOOL: FieldSpec[] = [
  { path: 'title', input: 'text' },
  { path: 'titleEn', input: 'text' },
  { path: 'audience', input: 'select', options: AUDIENCE_LABELS },
  { path: 'summary', input: 'textarea' },
  { path: 'body', input: 'lines' },
  { path: 'items', input: 'lines' },
  { path: 'usedIn', input: 'text' },
  RELATED,
  KNOWLEDGE_SOURCES,
];

export const FORM_FIELDS: Record<EntryKind, FieldSpec[]> = { model: MODEL, measure: MEASURE, article: ARTICLE, checklist: TOOL, template: TOOL };

/** Column labels of record lists (sources, facts, legal references …). */
export const COLUMN_LABELS: Labels = {
  citation: { nb: 'Kilde', en: 'Source' },
  informant: { nb: 'Informant', en: 'Informant' },
  date: { nb: 'Dato', en: 'Date' },
  url: { nb: 'Adresse (https)', en: 'Address (https)' },
  label: { nb: 'Hva', en: 'What' },
  value: { nb: 'Verdi', en: 'Value' },
  reference: { nb: 'Henvisning', en: 'Reference' },
  subject: { nb: 'Om', en: 'About' },
  channel: { nb: 'Hvor', en: 'Where' },
  howTo: { nb: 'Slik gjør du', en: 'How' },
  field: { nb: 'Felt', en: 'Field' },
  note: { nb: 'Merknad', en: 'Note' },
  kind: { nb: 'Type', en: 'Kind' },
  slug: { nb: 'Kortnavn', en: 'Short name' },
};

export function getPath(content: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
}

export function setPath<T extends object>(content: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const record = content as Record<string, unknown>;
  if (rest.length === 0) return { ...record, [head!]: value } as T;
  const inner = (record[head!] && typeof record[head!] === 'object' ? record[head!] : {}) as object;
  return { ...record, [head!]: setPath(inner, rest.join('.'), value) } as T;
}

/** Before saving: list items left empty while typing are dropped, as are empty record rows. */
export function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(cleaned)
      .filter((item) => !(typeof item === 'string' && item.trim() === '') && !(item && typeof item === 'object' && !Array.isArray(item) && Object.values(item).every((v) => v === null || v === '')));
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)]));
  return value;
}
