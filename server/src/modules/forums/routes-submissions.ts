import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext } from '../../platform/context.js';
import type { ForumCtx } from './access.js';
import * as B from './body-schemas.js';
import { bodyDetail, createBody, listBodies, updateBody } from './bodies.js';
import { THEMES } from './domain/submission-state.js';
import { addMember, hoursReport, logHours, updateMember } from './members.js';
import { createSubmission } from './submissions/create.js';
import { bodySubmissions, mySubmissions, readSubmission } from './submissions/reads.js';
import * as S from './submissions/schemas.js';
import { submissionBodyLimit } from './submissions/attachments/routes.js';
import { acceptSubmission, forwardSubmission, markReady, mergeSubmission, rejectSubmission, setOutcome, setThemes, type TriageDeps } from './submissions/triage.js';

type Id = { Params: Static<typeof B.IdParams> };

/**
 * Bodies, members, hours, submissions and triage (issue 9, points 1–3; ADR 0005's API contract).
 * Thin: schemas in, one call to a use case, schemas out.
 */
export async function forumSubmissionRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['forums'];
  const ctxOf = (request: FastifyRequest): ForumCtx => actorContext(request, clock);
  const depsOf = (request: FastifyRequest): TriageDeps => ({ ...ctxOf(request), config });
  const detail = async (request: FastifyRequest, id: string) => {
    const ctx = ctxOf(request);
    const view = await bodyDetail(db, ctx, id);
    return { ...view, canManage: view.myRole === 'admin' || view.myRole === 'leader' || view.myRole === 'secretary' };
  };

  // Bodies
  app.get('/api/forums', { schema: { tags, response: { 200: Type.Array(B.BodySummarySchema) } } }, async (request) => listBodies(db, ctxOf(request)));
  app.get('/api/forum-themes', { schema: { tags, response: { 200: S.ThemeCatalogueSchema } } }, async () => THEMES.map((t) => ({ ...t })));
  app.post<{ Body: Static<typeof B.BodyBody> }>('/api/forums', { schema: { tags, body: B.BodyBody, response: { 201: B.BodyDetailSchema } } }, async (request, reply) => {
    const id = await createBody(db, ctxOf(request), request.body);
    return reply.code(201).send(await detail(request, id));
  });
  app.get<Id>('/api/forums/:id', { schema: { tags, params: B.IdParams, response: { 200: B.BodyDetailSchema } } }, async (request) => detail(request, request.params.id));
  app.put<Id & { Body: Static<typeof B.BodyBody> }>('/api/forums/:id', { schema: { tags, params: B.IdParams, body: B.BodyBody, response: { 200: B.BodyDetailSchema } } }, async (request) => {
    await updateBody(db, ctxOf(request), request.params.id, request.body);
    return detail(request, request.params.id);
  });

  // Members and hours
  app.post<Id & { Body: Static<typeof B.MemberBody> }>('/api/forums/:id/members', { schema: { tags, params: B.IdParams, body: B.MemberBody, response: { 201: B.MemberSchema } } }, async (request, reply) =>
    reply.code(201).send(await addMember(db, ctxOf(request), request.params.id, request.body)),
  );
  const MemberChanges = Type.Partial(B.MemberBody, { additionalProperties: false });
  app.put<Id & { Body: Static<typeof MemberChanges> }>('/api/forum-members/:id', { schema: { tags, params: B.IdParams, body: MemberChanges, response: { 200: B.MemberSchema } } }, async (request) =>
    updateMember(db, ctxOf(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof B.HoursBody> }>('/api/forum-members/:id/hours', { schema: { tags, params: B.IdParams, body: B.HoursBody, response: { 201: Type.Object({ id: B.Uuid }) } } }, async (request, reply) =>
    reply.code(201).send(await logHours(db, ctxOf(request), request.params.id, request.body)),
  );
  app.get<Id & { Querystring: Static<typeof B.HoursQuery> }>('/api/forums/:id/hours', { schema: { tags, params: B.IdParams, querystring: B.HoursQuery, response: { 200: B.HoursReportSchema } } }, async (request) =>
    hoursReport(db, ctxOf(request), request.params.id, request.query.from, request.query.to),
  );

  // Submissions
  // The body limit leaves room for attachments, which travel with the submission (submissions/attachments/).
  app.post<Id & { Body: Static<typeof S.SubmissionBody> }>('/api/forums/:id/submissions', { schema: { tags, params: B.IdParams, body: S.SubmissionBody, response: { 201: S.SubmissionSchema } }, bodyLimit: submissionBodyLimit(config.forums) }, async (request, reply) => {
    const ctx = ctxOf(request);
    const id = await createSubmission(db, ctx, request.params.id, request.body, config.forums);
    return reply.code(201).send(await readSubmission(db, ctx, id));
  });
  app.get('/api/me/forum-submissions', { schema: { tags, response: { 200: Type.Array(S.SubmissionSchema) } } }, async (request) => mySubmissions(db, ctxOf(request)));
  app.get<Id & { Querystring: Static<typeof S.SubmissionQuery> }>('/api/forums/:id/submissions', { schema: { tags, params: B.IdParams, querystring: S.SubmissionQuery, response: { 200: Type.Array(S.SubmissionSchema) } } }, async (request) =>
    bodySubmissions(db, ctxOf(request), request.params.id, request.query),
  );
  app.get<Id>('/api/forum-submissions/:id', { schema: { tags, params: B.IdParams, response: { 200: S.SubmissionSchema } } }, async (request) => readSubmission(db, ctxOf(request), request.params.id));

  // Triage: each answers with the case as it now stands.
  const after = async (request: FastifyRequest, id: string, change: Promise<unknown>) => {
    await change;
    return readSubmission(db, ctxOf(request), id);
  };
  const one = { tags, params: B.IdParams, response: { 200: S.SubmissionSchema } };
  app.post<Id>('/api/forum-submissions/:id/accept', { schema: one }, async (request) => after(request, request.params.id, acceptSubmission(db, depsOf(request), request.params.id)));
  app.post<Id & { Body: Static<typeof S.MergeBody> }>('/api/forum-submissions/:id/merge', { schema: { ...one, body: S.MergeBody } }, async (request) =>
    after(request, request.params.id, mergeSubmission(db, depsOf(request), request.params.id, request.body.intoId)),
  );
  app.post<Id & { Body: Static<typeof S.ForwardBody> }>('/api/forum-submissions/:id/forward', { schema: { ...one, body: S.ForwardBody } }, async (request) =>
    after(request, request.params.id, forwardSubmission(db, depsOf(request), request.params.id, request.body.to, request.body.dueOn)),
  );
  app.post<Id & { Body: Static<typeof S.ReasonBody> }>('/api/forum-submissions/:id/reject', { schema: { ...one, body: S.ReasonBody } }, async (request) =>
    after(request, request.params.id, rejectSubmission(db, depsOf(request), request.params.id, request.body.reason)),
  );
  app.put<Id & { Body: Static<typeof S.ThemesBody> }>('/api/forum-submissions/:id/themes', { schema: { ...one, body: S.ThemesBody } }, async (request) =>
    after(request, request.params.id, setThemes(db, depsOf(request), request.params.id, request.body.themes)),
  );
  // `ready` and `outcome` answer to PUT and POST alike: the ADR lists them with the triage actions.
  for (const method of ['PUT', 'POST'] as const) {
    app.route<Id & { Body: Static<typeof S.ReadyBody> }>({ method, url: '/api/forum-submissions/:id/ready', schema: { ...one, body: S.ReadyBody }, handler: async (request) =>
      after(request, request.params.id, markReady(db, depsOf(request), request.params.id, request.body.ready)) });
    app.route<Id & { Body: Static<typeof S.OutcomeBody> }>({ method, url: '/api/forum-submissions/:id/outcome', schema: { ...one, body: S.OutcomeBody }, handler: async (request) =>
      after(request, request.params.id, setOutcome(db, depsOf(request), request.params.id, request.body.text)) });
  }
}
