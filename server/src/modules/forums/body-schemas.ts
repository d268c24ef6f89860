import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';

/**
 * Request and response schemas of bodies, members and hours (ADR 0005): the API contract.
 * Responses declare every field that may leave the server; anything else is dropped.
 */
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
const IsoDate = Type.String({ format: 'date' });
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const strict = { additionalProperties: false } as const;

export const BodyKind = Lit(['forum', 'committee', 'lsu', 'alu', 'working_group'] as const);
export const MemberRole = Lit(['leader', 'secretary', 'member', 'deputy'] as const);
export const AppointedHow = Lit(['elected', 'appointed', 'co_opted', 'network'] as const);

export const CompositionRuleSchema = Type.Object(
  {
    key: Text(60, 1),
    nb: Text(300),
    en: Text(300),
    represents: Text(60),
    count: Type.Integer({ minimum: 0, maximum: 1000 }),
    perRegion: Type.Optional(Type.Boolean()),
    termYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    appointedBy: Type.Optional(Text(200)),
  },
  strict,
);

export const BodyBody = Type.Object(
  {
    kind: BodyKind,
    name: Text(200),
    slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }),
    mandate: Type.Optional(Text(10_000)),
    owner: Type.Optional(Text(300)),
    compositionRules: Type.Optional(Type.Array(CompositionRuleSchema, { maxItems: 30 })),
    quorum: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 200 }))),
    honorariumPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    honorariumBaseNokPerHour: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100_000 }))),
    openMeetingsPerYear: Type.Optional(Type.Integer({ minimum: 0, maximum: 52 })),
    active: Type.Optional(Type.Boolean()),
  },
  strict,
);

export const BodySummarySchema = Type.Object({
  id: Uuid,
  kind: BodyKind,
  name: Type.String(),
  slug: Type.String(),
  mandate: Type.String(),
  active: Type.Boolean(),
  myRole: Nullable(Type.String()),
  termCurrent: Nullable(Type.Boolean()),
});

export const MemberSchema = Type.Object({
  id: Uuid,
  userId: Nullable(Uuid),
  name: Type.String(),
  represents: Type.String(),
  region: Nullable(Type.String()),
  role: MemberRole,
  appointedHow: AppointedHow,
  appointedBy: Nullable(Type.String()),
  termStart: Type.String(),
  termEnd: Nullable(Type.String()),
  current: Type.Boolean(),
});

const RuleCheckSchema = Type.Object({
  key: Type.String(),
  nb: Type.String(),
  en: Type.String(),
  represents: Type.String(),
  wanted: Type.Integer(),
  filled: Type.Integer(),
  vacancies: Type.Integer(),
  excess: Type.Integer(),
  termTooLong: Type.Array(Uuid),
  ok: Type.Boolean(),
});

export const BodyDetailSchema = Type.Object({
  id: Uuid,
  kind: BodyKind,
  name: Type.String(),
  slug: Type.String(),
  mandate: Type.String(),
  owner: Type.String(),
  compositionRules: Type.Array(CompositionRuleSchema),
  quorum: Nullable(Type.Integer()),
  honorariumPercent: Type.Number(),
  honorariumBaseNokPerHour: Nullable(Type.Number()),
  openMeetingsPerYear: Type.Integer(),
  active: Type.Boolean(),
  myRole: Type.String(),
  myMemberId: Nullable(Uuid),
  canManage: Type.Boolean(),
  members: Type.Array(MemberSchema),
  composition: Type.Object({
    rules: Type.Array(RuleCheckSchema),
    termsEnding: Type.Array(Type.Object({ memberId: Uuid, name: Type.String(), termEnd: Type.String() })),
    unmatched: Type.Array(Uuid),
    ok: Type.Boolean(),
  }),
});

export const MemberBody = Type.Object(
  {
    userId: Type.Optional(Nullable(Uuid)),
    name: Text(200),
    represents: Text(60),
    region: Type.Optional(Nullable(Text(100))),
    role: MemberRole,
    appointedHow: AppointedHow,
    appointedBy: Type.Optional(Nullable(Text(200))),
    termStart: IsoDate,
    termEnd: Type.Optional(Nullable(IsoDate)),
  },
  strict,
);

export const HoursBody = Type.Object(
  { workedOn: IsoDate, hours: Type.Number(), meetingId: Type.Optional(Nullable(Uuid)), note: Type.Optional(Nullable(Text(500))) },
  strict,
);

export const HoursQuery = Type.Object({ from: IsoDate, to: IsoDate });

export const HoursReportSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  honorariumPercent: Type.Number(),
  baseNokPerHour: Nullable(Type.Number()),
  ratePerHourNok: Nullable(Type.Number()),
  members: Type.Array(Type.Object({ memberId: Uuid, name: Type.String(), represents: Type.String(), hours: Type.Number(), honorariumNok: Nullable(Type.Number()) })),
  totalHours: Type.Number(),
  totalHonorariumNok: Nullable(Type.Number()),
});
