import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';

const IsoDate = Type.String({ format: 'date' });
const Uuid = Type.String({ format: 'uuid' });
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

export const PeriodType = Type.Union([Type.Literal('full'), Type.Literal('graded'), Type.Literal('pending'), Type.Literal('activity_possible')]);
export const Period = Type.Object(
  { fom: IsoDate, tom: IsoDate, grade: Type.Integer(), type: PeriodType },
  { additionalProperties: false },
);

export const ExtendedAnswers = Type.Object(
  {
    week: Type.Union([Type.Literal(7), Type.Literal(17), Type.Literal(39)]),
    answers: Type.Record(Type.String({ maxLength: 60 }), Text(4000)),
  },
  { additionalProperties: false },
);

/** What a GP fills in. The patient comes in the nav-personident header; the employer by organisation number. */
export const SickNoteInput = Type.Object(
  {
    employerOrgNumber: Type.Optional(Nullable(Type.String({ maxLength: 11 }))),
    diagnosis: Type.Object(
      { system: Type.Union([Type.Literal('ICPC-2'), Type.Literal('ICD-10')]), code: Type.String({ pattern: '^[A-Z][0-9A-Z.]{1,6}$' }), text: Type.Optional(Text(200)) },
      { additionalProperties: false },
    ),
    periods: Type.Array(Period, { minItems: 1, maxItems: 10 }),
    symptomsFindings: Text(4000, 1),
    functionDailyLife: Text(4000, 1),
    functionWork: Text(4000, 1),
    remainingCapacity: Text(4000, 1),
    assessment: Type.Optional(Text(4000)),
    treatmentPlan: Type.Optional(Text(4000)),
    prognosis: Type.Optional(Text(2000)),
    expectedDuration: Type.Optional(Text(200)),
    fullLeaveJustification: Type.Optional(Text(4000)),
    extendedQuestions: Type.Optional(ExtendedAnswers),
    wantsEarlyMeeting: Type.Optional(Type.Boolean()),
    wantsEarlyDialogue: Type.Optional(Type.Boolean()),
    followUpClass: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4)]),
    workAdaptationNote: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type SickNoteInputDto = Static<typeof SickNoteInput>;

export const IssuedNote = Type.Object({ noteId: Uuid, caseId: Uuid, tasks: Type.Array(Type.Object({ kind: Type.String(), ownerKind: Type.String(), dueOn: Type.String() })) });

export const CaseIdParams = Type.Object({ id: Uuid });
export type CaseIdParamsDto = Static<typeof CaseIdParams>;
