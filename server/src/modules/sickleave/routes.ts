import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { Type, type Static } from '@sinclair/typebox';
import { NAV_ROLES } from '../../platform/access/roles.js';
import { ListReadAudit, recordAudit, type AuditContext, type AuditPurpose } from '../../platform/audit/audit.js';
import { DeadlineKeeper } from './deadlines.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { caseDetail } from './case-detail.js';
import { addMeasure, recordDecision, recordEvent, RECORDABLE_EVENTS, updateMeasure, updateTask } from './commands/case-work.js';
import { issueSickNote } from './commands/issue-sick-note.js';
import { DEFAULT_RULES } from './domain/index.js';
import { gpCaseList, WORK_LIST_PAGE, workList, workListOptions } from './queries.js';
import { CaseIdParams, IssuedNote, SickNoteInput } from './schemas.js';
import { escalateOverdueTasks } from './jobs.js';
import { employerCases, officeTasks, ownCases } from './queries.js';
import { loadSickLeaveSettings } from './settings.js';

const WorkListQuery = Type.Object(
  {
    milestone: Type.Optional(Type.String({ maxLength: 60 })),
    assignedUserId: Type.Optional(Type.String({ format: 'uuid' })),
    employerId: Type.Optional(Type.String({ format: 'uuid' })),
    gpPersonId: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: WORK_LIST_PAGE })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

interface CachedList {
  body: string;
  /** Who the answer shows, for the audit entry of each read. */
  citizenIds: string[];
  rows: number;
}

type ListRow = { citizen: { id: string } };

/** A list answer as sent, with who it shows. */
function cachedList(list: ListRow[] | { items: ListRow[] }): CachedList {
  const rows = Array.isArray(list) ? list : list.items;
  return { body: JSON.stringify(list), citizenIds: [...new Set(rows.map((r) => r.citizen.id))], rows: rows.length };
}

