import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';

/**
 * Request and response schemas of the arenas' core, series and calendar (ADR 0006): the API
 * contract. Responses list every field, so nothing undeclared leaves the server. Course schemas
 * are in schemas-courses.ts.
 */
export const strict = { additionalProperties: false } as const;
export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid }, strict);
export const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
export const HhMm = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
export const Instant = Type.String({ format: 'date-time' });

export const ArenaKindSchema = Lit(['small_group_series', 'course', 'joint_meeting', 'meeting_place', 'case_slots'] as const);
export const ArenaStatusSchema = Lit(['draft', 'open', 'closed', 'cancelled', 'completed'] as const);
export const SessionStatusSchema = Lit(['planned', 'held', 'cancelled'] as const);
export const ParticipantStatusSchema = Lit(['nominated', 'signed_up', 'waiting', 'cancelled', 'declined'] as const);
export const PartSchema = Lit(['participant', 'guest', 'speaker', 'co_organiser'] as const);

export const AgendaItemSchema = Type.Object(
  {
    kind: Lit(['talk', 'questions', 'cases', 'nav_measures', 'guest', 'other'] as const),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    minutes: Type.Integer({ minimum: 0, maximum: 600 }),
    by: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);
export const AgendaSchema = Type.Array(AgendaItemSchema, { maxItems: 30 });

export const AreaFields = {
  municipalityNumbers: Type.Array(Type.String({ maxLength: 4 }), { maxItems: 60 }),
  countyNumber: Type.Optional(Type.String({ maxLength: 2 })),
};

export const CommonCreateFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  location: Type.Optional(Type.String({ maxLength: 300 })),
  capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5000 }))),
  signupDeadline: Type.Optional(Nullable(Instant)),
  ...AreaFields,
};

const GuestSchema = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), organisation: Type.Optional(Type.String({ maxLength: 200 })), topic: Type.Optional(Type.String({ maxLength: 200 })) }, strict);
const FeeSchema = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20 }), rateNok: Type.Number({ minimum: 0, maximum: 100_000 }), unitMinutes: Type.Integer({ minimum: 1, maximum: 240 }) }, strict);
const RuleSchema = Type.Union([
  Type.Object({ pattern: Type.Literal('monthly_weekday'), weekday: Type.Integer({ minimum: 1, maximum: 7 }), week: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4), Type.Literal(-1)]) }, strict),
  Type.Object({ pattern: Type.Literal('every_n_weeks'), intervalWeeks: Type.Integer({ minimum: 1, maximum: 52 }) }, strict),
]);
const SessionInput = Type.Object(
  { startsAt: Instant, endsAt: Instant, title: Type.Optional(Type.String({ maxLength: 200 })), location: Type.Optional(Type.String({ maxLength: 300 })), agenda: Type.Optional(AgendaSchema) },
  strict,
);

export const CreateSeriesBody = Type.Object(
  {
    ...CommonCreateFields,
    rule: Type.Optional(
      Type.Object({ rule: RuleSchema, firstDate: IsoDate, count: Type.Integer({ minimum: 0, maximum: 100 }), startTime: HhMm, durationMinutes: Type.Integer({ minimum: 0, maximum: 1440 }) }, strict),
    ),
    sessions: Type.Optional(Type.Array(SessionInput, { maxItems: 50 })),
    holidays: Type.Optional(Lit(['move', 'skip', 'keep'] as const)),
    fee: Type.Optional(FeeSchema),
    agendaTemplate: Type.Optional(AgendaSchema),
    guests: Type.Optional(Type.Array(GuestSchema, { maxItems: 20 })),
    reminderHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 336 })),
    municipalPhysicianUserId: Type.Optional(Uuid),
    status: Type.Optional(Lit(['draft', 'open'] as const)),
  },
  strict,
);

export const UpdateArenaBody = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    location: Type.Optional(Type.String({ maxLength: 300 })),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5000 }))),
    signupDeadline: Type.Optional(Nullable(Instant)),
    status: Type.Optional(Lit(['draft', 'open', 'closed', 'completed'] as const)),
  },
  strict,
);

