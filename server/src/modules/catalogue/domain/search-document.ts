import type { EntryKind } from './kinds.js';
import { plainText, stringsOf } from './links.js';
import type { CollaborationModelContent } from './model.js';
import type { NavMeasureEntry, RulesArticle } from './knowledge.js';
import type { ToolEntry } from './tool.js';

/**
 * The search document of a published entry: title (weight A), summary (B) and the rest of its
 * text (C), and for a model its typology as facet values. Built from the content alone, so the
 * same function serves publishing, the shipped-content sync and the benchmark.
 */
export interface SearchDocument {
  title: string;
  titleEn: string | null;
  summary: string;
  body: string;
  category: string | null;
  facets: ModelFacets | null;
}

export interface ModelFacets {
  levels: string[];
  domains: string[];
  gpRoleIntensity: string | null;
  steering: string[];
  relationshipType: string | null;
  gpOfficeKind: string | null;
  modelStatus: string | null;
  counties: string[];
}

// Control characters would collide with the snippet markers (see public/search.ts).
const clean = (text: string) => plainText(text).replace(/[\u0000-\u0008\u000b-\u001f]/g, ' ').trim();
const join = (parts: unknown[], separator = '\n') => clean(parts.flatMap(stringsOf).filter((s) => s.trim()).join(separator));
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function modelDocument(c: Partial<CollaborationModelContent>): SearchDocument {
  const sites = Array.isArray(c.sites) ? c.sites : [];
  return {
    title: clean(text(c.title)),
    titleEn: null,
    summary: join([c.idealTypeSummary ?? []]),
    body: join([
      c.inspiredBy,
      sites.map((s) => [s.municipality, s.county]),
      c.purpose,
      c.participants,
      c.gpRole?.description,
      c.motive,
      c.trigger,
      c.phases,
      c.coordination ?? {},
      c.financing,
      c.tariffs,
      c.legalBasis,
      c.prerequisites,
      c.experiences ?? {},
      (c.facts ?? []).map((f) => `${f.label}: ${f.value}`),
    ]),
    category: null,
    facets: {
      levels: list(c.levels),
      domains: list(c.domains),
      gpRoleIntensity: c.gpRole?.intensity ?? null,
      steering: list(c.steering),
      relationshipType: c.relationshipType ?? null,
      gpOfficeKind: c.gpOfficeKind ?? null,
      modelStatus: c.status ?? null,
      counties: [...new Set(sites.map((s) => s.county).filter((county): county is string => typeof county === 'string' && county.trim() !== ''))],
    },
  };
}

function measureDocument(c: Partial<NavMeasureEntry>): SearchDocument {
  return {
    title: clean(text(c.title)),
    titleEn: c.titleEn ?? null,
    summary: clean(text(c.summary)),
    body: join([
      c.whatItIs,
      c.whoMayQualify,
      c.whoDecides,
      (c.howGpSuggests ?? []).map((s) => s.howTo),
      c.misunderstandings,
      (c.legalBasis ?? []).map((l) => `${l.reference} ${l.subject}`),
      (c.relatedSickNoteFields ?? []).map((f) => [f.field, f.note]),
    ]),
    category: c.category ?? null,
    facets: null,
  };
}

function articleDocument(c: Partial<RulesArticle>): SearchDocument {
  return {
    title: clean(text(c.title)),
    titleEn: c.titleEn ?? null,
    summary: clean(text(c.summary)),
    body: join([c.body, (c.legalReferences ?? []).map((l) => `${l.reference} ${l.subject}`)]),
    category: c.topic ?? null,
    facets: null,
  };
}

function toolDocument(c: Partial<ToolEntry>): SearchDocument {
  return {
    title: clean(text(c.title)),
    titleEn: c.titleEn ?? null,
    summary: clean(text(c.summary)),
    body: join([c.body, c.items]),
    category: c.audience ?? null,
    facets: null,
  };
}

export function searchDocumentOf(kind: EntryKind, content: Record<string, unknown>): SearchDocument {
  switch (kind) {
    case 'model':
      return modelDocument(content as Partial<CollaborationModelContent>);
    case 'measure':
      return measureDocument(content as Partial<NavMeasureEntry>);
    case 'article':
      return articleDocument(content as Partial<RulesArticle>);
    default:
      return toolDocument(content as Partial<ToolEntry>);
  }
}

/** The title of a content of any kind, for lists and version rows. */
export function titleOf(content: Record<string, unknown>): string {
  return typeof content.title === 'string' && content.title.trim() ? content.title.trim() : '—';
}
