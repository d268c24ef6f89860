/**
 * The catalogue's API types (server: modules/catalogue/schemas.ts and content-schemas.ts). Content
 * fields are optional, as in a draft; published content has the required ones.
 */
export type EntryKind = 'model' | 'measure' | 'article' | 'checklist' | 'template';
export type EntryStatus = 'draft' | 'in_review' | 'published' | 'archived';
export type Transition = 'submit' | 'return' | 'publish' | 'archive' | 'restore';
export type FacetKey = 'level' | 'domain' | 'gpRole' | 'steering' | 'relationship' | 'officeKind' | 'status' | 'county';

export interface ModelSite {
  municipality: string;
  county: string | null;
  population: number | null;
  distanceToHospitalKm: number | null;
  travelTimeToHospitalMinutes: number | null;
}

export interface ModelContent {
  slug?: string;
  reportSection?: string | null;
  title?: string;
  idealTypeSummary?: string[];
  inspiredBy?: string;
  levels?: string[];
  domains?: string[];
  sites?: ModelSite[];
  gpOfficeKind?: string;
  purpose?: string;
  participants?: string[];
  gpRole?: { intensity?: string; description?: string };
  steering?: string[];
  relationshipType?: string | null;
  motive?: string | null;
  trigger?: string | null;
  phases?: string[];
  coordination?: Record<string, string | null | undefined>;
  financing?: string | null;
  tariffs?: string | null;
  legalBasis?: string[];
  prerequisites?: string[];
  experiences?: { works?: string[]; challenges?: string[] };
  facts?: Array<{ label: string; value: string }>;
  status?: string;
  sources?: Array<{ citation: string; informant: string | null; date: string | null }>;
}

export interface KnowledgeSource {
  citation: string;
  url: string | null;
}
export interface LegalReference {
  reference: string;
  subject: string;
}
export interface RelatedRef {
  kind: string;
  slug: string;
}

export interface MeasureContent {
  slug?: string;
  title?: string;
  titleEn?: string;
  category?: string;
  summary?: string;
  whatItIs?: string[];
  whoMayQualify?: string[];
  whoDecides?: string | null;
  howGpSuggests?: Array<{ channel: string; howTo: string }>;
  misunderstandings?: string[];
  legalBasis?: LegalReference[];
  relatedSickNoteFields?: Array<{ field: string; note: string | null }>;
  related?: RelatedRef[];
  sources?: KnowledgeSource[];
}

export interface ArticleContent {
  slug?: string;
  title?: string;
  titleEn?: string;
  topic?: string;
  summary?: string;
  body?: string[];
  legalReferences?: LegalReference[];
  sources?: KnowledgeSource[];
  related?: RelatedRef[];
}

export interface ToolContent {
  slug?: string;
  title?: string;
  titleEn?: string;
  audience?: string;
  summary?: string;
  body?: string[];
  items?: string[];
  usedIn?: string | null;
  sources?: KnowledgeSource[];
  related?: RelatedRef[];
}

export type AnyContent = ModelContent & MeasureContent & ArticleContent & ToolContent;

export interface FacetCount {
  value: string;
  count: number;
}

export interface ModelSummary {
  slug: string;
  title: string;
  summary: string[];
  levels: string[];
  domains: string[];
  gpRoleIntensity: string | null;
  steering: string[];
  relationshipType: string | null;
  gpOfficeKind: string | null;
  status: string | null;
  counties: string[];
}

export interface ModelList {
  items: ModelSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<FacetKey, FacetCount[]>;
}

export interface PublishedPage<C> {
  kind: EntryKind;
  slug: string;
  version: number;
  publishedAt: string;
  content: C;
  versions: Array<{ version: number; changeNote: string | null; publishedAt: string; authorName: string }>;
  linkedFrom: Array<{ kind: EntryKind; slug: string; title: string }>;
  /** The content's `related` entries that are published, with their titles. */
  related: Array<{ kind: EntryKind; slug: string; title: string }>;
}

export interface KnowledgeList {
  items: Array<{ slug: string; title: string; titleEn: string | null; summary: string; category: string | null; publishedAt: string }>;
}

export interface Comparison {
  models: Array<{ slug: string; title: string; version: number }>;
  sections: Array<{ key: string; rows: Array<{ field: string; values: unknown[] }> }>;
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchResult {
  q: string;
  items: Array<{ kind: EntryKind; slug: string; title: string; titleEn: string | null; summary: string; snippet: SnippetPart[] }>;
  total: number;
  page: number;
  pageSize: number;
  kinds: Array<{ kind: EntryKind; count: number }>;
}

export interface PublishProblem {
  code: string;
  fields: string[];
}

export interface VersionRow {
  version: number;
  title: string;
  authorName: string;
  createdAt: string;
  changeNote: string | null;
  reviewerName: string | null;
  publishedAt: string | null;
}

export interface EntryView {
  id: string;
  kind: EntryKind;
  slug: string;
  status: EntryStatus;
  title: string;
  workingVersion: number;
  publishedVersion: number | null;
  shipped: boolean;
  reviewNote: string | null;
  statusChangedAt: string;
  statusChangedBy: string;
  content: AnyContent;
  canSave: boolean;
  allowedTransitions: Transition[];
  mayPublish: boolean;
  problems: PublishProblem[];
  versions: VersionRow[];
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface VersionView extends VersionRow {
  content: AnyContent;
  changes: FieldChange[];
}

export interface EditorListItem {
  id: string;
  kind: EntryKind;
  slug: string;
  title: string;
  status: EntryStatus;
  workingVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
  lastAuthorName: string;
}

export interface GuideQuestion {
  key: string;
  number: string | null;
  section: string;
  question: string;
  prompts: string[];
  prefills: string[];
  answerKind: 'text' | 'list' | 'choice';
  choices: string[];
}

/** The details of CATALOGUE_EDIT_CONFLICT: who saved since, when, and what they changed. */
export interface EditConflict {
  current: { version: number; status: string; editors: Array<{ version: number; name: string; at: string }>; changes: FieldChange[] };
}
