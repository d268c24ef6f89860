/** Request and response schemas of joint meetings and meeting places (ADR 0006, "Outreach"). */
import { Type } from '@sinclair/typebox';
import { DateTime, IsoDate, Lit, MunicipalityNumber, Nullable, strict, Text, UserSummarySchema, Uuid } from '../visits/outreach-schemas.js';

const Side = Lit(['gp', 'nav'] as const);

export const SessionBody = Type.Object({ startsAt: DateTime, endsAt: DateTime, title: Type.Optional(Text(200)), location: Type.Optional(Text(300)) }, strict);

export const JointMeetingBody = Type.Object(
  {
    kind: Lit(['joint_meeting', 'meeting_place'] as const),
    title: Text(200, 1),
    description: Type.Optional(Text(10_000)),
    municipalityNumbers: Type.Array(MunicipalityNumber, { minItems: 1, maxItems: 60 }),
    countyNumber: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
    hostOrganisationId: Type.Optional(Nullable(Uuid)),
    location: Type.Optional(Text(300)),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5000 }))),
    signupDeadline: Type.Optional(Nullable(DateTime)),
    eveningSlots: Type.Optional(Type.Boolean()),
    countsTowardsSpecialisation: Type.Optional(Type.Boolean()),
    specialisationNote: Type.Optional(Text(500)),
    sessions: Type.Array(SessionBody, { maxItems: 24 }),
  },
  strict,
);

export const SettingsSchema = Type.Object({ eveningSlots: Type.Boolean(), countsTowardsSpecialisation: Type.Boolean(), specialisationNote: Type.String() });
export const SettingsBody = Type.Object(
  { eveningSlots: Type.Optional(Type.Boolean()), countsTowardsSpecialisation: Type.Optional(Type.Boolean()), specialisationNote: Type.Optional(Text(500)) },
  strict,
);

export const ProposalBody = Type.Object({ title: Text(200, 1), description: Type.Optional(Text(4000)), side: Type.Optional(Side) }, strict);
export const DecisionBody = Type.Object(
  { accept: Type.Boolean(), sessionId: Type.Optional(Uuid), minutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 240 })), note: Type.Optional(Text(1000)) },
  strict,
);

export const JointMeetingSchema = Type.Object({
  id: Uuid,
  kind: Lit(['joint_meeting', 'meeting_place'] as const),
  title: Type.String(),
  description: Type.String(),
  status: Type.String(),
  location: Type.String(),
  municipalityNumbers: Type.Array(Type.String()),
  countyNumber: Nullable(Type.String()),
  capacity: Nullable(Type.Integer()),
  signedUp: Type.Integer(),
  signupDeadline: Nullable(Type.String()),
  organiser: Nullable(UserSummarySchema),
  hostOrganisation: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  settings: SettingsSchema,
  sessions: Type.Array(
    Type.Object({
      id: Uuid,
      ordinal: Type.Integer(),
      startsAt: Type.String(),
      endsAt: Type.String(),
      title: Type.String(),
      location: Type.String(),
      status: Type.String(),
      evening: Type.Boolean(),
      agenda: Type.Array(Type.Object({ kind: Type.String(), title: Type.String(), minutes: Type.Number(), by: Nullable(Type.String()) })),
    }),
  ),
  proposals: Type.Array(
    Type.Object({
      id: Uuid,
      side: Side,
      title: Type.String(),
      description: Type.String(),
      status: Lit(['proposed', 'accepted', 'declined'] as const),
      proposedBy: Nullable(UserSummarySchema),
      sessionId: Nullable(Uuid),
      decisionNote: Nullable(Type.String()),
      createdAt: Type.String(),
    }),
  ),
  canManage: Type.Boolean(),
  mySide: Side,
});

export const StatisticsQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }, strict);
export const StatisticsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  gpOffices: Type.Integer(),
  sickLeave: Type.Object({ openCases: Type.Integer(), startedInPeriod: Type.Integer(), byWeeks: Type.Array(Type.Object({ band: Type.String(), cases: Type.Integer() })) }),
  dialogue: Type.Object({ requests: Type.Integer(), answered: Type.Integer(), answeredOnTimePercent: Type.Integer(), medianReplyDays: Nullable(Type.Number()) }),
  meetings: Type.Object({ held: Type.Integer(), gpInvited: Type.Integer(), gpAttended: Type.Integer(), gpInvitedPercent: Type.Integer(), gpAttendedPercent: Type.Integer() }),
});

export const JointMeetingSummarySchema = Type.Object({
  id: Uuid,
  kind: Lit(['joint_meeting', 'meeting_place'] as const),
  title: Type.String(),
  status: Type.String(),
  location: Type.String(),
  settings: SettingsSchema,
  nextStartsAt: Nullable(Type.String()),
});
