/**
 * Insights, KPI part (issue 12; docs/adr/0008-insights.md): dashboards per office, municipality,
 * county or the country as JSON and CSV, a GP's own figures, the scopes one may pick, and the
 * administrator's on-demand refresh of the facts. The pulse surveys register their own routes.
 */
import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { canSeeAreas, OFFICE_ROLES, pickableScopes } from './access.js';
import { dashboardCsv, gpCsv } from './domain/csv.js';
import { DASHBOARDS } from './domain/kpis.js';
import { installInsightsRefresh } from './facts/job.js';
import { refreshFacts } from './facts/refresh.js';
import { readDashboard, type Dashboard } from './read-dashboard.js';
import { readGpFigures } from './read-gp.js';
import { DashboardParams, DashboardQuery, DashboardSchema, GpFiguresSchema, PeriodQuery, RefreshBody, RefreshSchema, ScopesSchema } from './schemas.js';

type DashboardRoute = { Params: Static<typeof DashboardParams>; Querystring: Static<typeof DashboardQuery> };

const csvReply = (day: string, name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}-${day}.csv"`,
  'cache-control': 'no-store',
});

export async function insightsRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['insights'];
  // Aggregates over months change far slower than they are read: the lists' few seconds suffice.
  const answers = new AnswerCache<Dashboard>(config.caseListCacheSeconds, 500);

  app.get('/api/insights/scopes', { schema: { tags, response: { 200: ScopesSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    const scopes = await pickableScopes(db, ctx.actor);
    const mayDashboards = canSeeAreas(ctx.actor) || (OFFICE_ROLES.has(ctx.actor.role) && scopes.offices.length > 0);
    return { ...scopes, gpOwnFigures: ctx.actor.role === 'gp', dashboards: mayDashboards ? [...DASHBOARDS] : [] };
  });

  app.get<DashboardRoute>('/api/insights/dashboards/:dashboard', { schema: { tags, params: DashboardParams, querystring: DashboardQuery, response: { 200: DashboardSchema } } }, async (request) =>
    readDashboard(db, actorContext(request, clock), request.params.dashboard, request.query, 'json', answers),
  );

  app.get<DashboardRoute>('/api/insights/dashboards/:dashboard/export.csv', { schema: { tags, params: DashboardParams, querystring: DashboardQuery } }, async (request, reply) => {
    const dashboard = await readDashboard(db, actorContext(request, clock), request.params.dashboard, request.query, 'csv', answers);
    const csv = dashboardCsv(dashboard.kpis, { scopeName: dashboard.scope.name, periodFrom: dashboard.period.from, periodTo: dashboard.period.to }, request.lang);
    return reply.headers(csvReply(clock.now().toISOString().slice(0, 10), `nokkeltall-${dashboard.dashboard}`)).send(csv);
  });

  app.get<{ Querystring: Static<typeof PeriodQuery> }>('/api/insights/gp/me', { schema: { tags, querystring: PeriodQuery, response: { 200: GpFiguresSchema } } }, async (request) =>
    readGpFigures(db, actorContext(request, clock), request.query, 'json'),
  );

  app.get<{ Querystring: Static<typeof PeriodQuery> }>('/api/insights/gp/me/export.csv', { schema: { tags, querystring: PeriodQuery } }, async (request, reply) => {
    const figures = await readGpFigures(db, actorContext(request, clock), request.query, 'csv');
    return reply.headers(csvReply(clock.now().toISOString().slice(0, 10), 'mine-tall')).send(gpCsv(figures.figures, figures.period, request.lang));
  });

  app.post<{ Body: Static<typeof RefreshBody> }>('/api/insights/refresh', { schema: { tags, body: RefreshBody, response: { 200: RefreshSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    if (ctx.actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
    const result = await refreshFacts(db, clock.now(), { full: request.body?.full === true });
    if (!result) throw new AppError('INSIGHTS_REFRESH_BUSY');
    answers.clear();
    await recordAudit(db, ctx, { action: 'update', objectType: 'insights_facts', purpose: 'insights_statistics', detail: { groups: result.groups, full: result.full } });
    return { ...result, refreshedAt: result.refreshedAt.toISOString() };
  });

  installInsightsRefresh(app);
}