const IsoDate = Type.String({ format: 'date' });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Created = Type.Object({ id: Type.String() });
const EventInput = Type.Object(
  { kind: Type.Union(RECORDABLE_EVENTS.map((k) => Type.Literal(k))), occurredOn: IsoDate, detail: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
const MeasureInput = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 60 }), startsOn: IsoDate, endsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])) },
  { additionalProperties: false },
);
const MeasurePatch = Type.Object(
  { endsOn: Type.Optional(Type.Union([IsoDate, Type.Null()])), result: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])) },
  { additionalProperties: false },
);
const DECISION_KINDS = ['activity_requirement_met', 'activity_requirement_exception', 'aap_granted', 'fit_for_job_placement', 'sick_pay_stopped', 'dialogue_meeting_2_not_needed'];
const DecisionInput = Type.Object(
  {
    kind: Type.Union(DECISION_KINDS.map((k) => Type.Literal(k))),
    decidedOn: IsoDate,
    effectiveFrom: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
const TaskAction = Type.Object({ action: Type.Union([Type.Literal('take'), Type.Literal('done')]) }, { additionalProperties: false });

export async function sickLeaveRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['sick-leave'];
  const rules = DEFAULT_RULES;
  const ctxOf = (request: FastifyRequest) => actorContext(request, clock);
  const deadlines = new DeadlineKeeper(db, rules);
  // The busiest lists, kept for CASE_LIST_CACHE_SECONDS as the JSON sent; every read is still audited.
  const lists = new AnswerCache<CachedList>(config.caseListCacheSeconds);
  const listReads = new ListReadAudit(db);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && reply.statusCode < 300) lists.clear();
    return payload;
  });
  const sendList = async (reply: FastifyReply, ctx: AuditContext, list: CachedList, objectType: string, purpose: AuditPurpose) => {
    await listReads.record(ctx, list.citizenIds, { objectType, purpose, rows: list.rows });
    return reply.type('application/json; charset=utf-8').send(list.body);
  };
  const auditList = (ctx: AuditContext, rows: ListRow[], objectType: string, purpose: AuditPurpose) =>
    listReads.record(ctx, rows.map((r) => r.citizen.id), { objectType, purpose, rows: rows.length });

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

  app.get<{ Querystring: Static<typeof WorkListQuery> }>('/api/nav/work-list', { schema: { tags, querystring: WorkListQuery } }, async (request, reply) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'nav_adviser' && ctx.actor.role !== 'nav_manager') throw new AppError('ACCESS_DENIED_ROLE');
    const today = clock.now();
    await deadlines.ensureCurrent(today);
    // Advisers of one office with the same grants see the same list: they share the answer.
    const { actor } = ctx;
    const key = JSON.stringify(['work-list', actor.organisationId, [...actor.grants].sort(), request.query, today.toISOString().slice(0, 10)]);
    const page = await lists.get(key, async () => cachedList(await workList(db, actor, request.query, today, rules)));
    return sendList(reply, ctx, page, 'sick_case', 'sick_leave_follow_up');
  });

  app.get('/api/nav/work-list/options', { schema: { tags } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'nav_adviser' && ctx.actor.role !== 'nav_manager') throw new AppError('ACCESS_DENIED_ROLE');
    return workListOptions(db, ctx.actor);
  });

  app.get('/api/gp/cases', { schema: { tags } }, async (request, reply) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'gp') throw new AppError('ACCESS_DENIED_ROLE');
    const today = clock.now();
    await deadlines.ensureCurrent(today);
    const key = JSON.stringify(['gp-cases', ctx.actor.personId, today.toISOString().slice(0, 10)]);
    const list = await lists.get(key, async () => cachedList(await gpCaseList(db, ctx.actor, today, rules)));
    return sendList(reply, ctx, list, 'sick_case', 'health_care');
  });

  type Id = { Params: Static<typeof IdParams> };

  app.get('/api/me/cases', { schema: { tags } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'patient' || !ctx.actor.citizenId) throw new AppError('ACCESS_DENIED_ROLE');
    const cases = await ownCases(db, ctx.actor.citizenId);
    await recordAudit(db, ctx, { action: 'list', citizenId: ctx.actor.citizenId, objectType: 'sick_case', purpose: 'own_data' });
    return cases;
  });

  app.get('/api/employer/cases', { schema: { tags } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'employer') throw new AppError('ACCESS_DENIED_ROLE');
    await deadlines.ensureCurrent(clock.now());
    const cases = await employerCases(db, ctx.actor, clock.now(), rules);
    await auditList(ctx, cases, 'sick_case_employer_copy', 'employer_follow_up');
    return cases;
  });

  // Deadlines are checked every ten minutes inside the app; the job is safe on several instances.
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    // Started, not awaited: the first list of the day waits for it only if it is still running.
    deadlines.ensureCurrent(clock.now()).catch((error: unknown) => app.log.warn({ err: error }, 'deadline refresh failed'));
    timer = setInterval(() => {
      escalateOverdueTasks(db, clock).catch((error: unknown) => app.log.warn({ err: error }, 'task escalation failed'));
      deadlines.ensureCurrent(clock.now()).catch((error: unknown) => app.log.warn({ err: error }, 'deadline refresh failed'));
    }, 600_000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await deadlines.settle();
  });

  app.get<{ Querystring: { escalated?: boolean } }>(
    '/api/nav/tasks',
    { schema: { tags, querystring: Type.Object({ escalated: Type.Optional(Type.Boolean()) }, { additionalProperties: false }) } },
    async (request) => {
      const ctx = ctxOf(request);
      if (ctx.actor.role !== 'nav_adviser' && ctx.actor.role !== 'nav_manager') throw new AppError('ACCESS_DENIED_ROLE');
      const tasks = await officeTasks(db, ctx.actor, request.query.escalated ?? false);
      await auditList(ctx, tasks, 'case_task', 'sick_leave_follow_up');
      return tasks;
    },
  );
  app.get('/api/measures/catalogue', { schema: { tags } }, async (request) =>
    (await db.selectFrom('measure_catalogue').where('active', '=', true).selectAll().orderBy('code').execute()).map((m) => ({
      code: m.code,
      name: request.lang === 'en' ? m.name_en : m.name_nb,
    })),
  );
  app.post<Id & { Body: Static<typeof EventInput> }>('/api/cases/:id/events', { schema: { tags, params: IdParams, body: EventInput, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await recordEvent(db, { ...ctxOf(request), rules }, request.params.id, request.body)),
  );
  app.post<Id & { Body: Static<typeof MeasureInput> }>('/api/cases/:id/measures', { schema: { tags, params: IdParams, body: MeasureInput, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await addMeasure(db, { ...ctxOf(request), rules }, request.params.id, request.body)),
  );
  app.patch<Id & { Body: Static<typeof MeasurePatch> }>('/api/measures/:id', { schema: { tags, params: IdParams, body: MeasurePatch, response: { 200: Created } } }, async (request) =>
    updateMeasure(db, { ...ctxOf(request), rules }, request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof DecisionInput> }>('/api/cases/:id/decisions', { schema: { tags, params: IdParams, body: DecisionInput, response: { 201: Created } } }, async (request, reply) =>
    reply.code(201).send(await recordDecision(db, { ...ctxOf(request), rules }, request.params.id, request.body)),
  );
  app.post<Id & { Body: Static<typeof TaskAction> }>('/api/tasks/:id', { schema: { tags, params: IdParams, body: TaskAction, response: { 200: Created } } }, async (request) =>
    updateTask(db, { ...ctxOf(request), rules }, request.params.id, request.body.action),
  );

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
      const target = await db
        .selectFrom('app_user as u')
        .innerJoin('sick_case as sc', (join) => join.onRef('sc.nav_office_id', '=', 'u.organisation_id').on('sc.id', '=', request.params.id))
        .where('u.id', '=', request.body.userId)
        .where('u.role', 'in', ['nav_adviser', 'nav_manager'])
        .where('u.active', '=', true)
        .select('u.id')
        .executeTakeFirst();
      if (!target) throw new AppError('VALIDATION_FAILED', { field: 'userId', reason: 'not an adviser at the case’s NAV office' });
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('sick_case').set({ assigned_user_id: request.body.userId, updated_at: clock.now() }).where('id', '=', request.params.id).execute();
        await recordAudit(tx, ctx, { action: 'update', objectType: 'sick_case', objectId: request.params.id, purpose: 'sick_leave_follow_up', detail: { assigned: request.body.userId } });
      });
      return { id: request.params.id };
    },
  );
}
