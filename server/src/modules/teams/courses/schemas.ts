import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

/**
 * The course API's contract (docs/adr/0004-teams.md): requests, and the responses as they leave
 * the server — anything not declared here is dropped, the last filter before health data leaves.
 */
const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });
const Instant = Type.String({ format: 'date-time' });
const Text = (max: number, min = 0) => Type.String({ maxLength: max, minLength: min });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const WorkStatusSchema = literals(['working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other'] as const);
export const SessionKindSchema = literals(['assessment', 'start', 'regular', 'joint', 'end', 'refresher'] as const);
export const SessionStatusSchema = literals(['booked', 'held', 'cancelled', 'missed'] as const);
const Attendee = literals(['participant', 'therapist', 'job_specialist', 'gp', 'nav', 'employer'] as const);
const GoalArea = literals(['work', 'study', 'health', 'other'] as const);
const GoalStatus = literals(['open', 'in_progress', 'reached', 'dropped'] as const);
const Round = literals(['start', 'end', 'other'] as const);

export const IdParams = Type.Object({ id: Uuid });

export const SummaryBody = Type.Object({ text: Text(8000), basedOn: Type.Optional(Nullable(Instant)) }, { additionalProperties: false });
export const CoursePatchBody = Type.Object(
  {
    workStatus: Type.Optional(WorkStatusSchema),
    employerInvolved: Type.Optional(Type.Boolean()),
    jobSpecialistMemberId: Type.Optional(Nullable(Uuid)),
    sessionBudget: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const SessionBody = Type.Object(
  {
    kind: SessionKindSchema,
    startsAt: Instant,
    durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }),
    organisationId: Type.Optional(Nullable(Uuid)),
    /** Start and end sessions: the GP joins the last N minutes (default the team's); null: not invited. */
    gpLastMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 240 }))),
    pastReason: Type.Optional(Nullable(Text(1000))),
  },
  { additionalProperties: false },
);
export const SessionPatchBody = Type.Object(
  {
    status: Type.Optional(SessionStatusSchema),
    attendees: Type.Optional(Type.Array(Attendee, { maxItems: 6, uniqueItems: true })),
    note: Type.Optional(Nullable(Text(4000))),
    startsAt: Type.Optional(Instant),
    pastReason: Type.Optional(Nullable(Text(1000))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const GoalBody = Type.Object(
  { parentId: Type.Optional(Nullable(Uuid)), area: GoalArea, text: Text(1000, 1), status: Type.Optional(GoalStatus), targetDate: Type.Optional(Nullable(IsoDate)) },
  { additionalProperties: false },
);
export const GoalPatchBody = Type.Object(
  { area: Type.Optional(GoalArea), text: Type.Optional(Text(1000, 1)), status: Type.Optional(GoalStatus), targetDate: Type.Optional(Nullable(IsoDate)) },
  { additionalProperties: false, minProperties: 1 },
);
export const FormCreateBody = Type.Object({ templateKey: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), round: Round }, { additionalProperties: false });
export const FormValuesBody = Type.Object({ values: Type.Record(Type.String({ maxLength: 100 }), Type.Unknown()) }, { additionalProperties: false });
/** Each section is checked against its own limit (final-report.ts); this cap only bounds the request. */
const Section = Type.Optional(Nullable(Text(20_000)));
export const FinalReportBody = Type.Object(
  { background: Section, courseSummary: Section, functionAssessment: Section, goalsOutcome: Section, relapsePrevention: Section, recommendations: Section },
  { additionalProperties: false },
);
export const CloseBody = Type.Object(
  { outcome: literals(['completed', 'dropped_out'] as const), workStatusEnd: Type.Optional(Nullable(WorkStatusSchema)), reason: Type.Optional(Nullable(Text(1000))) },
  { additionalProperties: false },
);

const FinalReportSchema = Type.Object({
  background: Type.String(),
  courseSummary: Type.String(),
  functionAssessment: Type.String(),
  goalsOutcome: Type.String(),
  relapsePrevention: Type.String(),
  recommendations: Type.String(),
});
const Member = Nullable(Type.Object({ memberId: Uuid, name: Type.String() }));

export const SessionSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  status: Type.String(),
  startsAt: Type.String(),
  durationMinutes: Type.Integer(),
  organisationId: Nullable(Uuid),
  organisationName: Nullable(Type.String()),
  gpLastMinutes: Nullable(Type.Integer()),
  attendees: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  pastReason: Nullable(Type.String()),
  createdByName: Type.String(),
  gpTariff: Nullable(Type.Object({ code: Nullable(Type.String()), reason: Type.String(), text: Nullable(Type.String()), amountNok: Nullable(Type.Number()) })),
});

