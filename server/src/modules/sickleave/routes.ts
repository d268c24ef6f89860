import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { NAV_ROLES } from '../../platform/access/roles.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { auditContext, requireActor } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { caseDetail } from './case-detail.js';
import { issueSickNote } from './commands/issue-sick-note.js';
import { DEFAULT_RULES } from './domain/index.js';
import { gpCaseList, workList } from './queries.js';
import { CaseIdParams, IssuedNote, SickNoteInput } from './schemas.js';
import { loadSickLeaveSettings } from './settings.js';

const WorkListQuery = Type.Object(
  {
    milestone: Type.Optional(Type.String({ maxLength: 60 })),
    assignedUserId: Type.Optional(Type.String({ format: 'uuid' })),
    employerId: Type.Optional(Type.String({ format: 'uuid' })),
    gpPersonId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export async function sickLeaveRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['sick-leave'];
  const rules = DEFAULT_RULES;
  const ctxOf = (request: FastifyRequest) => ({ ...auditContext(request, clock), actor: requireActor(request) });

  app.post<{ Body: Static<typeof SickNoteInput>; Headers: { 'nav-personident'?: string } }>(
    '/api/sick-notes',
    { schema: { tags, body: SickNoteInput, response: { 201: IssuedNote } } },
    async (request, reply) => {
      const settings = await loadSickLeaveSettings(db);
      const result = await issueSickNote(
        db,
        { ...ctxOf(request), rules, settings, allowSyntheticIdentifiers: config.demoMode },
        request.headers['nav-personident'],
        request.body,
      );
      return reply.code(201).send(result);
    },
  );

  app.get<{ Params: Static<typeof CaseIdParams> }>('/api/cases/:id', { schema: { tags, params: CaseIdParams } }, async (request) =>
    caseDetail(db, ctxOf(request), request.params.id, rules, await loadSickLeaveSettings(db), request.lang),
  );

  app.get<{ Querystring: Static<typeof WorkListQuery> }>('/api/nav/work-list', { schema: { tags, querystring: WorkListQuery } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'nav_adviser' && ctx.actor.role !== 'nav_manager') throw new AppError('ACCESS_DENIED_ROLE');
    const items = await workList(db, ctx.actor, request.query, clock.now(), rules);
    await recordAudit(
      db,
      ctx,
      items.map((i) => ({ action: 'list' as const, citizenId: i.citizen.id, objectType: 'sick_case', objectId: i.caseId, purpose: 'sick_leave_follow_up' as const })),
    );
    return items;
  });

  app.get('/api/gp/cases', { schema: { tags } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'gp') throw new AppError('ACCESS_DENIED_ROLE');
    const items = await gpCaseList(db, ctx.actor, clock.now(), rules);
    await recordAudit(
      db,
      ctx,
      items.map((i) => ({ action: 'list' as const, citizenId: i.citizen.id, objectType: 'sick_case', objectId: i.caseId, purpose: 'health_care' as const })),
    );
    return items;
  });

  app.post<{ Params: Static<typeof CaseIdParams>; Body: { userId: string } }>(
    '/api/cases/:id/assign',
    { schema: { tags, params: CaseIdParams, body: Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }) } },
    async (request) => {
      const ctx = ctxOf(request);
      if (!NAV_ROLES.has(ctx.actor.role) || ctx.actor.role === 'advisory_physician' || ctx.actor.role === 'coordinating_physician') {
        throw new AppError('ACCESS_DENIED_ROLE');
      }
      // Reading the case checks the office relationship before anything is changed.
      await caseDetail(db, ctx, request.params.id, rules, await loadSickLeaveSettings(db), request.lang);
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('sick_case').set({ assigned_user_id: request.body.userId, updated_at: clock.now() }).where('id', '=', request.params.id).execute();
        await recordAudit(tx, ctx, { action: 'update', objectType: 'sick_case', objectId: request.params.id, purpose: 'sick_leave_follow_up', detail: { assigned: request.body.userId } });
      });
      return { id: request.params.id };
    },
  );
}