export const ReasonBody = Type.Object({ reason: Type.String({ maxLength: 2000 }) }, strict);
export const AddSessionBody = SessionInput;
export const AgendaBody = Type.Object({ items: AgendaSchema }, strict);
export const SignUpBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000 })) }, strict);
export const UserBody = Type.Object({ userId: Uuid }, strict);
export const NominationBody = Type.Object({ userId: Uuid, note: Type.Optional(Type.String({ maxLength: 2000 })) }, strict);
export const NominationAnswerBody = Type.Object({ accept: Type.Boolean() }, strict);
export const InvitationBody = Type.Object({ message: Type.Optional(Type.String({ maxLength: 2000 })) }, strict);
export const AttendanceBody = Type.Object(
  { records: Type.Array(Type.Object({ participantId: Uuid, attended: Type.Boolean(), minutes: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1440 }))) }, strict), { minItems: 1, maxItems: 500 }) },
  strict,
);
export const ProposalBody = Type.Object({ kind: Lit(['topic', 'case'] as const), title: Type.String({ maxLength: 200 }), text: Type.Optional(Type.String({ maxLength: 5000 })) }, strict);
export const AcceptProposalBody = Type.Object({ sessionId: Uuid, minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })) }, strict);
export const ListQuery = Type.Object({ scope: Type.Optional(Lit(['mine', 'open', 'all'] as const)), kind: Type.Optional(ArenaKindSchema) }, strict);
export const FeeClaimQuery = Type.Object({ participantId: Type.Optional(Uuid) }, strict);
export const CalendarQuery = Type.Object(
  { county: Type.Optional(Type.String({ pattern: '^\\d{2}$' })), from: Type.Optional(IsoDate), to: Type.Optional(IsoDate), kind: Type.Optional(ArenaKindSchema) },
  strict,
);

