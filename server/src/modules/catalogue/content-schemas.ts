import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Nullable } from '../../platform/http/schema-types.js';
import { DOMAINS, GP_OFFICE_KINDS, GP_ROLE_INTENSITIES, LEVELS, MODEL_STATUSES, RELATIONSHIP_TYPES, STEERING } from './domain/model.js';
import { ARTICLE_TOPICS, KNOWLEDGE_KINDS, MEASURE_CATEGORIES, SUGGESTION_CHANNELS } from './domain/knowledge.js';
import type { EntryKind } from './domain/kinds.js';
import { TOOL_AUDIENCES } from './domain/tool.js';

/**
 * The content of each kind of entry as the API takes and gives it (the records of
 * domain/model.ts, domain/knowledge.ts and domain/tool.ts). Every field is optional in a draft —
 * a draft may be incomplete; publishing checks the required ones with its own codes — but a
 * field that is there must have its type, and nothing unknown is accepted.
 */
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Text = (max = 4000) => Type.String({ maxLength: max });
const Texts = (max = 100) => Type.Array(Text(), { maxItems: max });
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
const strict = { additionalProperties: false } as const;
const AnyNumber = Nullable(Type.Number());

const Site = Type.Object(
  { municipality: Text(200), county: Nullable(Text(200)), population: AnyNumber, distanceToHospitalKm: AnyNumber, travelTimeToHospitalMinutes: AnyNumber },
  strict,
);
const Coordination = Type.Object(
  {
    rolesAndResponsibilities: Opt(Nullable(Text())),
    routines: Opt(Nullable(Text())),
    writtenGuidelines: Opt(Nullable(Text())),
    partners: Opt(Nullable(Text())),
    timeSetAside: Opt(Nullable(Text())),
    technology: Opt(Nullable(Text())),
    informationChannels: Opt(Nullable(Text())),
    communicationChannels: Opt(Nullable(Text())),
    sharedKnowledge: Opt(Nullable(Text())),
    conflictSources: Opt(Nullable(Text())),
  },
  strict,
);
const ModelSource = Type.Object({ citation: Text(600), informant: Nullable(Text(600)), date: Nullable(Text(10)) }, strict);
const Fact = Type.Object({ label: Text(300), value: Text(1000) }, strict);
const KnowledgeSource = Type.Object({ citation: Text(600), url: Nullable(Text(2000)) }, strict);
const LegalReference = Type.Object({ reference: Text(300), subject: Text(600) }, strict);
const Related = Type.Array(Type.Object({ kind: Lit(KNOWLEDGE_KINDS), slug: Text(120) }, strict), { maxItems: 50 });

export const ModelContent = Type.Object(
  {
    slug: Opt(Text(120)),
    reportSection: Opt(Nullable(Text(20))),
    title: Opt(Text(300)),
    idealTypeSummary: Opt(Texts(20)),
    inspiredBy: Opt(Text(600)),
    levels: Opt(Type.Array(Lit(LEVELS), { maxItems: LEVELS.length })),
    domains: Opt(Type.Array(Lit(DOMAINS), { maxItems: DOMAINS.length })),
    sites: Opt(Type.Array(Site, { maxItems: 50 })),
    gpOfficeKind: Opt(Lit(GP_OFFICE_KINDS)),
    purpose: Opt(Text()),
    participants: Opt(Texts(50)),
    gpRole: Opt(Type.Object({ intensity: Opt(Lit(GP_ROLE_INTENSITIES)), description: Opt(Text()) }, strict)),
    steering: Opt(Type.Array(Lit(STEERING), { maxItems: STEERING.length })),
    relationshipType: Opt(Nullable(Lit(RELATIONSHIP_TYPES))),
    motive: Opt(Nullable(Text())),
    trigger: Opt(Nullable(Text())),
    phases: Opt(Texts(30)),
    coordination: Opt(Coordination),
    financing: Opt(Nullable(Text())),
    tariffs: Opt(Nullable(Text())),
    legalBasis: Opt(Texts(30)),
    prerequisites: Opt(Texts(30)),
    experiences: Opt(Type.Object({ works: Opt(Texts(30)), challenges: Opt(Texts(30)) }, strict)),
    facts: Opt(Type.Array(Fact, { maxItems: 60 })),
    status: Opt(Lit(MODEL_STATUSES)),
    sources: Opt(Type.Array(ModelSource, { maxItems: 30 })),
  },
  strict,
);

export const MeasureContent = Type.Object(
  {
    slug: Opt(Text(120)),
    title: Opt(Text(300)),
    titleEn: Opt(Text(300)),
    category: Opt(Lit(MEASURE_CATEGORIES)),
    summary: Opt(Text()),
    whatItIs: Opt(Texts(30)),
    whoMayQualify: Opt(Texts(30)),
    whoDecides: Opt(Nullable(Text())),
    howGpSuggests: Opt(Type.Array(Type.Object({ channel: Lit(SUGGESTION_CHANNELS), howTo: Text() }, strict), { maxItems: 20 })),
    misunderstandings: Opt(Texts(30)),
    legalBasis: Opt(Type.Array(LegalReference, { maxItems: 30 })),
    relatedSickNoteFields: Opt(Type.Array(Type.Object({ field: Text(300), note: Nullable(Text(1000)) }, strict), { maxItems: 30 })),
    related: Opt(Related),
    sources: Opt(Type.Array(KnowledgeSource, { maxItems: 30 })),
  },
  strict,
);

export const ArticleContent = Type.Object(
  {
    slug: Opt(Text(120)),
    title: Opt(Text(300)),
    titleEn: Opt(Text(300)),
    topic: Opt(Lit(ARTICLE_TOPICS)),
    summary: Opt(Text()),
    body: Opt(Texts(60)),
    legalReferences: Opt(Type.Array(LegalReference, { maxItems: 30 })),
    sources: Opt(Type.Array(KnowledgeSource, { maxItems: 30 })),
    related: Opt(Related),
  },
  strict,
);

export const ToolContent = Type.Object(
  {
    slug: Opt(Text(120)),
    title: Opt(Text(300)),
    titleEn: Opt(Text(300)),
    audience: Opt(Lit(TOOL_AUDIENCES)),
    summary: Opt(Text()),
    body: Opt(Texts(30)),
    items: Opt(Texts(60)),
    usedIn: Opt(Nullable(Text(300))),
    sources: Opt(Type.Array(KnowledgeSource, { maxItems: 30 })),
    related: Opt(Related),
  },
  strict,
);

export type ModelContentDto = Static<typeof ModelContent>;

const CHECKERS = {
  model: TypeCompiler.Compile(ModelContent),
  measure: TypeCompiler.Compile(MeasureContent),
  article: TypeCompiler.Compile(ArticleContent),
  checklist: TypeCompiler.Compile(ToolContent),
  template: TypeCompiler.Compile(ToolContent),
} as const;

/** The content's shape problems for its kind (empty when it fits), each as `path: message`. */
export function contentErrors(kind: EntryKind, content: unknown): string[] {
  const checker = CHECKERS[kind];
  if (checker.Check(content)) return [];
  return [...checker.Errors(content)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
}

/** Any kind's content, for responses (the public pages give the content as stored). */
export const AnyContent = Type.Union([ModelContent, MeasureContent, ArticleContent, ToolContent]);
