/** Case slots between an adviser and one GP (issue 10 point 5). Thin: schemas in, one use case, schemas out. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../../platform/context.js';
import { meetingSettingsCache } from '../../meetings/settings.js';
import { IdParams, Uuid } from '../visits/outreach-schemas.js';
import { bookCaseSlots, gpOptions, listCaseSlots } from './booking.js';
import { addSlotCase, candidateCases, removeSlotCase, updateSlotCase } from './cases.js';
import { readCaseSlots } from './read.js';
import * as S from './schemas.js';
import { slotCaseToMeeting } from './to-meeting.js';

type Id = { Params: Static<typeof IdParams> };

export async function caseSlotRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const meetingSettings = meetingSettingsCache(db);
  const ctxOf = (request: FastifyRequest) => actorContext(request, clock);
  const Created = Type.Object({ id: Uuid });

  app.get('/api/case-slots', { schema: { tags, response: { 200: S.SlotListSchema } } }, async (request) => listCaseSlots(db, ctxOf(request)));
  app.get('/api/case-slots/gp-options', { schema: { tags, response: { 200: S.GpOptionsSchema } } }, async (request) => gpOptions(db, ctxOf(request)));
  app.post<{ Body: Static<typeof S.BookingBody> }>('/api/case-slots', { schema: { tags, body: S.BookingBody, response: { 201: Type.Object({ id: Uuid, sessions: Type.Integer() }) } } }, async (request, reply) =>
    reply.code(201).send(await bookCaseSlots(db, { ...ctxOf(request), config }, { ...request.body, perMonth: request.body.perMonth as 1 | 2 })),
  );
  app.get<Id>('/api/case-slots/:id', { schema: { tags, params: IdParams, response: { 200: S.CaseSlotsSchema } } }, async (request) => readCaseSlots(db, ctxOf(request), request.params.id));
  app.get<Id>('/api/case-slots/:id/candidates', { schema: { tags, params: IdParams, response: { 200: S.CandidatesSchema } } }, async (request) => candidateCases(db, ctxOf(request), request.params.id));
  app.post<Id & { Body: Static<typeof S.SlotCaseBody> }>('/api/case-slot-sessions/:id/cases', { schema: { tags, params: IdParams, body: S.SlotCaseBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await addSlotCase(db, ctxOf(request), request.params.id, request.body)),
  );
  app.put<Id & { Body: Static<typeof S.SlotCaseChanges> }>('/api/case-slot-cases/:id', { schema: { tags, params: IdParams, body: S.SlotCaseChanges, response: { 200: Created } } }, async (request) =>
    updateSlotCase(db, ctxOf(request), request.params.id, request.body),
  );
  app.delete<Id>('/api/case-slot-cases/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    await removeSlotCase(db, ctxOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.post<Id & { Body: Static<typeof S.ToMeetingBody> }>(
    '/api/case-slot-cases/:id/dialogue-meeting',
    { schema: { tags, params: IdParams, body: S.ToMeetingBody, response: { 201: Type.Object({ id: Uuid, dialogueMeetingId: Uuid }) } } },
    async (request, reply) => {
      const ctx = { ...ctxOf(request), clock, config, settings: await meetingSettings.get() };
      return reply.code(201).send(await slotCaseToMeeting(db, ctx, request.params.id, request.body));
    },
  );
}
