/** Request and response schemas of case slots (ADR 0006, "Outreach"). */
import { Type } from '@sinclair/typebox';
import { DateTime, IsoDate, Lit, Nullable, strict, Text, UserSummarySchema, Uuid } from '../visits/outreach-schemas.js';

export const BookingBody = Type.Object(
  {
    gpUserId: Uuid,
    firstDate: IsoDate,
    startTime: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
    durationMinutes: Type.Integer({ minimum: 1, maximum: 600 }),
    perMonth: Type.Integer({ minimum: 1, maximum: 2 }),
    count: Type.Integer({ minimum: 1, maximum: 100 }),
    title: Type.Optional(Text(200)),
    location: Type.Optional(Text(300)),
    casesPerSlot: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  },
  strict,
);

export const SlotCaseBody = Type.Object({ caseId: Uuid, note: Type.Optional(Text(2000)) }, strict);
export const SlotCaseChanges = Type.Object({ status: Type.Optional(Lit(['listed', 'discussed'] as const)), note: Type.Optional(Text(2000)) }, strict);

const PlaceKind = Lit(['nav_office', 'gp_office', 'workplace', 'video', 'other'] as const);
export const ToMeetingBody = Type.Object(
  {
    kind: Lit(['dm2', 'dm3', 'aap'] as const),
    startsAt: DateTime,
    durationMinutes: Type.Integer({ minimum: 15, maximum: 480 }),
    place: Type.Object({ kind: PlaceKind, text: Type.Optional(Nullable(Text(500))), videoUrl: Type.Optional(Nullable(Text(2000))) }, strict),
    purpose: Type.Optional(Text(2000)),
    agenda: Type.Optional(Text(4000)),
    confirmOverlap: Type.Optional(Type.Boolean()),
  },
  strict,
);

const Person = Type.Object({ userId: Uuid, name: Type.String() });
export const SlotListSchema = Type.Array(
  Type.Object({ id: Uuid, title: Type.String(), status: Type.String(), adviser: Person, gp: Person, perMonth: Type.Integer(), nextStartsAt: Nullable(Type.String()), mine: Lit(['adviser', 'gp'] as const) }),
);

export const SlotCaseSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  citizen: Type.Object({ id: Uuid, name: Type.String() }),
  firstDay: Type.String(),
  caseStatus: Type.String(),
  status: Lit(['listed', 'discussed', 'to_meeting'] as const),
  note: Type.String(),
  dialogueMeetingId: Nullable(Uuid),
});

export const CaseSlotsSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: Type.String(),
  location: Type.String(),
  perMonth: Type.Integer(),
  casesPerSlot: Type.Integer(),
  adviser: Nullable(UserSummarySchema),
  gp: Nullable(UserSummarySchema),
  me: Lit(['adviser', 'gp'] as const),
  sessions: Type.Array(
    Type.Object({ id: Uuid, ordinal: Type.Integer(), startsAt: Type.String(), endsAt: Type.String(), status: Type.String(), upcoming: Type.Boolean(), cases: Type.Array(SlotCaseSchema) }),
  ),
});

export const CandidatesSchema = Type.Array(Type.Object({ caseId: Uuid, firstDay: Type.String(), citizen: Type.Object({ id: Uuid, name: Type.String() }) }));

/** GPs an adviser may book slots with: the GPs of the offices the adviser's office serves. */
export const GpOptionsSchema = Type.Array(Type.Object({ userId: Uuid, name: Type.String(), officeName: Nullable(Type.String()) }));
