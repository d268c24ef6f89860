/**
 * Knowledge content shipped with the catalogue besides the collaboration models: NAV's measures and
 * sick-leave options as a GP meets them, short rules-and-roles articles, and the report 002 interview
 * guide (Appendix 6) that the structured interview form follows to pre-fill a draft model.
 *
 * Texts are bokmål. Internal links inside article bodies are written as markdown links to
 * `/kunnskap/<kind>/<slug>`; the shipped-data test checks that every one of them resolves.
 */
import type { CollaborationModelContent } from './model.js';

/** The kinds of knowledge entry, as they appear in internal links: `/kunnskap/<kind>/<slug>`. */
export const KNOWLEDGE_KINDS = ['modell', 'tiltak', 'artikkel'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** Path prefix of internal links; the full form is `/kunnskap/<kind>/<slug>`. */
export const KNOWLEDGE_LINK_PREFIX = '/kunnskap/';

/** Matches markdown links to internal knowledge entries; group 1 = kind, group 2 = slug. */
export const INTERNAL_LINK_PATTERN = /\]\(\/kunnskap\/([a-z]+)\/([a-z0-9-]+)\)/g;

/** A source behind a statement: a report file and lines, a lovdata paragraph, a NAV page. */
export interface KnowledgeSource {
  /** e.g. "001_0b0d9fc9095d4a74.txt, L1945" or "Folketrygdloven § 8-8". */
  citation: string;
  /** An external address where one is well established (lovdata, nav.no); null otherwise. */
  url: string | null;
}

/** A legal reference named as lovdata names it. */
export interface LegalReference {
  /** e.g. "Folketrygdloven § 8-8" or "Arbeidsmiljøloven § 4-6". */
  reference: string;
  /** What the paragraph is about, in a few words. */
  subject: string;
}

/** Groups of NAV measures, for filtering. */
export const MEASURE_CATEGORIES = [
  'sick_leave_option',
  'follow_up_meeting',
  'work_oriented_measure',
  'benefit',
  'local_practice',
] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

/** Where the GP puts a suggestion of a measure. */
export const SUGGESTION_CHANNELS = ['sick_note', 'dialogue_message', 'dialogue_meeting', 'medical_declaration', 'phone', 'other'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

/** How the GP can suggest or use the measure, one entry per channel. */
export interface MeasureSuggestion {
  channel: SuggestionChannel;
  /** Concretely what to write or tick, e.g. "Kryss av for «reisetilskudd» i sykmeldingen". */
  howTo: string;
}

/** A field of the sick note or a message code the measure relates to (domain.md §3–4). */
export interface RelatedSickNoteField {
  /** e.g. "Sykmelding: gradert (prosent)" or "Dialogmelding 8127/2". */
  field: string;
  note: string | null;
}

/** A NAV measure or sick-leave option as a GP needs to know it. */
export interface NavMeasureEntry {
  /** Stable, URL-safe, e.g. "gradert-sykmelding". */
  slug: string;
  title: string;
  /** English title for the language switch. */
  titleEn: string;
  category: MeasureCategory;
  /** One or two sentences for lists and search snippets. */
  summary: string;
  /** What it is: short paragraphs. */
  whatItIs: string[];
  /** Who may qualify: short points. */
  whoMayQualify: string[];
  /** Who decides (NAV, employer, GP …) in one sentence, or null. */
  whoDecides: string | null;
  howGpSuggests: MeasureSuggestion[];
  /** Common misunderstandings the reports record (001 §…), or empty. */
  misunderstandings: string[];
  legalBasis: LegalReference[];
  relatedSickNoteFields: RelatedSickNoteField[];
  /** Slugs of related measures and articles (same id space as internal links). */
  related: { kind: KnowledgeKind; slug: string }[];
  sources: KnowledgeSource[];
}

/** Topics of rules-and-roles articles, for filtering. */
export const ARTICLE_TOPICS = ['assessment', 'rules', 'information_sharing', 'roles', 'meetings', 'follow_up'] as const;
export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];

/** A short, sourced article on a rule or a role. */
export interface RulesArticle {
  slug: string;
  title: string;
  titleEn: string;
  topic: ArticleTopic;
  /** One or two sentences, shown in lists and search results. */
  summary: string;
  /** Short markdown paragraphs; internal links as `[tekst](/kunnskap/<kind>/<slug>)`. */
  body: string[];
  legalReferences: LegalReference[];
  sources: KnowledgeSource[];
  /** Slugs of related entries. */
  related: { kind: KnowledgeKind; slug: string }[];
}

/**
 * A model field the interview form can pre-fill: a top-level key of the model record, or a
 * `coordination.<key>` coordination strategy, or `gpRole.description`.
 */
export type PrefillTarget =
  | Exclude<keyof CollaborationModelContent, 'coordination' | 'gpRole' | 'slug' | 'reportSection'>
  | `coordination.${keyof CollaborationModelContent['coordination']}`
  | 'gpRole.description'
  | 'gpRole.intensity';

/** Main themes of the report's interview guide (Appendix 6). */
export const INTERVIEW_SECTIONS = [
  'background',
  'purpose_and_participants',
  'motive_and_trigger',
  'organisation_and_steering',
  'coordination',
  'gp_role',
  'financing_and_law',
  'experiences',
] as const;
export type InterviewSection = (typeof INTERVIEW_SECTIONS)[number];

/** One question of the interview guide and the model field(s) its answer pre-fills. */
export interface InterviewGuideQuestion {
  /** Stable key, e.g. "q6-routines". */
  key: string;
  /**
   * The guide's numbering ("1" … "6"; its phases prompt under question 5 as "5b", the bullet
   * points under question 6 as "6a" … "6k").
   * Null for the questions taken from the per-model presentation template (§1.6: purpose,
   * participants, the GP's role …), which the guide does not ask but every model description fills.
   */
  number: string | null;
  section: InterviewSection;
  /** The question in bokmål, as the guide asks it. */
  question: string;
  /** Follow-up prompts the guide lists under the question. */
  prompts: string[];
  prefills: PrefillTarget[];
  /** How the answer is typed in: free text, a list (one per line), or a choice of a typology value. */
  answerKind: 'text' | 'list' | 'choice';
}