// Responses
export const SessionSchema = Type.Object({
  id: Uuid,
  ordinal: Type.Integer(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  minutes: Type.Integer(),
  title: Type.String(),
  location: Type.String(),
  agenda: Type.Array(Type.Object({ kind: Type.String(), title: Type.String(), minutes: Type.Integer(), by: Type.Optional(Type.String()) })),
  status: SessionStatusSchema,
  cancelReason: Nullable(Type.String()),
});

export const ArenaSummarySchema = Type.Object({
  id: Uuid,
  kind: ArenaKindSchema,
  title: Type.String(),
  status: ArenaStatusSchema,
  location: Type.String(),
  countyNumber: Nullable(Type.String()),
  municipalityNumbers: Type.Array(Type.String()),
  capacity: Nullable(Type.Integer()),
  signedUp: Type.Integer(),
  waiting: Type.Integer(),
  signupDeadline: Nullable(Type.String()),
  nextSessionAt: Nullable(Type.String()),
  sessionCount: Type.Integer(),
  myStatus: Nullable(ParticipantStatusSchema),
  myPart: Nullable(PartSchema),
  canManage: Type.Boolean(),
});

export const PersonRef = Type.Object({ userId: Uuid, name: Type.String(), role: Type.String() });

export const SeriesSettingsSchema = Type.Object({
  holidays: Type.String(),
  fee: Type.Object({ code: Type.String(), rateNok: Type.Number(), unitMinutes: Type.Integer() }),
  agendaTemplate: Type.Array(Type.Object({ kind: Type.String(), title: Type.String(), minutes: Type.Integer(), by: Type.Optional(Type.String()) })),
  guests: Type.Array(Type.Object({ name: Type.String(), organisation: Type.Optional(Type.String()), topic: Type.Optional(Type.String()) })),
  reminderHours: Type.Integer(),
});

export const CourseSettingsSchema = Type.Object({
  overnightStay: Type.Boolean(),
  accommodation: Type.String(),
  coursePoints: Nullable(Type.Number()),
  approval: Type.Object({ status: Type.String(), by: Type.String() }),
  gpPriority: Type.Boolean(),
  allocation: Type.String(),
  reminderHours: Type.Integer(),
});

export const ArenaDetailSchema = Type.Object({
  ...ArenaSummarySchema.properties,
  description: Type.String(),
  cancelReason: Nullable(Type.String()),
  organiser: PersonRef,
  hostOrganisation: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  coOrganisers: Type.Array(PersonRef),
  series: Nullable(SeriesSettingsSchema),
  course: Nullable(CourseSettingsSchema),
  sessions: Type.Array(SessionSchema),
  invitations: Type.Array(Type.Object({ id: Uuid, viaName: Type.String(), sentAt: Type.String(), recipientCount: Type.Integer() })),
  me: Type.Object({
    canManage: Type.Boolean(),
    canSignUp: Type.Boolean(),
    signupRefusal: Nullable(Type.String()),
    canPropose: Type.Boolean(),
    canNominate: Type.Boolean(),
    participantId: Nullable(Uuid),
    status: Nullable(ParticipantStatusSchema),
    part: Nullable(PartSchema),
    waitingPlace: Nullable(Type.Integer()),
    feeClaim: Type.Boolean(),
  }),
});

export const SignUpResultSchema = Type.Object({
  participantId: Uuid,
  status: ParticipantStatusSchema,
  waitingPlace: Nullable(Type.Integer()),
  notice: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
});

export const ParticipantSchema = Type.Object({
  id: Uuid,
  userId: Uuid,
  name: Type.String(),
  role: Type.String(),
  organisationName: Nullable(Type.String()),
  municipalityNumber: Nullable(Type.String()),
  part: PartSchema,
  status: ParticipantStatusSchema,
  waitingPlace: Nullable(Type.Integer()),
  isGp: Type.Boolean(),
  isNav: Type.Boolean(),
  nominatedByName: Nullable(Type.String()),
  note: Type.String(),
  signedUpAt: Nullable(Type.String()),
  attendance: Type.Array(Type.Object({ sessionId: Uuid, attended: Type.Boolean(), minutes: Nullable(Type.Integer()) })),
});

export const CandidateSchema = Type.Object({ userId: Uuid, name: Type.String(), organisationName: Nullable(Type.String()) });

export const ProposalSchema = Type.Object({
  id: Uuid,
  kind: Lit(['topic', 'case'] as const),
  title: Type.String(),
  text: Type.String(),
  proposerName: Type.String(),
  proposerRole: Type.String(),
  mine: Type.Boolean(),
  status: Lit(['proposed', 'accepted', 'declined'] as const),
  sessionId: Nullable(Uuid),
  createdAt: Type.String(),
});

export const InvitationResultSchema = Type.Object({ id: Uuid, viaName: Type.String(), recipientCount: Type.Integer(), sentAt: Type.String() });

export const FeeClaimSchema = Type.Object({
  participantId: Uuid,
  name: Type.String(),
  hprNumber: Nullable(Type.Integer()),
  code: Type.String(),
  rateNok: Type.Number(),
  unitMinutes: Type.Integer(),
  lines: Type.Array(Type.Object({ ordinal: Type.Integer(), date: Type.String(), title: Type.String(), minutes: Type.Integer(), units: Type.Integer(), amountNok: Type.Number() })),
  totalMinutes: Type.Integer(),
  totalUnits: Type.Integer(),
  totalNok: Type.Number(),
});

export const MySessionSchema = Type.Object({
  sessionId: Uuid,
  arenaId: Uuid,
  arenaTitle: Type.String(),
  kind: ArenaKindSchema,
  ordinal: Type.Integer(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  status: SessionStatusSchema,
  myStatus: Nullable(ParticipantStatusSchema),
  organiser: Type.Boolean(),
});

export const CountySessionSchema = Type.Object({
  sessionId: Uuid,
  arenaId: Uuid,
  arenaTitle: Type.String(),
  kind: ArenaKindSchema,
  ordinal: Type.Integer(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  status: SessionStatusSchema,
  arenaStatus: ArenaStatusSchema,
  capacity: Nullable(Type.Integer()),
  signedUp: Type.Integer(),
});

export const CountyCalendarSchema = Type.Object({
  county: Type.String(),
  countyName: Nullable(Type.String()),
  from: Type.String(),
  to: Type.String(),
  sessions: Type.Array(CountySessionSchema),
});
