import type { FastifyInstance } from 'fastify';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { editingCatalogueRoutes } from './routes-editing.js';
import { publicCatalogueRoutes } from './routes-public.js';
import { syncShippedCatalogue } from './shipped/sync.js';

/**
 * The catalogue and knowledge base (issue 11, docs/adr/0007-catalogue.md): public reading and
 * search (routes-public.ts), editing with review and versions (routes-editing.ts). The public
 * answers are kept for a few seconds (the platform's answer-cache setting, CASE_LIST_CACHE_SECONDS;
 * 0 turns it off) and every editorial write through this instance clears them at once. The
 * shipped content is loaded whenever the app becomes ready — after the migrations, in every mode,
 * on every start — so a new release's models and measures appear without demo data.
 */
export async function catalogueRoutes(app: FastifyInstance) {
  // Public answers read by many: an expired one is served while one fresh load runs behind it.
  const ttl = app.platform.config.caseListCacheSeconds;
  const answers = new AnswerCache<object>(ttl, { serveStaleSeconds: ttl });
  await app.register(publicCatalogueRoutes, { answers });
  await app.register(editingCatalogueRoutes, { onWrite: () => answers.clear() });
  app.addHook('onReady', async () => {
    const result = await syncShippedCatalogue(app.platform.db, app.platform.clock);
    if (result.inserted > 0 || result.updated > 0) {
      answers.clear();
      app.log.info(result, 'shipped catalogue loaded');
    }
  });
}
