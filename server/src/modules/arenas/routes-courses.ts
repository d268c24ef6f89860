import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorContext } from '../../platform/context.js';
import { arenaDetail } from './core/read.js';
import { createCourse } from './courses/create-course.js';
import { readEvaluation, readEvaluationSummary, submitEvaluation } from './courses/evaluation.js';
import { computeTablePlan, moveInPlan, readTablePlan } from './courses/table-plan.js';
import * as C from './schemas-courses.js';
import * as S from './schemas.js';
import type { PlaceDeps } from './signup/place.js';
import { allocateSeats } from './signup/signup.js';

type Id = { Params: Static<typeof S.IdParams> };

/** Courses (ADR 0006 "Courses"): creation, allocation at the deadline, the table plan, the evaluation. */
export async function arenaCourseRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const depsOf = (request: FastifyRequest): PlaceDeps => ({ ...actorContext(request, clock), config, lang: request.lang });

  app.post<{ Body: Static<typeof C.CreateCourseBody> }>('/api/arenas/courses', { schema: { tags, body: C.CreateCourseBody, response: { 201: S.ArenaDetailSchema } } }, async (request, reply) => {
    const id = await createCourse(db, depsOf(request), request.body);
    return reply.code(201).send(await arenaDetail(db, depsOf(request), id));
  });
  app.post<Id>('/api/arenas/:id/allocate', { schema: { tags, params: S.IdParams, response: { 200: C.AllocationResultSchema } } }, async (request) => allocateSeats(db, depsOf(request), request.params.id));

  app.get<Id>('/api/arenas/:id/table-plan', { schema: { tags, params: S.IdParams, response: { 200: C.TablePlanSchema } } }, async (request) => readTablePlan(db, depsOf(request), request.params.id));
  app.post<Id & { Body: Static<typeof C.TablePlanBody> }>('/api/arenas/:id/table-plan', { schema: { tags, params: S.IdParams, body: C.TablePlanBody, response: { 201: C.TablePlanSchema } } }, async (request, reply) => {
    await computeTablePlan(db, depsOf(request), request.params.id, request.body);
    return reply.code(201).send(await readTablePlan(db, depsOf(request), request.params.id));
  });
  app.post<Id & { Body: Static<typeof C.MoveBody> }>('/api/arenas/:id/table-plan/moves', { schema: { tags, params: S.IdParams, body: C.MoveBody, response: { 200: C.TablePlanSchema } } }, async (request) => {
    await moveInPlan(db, depsOf(request), request.params.id, request.body);
    return readTablePlan(db, depsOf(request), request.params.id);
  });

  app.get<Id>('/api/arenas/:id/evaluation', { schema: { tags, params: S.IdParams, response: { 200: C.EvaluationSchema } } }, async (request) => readEvaluation(db, depsOf(request), request.params.id));
  app.put<Id & { Body: Static<typeof C.EvaluationBody> }>('/api/arenas/:id/evaluation', { schema: { tags, params: S.IdParams, body: C.EvaluationBody, response: { 200: C.EvaluationSchema } } }, async (request) => {
    await submitEvaluation(db, depsOf(request), request.params.id, request.body.values);
    return readEvaluation(db, depsOf(request), request.params.id);
  });
  app.get<Id>('/api/arenas/:id/evaluation/summary', { schema: { tags, params: S.IdParams, response: { 200: C.EvaluationSummarySchema } } }, async (request) => readEvaluationSummary(db, depsOf(request), request.params.id));

}
