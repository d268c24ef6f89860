import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext } from '../../../platform/context.js';
import { loadSurvey, type SurveyCtx } from './access.js';
import { closeSurvey } from './commands/close.js';
import { composeSurvey } from './commands/compose.js';
import { openSurvey } from './commands/open.js';
import { listSurveys, questionBank, surveyDetail } from './queries.js';
import { questionnaire, submitAnswers } from './respond.js';
import { surveyResults } from './results-query.js';
import * as S from './schemas.js';

type Id = { Params: Static<typeof S.IdParams> };

/**
 * Pulse surveys (issue 12 point 2; ADR 0008 "Pulse surveys"). Organisers' routes need a signed-in
 * organiser; the respondent's two routes are public and take the link's token in the body.
 */
export async function surveyRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['insights'];
  const ctxOf = (request: FastifyRequest): SurveyCtx => actorContext(request, clock);
  const detail = async (request: FastifyRequest, id: string) => surveyDetail(db, ctxOf(request), await loadSurvey(db, id));
  const one = { tags, params: S.IdParams, response: { 200: S.SurveySchema } };

  app.get('/api/insights/survey-bank', { schema: { tags, response: { 200: S.QuestionBankSchema } } }, async (request) => questionBank(ctxOf(request)));
  app.get('/api/insights/surveys', { schema: { tags, response: { 200: Type.Array(S.SurveySchema) } } }, async (request) => listSurveys(db, ctxOf(request)));
  app.post<{ Body: Static<typeof S.ComposeBody> }>(
    '/api/insights/surveys',
    { schema: { tags, body: S.ComposeBody, response: { 201: S.SurveySchema } } },
    async (request, reply) => reply.code(201).send(await detail(request, await composeSurvey(db, ctxOf(request), request.body))),
  );
  app.get<Id>('/api/insights/surveys/:id', { schema: one }, async (request) => detail(request, request.params.id));
  app.post<Id & { Body: Static<typeof S.OpenBody> }>('/api/insights/surveys/:id/open', { schema: { ...one, body: S.OpenBody } }, async (request) => {
    await openSurvey(db, ctxOf(request), config, request.params.id, request.body.closesOn);
    return detail(request, request.params.id);
  });
  app.post<Id>('/api/insights/surveys/:id/close', { schema: one }, async (request) => {
    await closeSurvey(db, ctxOf(request), request.params.id);
    return detail(request, request.params.id);
  });
  app.get<Id>('/api/insights/surveys/:id/results', { schema: { tags, params: S.IdParams, response: { 200: S.ResultsSchema } } }, async (request) =>
    surveyResults(db, ctxOf(request), request.params.id),
  );

  // The respondent: no sign-in, no CSRF token (there is no session to ride on; the token is the credential).
  const publicRoute = { access: 'public' as const };
  app.post<{ Body: Static<typeof S.TokenBody> }>(
    '/api/public/survey-invitation',
    { config: publicRoute, schema: { tags, body: S.TokenBody, response: { 200: S.QuestionnaireSchema } } },
    async (request) => questionnaire(db, clock, request.body.token),
  );
  app.post<{ Body: Static<typeof S.AnswerBody> }>(
    '/api/public/survey-answers',
    { config: publicRoute, schema: { tags, body: S.AnswerBody, response: { 201: S.AnsweredSchema } } },
    async (request, reply) => {
      await submitAnswers(db, clock, request.body.token, request.body.answers);
      return reply.code(201).send({ received: true as const });
    },
  );
}
