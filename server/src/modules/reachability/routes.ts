import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext, requireActor } from '../../platform/context.js';
import { cancelCallback, claimCallback, completeCallback, createCallback, noAnswerCallback } from './callback-commands.js';
import { caseRequests, getRequest, myRequests, queue } from './callback-queries.js';
import { addChecklistVersion, checklistVersions, currentChecklist, listChecklists } from './checklists.js';
import { caseContacts, contactsForOffice } from './contacts.js';
import { onCallAt, physicianDirectory } from './physicians.js';
import { requireAdmin, requireGp, requirePhysician, requireRotaEditor, requireRotaReader, requireStaff } from './policies.js';
import { createShift, deleteShift, listShifts } from './rota.js';
import {
  AtQuery,
  CallbackInput,
  CallbackList,
  CallbackQueue,
  CallbackView,
  ChecklistKeyParams,
  ChecklistSummary,
  ChecklistVersionInput,
  ChecklistVersions,
  ChecklistView,
  Contacts,
  ContactsQuery,
  IdempotencyHeaders,
  IdParams,
  OnCallPerson,
  OutcomeInput,
  PhysicianDirectory,
  PhysicianQuery,
  Shift,
  ShiftInput,
  ShiftQuery,
} from './schemas.js';
import { loadReachabilitySettings } from './settings.js';

type Id = { Params: Static<typeof IdParams> };
type Key = { Params: Static<typeof ChecklistKeyParams> };

/**
 * Reachability (whom a GP can reach at NAV, advisory physicians, the on-call rota, call-back
 * requests) and checklists. Routes are thin: role rules in policies.ts, citizen access through
 * the platform's guard, rules in domain/.
 */
