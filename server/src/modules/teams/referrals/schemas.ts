import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

/**
 * Request and response schemas of teams, referrals, intake and consent (ADR 0004): the API
 * contract. Responses declare every field that may leave the server; anything else is dropped.
 */
const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });
const Text = (max: number) => Type.String({ maxLength: max });
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const TeamKind = Lit(['work_focus', 'diabetes', 'dementia', 'geriatric', 'rehabilitation', 'other'] as const);
export const MemberRole = Lit(['team_lead', 'cognitive_therapist', 'job_specialist', 'nav_adviser', 'nurse', 'resource_doctor', 'other'] as const);
export const ReferralPolicy = Lit(['gp_only', 'gp_approval'] as const);
export const Recipient = Lit(['therapist', 'job_specialist', 'nav', 'employer'] as const);
export const WorkStatus = Lit(['working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other'] as const);
const ReferralStatus = Lit(['pending_gp_approval', 'submitted', 'waiting', 'accepted', 'declined', 'withdrawn'] as const);
const SickLeaveStatus = Lit(['at_risk', 'sick_listed_full', 'sick_listed_graded'] as const);

export const IdParams = Type.Object({ id: Uuid });
const Criterion = Type.Object({ key: Text(60), nb: Text(500), en: Text(500), required: Type.Boolean() }, { additionalProperties: false });

export const TeamBody = Type.Object(
  {
    kind: TeamKind,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Nullable(Text(2000))),
    trialSite: Type.Optional(Nullable(Text(200))),
    hostOrganisationId: Type.Optional(Nullable(Uuid)),
    servedOrganisationIds: Type.Array(Uuid, { maxItems: 200 }),
    criteria: Type.Optional(Type.Array(Criterion, { maxItems: 30 })),
    ageMin: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 120 }))),
    ageMax: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 120 }))),
    maxSickLeaveWeeks: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 104 }))),
    referralPolicy: ReferralPolicy,
    capacity: Type.Integer({ minimum: 0, maximum: 10_000 }),
    sessionBudget: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    refresherLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
    firstSessionTargetDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    jobSpecialistCaseload: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    jointMeetingCadence: Type.Optional(Lit(['every_4th_session', 'monthly'] as const)),
    gpJoinsLastMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
export const MembersBody = Type.Object(
  {
    members: Type.Array(
      Type.Object(
        {
          userId: Uuid,
          role: MemberRole,
          presence: Type.Array(Type.Object({ organisationId: Uuid, weekday: Type.Integer({ minimum: 1, maximum: 7 }), from: Time, to: Time }, { additionalProperties: false }), { maxItems: 14 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);

export const CapacitySchema = Type.Object({ places: Type.Integer(), active: Type.Integer(), free: Type.Integer(), waiting: Type.Integer(), pendingIntake: Type.Integer() });
const CriterionView = Type.Object({ key: Type.String(), nb: Type.String(), en: Type.String(), required: Type.Boolean() });
const Named = Type.Object({ id: Uuid, name: Type.String() });

export const TeamSummarySchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  trialSite: Nullable(Type.String()),
  active: Type.Boolean(),
  referralPolicy: Type.String(),
  capacity: CapacitySchema,
  myRoles: Type.Array(Type.String()),
});

export const TeamDetailSchema = Type.Object({
  ...TeamSummarySchema.properties,
  hostOrganisationId: Nullable(Uuid),
  hostOrganisation: Nullable(Named),
  servedOrganisations: Type.Array(Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() })),
  criteria: Type.Array(CriterionView),
  ageMin: Nullable(Type.Integer()),
  ageMax: Nullable(Type.Integer()),
  maxSickLeaveWeeks: Nullable(Type.Integer()),
  sessionBudget: Type.Integer(),
  refresherLimit: Type.Integer(),
  firstSessionTargetDays: Type.Integer(),
  jobSpecialistCaseload: Type.Integer(),
  jointMeetingCadence: Type.String(),
  gpJoinsLastMinutes: Type.Integer(),
  members: Type.Array(
    Type.Object({
      id: Uuid,
      userId: Uuid,
      name: Type.String(),
      role: Type.String(),
      active: Type.Boolean(),
      presence: Type.Array(Type.Object({ organisationId: Uuid, organisationName: Type.String(), weekday: Type.Integer(), from: Type.String(), to: Type.String() })),
    }),
  ),
});

export const CandidatesSchema = Type.Array(Type.Object({ userId: Uuid, name: Type.String(), role: Type.String(), organisationName: Nullable(Type.String()) }));

export const DraftQuery = Type.Object({ citizenId: Uuid, caseId: Type.Optional(Uuid) }, { additionalProperties: false });
const SickLeave = Type.Object({ status: SickLeaveStatus, grade: Nullable(Type.Integer()), weeks: Nullable(Type.Integer()) });
export const DraftSchema = Type.Object({
  person: Type.Object({ citizenId: Uuid, name: Type.String(), age: Type.Integer() }),
  caseId: Nullable(Uuid),
  sickLeave: Type.Object({ ...SickLeave.properties, firstDay: Nullable(Type.String()) }),
  navOffice: Nullable(Named),
  teams: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.String(),
      name: Type.String(),
      description: Nullable(Type.String()),
      criteria: Type.Array(CriterionView),
      ageMin: Nullable(Type.Integer()),
      ageMax: Nullable(Type.Integer()),
      maxSickLeaveWeeks: Nullable(Type.Integer()),
      referralPolicy: Type.String(),
      capacity: CapacitySchema,
      waitingPosition: Nullable(Type.Integer()),
      expectedStart: Nullable(Type.String()),
      alreadyReferred: Nullable(Lit(['referral', 'course'] as const)),
    }),
  ),
});

