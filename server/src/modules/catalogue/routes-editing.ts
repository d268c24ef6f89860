import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static, TSchema } from '@sinclair/typebox';
import { actorContext } from '../../platform/context.js';
import { isEditor, type CatalogueCtx } from './access.js';
import type { EntryKind } from './domain/kinds.js';
import { draftFromInterview, interviewGuide } from './editing/interview.js';
import { createEntry, saveVersion } from './editing/save.js';
import { transitionEntry } from './editing/transition.js';
import { listEntries, readEntry, readVersion } from './editing/view.js';
import * as S from './schemas.js';

type Id = { Params: Static<typeof S.IdParams> };
type WithBody<T extends TSchema> = Id & { Body: Static<T> };

/**
 * Editing the catalogue (issue 11; ADR 0007): editors — admins and holders of the
 * `catalogue_editor` grant — draft, review, publish and archive, with version history. Every
 * write answers with the entry as the editor sees it afterwards.
 */
export async function editingCatalogueRoutes(app: FastifyInstance, options: { onWrite: () => void }) {
  const { db, clock } = app.platform;
  // Any write may change what the public sees (a publication, an archiving): their cached answers go.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && reply.statusCode < 300) options.onWrite();
    return payload;
  });
  const tags = ['catalogue'];
  const ctxOf = (request: FastifyRequest): CatalogueCtx => actorContext(request, clock);

  app.get('/api/catalogue/me', { schema: { tags, response: { 200: S.EditorMeSchema } } }, async (request) => ({ editor: isEditor(ctxOf(request).actor) }));
  app.get('/api/catalogue/interview-guide', { schema: { tags, response: { 200: S.GuideSchema } } }, async () => interviewGuide());
  app.get<{ Querystring: Static<typeof S.EditorListQuery> }>('/api/catalogue/entries', { schema: { tags, querystring: S.EditorListQuery, response: { 200: S.EditorListSchema } } }, async (request) =>
    listEntries(db, ctxOf(request), request.query),
  );
  app.post<{ Body: Static<typeof S.CreateBody> }>('/api/catalogue/entries', { schema: { tags, body: S.CreateBody, response: { 201: S.EntryViewSchema } } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const id = await createEntry(db, ctx, { ...request.body, kind: request.body.kind as EntryKind });
    return reply.code(201).send(await readEntry(db, ctx, id));
  });
  app.post<{ Body: Static<typeof S.InterviewBody> }>('/api/catalogue/interviews', { schema: { tags, body: S.InterviewBody, response: { 201: S.EntryViewSchema } } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const id = await draftFromInterview(db, ctx, request.body);
    return reply.code(201).send(await readEntry(db, ctx, id));
  });
  app.get<Id>('/api/catalogue/entries/:id', { schema: { tags, params: S.IdParams, response: { 200: S.EntryViewSchema } } }, async (request) => readEntry(db, ctxOf(request), request.params.id));
  app.put<WithBody<typeof S.SaveBody>>('/api/catalogue/entries/:id', { schema: { tags, params: S.IdParams, body: S.SaveBody, response: { 200: S.EntryViewSchema } } }, async (request) => {
    const ctx = ctxOf(request);
    await saveVersion(db, ctx, request.params.id, request.body);
    return readEntry(db, ctx, request.params.id);
  });
  app.post<WithBody<typeof S.TransitionBody>>('/api/catalogue/entries/:id/transitions', { schema: { tags, params: S.IdParams, body: S.TransitionBody, response: { 200: S.EntryViewSchema } } }, async (request) => {
    const ctx = ctxOf(request);
    await transitionEntry(db, ctx, request.params.id, request.body);
    return readEntry(db, ctx, request.params.id);
  });
  app.get<{ Params: Static<typeof S.VersionParams> }>('/api/catalogue/entries/:id/versions/:version', { schema: { tags, params: S.VersionParams, response: { 200: S.VersionSchema } } }, async (request) =>
    readVersion(db, ctxOf(request), request.params.id, request.params.version),
  );
}
