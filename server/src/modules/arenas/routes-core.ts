import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../platform/context.js';
import { arenaDetail, listArenas } from './core/read.js';
import { cancelArena, updateArena } from './core/manage.js';
import { addCoOrganiser, listParticipants, municipalPhysicians } from './core/participants.js';
import { addSession, cancelSession, setAgenda } from './core/sessions.js';
import * as S from './schemas.js';
import { answerNomination, nominate, nominationCandidates } from './signup/nominations.js';
import type { PlaceDeps } from './signup/place.js';
import { cancelSignUp, signUp } from './signup/signup.js';

type Id = { Params: Static<typeof S.IdParams> };

/**
 * The arenas' core (ADR 0006 "Core"): list, read, change and cancel an arena; its sessions and
 * agendas; sign-up, the waiting list, nominations and co-organisers. Thin: schemas in, one call
 * to a use case, schemas out; changes answer with the arena as it now stands.
 */
export async function arenaCoreRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const depsOf = (request: FastifyRequest): PlaceDeps => ({ ...actorContext(request, clock), config, lang: request.lang });
  const detail = { 200: S.ArenaDetailSchema };
  const after = async (request: FastifyRequest, arenaId: string, change: Promise<unknown>) => {
    await change;
    return arenaDetail(db, depsOf(request), arenaId);
  };

  app.get<{ Querystring: Static<typeof S.ListQuery> }>('/api/arenas', { schema: { tags, querystring: S.ListQuery, response: { 200: Type.Array(S.ArenaSummarySchema) } } }, async (request) =>
    listArenas(db, depsOf(request), request.query.scope ?? 'all', request.query.kind),
  );
  app.get<Id>('/api/arenas/:id', { schema: { tags, params: S.IdParams, response: detail } }, async (request) => arenaDetail(db, depsOf(request), request.params.id));
  app.put<Id & { Body: Static<typeof S.UpdateArenaBody> }>('/api/arenas/:id', { schema: { tags, params: S.IdParams, body: S.UpdateArenaBody, response: detail } }, async (request) =>
    after(request, request.params.id, updateArena(db, depsOf(request), request.params.id, request.body)),
  );
  app.post<Id & { Body: Static<typeof S.ReasonBody> }>('/api/arenas/:id/cancel', { schema: { tags, params: S.IdParams, body: S.ReasonBody, response: detail } }, async (request) =>
    after(request, request.params.id, cancelArena(db, depsOf(request), request.params.id, request.body.reason)),
  );

  // Sessions and agendas
  app.post<Id & { Body: Static<typeof S.AddSessionBody> }>('/api/arenas/:id/sessions', { schema: { tags, params: S.IdParams, body: S.AddSessionBody, response: { 201: S.ArenaDetailSchema } } }, async (request, reply) => {
    await addSession(db, depsOf(request), request.params.id, request.body);
    return reply.code(201).send(await arenaDetail(db, depsOf(request), request.params.id));
  });
  app.put<Id & { Body: Static<typeof S.AgendaBody> }>('/api/arena-sessions/:id/agenda', { schema: { tags, params: S.IdParams, body: S.AgendaBody, response: detail } }, async (request) => {
    const arenaId = await setAgenda(db, depsOf(request), request.params.id, request.body.items);
    return arenaDetail(db, depsOf(request), arenaId);
  });
  app.post<Id & { Body: Static<typeof S.ReasonBody> }>('/api/arena-sessions/:id/cancel', { schema: { tags, params: S.IdParams, body: S.ReasonBody, response: detail } }, async (request) => {
    const arenaId = await cancelSession(db, depsOf(request), request.params.id, request.body.reason);
    return arenaDetail(db, depsOf(request), arenaId);
  });

  // Sign-up and the waiting list: a full arena answers 201 with status 'waiting' and the notice.
  app.post<Id & { Body: Static<typeof S.SignUpBody> }>('/api/arenas/:id/signup', { schema: { tags, params: S.IdParams, body: S.SignUpBody, response: { 201: S.SignUpResultSchema } } }, async (request, reply) =>
    reply.code(201).send(await signUp(db, depsOf(request), request.params.id, request.body.note)),
  );
  app.delete<Id>('/api/arenas/:id/signup', { schema: { tags, params: S.IdParams, response: detail } }, async (request) => after(request, request.params.id, cancelSignUp(db, depsOf(request), request.params.id)));

  // Participants, co-organisers, nominations
  app.get<Id>('/api/arenas/:id/participants', { schema: { tags, params: S.IdParams, response: { 200: Type.Array(S.ParticipantSchema) } } }, async (request) => listParticipants(db, depsOf(request), request.params.id));
  app.post<Id & { Body: Static<typeof S.UserBody> }>('/api/arenas/:id/co-organisers', { schema: { tags, params: S.IdParams, body: S.UserBody, response: { 201: S.ArenaDetailSchema } } }, async (request, reply) => {
    await addCoOrganiser(db, depsOf(request), request.params.id, request.body.userId);
    return reply.code(201).send(await arenaDetail(db, depsOf(request), request.params.id));
  });
  app.get('/api/arena-municipal-physicians', { schema: { tags, response: { 200: Type.Array(S.CandidateSchema) } } }, async (request) => municipalPhysicians(db, depsOf(request)));
  app.get<Id>('/api/arenas/:id/nomination-candidates', { schema: { tags, params: S.IdParams, response: { 200: Type.Array(S.CandidateSchema) } } }, async (request) =>
    nominationCandidates(db, depsOf(request), request.params.id),
  );
  app.post<Id & { Body: Static<typeof S.NominationBody> }>('/api/arenas/:id/nominations', { schema: { tags, params: S.IdParams, body: S.NominationBody, response: { 201: Type.Object({ participantId: S.Uuid }) } } }, async (request, reply) =>
    reply.code(201).send({ participantId: await nominate(db, depsOf(request), request.params.id, request.body) }),
  );
  app.post<Id & { Body: Static<typeof S.NominationAnswerBody> }>('/api/arenas/:id/nomination', { schema: { tags, params: S.IdParams, body: S.NominationAnswerBody, response: { 200: Type.Object({ result: Type.Union([S.SignUpResultSchema, Type.Null()]) }) } } }, async (request) => ({
    result: await answerNomination(db, depsOf(request), request.params.id, request.body.accept),
  }));
}
