import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

/**
 * Request and response schemas of assessment, recommendations and the public pages (ADR 0005):
 * the API contract. Responses declare every field that may leave the server; anything else is
 * dropped, which matters most on the public routes. Text limits here are loose on purpose: the
 * commands refuse empty and oversized texts with their own codes (FORUM_TEXT_EMPTY, _TOO_LONG).
 */
const Uuid = Type.String({ format: 'uuid' });
const Text = (max: number) => Type.String({ maxLength: max });
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Instant = Type.String({ format: 'date-time' });
const Localised = Type.Object({ nb: Text(2000), en: Text(2000) }, { additionalProperties: false });

export const IdParams = Type.Object({ id: Uuid });
export const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,120}$' }) });

// Assessment template
const TemplateItem = Type.Object({ key: Text(60), nb: Text(600), en: Text(600), help: Type.Optional(Localised) }, { additionalProperties: false });
const TemplateSection = Type.Object({ key: Text(60), nb: Text(600), en: Text(600), items: Type.Array(TemplateItem, { maxItems: 100 }) }, { additionalProperties: false });
export const TemplateDefinition = Type.Object({ sections: Type.Array(TemplateSection, { maxItems: 60 }) }, { additionalProperties: false });
export const TemplateBody = Type.Object({ definition: TemplateDefinition }, { additionalProperties: false });
export const TemplateSchema = Type.Object({
  id: Uuid,
  bodyId: Nullable(Uuid),
  version: Type.Integer(),
  shipped: Type.Boolean(),
  definition: TemplateDefinition,
  createdByName: Nullable(Type.String()),
  createdAt: Instant,
});

// Assessment
export const StartAssessmentBody = Type.Object({ memberIds: Type.Array(Uuid, { minItems: 1, maxItems: 50 }) }, { additionalProperties: false });
export const AnswersBody = Type.Object({ items: Type.Record(Type.String({ maxLength: 60 }), Text(8000)) }, { additionalProperties: false });
export const ConclusionBody = Type.Object({ text: Text(20_000) }, { additionalProperties: false });
export const AssessmentSchema = Type.Object({
  id: Uuid,
  submissionId: Uuid,
  submission: Type.Object({ id: Uuid, title: Type.String(), status: Type.String() }),
  template: Type.Object({ id: Uuid, version: Type.Integer(), definition: TemplateDefinition }),
  assignedMembers: Type.Array(Type.Object({ id: Uuid, name: Type.String(), represents: Type.String() })),
  answers: Type.Array(Type.Object({ memberId: Uuid, memberName: Type.String(), itemKey: Type.String(), answer: Type.String(), updatedAt: Instant })),
  progress: Type.Object({ answered: Type.Integer(), total: Type.Integer() }),
  conclusion: Nullable(Type.String()),
  concludedAt: Nullable(Instant),
  concludedByName: Nullable(Type.String()),
  canAnswer: Type.Boolean(),
});

// Recommendations
const Themes = Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 });
const RecommendationStatus = Lit(['draft', 'approved', 'published', 'withdrawn'] as const);
export const RecommendationBody = Type.Object(
  {
    title: Text(600),
    summary: Type.Optional(Text(4000)),
    text: Text(100_000),
    submissionIds: Type.Array(Uuid, { maxItems: 200 }),
    themes: Themes,
    owner: Type.Optional(Text(600)),
    administrator: Type.Optional(Text(600)),
  },
  { additionalProperties: false },
);
export const RevisionBody = Type.Object(
  { title: Text(600), summary: Type.Optional(Text(4000)), text: Text(100_000), changeNote: Type.Optional(Text(4000)), submissionIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })), themes: Type.Optional(Themes) },
  { additionalProperties: false },
);
export const ApproveBody = Type.Object({ meetingId: Uuid }, { additionalProperties: false });
export const WithdrawBody = Type.Object({ reason: Text(4000) }, { additionalProperties: false });
export const ExternalBody = Type.Object(
  { sourceName: Text(600), sourceUrl: Text(2000), title: Text(600), summary: Text(4000), themes: Type.Optional(Themes), issuedOn: Type.Optional(Type.String({ format: 'date' })) },
  { additionalProperties: false },
);

const VersionSchema = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  text: Type.String(),
  changeNote: Nullable(Type.String()),
  approvedAt: Nullable(Instant),
  approvedMeetingId: Nullable(Uuid),
  publishedAt: Nullable(Instant),
  createdByName: Type.String(),
  createdAt: Instant,
});

export const RecommendationSchema = Type.Object({
  id: Uuid,
  bodyId: Nullable(Uuid),
  slug: Type.String(),
  status: RecommendationStatus,
  external: Type.Boolean(),
  sourceName: Nullable(Type.String()),
  sourceUrl: Nullable(Type.String()),
  owner: Type.String(),
  administrator: Type.String(),
  themes: Type.Array(Type.String()),
  publishedVersion: Nullable(Type.Integer()),
  withdrawnReason: Nullable(Type.String()),
  withdrawnAt: Nullable(Instant),
  createdAt: Instant,
  updatedAt: Instant,
  versions: Type.Array(VersionSchema),
  submissionIds: Type.Array(Uuid),
  cases: Type.Array(Type.Object({ id: Uuid, title: Type.String(), status: Type.String() })),
});

export const RecommendationListSchema = Type.Array(
  Type.Object({ id: Uuid, slug: Type.String(), status: RecommendationStatus, publishedVersion: Nullable(Type.Integer()), title: Type.String(), version: Type.Integer(), updatedAt: Instant }),
);

// Public
export const PublicListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })), theme: Type.Optional(Type.String({ maxLength: 60 })), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) },
  { additionalProperties: false },
);
const PublicSummaryFields = {
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  themes: Type.Array(Type.String()),
  owner: Type.String(),
  administrator: Type.String(),
  bodyName: Nullable(Type.String()),
  external: Type.Boolean(),
  sourceName: Nullable(Type.String()),
  status: Lit(['published', 'withdrawn'] as const),
  publishedAt: Nullable(Instant),
};
export const PublicPageSchema = Type.Object({ items: Type.Array(Type.Object(PublicSummaryFields)), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
export const PublicRecommendationSchema = Type.Object({
  ...PublicSummaryFields,
  text: Type.String(),
  version: Type.Integer(),
  sourceUrl: Nullable(Type.String()),
  bodySlug: Nullable(Type.String()),
  withdrawnReason: Nullable(Type.String()),
  withdrawnAt: Nullable(Instant),
  // Titles, kinds and themes only: nothing else a case holds leaves through the public page.
  cases: Type.Array(Type.Object({ kind: Lit(['deviation', 'proposal'] as const), title: Type.String(), themes: Type.Array(Type.String()) })),
  versions: Type.Array(Type.Object({ version: Type.Integer(), title: Type.String(), summary: Type.String(), text: Type.String(), changeNote: Nullable(Type.String()), publishedAt: Nullable(Instant) })),
});
