import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../platform/context.js';
import { arenaDetail } from './core/read.js';
import * as S from './schemas.js';
import { recordAttendance } from './series/attendance.js';
import { createSeries } from './series/create-series.js';
import { feeClaimFor, feeClaimJson, feeClaimPdf } from './series/fee-claim.js';
import { sendInvitation } from './series/invitations.js';
import { acceptProposal, declineProposal, listProposals, propose } from './series/proposals.js';
import type { PlaceDeps } from './signup/place.js';

type Id = { Params: Static<typeof S.IdParams> };

/** Small-group series (ADR 0006 "Series"): creation, invitations, proposals, attendance, the fee claim. */
export async function arenaSeriesRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const depsOf = (request: FastifyRequest): PlaceDeps => ({ ...actorContext(request, clock), config, lang: request.lang });
  const detail = { 200: S.ArenaDetailSchema };

  app.post<{ Body: Static<typeof S.CreateSeriesBody> }>('/api/arenas/series', { schema: { tags, body: S.CreateSeriesBody, response: { 201: S.ArenaDetailSchema } } }, async (request, reply) => {
    const id = await createSeries(db, depsOf(request), request.body);
    return reply.code(201).send(await arenaDetail(db, depsOf(request), id));
  });
  app.post<Id & { Body: Static<typeof S.InvitationBody> }>('/api/arenas/:id/invitations', { schema: { tags, params: S.IdParams, body: S.InvitationBody, response: { 201: S.InvitationResultSchema } } }, async (request, reply) =>
    reply.code(201).send(await sendInvitation(db, depsOf(request), request.params.id, request.body.message)),
  );

  // Topics and anonymised cases
  app.get<Id>('/api/arenas/:id/proposals', { schema: { tags, params: S.IdParams, response: { 200: Type.Array(S.ProposalSchema) } } }, async (request) => listProposals(db, depsOf(request), request.params.id));
  app.post<Id & { Body: Static<typeof S.ProposalBody> }>('/api/arenas/:id/proposals', { schema: { tags, params: S.IdParams, body: S.ProposalBody, response: { 201: Type.Array(S.ProposalSchema) } } }, async (request, reply) => {
    await propose(db, depsOf(request), request.params.id, request.body);
    return reply.code(201).send(await listProposals(db, depsOf(request), request.params.id));
  });
  app.post<Id & { Body: Static<typeof S.AcceptProposalBody> }>('/api/arena-proposals/:id/accept', { schema: { tags, params: S.IdParams, body: S.AcceptProposalBody, response: detail } }, async (request) => {
    const arenaId = await acceptProposal(db, depsOf(request), request.params.id, request.body);
    return arenaDetail(db, depsOf(request), arenaId);
  });
  app.post<Id>('/api/arena-proposals/:id/decline', { schema: { tags, params: S.IdParams, response: detail } }, async (request) => {
    const arenaId = await declineProposal(db, depsOf(request), request.params.id);
    return arenaDetail(db, depsOf(request), arenaId);
  });

  // Attendance and the meeting-fee claim
  app.put<Id & { Body: Static<typeof S.AttendanceBody> }>('/api/arena-sessions/:id/attendance', { schema: { tags, params: S.IdParams, body: S.AttendanceBody, response: detail } }, async (request) => {
    const arenaId = await recordAttendance(db, depsOf(request), request.params.id, request.body.records);
    return arenaDetail(db, depsOf(request), arenaId);
  });
  app.get<Id & { Querystring: Static<typeof S.FeeClaimQuery> }>('/api/arenas/:id/fee-claim', { schema: { tags, params: S.IdParams, querystring: S.FeeClaimQuery, response: { 200: S.FeeClaimSchema } } }, async (request) =>
    feeClaimJson(await feeClaimFor(db, depsOf(request), request.params.id, request.query.participantId)),
  );
  app.get<Id & { Querystring: Static<typeof S.FeeClaimQuery> }>('/api/arenas/:id/fee-claim.pdf', { schema: { tags, params: S.IdParams, querystring: S.FeeClaimQuery } }, async (request, reply) => {
    const view = await feeClaimFor(db, depsOf(request), request.params.id, request.query.participantId);
    const pdf = await feeClaimPdf(view, clock.now());
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="motegodtgjorelse-takst-${view.code}-${view.arena.id.slice(0, 8)}.pdf"`)
      .send(Buffer.from(pdf));
  });
}
