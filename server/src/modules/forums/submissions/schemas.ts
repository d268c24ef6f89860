import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';
import { Uuid } from '../body-schemas.js';
import { AttachmentSchema, AttachmentUploads } from './attachments/schemas.js';

/**
 * Request and response schemas of submissions and triage (ADR 0005). The request limits here only
 * bound the request's size: the texts' own limits are checked in `domain/submission-state.ts`, so
 * an oversized text gets its specific code (FORUM_TEXT_TOO_LONG) and names the field.
 */
const strict = { additionalProperties: false } as const;
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const BoundedText = Type.String({ maxLength: 50_000 });

export const SubmissionKind = Lit(['deviation', 'proposal'] as const);
export const SubmissionStatus = Lit(['received', 'accepted', 'in_assessment', 'assessed', 'answered', 'merged', 'forwarded', 'rejected'] as const);
const ThemeList = Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 });

export const SubmissionBody = Type.Object(
  {
    kind: SubmissionKind,
    title: BoundedText,
    fields: Type.Record(Type.String({ pattern: '^[A-Za-z]{1,40}$' }), BoundedText, { maxProperties: 10 }),
    themes: Type.Optional(ThemeList),
    /** Files stored with the submission in one transaction (attachments/check.ts decides what is allowed). */
    attachments: Type.Optional(AttachmentUploads),
  },
  strict,
);

export const SubmissionQuery = Type.Object(
  {
    status: Type.Optional(SubmissionStatus),
    theme: Type.Optional(Type.String({ maxLength: 60 })),
    kind: Type.Optional(SubmissionKind),
    ready: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);

export const SubmissionSchema = Type.Object({
  id: Uuid,
  bodyId: Uuid,
  bodyName: Type.String(),
  kind: SubmissionKind,
  status: SubmissionStatus,
  ownStatus: SubmissionStatus,
  title: Type.String(),
  fields: Type.Record(Type.String(), Type.String()),
  themes: Type.Array(Type.String()),
  submitterName: Type.String(),
  submitterRole: Type.String(),
  mine: Type.Boolean(),
  mergedInto: Nullable(Uuid),
  forwardedTo: Nullable(Type.String()),
  forwardDueOn: Nullable(Type.String()),
  rejectReason: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  outcomeAt: Nullable(Type.String()),
  readyForMeeting: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  assessmentId: Nullable(Uuid),
  recommendations: Type.Array(Type.Object({ id: Uuid, slug: Type.String(), title: Type.String(), status: Type.String() })),
  attachments: Type.Array(AttachmentSchema),
  /** Whether the reader may still add files: the submitter, while the case is 'received'. */
  canAddAttachments: Type.Boolean(),
});

export const MergeBody = Type.Object({ intoId: Uuid }, strict);
export const ForwardBody = Type.Object({ to: Type.String({ maxLength: 300 }), dueOn: Type.String({ format: 'date' }) }, strict);
export const ReasonBody = Type.Object({ reason: BoundedText }, strict);
export const ThemesBody = Type.Object({ themes: ThemeList }, strict);
export const ReadyBody = Type.Object({ ready: Type.Boolean() }, strict);
export const OutcomeBody = Type.Object({ text: BoundedText }, strict);

export const ThemeCatalogueSchema = Type.Array(Type.Object({ key: Type.String(), nb: Type.String(), en: Type.String() }));
