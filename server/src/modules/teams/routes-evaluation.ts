/**
 * Registration and evaluation (issue 8, point 6; docs/adr/0004-teams.md): aggregates per team,
 * per trial site and in total, as JSON for the view and as CSV for researchers. Project
 * management (admin) sees all teams, a team lead their own; everyone else gets 403.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { actorContext } from '../../platform/context.js';
import { Nullable } from '../../platform/http/schema-types.js';
import type { Evaluation } from './domain/evaluation.js';
import { evaluationCsv } from './domain/evaluation-csv.js';
import { readEvaluation } from './evaluation/read-evaluation.js';

const IsoDate = Type.String({ format: 'date' });
const EvaluationQuery = Type.Object(
  {
    teamId: Type.Optional(Type.String({ format: 'uuid' })),
    trialSite: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

/** A count: the number, "<5" for 1–4 persons, or "x" where a number would let a "<5" be worked out. */
const CountCell = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('<5'), Type.Literal('x')]);
const Label = { nb: Type.String(), en: Type.String() };

/** The evaluation as it leaves the server: aggregates only; anything not declared here is dropped. */
export const EvaluationSchema = Type.Object({
  period: Type.Object({ from: Nullable(Type.String()), to: Nullable(Type.String()) }),
  scope: Type.Union([Type.Literal('all'), Type.Literal('own_teams')]),
  smallCellLimit: Type.Integer(),
  measures: Type.Array(Type.Object({ key: Type.String(), ...Label, values: Type.Array(Type.Object({ key: Type.String(), ...Label })) })),
  groups: Type.Array(
    Type.Object({
      level: Type.Union([Type.Literal('total'), Type.Literal('trial_site'), Type.Literal('team')]),
      key: Type.String(),
      name: Type.String(),
      teamId: Nullable(Type.String({ format: 'uuid' })),
      teamKind: Nullable(Type.String()),
      trialSite: Nullable(Type.String()),
      counts: Type.Record(Type.String(), Type.Record(Type.String(), CountCell)),
      waitingDays: Type.Object({ median: Nullable(Type.Integer()), p90: Nullable(Type.Integer()), basis: CountCell }),
      sessionsPerCourse: Type.Object({ median: Nullable(Type.Integer()), basis: CountCell }),
    }),
  ),
});

type Query = { Querystring: Static<typeof EvaluationQuery> };

export async function teamEvaluationRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['teams'];
  // Figures over months of referrals need not be newer than the lists' few seconds.
  const answers = new AnswerCache<Evaluation>(config.caseListCacheSeconds, 200);

  app.get<Query>('/api/teams/evaluation', { schema: { tags, querystring: EvaluationQuery, response: { 200: EvaluationSchema } } }, async (request) =>
    readEvaluation(db, actorContext(request, clock), request.query, 'json', answers),
  );

  app.get<Query>('/api/teams/evaluation.csv', { schema: { tags, querystring: EvaluationQuery } }, async (request, reply) => {
    const evaluation = await readEvaluation(db, actorContext(request, clock), request.query, 'csv', answers);
    const day = clock.now().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="teamevaluering-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(evaluationCsv(evaluation, request.lang));
  });
}
