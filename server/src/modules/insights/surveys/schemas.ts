import { Type } from '@sinclair/typebox';
import { Nullable } from '../../../platform/http/schema-types.js';

/**
 * Request and response schemas of the pulse surveys (ADR 0008 "Pulse surveys"): the API contract.
 * Requests accept an empty question or audience list on purpose, so the module can refuse them
 * with its own codes (SURVEY_NO_QUESTIONS, SURVEY_AUDIENCE_MISSING) instead of a generic 400.
 */
const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const Lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const strict = { additionalProperties: false } as const;
const Localized = Type.Object({ nb: Type.String(), en: Type.String() });

export const Audience = Lit(['gps', 'nav_advisers'] as const);
export const ScaleKey = Lit(['frequency', 'degree', 'yes_no'] as const);
export const IdParams = Type.Object({ id: Uuid });

// ---- Requests

export const ComposeBody = Type.Object(
  {
    title: Text(200, 1),
    questionKeys: Type.Array(Text(80, 1), { maxItems: 60 }),
    audiences: Type.Array(Text(40, 1), { maxItems: 4 }),
    municipalityNumbers: Type.Optional(Type.Array(Text(10, 1), { maxItems: 100 })),
    countyNumber: Type.Optional(Nullable(Text(10))),
  },
  strict,
);

export const OpenBody = Type.Object({ closesOn: IsoDate }, strict);

/** The token travels in the body, never in a URL, so it is not written to access logs. */
export const TokenBody = Type.Object({ token: Text(200, 1) }, strict);

export const AnswerBody = Type.Object(
  {
    token: Text(200, 1),
    answers: Type.Record(Type.String({ maxLength: 80 }), Text(40, 1), { maxProperties: 60 }),
  },
  strict,
);

// ---- Responses

const ScaleOptionSchema = Type.Object({ value: Type.String(), text: Localized });
export const ScaleSchema = Type.Object({
  key: ScaleKey,
  options: Type.Array(ScaleOptionSchema),
  reportedShareOptions: Type.Array(Type.String()),
  reportedShareText: Localized,
});

export const BaselineSchema = Type.Object({
  key: Type.String(),
  text: Localized,
  valuePercent: Type.Number(),
  group: Lit(['gps', 'nav_advisers', 'gps_and_nav_advisers'] as const),
  n: Type.Optional(Type.Integer()),
  approximate: Type.Optional(Type.Boolean()),
  source: Type.Object({ report: Type.String(), section: Type.String(), figure: Type.Optional(Type.String()), lines: Type.String() }),
});

export const BankQuestionSchema = Type.Object({
  key: Type.String(),
  topic: Lit(['information', 'dialogue', 'barriers', 'measures'] as const),
  scale: ScaleKey,
  wording: Type.Object({ gps: Type.Optional(Localized), nav_advisers: Type.Optional(Localized) }),
  baselines: Type.Object({ gps: Type.Optional(BaselineSchema), nav_advisers: Type.Optional(BaselineSchema) }),
});

export const QuestionBankSchema = Type.Object({
  scales: Type.Array(ScaleSchema),
  questions: Type.Array(BankQuestionSchema),
  minRespondents: Type.Integer(),
});

const InvitationCountsSchema = Type.Object({
  invited: Type.Integer(),
  /** Null: between 1 and 4 answered (shown as "under 5"), or hidden so another count cannot be worked out. */
  answered: Nullable(Type.Integer()),
  byAudience: Type.Array(Type.Object({ audience: Audience, invited: Type.Integer(), answered: Nullable(Type.Integer()) })),
});

export const SurveySchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: Lit(['draft', 'open', 'closed'] as const),
  area: Type.Object({ key: Type.String(), municipalityNumbers: Type.Array(Type.String()), countyNumber: Type.String(), names: Type.Array(Type.String()) }),
  audiences: Type.Array(Audience),
  questionKeys: Type.Array(Type.String()),
  opensOn: Nullable(IsoDate),
  closesOn: Nullable(IsoDate),
  createdAt: Type.String(),
  createdBy: Type.String(),
  canManage: Type.Boolean(),
  invitations: InvitationCountsSchema,
});

const OptionShareSchema = Type.Object({ option: Type.String(), count: Type.Integer(), percent: Type.Integer() });
const EarlierFigureSchema = Type.Object({ surveyId: Uuid, title: Type.String(), closesOn: Nullable(IsoDate), sharePercent: Nullable(Type.Integer()) });
const QuestionResultSchema = Type.Object({
  questionKey: Type.String(),
  distribution: Type.Array(OptionShareSchema),
  reportedSharePercent: Type.Integer(),
  baseline: Nullable(BaselineSchema),
  earlier: Type.Array(EarlierFigureSchema),
});

export const ResultsSchema = Type.Object({
  surveyId: Uuid,
  status: Lit(['draft', 'open', 'closed'] as const),
  minRespondents: Type.Integer(),
  audiences: Type.Array(
    Type.Object({
      audience: Audience,
      suppressed: Type.Boolean(),
      /** Null when suppressed: a group under five gets no figure at all, not even its size. */
      respondents: Nullable(Type.Integer()),
      questions: Type.Array(QuestionResultSchema),
    }),
  ),
});

export const QuestionnaireSchema = Type.Object({
  title: Type.String(),
  audience: Audience,
  closesOn: IsoDate,
  questions: Type.Array(
    Type.Object({ key: Type.String(), topic: Type.String(), text: Localized, scale: ScaleKey, options: Type.Array(ScaleOptionSchema) }),
  ),
});

export const AnsweredSchema = Type.Object({ received: Type.Literal(true) });
