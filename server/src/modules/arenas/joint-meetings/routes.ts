/** Annual joint meetings and PKO-NAV meeting places (issue 10 point 4). Thin: schemas in, one use case, schemas out. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../../platform/context.js';
import { IdParams, Uuid } from '../visits/outreach-schemas.js';
import { addJointSession, createJointMeeting, updateJointSettings } from './create.js';
import { decideProposal, propose } from './proposals.js';
import { listJointMeetings, readJointMeeting } from './read.js';
import * as S from './schemas.js';
import { statisticsPack } from './statistics.js';

type Id = { Params: Static<typeof IdParams> };

export async function jointMeetingRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const ctxOf = (request: FastifyRequest) => actorContext(request, clock);
  const Created = Type.Object({ id: Uuid });

  app.get('/api/joint-meetings', { schema: { tags, response: { 200: Type.Array(S.JointMeetingSummarySchema) } } }, async (request) => listJointMeetings(db, ctxOf(request)));
  app.post<{ Body: Static<typeof S.JointMeetingBody> }>('/api/joint-meetings', { schema: { tags, body: S.JointMeetingBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await createJointMeeting(db, ctxOf(request), request.body)),
  );
  app.get<Id>('/api/joint-meetings/:id', { schema: { tags, params: IdParams, response: { 200: S.JointMeetingSchema } } }, async (request) => readJointMeeting(db, ctxOf(request), request.params.id));
  app.post<Id & { Body: Static<typeof S.SessionBody> }>('/api/joint-meetings/:id/sessions', { schema: { tags, params: IdParams, body: S.SessionBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await addJointSession(db, ctxOf(request), request.params.id, request.body)),
  );
  app.put<Id & { Body: Static<typeof S.SettingsBody> }>('/api/joint-meetings/:id/settings', { schema: { tags, params: IdParams, body: S.SettingsBody, response: { 200: S.SettingsSchema } } }, async (request) =>
    updateJointSettings(db, ctxOf(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof S.ProposalBody> }>('/api/joint-meetings/:id/proposals', { schema: { tags, params: IdParams, body: S.ProposalBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await propose(db, ctxOf(request), request.params.id, request.body)),
  );
  app.post<Id & { Body: Static<typeof S.DecisionBody> }>(
    '/api/joint-meeting-proposals/:id/decision',
    { schema: { tags, params: IdParams, body: S.DecisionBody, response: { 200: Type.Object({ id: Uuid, status: Type.String() }) } } },
    async (request) => decideProposal(db, { ...ctxOf(request), config }, request.params.id, request.body),
  );
  app.get<Id & { Querystring: Static<typeof S.StatisticsQuery> }>('/api/joint-meetings/:id/statistics', { schema: { tags, params: IdParams, querystring: S.StatisticsQuery, response: { 200: S.StatisticsSchema } } }, async (request) =>
    statisticsPack(db, ctxOf(request), request.params.id, request.query),
  );
}
