/** Request and response schemas of practice consultants' posts, hours and honoraria (ADR 0006, "Outreach"). */
import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, strict, Text, UserSummarySchema, Uuid } from '../visits/outreach-schemas.js';

export const PostBody = Type.Object(
  {
    userId: Uuid,
    sharePercent: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    hostOrganisationId: Uuid,
    periodFrom: IsoDate,
    periodTo: Type.Optional(Nullable(IsoDate)),
    honorariumPercent: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    baseNokPerHour: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100_000 }))),
    note: Type.Optional(Text(2000)),
  },
  strict,
);
export const PostChanges = Type.Partial(PostBody, { additionalProperties: false });

export const HoursBody = Type.Object(
  { workedOn: IsoDate, hours: Type.Number({ exclusiveMinimum: 0, maximum: 24, multipleOf: 0.25 }), activity: Text(500, 1), arenaId: Type.Optional(Nullable(Uuid)) },
  strict,
);
export const PeriodQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }, strict);

const PostFields = {
  id: Uuid,
  holder: UserSummarySchema,
  sharePercent: Type.Number(),
  hostOrganisation: Type.Object({ id: Uuid, name: Type.String() }),
  periodFrom: Type.String(),
  periodTo: Nullable(Type.String()),
  honorariumPercent: Type.Number(),
  baseNokPerHour: Nullable(Type.Number()),
  note: Type.String(),
};

export const PostListSchema = Type.Object({ posts: Type.Array(Type.Object(PostFields)), canCreate: Type.Boolean() });

export const PostDetailSchema = Type.Object({
  ...PostFields,
  canManage: Type.Boolean(),
  canLog: Type.Boolean(),
  arenas: Type.Array(Type.Object({ id: Uuid, kind: Type.String(), title: Type.String(), status: Type.String() })),
  from: Type.String(),
  to: Type.String(),
  hours: Type.Array(Type.Object({ id: Uuid, workedOn: Type.String(), hours: Type.Number(), activity: Type.String(), arenaId: Nullable(Uuid), arenaTitle: Nullable(Type.String()) })),
  honoraria: Type.Object({
    months: Type.Array(Type.Object({ month: Type.String(), hours: Type.Number(), honorariumNok: Nullable(Type.Number()) })),
    totalHours: Type.Number(),
    totalHonorariumNok: Nullable(Type.Number()),
    ratePerHourNok: Nullable(Type.Number()),
    honorariumPercent: Type.Number(),
    baseNokPerHour: Nullable(Type.Number()),
  }),
});

export const PostOptionsSchema = Type.Object({
  holders: Type.Array(UserSummarySchema),
  hosts: Type.Array(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
});
