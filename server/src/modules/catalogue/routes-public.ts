import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AnswerCache } from '../../platform/cache/answer-cache.js';
import type { Static, TSchema } from '@sinclair/typebox';
import type { EntryKind } from './domain/kinds.js';
import { compare } from './public/compare.js';
import { listPublished, readPublished } from './public/entries.js';
import { listModels } from './public/models.js';
import { searchCatalogue } from './public/search.js';
import * as S from './schemas.js';

type Slug = { Params: Static<typeof S.SlugParams> };

/**
 * The public catalogue (issue 11; ADR 0007): no sign-in, published content only. Thin: schemas
 * in, one query, schemas out. Answers are kept for a few seconds by path and query (see routes.ts).
 */
export async function publicCatalogueRoutes(app: FastifyInstance, options: { answers: AnswerCache<object> }) {
  const { db } = app.platform;
  const cached = <T extends object>(request: FastifyRequest, load: () => Promise<T>) => options.answers.get(request.url, load) as Promise<T>;
  const tags = ['public', 'catalogue'];
  const config = { access: 'public' as const };

  app.get<{ Querystring: Static<typeof S.ModelListQuery> }>('/api/public/catalogue/models', { config, schema: { tags, querystring: S.ModelListQuery, response: { 200: S.ModelListSchema } } }, async (request) =>
    cached(request, () => listModels(db, request.query)),
  );
  app.get<Slug>('/api/public/catalogue/models/:slug', { config, schema: { tags, params: S.SlugParams, response: { 200: S.ModelPageSchema } } }, async (request) =>
    cached(request, () => readPublished(db, 'model', request.params.slug)),
  );
  app.get<{ Querystring: Static<typeof S.CompareQuery> }>('/api/public/catalogue/compare', { config, schema: { tags, querystring: S.CompareQuery, response: { 200: S.CompareSchema } } }, async (request) =>
    cached(request, () => compare(db, request.query.m)),
  );
  app.get<{ Querystring: Static<typeof S.SearchQuery> }>('/api/public/catalogue/search', { config, schema: { tags, querystring: S.SearchQuery, response: { 200: S.SearchSchema } } }, async (request) =>
    cached(request, () => searchCatalogue(db, request.query)),
  );

  // Measures, articles, checklists and templates: a list (optionally one category) and a page each.
  const knowledge = (path: string, kind: Exclude<EntryKind, 'model'>, page: TSchema) => {
    app.get<{ Querystring: Static<typeof S.KnowledgeListQuery> }>(`/api/public/catalogue/${path}`, { config, schema: { tags, querystring: S.KnowledgeListQuery, response: { 200: S.KnowledgeListSchema } } }, async (request) =>
      cached(request, () => listPublished(db, kind, request.query.category)),
    );
    app.get<Slug>(`/api/public/catalogue/${path}/:slug`, { config, schema: { tags, params: S.SlugParams, response: { 200: page } } }, async (request) =>
      cached(request, () => readPublished(db, kind, request.params.slug)),
    );
  };
  knowledge('measures', 'measure', S.MeasurePageSchema);
  knowledge('articles', 'article', S.ArticlePageSchema);
  knowledge('checklists', 'checklist', S.ToolPageSchema);
  knowledge('templates', 'template', S.ToolPageSchema);
}