export async function reachabilityRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const ctxOf = (request: FastifyRequest) => ({ ...actorContext(request, clock), config });
  const created = Type.Object({ id: Type.String({ format: 'uuid' }) });

  // ── Contacts ──
  app.get<Id>('/api/cases/:id/contacts', { schema: { tags: ['reachability'], params: IdParams, response: { 200: Contacts } } }, async (request) =>
    caseContacts(db, ctxOf(request), request.params.id, await loadReachabilitySettings(db)),
  );
  app.get<{ Querystring: Static<typeof ContactsQuery> }>(
    '/api/reachability/contacts',
    { schema: { tags: ['reachability'], querystring: ContactsQuery, response: { 200: Contacts } } },
    async (request) => {
      const actor = requireActor(request);
      requireStaff(actor);
      return contactsForOffice(db, actor, request.query.gpOfficeId, clock.now(), await loadReachabilitySettings(db));
    },
  );

  // ── Advisory physicians and the rota ──
  app.get<{ Querystring: Static<typeof PhysicianQuery> }>(
    '/api/advisory-physicians',
    { schema: { tags: ['reachability'], querystring: PhysicianQuery, response: { 200: PhysicianDirectory } } },
    async (request) => {
      requireStaff(requireActor(request));
      return physicianDirectory(db, request.query, clock.now(), request.lang);
    },
  );
  app.get<{ Querystring: Static<typeof AtQuery> }>(
    '/api/advisory-physicians/on-call',
    { schema: { tags: ['reachability'], querystring: AtQuery, response: { 200: Type.Array(OnCallPerson) } } },
    async (request) => {
      requireStaff(requireActor(request));
      return onCallAt(db, request.query.at ? new Date(request.query.at) : clock.now());
    },
  );
  app.get<{ Querystring: Static<typeof ShiftQuery> }>(
    '/api/on-call/shifts',
    { schema: { tags: ['reachability'], querystring: ShiftQuery, response: { 200: Type.Array(Shift) } } },
    async (request) => {
      requireRotaReader(requireActor(request));
      return listShifts(db, new Date(request.query.from), new Date(request.query.to));
    },
  );
  app.post<{ Body: Static<typeof ShiftInput> }>(
    '/api/on-call/shifts',
    { schema: { tags: ['reachability'], body: ShiftInput, response: { 201: created } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      requireRotaEditor(ctx.actor);
      return reply.code(201).send(await createShift(db, ctx, request.body));
    },
  );
  app.delete<Id>('/api/on-call/shifts/:id', { schema: { tags: ['reachability'], params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const ctx = ctxOf(request);
    requireRotaEditor(ctx.actor);
    await deleteShift(db, ctx, request.params.id);
    return reply.code(204).send();
  });

  // ── Call-back requests ──
  app.post<Id & { Body: Static<typeof CallbackInput>; Headers: Static<typeof IdempotencyHeaders> }>(
    '/api/cases/:id/callback-requests',
    { schema: { tags: ['reachability'], params: IdParams, headers: IdempotencyHeaders, body: CallbackInput, response: { 200: CallbackView, 201: CallbackView } } },
    async (request, reply) => {
      const result = await createCallback(db, ctxOf(request), request.params.id, request.body, request.headers['idempotency-key']);
      return reply.code(result.created ? 201 : 200).send(result.body);
    },
  );
  app.get<Id>('/api/cases/:id/callback-requests', { schema: { tags: ['reachability'], params: IdParams, response: { 200: CallbackList } } }, async (request) =>
    caseRequests(db, ctxOf(request), request.params.id),
  );
  app.get('/api/callback-requests/mine', { schema: { tags: ['reachability'], response: { 200: CallbackList } } }, async (request) => {
    const ctx = ctxOf(request);
    requireGp(ctx.actor);
    return myRequests(db, ctx);
  });
  app.get('/api/callback-requests/queue', { schema: { tags: ['reachability'], response: { 200: CallbackQueue } } }, async (request) => {
    const ctx = ctxOf(request);
    requirePhysician(ctx.actor);
    return queue(db, ctx);
  });
  app.get<Id>('/api/callback-requests/:id', { schema: { tags: ['reachability'], params: IdParams, response: { 200: CallbackView } } }, async (request) =>
    getRequest(db, ctxOf(request), request.params.id),
  );
  app.post<Id>('/api/callback-requests/:id/claim', { schema: { tags: ['reachability'], params: IdParams, response: { 200: CallbackView } } }, async (request) =>
    claimCallback(db, ctxOf(request), request.params.id),
  );
  app.post<Id & { Body: Static<typeof OutcomeInput> }>(
    '/api/callback-requests/:id/complete',
    { schema: { tags: ['reachability'], params: IdParams, body: OutcomeInput, response: { 200: CallbackView } } },
    async (request) => completeCallback(db, ctxOf(request), request.params.id, request.body.outcome),
  );
  app.post<Id>('/api/callback-requests/:id/no-answer', { schema: { tags: ['reachability'], params: IdParams, response: { 200: CallbackView } } }, async (request) =>
    noAnswerCallback(db, ctxOf(request), request.params.id),
  );
  app.post<Id>('/api/callback-requests/:id/cancel', { schema: { tags: ['reachability'], params: IdParams, response: { 200: CallbackView } } }, async (request) =>
    cancelCallback(db, ctxOf(request), request.params.id),
  );

  // ── Checklists ──
  app.get('/api/checklists', { schema: { tags: ['checklists'], response: { 200: ChecklistSummary } } }, async (request) => {
    requireStaff(requireActor(request));
    return listChecklists(db);
  });
  app.get<Key>('/api/checklists/:key', { schema: { tags: ['checklists'], params: ChecklistKeyParams, response: { 200: ChecklistView } } }, async (request) => {
    requireStaff(requireActor(request));
    return currentChecklist(db, request.params.key);
  });
  app.get<Key>('/api/checklists/:key/versions', { schema: { tags: ['checklists'], params: ChecklistKeyParams, response: { 200: ChecklistVersions } } }, async (request) => {
    requireAdmin(requireActor(request));
    return checklistVersions(db, request.params.key);
  });
  app.post<Key & { Body: Static<typeof ChecklistVersionInput> }>(
    '/api/checklists/:key/versions',
    {
      schema: {
        tags: ['checklists'],
        params: ChecklistKeyParams,
        body: ChecklistVersionInput,
        response: { 201: Type.Object({ key: Type.String(), version: Type.Integer(), published: Type.Boolean(), createdAt: Type.String({ format: 'date-time' }) }) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      requireAdmin(ctx.actor);
      return reply.code(201).send(await addChecklistVersion(db, ctx, request.params.key, request.body));
    },
  );
}
