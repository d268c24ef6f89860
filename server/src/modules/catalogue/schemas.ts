import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { ArticleContent, MeasureContent, ModelContent, ToolContent } from './content-schemas.js';
import { FACETS } from './domain/facets.js';
import { ENTRY_KINDS } from './domain/kinds.js';
import { ENTRY_STATUSES, TRANSITIONS } from './domain/workflow.js';

/**
 * Request and response schemas of the catalogue (ADR 0007): the API contract. Responses declare
 * every field that may leave the server. Content shapes per kind are in content-schemas.ts.
 */
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Instant = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 120 });
export const Kind = Lit(ENTRY_KINDS);
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 }));
const AnyRecord = Type.Record(Type.String(), Type.Unknown());

// Public: models
const FilterValue = Type.Optional(Type.String({ maxLength: 500 }));
export const FacetQuery = Type.Object(Object.fromEntries(FACETS.map((f) => [f.key, FilterValue])) as Record<(typeof FACETS)[number]['key'], typeof FilterValue>);
export type FacetQuery = Static<typeof FacetQuery>;
export const ModelListQuery = Type.Composite([FacetQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 500 })), page: Page })]);

const FacetCounts = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));
const ModelSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.Array(Type.String()),
  levels: Type.Array(Type.String()),
  domains: Type.Array(Type.String()),
  gpRoleIntensity: Nullable(Type.String()),
  steering: Type.Array(Type.String()),
  relationshipType: Nullable(Type.String()),
  gpOfficeKind: Nullable(Type.String()),
  status: Nullable(Type.String()),
  counties: Type.Array(Type.String()),
});
export const ModelListSchema = Type.Object({
  items: Type.Array(ModelSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  facets: Type.Object(Object.fromEntries(FACETS.map((f) => [f.key, FacetCounts])) as Record<(typeof FACETS)[number]['key'], typeof FacetCounts>),
});

export const SlugParams = Type.Object({ slug: Slug });

const PublishedVersion = Type.Object({ version: Type.Integer(), changeNote: Nullable(Type.String()), publishedAt: Instant, authorName: Type.String() });
const LinkedFrom = Type.Array(Type.Object({ kind: Kind, slug: Type.String(), title: Type.String() }));
const pageOf = <T extends TSchema>(content: T) =>
  Type.Object({ kind: Kind, slug: Type.String(), version: Type.Integer(), publishedAt: Instant, content, versions: Type.Array(PublishedVersion), linkedFrom: LinkedFrom, related: LinkedFrom });
export const ModelPageSchema = pageOf(ModelContent);
export const MeasurePageSchema = pageOf(MeasureContent);
export const ArticlePageSchema = pageOf(ArticleContent);
export const ToolPageSchema = pageOf(ToolContent);

export const KnowledgeListQuery = Type.Object({ category: Type.Optional(Type.String({ maxLength: 60 })) });
export const KnowledgeListSchema = Type.Object({
  items: Type.Array(Type.Object({ slug: Type.String(), title: Type.String(), titleEn: Nullable(Type.String()), summary: Type.String(), category: Nullable(Type.String()), publishedAt: Instant })),
});

export const CompareQuery = Type.Object({ m: Type.String({ maxLength: 1000 }) });
export const CompareSchema = Type.Object({
  models: Type.Array(Type.Object({ slug: Type.String(), title: Type.String(), version: Type.Integer() })),
  sections: Type.Array(Type.Object({ key: Type.String(), rows: Type.Array(Type.Object({ field: Type.String(), values: Type.Array(Type.Unknown()) })) })),
});

export const SearchQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 500 })), kind: Type.Optional(Kind), page: Page });
export const SearchSchema = Type.Object({
  q: Type.String(),
  items: Type.Array(
    Type.Object({
      kind: Kind,
      slug: Type.String(),
      title: Type.String(),
      titleEn: Nullable(Type.String()),
      summary: Type.String(),
      snippet: Type.Array(Type.Object({ text: Type.String(), mark: Type.Boolean() })),
    }),
  ),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  kinds: Type.Array(Type.Object({ kind: Kind, count: Type.Integer() })),
});