export const CourseViewSchema = Type.Object({
  id: Uuid,
  referralId: Uuid,
  team: Type.Object({ id: Uuid, name: Type.String(), kind: Type.String(), gpJoinsLastMinutes: Type.Integer() }),
  person: Nullable(Type.Object({ citizenId: Uuid, name: Type.String(), age: Nullable(Type.Integer()) })),
  status: Type.String(),
  startedOn: Type.String(),
  closedAt: Nullable(Type.String()),
  closureReason: Nullable(Type.String()),
  sessionBudget: Type.Integer(),
  refresherLimit: Type.Integer(),
  sessionsHeld: Type.Integer(),
  regularUsed: Type.Integer(),
  refreshersUsed: Type.Integer(),
  workStatusStart: Type.String(),
  workStatus: Type.String(),
  workStatusEnd: Nullable(Type.String()),
  employerInvolved: Type.Boolean(),
  therapist: Member,
  jobSpecialist: Member,
  referral: Nullable(
    Type.Object({
      id: Uuid,
      reason: Type.String(),
      outsideCriteriaReason: Nullable(Type.String()),
      sickLeaveStatus: Type.String(),
      sickLeaveGrade: Nullable(Type.Integer()),
      sickLeaveWeeks: Nullable(Type.Integer()),
      referredByName: Type.String(),
      referredAt: Type.String(),
    }),
  ),
  summary: Nullable(Type.Object({ text: Type.String(), updatedAt: Nullable(Type.String()), updatedByName: Nullable(Type.String()) })),
  sessions: Nullable(Type.Array(SessionSchema)),
  jointMeeting: Nullable(
    Type.Object({ applies: Type.Boolean(), cadence: Type.String(), due: Type.Boolean(), bookedAt: Nullable(Type.String()), sessionsLeft: Nullable(Type.Integer()), dueOn: Nullable(Type.String()) }),
  ),
  goals: Nullable(
    Type.Array(
      Type.Object({ id: Uuid, parentId: Nullable(Uuid), area: Type.String(), text: Type.String(), status: Type.String(), targetDate: Nullable(Type.String()), reachedAt: Nullable(Type.String()) }),
    ),
  ),
  forms: Nullable(
    Type.Array(
      Type.Object({
        id: Uuid,
        templateKey: Type.String(),
        templateVersion: Type.Integer(),
        title: Type.String(),
        round: Type.String(),
        values: Type.Record(Type.String(), Type.Unknown()),
        completedAt: Nullable(Type.String()),
        updatedByName: Nullable(Type.String()),
        updatedAt: Nullable(Type.String()),
      }),
    ),
  ),
  mappingComparison: Nullable(
    Type.Object({
      startFormId: Uuid,
      endFormId: Uuid,
      changes: Type.Array(
        Type.Object({
          fieldId: Type.String(),
          label: Type.String(),
          earlier: Nullable(Type.Number()),
          later: Nullable(Type.Number()),
          comparable: Type.Boolean(),
          change: Nullable(Type.Number()),
          direction: Nullable(Type.String()),
          meaning: Nullable(Type.String()),
        }),
      ),
    }),
  ),
  finalReport: Nullable(FinalReportSchema),
  finalReportAt: Nullable(Type.String()),
  finalReportMissing: Nullable(Type.Array(Type.String())),
  gpUpdates: Nullable(
    Type.Array(
      Type.Object({
        id: Uuid,
        kind: Type.String(),
        title: Type.String(),
        body: Type.String(),
        tariffHint: Nullable(Type.String()),
        sentToNav: Type.Boolean(),
        readAt: Nullable(Type.String()),
        createdAt: Type.String(),
        createdByName: Type.String(),
        courseId: Nullable(Uuid),
      }),
    ),
  ),
  consent: Nullable(Type.Object({ scope: Type.Array(Type.String()), givenOn: Type.String(), withdrawnAt: Nullable(Type.String()) })),
  jobSpecialists: Nullable(Type.Array(Type.Object({ memberId: Uuid, name: Type.String(), caseload: Type.Integer(), limit: Type.Integer() }))),
  allowedActions: Type.Array(Type.String()),
});

export const BoardSchema = Type.Object({
  team: Type.Object({ id: Uuid, name: Type.String() }),
  generatedAt: Type.String(),
  courses: Type.Array(
    Type.Object({
      courseId: Uuid,
      participant: Type.Object({ citizenId: Uuid, name: Type.String() }),
      therapistName: Nullable(Type.String()),
      jobSpecialistName: Nullable(Type.String()),
      startedOn: Type.String(),
      nextSession: Nullable(Type.Object({ startsAt: Type.String(), kind: Type.String() })),
      sessionsHeld: Type.Integer(),
      regularUsed: Type.Integer(),
      sessionBudget: Type.Integer(),
      openGoals: Type.Integer(),
      overdue: Type.Array(Type.String()),
    }),
  ),
});

export type SessionInput = Static<typeof SessionBody>;
export type SessionPatch = Static<typeof SessionPatchBody>;
export type CoursePatch = Static<typeof CoursePatchBody>;
export type GoalInput = Static<typeof GoalBody>;
export type GoalPatch = Static<typeof GoalPatchBody>;
export type FinalReportInput = Static<typeof FinalReportBody>;
export type CloseRequest = Static<typeof CloseBody>;
