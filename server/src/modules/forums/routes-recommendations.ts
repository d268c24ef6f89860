import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static, TSchema } from '@sinclair/typebox';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { actorContext } from '../../platform/context.js';
import type { ForumCtx } from './access.js';
import { concludeAssessment, saveAnswers, startAssessment } from './assessment/assessment.js';
import { readAssessment } from './assessment/read.js';
import { readTemplate, saveTemplate } from './assessment/template.js';
import { recommendationsFeed } from './public/feed.js';
import { listPublicRecommendations, readPublicRecommendation } from './public/recommendations.js';
import { createRecommendation, reviseRecommendation } from './recommendations/draft.js';
import { registerExternal } from './recommendations/external.js';
import { approveRecommendation, publishRecommendation, withdrawRecommendation, type ForumDeps } from './recommendations/lifecycle.js';
import * as S from './recommendations/schemas.js';
import { buildRecommendationView, listBodyRecommendations, readRecommendation } from './recommendations/view.js';

type Id = { Params: Static<typeof S.IdParams> };
type WithBody<T extends TSchema> = Id & { Body: Static<T> };

/**
 * Assessment, recommendations and the public pages (issue 9; ADR 0005's API contract). Thin:
 * schemas in, one call to a use case, schemas out. The public routes need no sign-in and show
 * only what was published; they are read far more often than anything is published, so their
 * answers are kept for a few seconds (the platform's answer cache setting), and every publication,
 * withdrawal or registration through this instance clears them at once.
 */