// Editing
export const IdParams = Type.Object({ id: Uuid });
export const VersionParams = Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1 }) });
const ChangeNote = Type.Optional(Type.String({ maxLength: 2000 }));
export const CreateBody = Type.Object({ kind: Kind, slug: Slug, content: AnyRecord, changeNote: ChangeNote }, { additionalProperties: false });
export const SaveBody = Type.Object({ baseVersion: Type.Integer({ minimum: 1 }), content: AnyRecord, changeNote: ChangeNote }, { additionalProperties: false });
export const TransitionBody = Type.Object({ action: Lit(TRANSITIONS), version: Type.Integer({ minimum: 1 }), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
export const EditorListQuery = Type.Object({ status: Type.Optional(Lit(ENTRY_STATUSES)), kind: Type.Optional(Kind) });

const Site = Type.Object(
  { municipality: Type.String({ maxLength: 200 }), county: Nullable(Type.String({ maxLength: 200 })), population: Nullable(Type.Number()), distanceToHospitalKm: Nullable(Type.Number()), travelTimeToHospitalMinutes: Nullable(Type.Number()) },
  { additionalProperties: false },
);
export const InterviewBody = Type.Object(
  {
    slug: Slug,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    answers: Type.Record(Type.String({ maxLength: 60 }), Type.String({ maxLength: 8000 })),
    sites: Type.Optional(Type.Array(Site, { maxItems: 20 })),
    informant: Type.Optional(Type.String({ maxLength: 600 })),
  },
  { additionalProperties: false },
);

const VersionRow = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  authorName: Type.String(),
  createdAt: Instant,
  changeNote: Nullable(Type.String()),
  reviewerName: Nullable(Type.String()),
  publishedAt: Nullable(Instant),
});
const Problem = Type.Object({ code: Type.String(), fields: Type.Array(Type.String()) });
export const EntryViewSchema = Type.Object({
  id: Uuid,
  kind: Kind,
  slug: Type.String(),
  status: Lit(ENTRY_STATUSES),
  title: Type.String(),
  workingVersion: Type.Integer(),
  publishedVersion: Nullable(Type.Integer()),
  shipped: Type.Boolean(),
  reviewNote: Nullable(Type.String()),
  statusChangedAt: Instant,
  statusChangedBy: Type.String(),
  content: AnyRecord,
  canSave: Type.Boolean(),
  allowedTransitions: Type.Array(Lit(TRANSITIONS)),
  /** Whether this editor may publish (not an author of the changes since the last publication, or an admin). */
  mayPublish: Type.Boolean(),
  problems: Type.Array(Problem),
  versions: Type.Array(VersionRow),
});
export const VersionSchema = Type.Composite([
  VersionRow,
  Type.Object({ content: AnyRecord, changes: Type.Array(Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() })) }),
]);
export const EditorListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Kind,
      slug: Type.String(),
      title: Type.String(),
      status: Lit(ENTRY_STATUSES),
      workingVersion: Type.Integer(),
      publishedVersion: Nullable(Type.Integer()),
      updatedAt: Instant,
      lastAuthorName: Type.String(),
    }),
  ),
});
export const EditorMeSchema = Type.Object({ editor: Type.Boolean() });
export const GuideSchema = Type.Object({
  questions: Type.Array(
    Type.Object({
      key: Type.String(),
      number: Nullable(Type.String()),
      section: Type.String(),
      question: Type.String(),
      prompts: Type.Array(Type.String()),
      prefills: Type.Array(Type.String()),
      answerKind: Lit(['text', 'list', 'choice'] as const),
      /** For a choice: the values it may take (the typology's), else empty. */
      choices: Type.Array(Type.String()),
    }),
  ),
});