export const ReferralBody = Type.Object(
  {
    teamId: Uuid,
    citizenId: Uuid,
    caseId: Type.Optional(Uuid),
    criteria: Type.Record(Type.String({ maxLength: 60 }), Type.Boolean()),
    outsideCriteriaReason: Type.Optional(Text(2000)),
    reason: Text(1000),
    // Optional in the schema so a referral without consent gets its own code, not a generic 400.
    consent: Type.Optional(Type.Object({ scope: Type.Array(Recipient, { maxItems: 4 }), givenOn: Type.Optional(IsoDate) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export const ReferralCreatedSchema = Type.Object({
  id: Uuid,
  status: ReferralStatus,
  waitingPosition: Nullable(Type.Integer()),
  expectedStart: Nullable(Type.String()),
  outsideCriteria: Type.Boolean(),
});

export const ConsentSchema = Type.Object({
  id: Uuid,
  scope: Type.Array(Recipient),
  givenOn: Type.String(),
  recordedByName: Type.String(),
  withdrawnAt: Nullable(Type.String()),
  withdrawnByName: Nullable(Type.String()),
});

export const ReferralViewSchema = Type.Object({
  id: Uuid,
  team: Type.Object({ id: Uuid, name: Type.String(), kind: Type.String() }),
  person: Nullable(Type.Object({ citizenId: Uuid, name: Type.String(), age: Type.Integer() })),
  status: ReferralStatus,
  referredByName: Type.String(),
  createdAt: Type.String(),
  criteria: Type.Array(CriterionView),
  criteriaAnswers: Type.Record(Type.String(), Type.Boolean()),
  outsideCriteriaReason: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  sickLeave: Nullable(SickLeave),
  ageAtReferral: Nullable(Type.Integer()),
  waitingPosition: Nullable(Type.Integer()),
  expectedStart: Nullable(Type.String()),
  gpApprovedAt: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  recommendation: Nullable(Type.String()),
  consent: Nullable(ConsentSchema),
  courseId: Nullable(Uuid),
  course: Nullable(Type.Object({ id: Uuid, status: Type.String() })),
});

export const PlacementSchema = Type.Object({ status: ReferralStatus, waitingPosition: Nullable(Type.Integer()), expectedStart: Nullable(Type.String()) });
export const IntakeSchema = Type.Object({ submitted: Type.Array(ReferralViewSchema), waiting: Type.Array(ReferralViewSchema), recent: Type.Array(ReferralViewSchema) });

export const AcceptBody = Type.Object(
  {
    firstSession: Type.Object(
      { startsAt: Type.String({ format: 'date-time' }), durationMinutes: Type.Integer({ minimum: 5, maximum: 480 }), organisationId: Type.Optional(Uuid) },
      { additionalProperties: false },
    ),
    therapistMemberId: Type.Optional(Uuid),
    workStatusStart: WorkStatus,
    sessionBudget: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export const AcceptedSchema = Type.Object({ referralId: Uuid, courseId: Uuid, sessionId: Uuid, status: Type.Literal('accepted'), lateStart: Type.Boolean(), targetBy: Type.String() });
export const DecisionBody = Type.Object({ reason: Text(2000), recommendation: Type.Optional(Nullable(Text(2000))) }, { additionalProperties: false });

export const ConsentBody = Type.Object({ scope: Type.Array(Recipient, { maxItems: 4 }), givenOn: Type.Optional(IsoDate) }, { additionalProperties: false });
export const ConsentChangedSchema = Type.Object({ consent: Nullable(ConsentSchema), courseEnded: Type.Boolean() });

const UpdateSchema = Type.Object({
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
});
// The final report's sections belong to the courses part (domain/final-report.ts): passed on as written.
const FinalReport = Nullable(Type.Record(Type.String(), Type.Unknown()));
export const GpReferralsSchema = Type.Object({
  referrals: Type.Array(Type.Object({ ...ReferralViewSchema.properties, updates: Type.Array(UpdateSchema), unread: Type.Integer(), finalReport: FinalReport })),
});
export const ReadSchema = Type.Object({ id: Uuid, readAt: Type.String() });

export const MyCoursesSchema = Type.Object({
  referrals: Type.Array(ReferralViewSchema),
  courses: Type.Array(
    Type.Object({
      id: Uuid,
      team: Named,
      status: Type.String(),
      startedOn: Type.String(),
      closedAt: Nullable(Type.String()),
      sessions: Type.Array(
        Type.Object({ id: Uuid, kind: Type.String(), status: Type.String(), startsAt: Type.String(), durationMinutes: Type.Integer(), gpLastMinutes: Nullable(Type.Integer()), attendees: Type.Array(Type.String()) }),
      ),
      goals: Type.Array(
        Type.Object({ id: Uuid, parentId: Nullable(Uuid), area: Type.String(), text: Type.String(), status: Type.String(), targetDate: Nullable(Type.String()), reachedAt: Nullable(Type.String()) }),
      ),
      finalReport: FinalReport,
      gpUpdates: Type.Array(UpdateSchema),
    }),
  ),
});
