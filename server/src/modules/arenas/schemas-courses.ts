import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { AgendaSchema, CommonCreateFields, HhMm, IsoDate, Lit, strict, Uuid } from './schemas.js';

/** Request and response schemas of courses: creation, allocation, table plan, evaluation (ADR 0006 "Courses"). */
export const CreateCourseBody = Type.Object(
  {
    ...CommonCreateFields,
    days: Type.Array(
      Type.Object({ date: IsoDate, startTime: HhMm, endTime: HhMm, title: Type.Optional(Type.String({ maxLength: 200 })), location: Type.Optional(Type.String({ maxLength: 300 })), programme: Type.Optional(AgendaSchema) }, strict),
      { maxItems: 14 },
    ),
    overnightStay: Type.Optional(Type.Boolean()),
    accommodation: Type.Optional(Type.String({ maxLength: 300 })),
    coursePoints: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 200 }))),
    approval: Type.Optional(Type.Object({ status: Lit(['not_applied', 'applied', 'approved', 'rejected'] as const), by: Type.Optional(Type.String({ maxLength: 200 })) }, strict)),
    gpPriority: Type.Optional(Type.Boolean()),
    allocation: Type.Optional(Lit(['first_come', 'at_deadline'] as const)),
    reminderHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 336 })),
    status: Type.Optional(Lit(['draft', 'open'] as const)),
  },
  strict,
);

export const TablePlanBody = Type.Object({ tableCount: Type.Integer({ minimum: 1, maximum: 500 }), seatsPerTable: Type.Integer({ minimum: 1, maximum: 50 }) }, strict);
export const MoveBody = Type.Object({ participantId: Uuid, tableNumber: Type.Integer({ minimum: 1, maximum: 500 }) }, strict);

const PlanPersonSchema = Type.Object({
  participantId: Uuid,
  name: Type.String(),
  organisationName: Nullable(Type.String()),
  municipalityNumber: Nullable(Type.String()),
  isGp: Type.Boolean(),
  isNav: Type.Boolean(),
});

export const TablePlanSchema = Type.Object({
  tableCount: Type.Integer(),
  seatsPerTable: Type.Integer(),
  computedAt: Type.String(),
  updatedAt: Type.String(),
  tables: Type.Array(Type.Object({ number: Type.Integer(), people: Type.Array(PlanPersonSchema) })),
  unseated: Type.Array(PlanPersonSchema),
  warnings: Type.Array(Type.Object({ kind: Type.String(), table: Type.Optional(Type.Integer()), participantId: Type.Optional(Type.String()), people: Type.Optional(Type.Integer()), seats: Type.Optional(Type.Integer()) })),
  mixedTables: Type.Integer(),
});

export const AllocationResultSchema = Type.Object({ promoted: Type.Integer(), waiting: Type.Integer() });

export const EvaluationBody = Type.Object({ values: Type.Record(Type.String({ maxLength: 60 }), Type.Unknown(), { maxProperties: 40 }) }, strict);

export const EvaluationSchema = Type.Object({
  template: Type.Unknown(),
  open: Type.Boolean(),
  opensAt: Nullable(Type.String()),
  closesAt: Nullable(Type.String()),
  canAnswer: Type.Boolean(),
  answers: Nullable(Type.Record(Type.String(), Type.Unknown())),
  submittedAt: Nullable(Type.String()),
});

export const EvaluationSummarySchema = Type.Object({
  answers: Type.Integer(),
  participants: Type.Integer(),
  averages: Type.Record(Type.String(), Nullable(Type.Number())),
  choices: Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer())),
  nextYearTopics: Type.Array(Type.Object({ topic: Type.String(), count: Type.Integer() })),
  comments: Type.Object({ best: Type.Array(Type.String()), improve: Type.Array(Type.String()) }),
});
