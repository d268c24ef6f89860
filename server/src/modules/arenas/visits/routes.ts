/** Visit rounds to GP offices (issue 10 point 3). Thin: schemas in, one call to a use case, schemas out. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorContext } from '../../../platform/context.js';
import { addFollowUp, roundStaff, setFollowUpDone } from './follow-ups.js';
import { moveOffice, readVisitOffice, updateVisitDetails } from './offices.js';
import { IdParams, Uuid } from './outreach-schemas.js';
import { createRound, listRounds, readRound, roundCoverage, setRoundStatus } from './rounds.js';
import { loadRound, requireRoundWorker } from './access.js';
import * as S from './schemas.js';

type Id = { Params: Static<typeof IdParams> };

export async function visitRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  const tags = ['arenas'];

  app.get('/api/visit-rounds', { schema: { tags, response: { 200: Type.Array(S.RoundSummarySchema) } } }, async (request) => listRounds(db, actorContext(request, clock)));
  app.post<{ Body: Static<typeof S.RoundBody> }>('/api/visit-rounds', { schema: { tags, body: S.RoundBody, response: { 201: Type.Object({ id: Uuid, offices: Type.Integer() }) } } }, async (request, reply) =>
    reply.code(201).send(await createRound(db, actorContext(request, clock), request.body)),
  );
  app.get<Id>('/api/visit-rounds/:id', { schema: { tags, params: IdParams, response: { 200: S.RoundSchema } } }, async (request) => readRound(db, actorContext(request, clock), request.params.id));
  app.get<Id>('/api/visit-rounds/:id/coverage', { schema: { tags, params: IdParams, response: { 200: S.CoverageSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    await requireRoundWorker(db, ctx.actor, await loadRound(db, request.params.id));
    return roundCoverage(db, request.params.id);
  });
  app.put<Id & { Body: Static<typeof S.RoundStatusBody> }>('/api/visit-rounds/:id/status', { schema: { tags, params: IdParams, body: S.RoundStatusBody, response: { 200: Type.Object({ id: Uuid, status: Type.String() }) } } }, async (request) =>
    setRoundStatus(db, actorContext(request, clock), request.params.id, request.body.status),
  );
  app.get<Id>('/api/visit-rounds/:id/staff', { schema: { tags, params: IdParams, response: { 200: S.StaffSchema } } }, async (request) => roundStaff(db, actorContext(request, clock), request.params.id));

  app.get<Id>('/api/visit-offices/:id', { schema: { tags, params: IdParams, response: { 200: S.OfficeDetailSchema } } }, async (request) => readVisitOffice(db, actorContext(request, clock), request.params.id));
  app.post<Id & { Body: Static<typeof S.MoveBody> }>('/api/visit-offices/:id/move', { schema: { tags, params: IdParams, body: S.MoveBody, response: { 200: S.OfficeSchema } } }, async (request) =>
    moveOffice(db, actorContext(request, clock), request.params.id, request.body),
  );
  app.put<Id & { Body: Static<typeof S.DetailsBody> }>('/api/visit-offices/:id', { schema: { tags, params: IdParams, body: S.DetailsBody, response: { 200: S.OfficeSchema } } }, async (request) =>
    updateVisitDetails(db, actorContext(request, clock), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof S.FollowUpBody> }>('/api/visit-offices/:id/follow-ups', { schema: { tags, params: IdParams, body: S.FollowUpBody, response: { 201: S.OfficeSchema } } }, async (request, reply) =>
    reply.code(201).send(await addFollowUp(db, actorContext(request, clock), request.params.id, request.body)),
  );
  app.put<Id & { Body: Static<typeof S.FollowUpDoneBody> }>('/api/visit-follow-ups/:id', { schema: { tags, params: IdParams, body: S.FollowUpDoneBody, response: { 200: S.OfficeSchema } } }, async (request) =>
    setFollowUpDone(db, actorContext(request, clock), request.params.id, request.body.done),
  );
}
