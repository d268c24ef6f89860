/** What the meetings, coverage and annual routes send: anything not declared here is dropped. */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

const Uuid = Type.String({ format: 'uuid' });
const MeetingKind = Type.Union([Type.Literal('ordinary'), Type.Literal('open_thematic')]);
const MeetingStatus = Type.Union([Type.Literal('planned'), Type.Literal('held'), Type.Literal('cancelled')]);

export const QuorumSchema = Type.Object({ met: Type.Boolean(), needed: Type.Integer(), present: Type.Integer() });

const meetingFields = {
  id: Uuid,
  bodyId: Uuid,
  kind: MeetingKind,
  title: Type.String(),
  theme: Nullable(Type.String()),
  startsAt: Type.String(),
  durationMinutes: Type.Integer(),
  place: Nullable(Type.String()),
  capacity: Nullable(Type.Integer()),
  status: MeetingStatus,
  registered: Type.Integer(),
};

export const MeetingSummarySchema = Type.Object({ ...meetingFields, items: Type.Integer() });

export const MeetingListSchema = Type.Object({
  meetings: Type.Array(MeetingSummarySchema),
  openMeetings: Type.Object({ year: Type.Integer(), wanted: Type.Integer(), held: Type.Integer(), planned: Type.Integer(), met: Type.Boolean() }),
});

export const MeetingSchema = Type.Object({
  ...meetingFields,
  items: Type.Integer(),
  body: Type.Object({ id: Uuid, name: Type.String() }),
  minutesText: Nullable(Type.String()),
  agenda: Type.Array(
    Type.Object({ id: Uuid, position: Type.Integer(), submissionId: Nullable(Uuid), recommendationId: Nullable(Uuid), title: Type.String(), decision: Nullable(Type.String()) }),
  ),
  members: Type.Array(Type.Object({ id: Uuid, name: Type.String(), represents: Type.String(), role: Type.String(), present: Type.Boolean(), hours: Nullable(Type.Number()) })),
  quorum: QuorumSchema,
  registrations: Nullable(Type.Array(Type.Object({ id: Uuid, name: Type.String(), email: Nullable(Type.String()), organisation: Nullable(Type.String()), at: Type.String() }))),
  canManage: Type.Boolean(),
});

/** An upcoming open meeting as anyone sees it: no registrants' names. */
export const PublicMeetingSchema = Type.Object({
  ...meetingFields,
  body: Type.Object({ name: Type.String(), slug: Type.String() }),
  spotsLeft: Nullable(Type.Integer()),
});

const KindCounts = { deviation: Type.Integer(), proposal: Type.Integer(), total: Type.Integer() };
export const CoverageSchema = Type.Object({
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  received: Type.Object(KindCounts),
  byTheme: Type.Array(Type.Object({ theme: Type.String(), ...KindCounts })),
  byStatus: Type.Array(Type.Object({ status: Type.String(), ...KindCounts })),
  timeToOutcome: Type.Object({ count: Type.Integer(), medianDays: Nullable(Type.Number()) }),
  deviationsCovered: Type.Object({ covered: Type.Integer(), total: Type.Integer(), percent: Nullable(Type.Number()) }),
});

const AnnualKind = Type.Union([Type.Literal('plan'), Type.Literal('report')]);
export const AnnualDocumentSchema = Type.Object({
  year: Type.Integer(),
  kind: AnnualKind,
  text: Type.String(),
  generatedText: Type.String(),
  saved: Type.Boolean(),
  publishedAt: Nullable(Type.String()),
  updatedBy: Nullable(Type.String()),
});

export const PublicAnnualSchema = Type.Object({
  body: Type.Object({ name: Type.String(), slug: Type.String() }),
  year: Type.Integer(),
  kind: AnnualKind,
  text: Type.String(),
  publishedAt: Type.String(),
});
