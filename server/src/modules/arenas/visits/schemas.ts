/** Request and response schemas of visit rounds (the API contract in docs/adr/0006-arenas.md, "Outreach"). */
import { Type } from '@sinclair/typebox';
import { VISIT_FORMATS, VISIT_STAGES } from './domain/pipeline.js';
import { DateTime, IsoDate, Lit, MunicipalityNumber, Nullable, strict, Text, UserSummarySchema, Uuid } from './outreach-schemas.js';

export const Stage = Lit(VISIT_STAGES);
export const Format = Lit(VISIT_FORMATS);
const Minutes = Type.Integer({ minimum: 1, maximum: 600 });

export const RoundBody = Type.Object(
  {
    title: Text(200, 1),
    description: Type.Optional(Text(5000)),
    municipalityNumbers: Type.Array(MunicipalityNumber, { minItems: 1, maxItems: 60 }),
    hostOrganisationId: Type.Optional(Nullable(Uuid)),
    minMinutes: Type.Optional(Minutes),
    maxMinutes: Type.Optional(Minutes),
    defaultFormat: Type.Optional(Format),
  },
  strict,
);

export const RoundStatusBody = Type.Object({ status: Lit(['active', 'closed'] as const) }, strict);

export const MoveBody = Type.Object(
  {
    to: Stage,
    reason: Type.Optional(Nullable(Text(500))),
    visitAt: Type.Optional(Nullable(DateTime)),
    note: Type.Optional(Nullable(Text(1000))),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  strict,
);

export const DetailsBody = Type.Object(
  {
    format: Type.Optional(Format),
    formatNote: Type.Optional(Text(300)),
    lengthMinutes: Type.Optional(Nullable(Minutes)),
    visitAt: Type.Optional(Nullable(DateTime)),
    notes: Type.Optional(Text(10_000)),
    participantUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  strict,
);

export const FollowUpBody = Type.Object({ text: Text(1000, 1), ownerUserId: Uuid, dueOn: IsoDate }, strict);
export const FollowUpDoneBody = Type.Object({ done: Type.Boolean() }, strict);

const CoverageRowSchema = Type.Object({
  municipalityNumber: Type.String(),
  municipalityName: Nullable(Type.String()),
  offices: Type.Integer(),
  contacted: Type.Integer(),
  booked: Type.Integer(),
  done: Type.Integer(),
  declined: Type.Integer(),
  shareDonePercent: Type.Integer(),
});
export const CoverageSchema = Type.Object({ municipalities: Type.Array(CoverageRowSchema), total: CoverageRowSchema });

export const OfficeSchema = Type.Object({
  id: Uuid,
  organisation: Type.Object({ id: Uuid, name: Type.String(), phone: Nullable(Type.String()), municipalityNumber: Type.String(), municipalityName: Nullable(Type.String()) }),
  stage: Stage,
  allowedMoves: Type.Array(Stage),
  declineReason: Nullable(Type.String()),
  format: Format,
  formatNote: Type.String(),
  lengthMinutes: Nullable(Type.Integer()),
  visitAt: Nullable(Type.String()),
  notes: Type.String(),
  stageChangedAt: Nullable(Type.String()),
  version: Type.Integer(),
  participants: Type.Array(UserSummarySchema),
  followUps: Type.Array(Type.Object({ id: Uuid, text: Type.String(), owner: UserSummarySchema, dueOn: Type.String(), done: Type.Boolean(), overdue: Type.Boolean() })),
});

export const OfficeDetailSchema = Type.Composite([
  OfficeSchema,
  Type.Object({
    roundId: Uuid,
    history: Type.Array(Type.Object({ id: Uuid, from: Stage, to: Stage, note: Nullable(Type.String()), at: Type.String(), by: Type.String() })),
  }),
]);

const RoundHeader = {
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  status: Lit(['active', 'closed'] as const),
  municipalityNumbers: Type.Array(Type.String()),
  hostOrganisation: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  organiserUserId: Uuid,
  minMinutes: Type.Integer(),
  maxMinutes: Type.Integer(),
  defaultFormat: Format,
  createdAt: Type.String(),
};

export const RoundSummarySchema = Type.Object({ ...RoundHeader, total: CoverageRowSchema });
export const RoundSchema = Type.Object({
  ...RoundHeader,
  organiser: Nullable(UserSummarySchema),
  canManage: Type.Boolean(),
  coverage: CoverageSchema,
  offices: Type.Array(OfficeSchema),
});
export const StaffSchema = Type.Array(UserSummarySchema);