export async function forumRecommendationRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['forums'];
  const ctxOf = (request: FastifyRequest): ForumCtx => actorContext(request, clock);
  const depsOf = (request: FastifyRequest): ForumDeps => ({ ...ctxOf(request), config });
  // Public answers read by many: an expired one is served while one fresh load runs behind it.
  const publicAnswers = new AnswerCache<object>(config.caseListCacheSeconds, { serveStaleSeconds: config.caseListCacheSeconds });
  const feedAnswers = new AnswerCache<string>(config.caseListCacheSeconds, { max: 1, serveStaleSeconds: config.caseListCacheSeconds });
  const publicChanged = () => {
    publicAnswers.clear();
    feedAnswers.clear();
  };

  // Assessment template
  app.get<Id>('/api/forums/:id/assessment-template', { schema: { tags, params: S.IdParams, response: { 200: S.TemplateSchema } } }, async (request) => readTemplate(db, ctxOf(request), request.params.id));
  app.put<WithBody<typeof S.TemplateBody>>('/api/forums/:id/assessment-template', { schema: { tags, params: S.IdParams, body: S.TemplateBody, response: { 200: S.TemplateSchema } } }, async (request) =>
    saveTemplate(db, ctxOf(request), request.params.id, request.body.definition),
  );

  // Assessment
  app.post<WithBody<typeof S.StartAssessmentBody>>('/api/forum-submissions/:id/assessment', { schema: { tags, params: S.IdParams, body: S.StartAssessmentBody, response: { 201: S.AssessmentSchema } } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const id = await startAssessment(db, ctx, request.params.id, request.body.memberIds);
    return reply.code(201).send(await readAssessment(db, ctx, id));
  });
  app.get<Id>('/api/forum-assessments/:id', { schema: { tags, params: S.IdParams, response: { 200: S.AssessmentSchema } } }, async (request) => readAssessment(db, ctxOf(request), request.params.id));
  app.put<WithBody<typeof S.AnswersBody>>('/api/forum-assessments/:id/answers', { schema: { tags, params: S.IdParams, body: S.AnswersBody, response: { 200: S.AssessmentSchema } } }, async (request) => {
    const ctx = ctxOf(request);
    await saveAnswers(db, ctx, request.params.id, request.body.items);
    return readAssessment(db, ctx, request.params.id);
  });
  app.put<WithBody<typeof S.ConclusionBody>>('/api/forum-assessments/:id/conclusion', { schema: { tags, params: S.IdParams, body: S.ConclusionBody, response: { 200: S.AssessmentSchema } } }, async (request) => {
    const ctx = ctxOf(request);
    await concludeAssessment(db, ctx, request.params.id, request.body.text);
    return readAssessment(db, ctx, request.params.id);
  });

  // Recommendations
  const viewAfter = async (id: string) => buildRecommendationView(db, id);
  app.get<Id>('/api/forums/:id/recommendations', { schema: { tags, params: S.IdParams, response: { 200: S.RecommendationListSchema } } }, async (request) => listBodyRecommendations(db, ctxOf(request), request.params.id));
  app.post<WithBody<typeof S.RecommendationBody>>('/api/forums/:id/recommendations', { schema: { tags, params: S.IdParams, body: S.RecommendationBody, response: { 201: S.RecommendationSchema } } }, async (request, reply) => {
    const { summary = '', owner = '', administrator = '', ...rest } = request.body;
    const id = await createRecommendation(db, ctxOf(request), request.params.id, { ...rest, summary, owner, administrator });
    return reply.code(201).send(await viewAfter(id));
  });
  app.post<{ Body: Static<typeof S.ExternalBody> }>('/api/forum-recommendations/external', { schema: { tags, body: S.ExternalBody, response: { 201: S.RecommendationSchema } } }, async (request, reply) => {
    const id = await registerExternal(db, ctxOf(request), request.body);
    publicChanged();
    return reply.code(201).send(await viewAfter(id));
  });
  app.get<Id>('/api/forum-recommendations/:id', { schema: { tags, params: S.IdParams, response: { 200: S.RecommendationSchema } } }, async (request) => readRecommendation(db, ctxOf(request), request.params.id));
  app.post<WithBody<typeof S.RevisionBody>>('/api/forum-recommendations/:id/versions', { schema: { tags, params: S.IdParams, body: S.RevisionBody, response: { 201: S.RecommendationSchema } } }, async (request, reply) => {
    const { summary = '', ...rest } = request.body;
    await reviseRecommendation(db, ctxOf(request), request.params.id, { ...rest, summary });
    return reply.code(201).send(await viewAfter(request.params.id));
  });
  app.post<WithBody<typeof S.ApproveBody>>('/api/forum-recommendations/:id/approve', { schema: { tags, params: S.IdParams, body: S.ApproveBody, response: { 200: S.RecommendationSchema } } }, async (request) => {
    await approveRecommendation(db, ctxOf(request), request.params.id, request.body.meetingId);
    return viewAfter(request.params.id);
  });
  app.post<Id>('/api/forum-recommendations/:id/publish', { schema: { tags, params: S.IdParams, response: { 200: S.RecommendationSchema } } }, async (request) => {
    await publishRecommendation(db, depsOf(request), request.params.id);
    publicChanged();
    return viewAfter(request.params.id);
  });
  app.post<WithBody<typeof S.WithdrawBody>>('/api/forum-recommendations/:id/withdraw', { schema: { tags, params: S.IdParams, body: S.WithdrawBody, response: { 200: S.RecommendationSchema } } }, async (request) => {
    await withdrawRecommendation(db, ctxOf(request), request.params.id, request.body.reason);
    publicChanged();
    return viewAfter(request.params.id);
  });

  // Public, no sign-in
  const publicTags = ['public'];
  app.get<{ Querystring: Static<typeof S.PublicListQuery> }>(
    '/api/public/recommendations',
    { config: { access: 'public' }, schema: { tags: publicTags, querystring: S.PublicListQuery, response: { 200: S.PublicPageSchema } } },
    async (request) => {
      const { q = '', theme = '', page = 1 } = request.query;
      return publicAnswers.get(`list\u0000${q.trim()}\u0000${theme}\u0000${page}`, () => listPublicRecommendations(db, { q, theme, page }));
    },
  );
  app.get('/api/public/recommendations.atom', { config: { access: 'public' }, schema: { tags: publicTags } }, async (_request, reply) =>
    reply.type('application/atom+xml; charset=utf-8').send(await feedAnswers.get('feed', () => recommendationsFeed(db, clock, config))),
  );
  app.get<{ Params: Static<typeof S.SlugParams> }>(
    '/api/public/recommendations/:slug',
    { config: { access: 'public' }, schema: { tags: publicTags, params: S.SlugParams, response: { 200: S.PublicRecommendationSchema } } },
    async (request) => publicAnswers.get(`slug\u0000${request.params.slug}`, () => readPublicRecommendation(db, request.params.slug)),
  );
}
