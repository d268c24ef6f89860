/** Practice consultants' posts, hours and honoraria (issue 10 point 4). Thin: schemas in, one use case, schemas out. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../../platform/context.js';
import { IdParams, Uuid } from '../visits/outreach-schemas.js';
import { deleteConsultantHours, logConsultantHours, readPost } from './hours.js';
import { createPost, listPosts, postOptions, updatePost } from './posts.js';
import * as S from './schemas.js';

type Id = { Params: Static<typeof IdParams> };

export async function consultantRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  const tags = ['arenas'];
  const ctxOf = (request: FastifyRequest) => actorContext(request, clock);
  const Created = Type.Object({ id: Uuid });

  app.get('/api/consultant-posts', { schema: { tags, response: { 200: S.PostListSchema } } }, async (request) => listPosts(db, ctxOf(request)));
  app.get('/api/consultant-posts/options', { schema: { tags, response: { 200: S.PostOptionsSchema } } }, async (request) => postOptions(db, ctxOf(request)));
  app.post<{ Body: Static<typeof S.PostBody> }>('/api/consultant-posts', { schema: { tags, body: S.PostBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await createPost(db, ctxOf(request), request.body)),
  );
  app.get<Id & { Querystring: Static<typeof S.PeriodQuery> }>('/api/consultant-posts/:id', { schema: { tags, params: IdParams, querystring: S.PeriodQuery, response: { 200: S.PostDetailSchema } } }, async (request) =>
    readPost(db, ctxOf(request), request.params.id, request.query),
  );
  app.put<Id & { Body: Static<typeof S.PostChanges> }>('/api/consultant-posts/:id', { schema: { tags, params: IdParams, body: S.PostChanges, response: { 200: Created } } }, async (request) =>
    updatePost(db, ctxOf(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof S.HoursBody> }>('/api/consultant-posts/:id/hours', { schema: { tags, params: IdParams, body: S.HoursBody, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await logConsultantHours(db, ctxOf(request), request.params.id, request.body)),
  );
  app.delete<Id>('/api/consultant-hours/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    await deleteConsultantHours(db, ctxOf(request), request.params.id);
    return reply.code(204).send();
  });
}
