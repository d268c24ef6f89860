import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import { ListReadAudit, recordAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { templateRegistry } from '../forms/templates.js';
import { courseAccess, purposeOf, type TeamDeps } from './access.js';
import { teamBoard } from './board.js';
import { closeCourse, saveFinalReport } from './courses/closing.js';
import { completeCourseForm, saveCourseForm, startCourseForm } from './courses/forms.js';
import { addGoal, changeGoal } from './courses/goals.js';
import { patchCourse } from './courses/patch.js';
import * as S from './courses/schemas.js';
import { bookSession, changeSession } from './courses/sessions.js';
import { saveSummary } from './courses/summary.js';
import { buildCourseView } from './courses/view.js';

/**
 * The shared course (forløp) and the weekly board (issue 8, docs/adr/0004-teams.md). Thin: the
 * schemas in, one call to a use case, the course as the viewer may see it out.
 */
type Id = { Params: Static<typeof S.IdParams> };
const CreatedView = Type.Composite([S.CourseViewSchema, Type.Object({ createdId: Type.String({ format: 'uuid' }) })]);

export async function courseRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['teams'];
  const templates = templateRegistry(db);
  const listAudit = new ListReadAudit(db);
  const depsOf = (request: FastifyRequest): TeamDeps => ({ ...actorContext(request, clock), config });
  const formDeps = (request: FastifyRequest) => ({ ...depsOf(request), templates });

  /** The course as the viewer may see it; the read is audited, so the person sees who read their course. */
  const viewOf = async (request: FastifyRequest, courseId: string) => {
    const ctx = depsOf(request);
    const access = await courseAccess(db, ctx, courseId, 'identity');
    const view = await buildCourseView(db, access, { ctx, registry: await templates.get(), lang: request.lang });
    await recordAudit(db, ctx, { action: 'read', citizenId: access.course.citizen_id, objectType: 'team_course', objectId: courseId, purpose: purposeOf(ctx.actor), detail: { parts: [...access.parts] } });
    return view;
  };
  const view = { 200: S.CourseViewSchema };
  const created = { 201: CreatedView };

  app.get<Id>('/api/team-courses/:id', { schema: { tags, params: S.IdParams, response: view } }, async (request) => viewOf(request, request.params.id));

  app.put<Id & { Body: Static<typeof S.SummaryBody> }>('/api/team-courses/:id/summary', { schema: { tags, params: S.IdParams, body: S.SummaryBody, response: view } }, async (request) => {
    await saveSummary(db, depsOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.patch<Id & { Body: Static<typeof S.CoursePatchBody> }>('/api/team-courses/:id', { schema: { tags, params: S.IdParams, body: S.CoursePatchBody, response: view } }, async (request) => {
    await patchCourse(db, depsOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof S.SessionBody> }>('/api/team-courses/:id/sessions', { schema: { tags, params: S.IdParams, body: S.SessionBody, response: created } }, async (request, reply) => {
    const createdId = await bookSession(db, depsOf(request), request.params.id, request.body);
    return reply.code(201).send({ ...(await viewOf(request, request.params.id)), createdId });
  });

  app.patch<Id & { Body: Static<typeof S.SessionPatchBody> }>('/api/team-sessions/:id', { schema: { tags, params: S.IdParams, body: S.SessionPatchBody, response: view } }, async (request) =>
    viewOf(request, await changeSession(db, depsOf(request), request.params.id, request.body)),
  );

  app.post<Id & { Body: Static<typeof S.GoalBody> }>('/api/team-courses/:id/goals', { schema: { tags, params: S.IdParams, body: S.GoalBody, response: created } }, async (request, reply) => {
    const createdId = await addGoal(db, depsOf(request), request.params.id, request.body);
    return reply.code(201).send({ ...(await viewOf(request, request.params.id)), createdId });
  });

  app.patch<Id & { Body: Static<typeof S.GoalPatchBody> }>('/api/team-goals/:id', { schema: { tags, params: S.IdParams, body: S.GoalPatchBody, response: view } }, async (request) =>
    viewOf(request, await changeGoal(db, depsOf(request), request.params.id, request.body)),
  );

  app.post<Id & { Body: Static<typeof S.FormCreateBody> }>('/api/team-courses/:id/forms', { schema: { tags, params: S.IdParams, body: S.FormCreateBody, response: created } }, async (request, reply) => {
    const createdId = await startCourseForm(db, formDeps(request), request.params.id, request.body);
    return reply.code(201).send({ ...(await viewOf(request, request.params.id)), createdId });
  });

  app.put<Id & { Body: Static<typeof S.FormValuesBody> }>('/api/team-course-forms/:id', { schema: { tags, params: S.IdParams, body: S.FormValuesBody, response: view } }, async (request) =>
    viewOf(request, await saveCourseForm(db, formDeps(request), request.params.id, request.body.values)),
  );

  app.post<Id>('/api/team-course-forms/:id/complete', { schema: { tags, params: S.IdParams, response: view } }, async (request) => viewOf(request, await completeCourseForm(db, formDeps(request), request.params.id)));

  app.put<Id & { Body: Static<typeof S.FinalReportBody> }>('/api/team-courses/:id/final-report', { schema: { tags, params: S.IdParams, body: S.FinalReportBody, response: view } }, async (request) => {
    await saveFinalReport(db, depsOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof S.CloseBody> }>('/api/team-courses/:id/close', { schema: { tags, params: S.IdParams, body: S.CloseBody, response: view } }, async (request) => {
    await closeCourse(db, depsOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.get<Id>('/api/teams/:id/board', { schema: { tags, params: S.IdParams, response: { 200: S.BoardSchema } } }, async (request) => teamBoard(db, depsOf(request), listAudit, request.params.id));
}
