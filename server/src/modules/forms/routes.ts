import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { authorizeCitizen } from '../../platform/access/guard.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { DEFAULT_RULES } from '../sickleave/domain/index.js';
import { caseAccess, purposeOf, seesForm, writersOf } from './access.js';
import { approveForm, commentOnForm, createForm, loadForm, reviseForm, saveDraft, shareForm, type FormsCtx } from './commands.js';
import { FUNCTION_IN_WORK_KEY, ICIT_JOB_LIST_KEY, jobListText, renderForm, type FormTemplate } from './domain/index.js';
import { functionText } from './sick-note-text.js';
import { publishTemplate, templateOf, templateRegistry } from './templates.js';
import { APPROVER_LABELS, approvalsOf, employerTemplate, formView } from './view.js';
import { renderFormPdf } from './pdf/index.js';

const Uuid = Type.String({ format: 'uuid' });
const IdParams = Type.Object({ id: Uuid });
const CaseParams = Type.Object({ caseId: Uuid });
const CreateBody = Type.Object({ templateKey: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }) }, { additionalProperties: false });
const DraftBody = Type.Object({ values: Type.Record(Type.String({ maxLength: 100 }), Type.Unknown()), editCount: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
const CommentBody = Type.Object({ text: Type.String({ maxLength: 4000 }), kind: Type.Optional(Type.Union([Type.Literal('comment'), Type.Literal('improvement_request')])) }, { additionalProperties: false });
const TemplateParams = Type.Object({ key: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), version: Type.Integer({ minimum: 1 }) });
const PdfQuery = Type.Object({ revision: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });

type Id = { Params: Static<typeof IdParams> };

/** The sick note's employer-visible field and function fields take this much text. */
const SICK_NOTE_TEXT_MAX = 2000;

export async function formRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['forms'];
  const templates = templateRegistry(db);
  const ctxOf = (request: FastifyRequest): FormsCtx => ({ ...actorContext(request, clock), templates, config, rules: DEFAULT_RULES });

  /** A form as the viewer may see it, with its template version; the read is audited. */
  const readForm = async (request: FastifyRequest, id: string) => {
    const ctx = ctxOf(request);
    const row = await loadForm(db, id);
    const { audience } = await caseAccess(db, ctx, row.case_id);
    if (!seesForm(row, ctx.actor, audience)) throw new AppError('FORM_NOT_FOUND');
    const template = await templateOf(templates, row.template_key, row.template_version);
    await recordAudit(db, ctx, { action: 'read', citizenId: row.citizen_id, objectType: 'filled_form', objectId: row.id, purpose: purposeOf(ctx.actor) });
    return { ctx, row, audience, template };
  };
  const viewOf = async (request: FastifyRequest, id: string) => {
    const { ctx, row, audience, template } = await readForm(request, id);
    return formView(db, row, template, ctx.actor, audience, request.lang);
  };

  app.get('/api/forms/templates', { schema: { tags } }, async (request) => {
    actorContext(request, clock);
    const registry = await templates.get();
    return registry.keys().map((key) => {
      const latest = registry.latest(key);
      return latest.ok ? { key, version: latest.template.version, title: latest.template.title[request.lang] } : null;
    }).filter(Boolean);
  });

  app.get<{ Params: Static<typeof TemplateParams> }>('/api/forms/templates/:key/:version', { schema: { tags, params: TemplateParams } }, async (request) => {
    const { actor } = actorContext(request, clock);
    const template = await templateOf(templates, request.params.key, request.params.version);
    return actor.role === 'employer' ? employerTemplate(template) : template;
  });

  app.post<{ Body: FormTemplate }>('/api/admin/form-templates', { schema: { tags, body: Type.Object({ key: Type.String(), version: Type.Integer() }, { additionalProperties: true }) } }, async (request, reply) =>
    reply.code(201).send(await publishTemplate(db, ctxOf(request), templates, request.body)),
  );

  app.get<{ Params: Static<typeof CaseParams> }>('/api/cases/:caseId/forms', { schema: { tags, params: CaseParams } }, async (request) => {
    const ctx = ctxOf(request);
    const { sickCase, audience } = await caseAccess(db, ctx, request.params.caseId);
    const rows = await db.selectFrom('filled_form').where('case_id', '=', sickCase.id).selectAll().orderBy('created_at', 'desc').execute();
    const visible = rows.filter((row) => seesForm(row, ctx.actor, audience));
    const registry = await templates.get();
    const comments = visible.length > 0 ? await db.selectFrom('form_comment').where('form_id', 'in', visible.map((r) => r.id)).select(['form_id']).execute() : [];
    await recordAudit(db, ctx, { action: 'list', citizenId: sickCase.citizen_id, objectType: 'filled_form', objectId: sickCase.id, purpose: purposeOf(ctx.actor), detail: { rows: visible.length } });
    return {
      forms: visible.map((row) => {
        const found = registry.get(row.template_key, row.template_version);
        const template = found.ok ? found.template : null;
        return {
          id: row.id,
          templateKey: row.template_key,
          templateVersion: row.template_version,
          title: template ? template.title[request.lang] : row.template_key,
          status: row.status,
          revision: row.revision,
          updatedAt: new Date(row.updated_at).toISOString(),
          sharedAt: row.shared_at ? new Date(row.shared_at).toISOString() : null,
          approvals: template ? approvalsOf(template, row.values as Record<string, unknown>) : [],
          commentCount: audience === 'employer' ? 0 : comments.filter((c) => c.form_id === row.id).length,
        };
      }),
      canCreate: registry.keys().filter((key) => writersOf(key).has(ctx.actor.role)),
    };
  });

  app.post<{ Params: Static<typeof CaseParams>; Body: Static<typeof CreateBody> }>('/api/cases/:caseId/forms', { schema: { tags, params: CaseParams, body: CreateBody } }, async (request, reply) => {
    const id = await createForm(db, ctxOf(request), request.params.caseId, request.body.templateKey);
    return reply.code(201).send(await viewOf(request, id));
  });

  app.get<Id>('/api/forms/:id', { schema: { tags, params: IdParams } }, async (request) => viewOf(request, request.params.id));

  app.put<Id & { Body: Static<typeof DraftBody> }>('/api/forms/:id/draft', { schema: { tags, params: IdParams, body: DraftBody } }, async (request) => saveDraft(db, ctxOf(request), request.params.id, request.body));

  app.post<Id>('/api/forms/:id/approve', { schema: { tags, params: IdParams } }, async (request) => {
    await approveForm(db, ctxOf(request), request.params.id);
    return viewOf(request, request.params.id);
  });
  app.post<Id>('/api/forms/:id/share', { schema: { tags, params: IdParams } }, async (request) => {
    await shareForm(db, ctxOf(request), request.params.id);
    return viewOf(request, request.params.id);
  });
  app.post<Id>('/api/forms/:id/revise', { schema: { tags, params: IdParams } }, async (request) => {
    await reviseForm(db, ctxOf(request), request.params.id);
    return viewOf(request, request.params.id);
  });
  app.post<Id & { Body: Static<typeof CommentBody> }>('/api/forms/:id/comments', { schema: { tags, params: IdParams, body: CommentBody } }, async (request, reply) => {
    await commentOnForm(db, ctxOf(request), request.params.id, { text: request.body.text, kind: request.body.kind ?? 'comment' });
    return reply.code(201).send(await viewOf(request, request.params.id));
  });

  /** The revision as the viewer may see it, as A4 PDF: the same document model as the preview. */
  app.get<Id & { Querystring: Static<typeof PdfQuery> }>('/api/forms/:id/pdf', { schema: { tags, params: IdParams, querystring: PdfQuery } }, async (request, reply) => {
    const { ctx, row, audience, template } = await readForm(request, request.params.id);
    const view = await formView(db, row, template, ctx.actor, audience, request.lang);
    let values = row.values as Record<string, unknown>;
    let revision = view.revision;
    let status: string = view.status;
    if (request.query.revision !== undefined && request.query.revision !== view.revision) {
      const kept = await db.selectFrom('filled_form_revision').where('form_id', '=', row.id).where('revision', '=', request.query.revision).selectAll().executeTakeFirst();
      if (!kept) throw new AppError('FORM_NOT_FOUND', { revision: request.query.revision });
      values = kept.values as Record<string, unknown>;
      revision = kept.revision;
      status = kept.status;
    } else if (view.revision !== row.revision) {
      const kept = await db.selectFrom('filled_form_revision').where('form_id', '=', row.id).where('revision', '=', view.revision).selectAll().executeTakeFirstOrThrow();
      values = kept.values as Record<string, unknown>;
    }
    const document = renderForm(template, values, { audience: audience === 'employer' ? 'employer' : 'full', lang: request.lang });
    const pdf = await renderFormPdf(document, {
      personName: view.citizen.name,
      approvals: approvalsOf(template, values).map((a) => ({ roleLabel: APPROVER_LABELS[a.role] ?? a.role, name: a.name, at: a.at })),
      revision,
      status,
      printedAt: clock.now(),
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${row.template_key}-${revision}.pdf"`)
      .send(Buffer.from(pdf));
  });

  /**
   * For the GP writing a sick note for a person: the texts their latest job list and "Funksjon i
   * arbeid" give the note's employer-visible field and function field, to fill in with one action.
   */
  app.get<{ Params: { citizenId: string } }>('/api/citizens/:citizenId/sick-note-texts', { schema: { tags, params: Type.Object({ citizenId: Uuid }) } }, async (request) => {
    const ctx = ctxOf(request);
    if (ctx.actor.role !== 'gp') throw new AppError('ACCESS_DENIED_ROLE');
    await authorizeCitizen(db, ctx, request.params.citizenId, 'citizen.read', 'filled_form');
    const latest = (key: string) =>
      db.selectFrom('filled_form').where('citizen_id', '=', request.params.citizenId).where('template_key', '=', key).selectAll().orderBy('updated_at', 'desc').limit(1).executeTakeFirst();
    const [jobs, mapping] = await Promise.all([latest(ICIT_JOB_LIST_KEY), latest(FUNCTION_IN_WORK_KEY)]);
    const text = async (row: typeof jobs, make: (template: FormTemplate, values: Record<string, unknown>) => { text: string; truncated: boolean }) => {
      if (!row) return null;
      const template = await templateOf(templates, row.template_key, row.template_version);
      return { formId: row.id, updatedAt: new Date(row.updated_at).toISOString(), ...make(template, row.values as Record<string, unknown>) };
    };
    const result = {
      job: await text(jobs, (template, values) => jobListText(template, values, { lang: 'nb', maxLength: SICK_NOTE_TEXT_MAX })),
      function: await text(mapping, (template, values) => functionText(template, values, SICK_NOTE_TEXT_MAX)),
    };
    await recordAudit(db, ctx, { action: 'read', citizenId: request.params.citizenId, objectType: 'filled_form', objectId: null, purpose: purposeOf(ctx.actor), detail: { for: 'sick_note' } });
    return result;
  });

  /** For the GP's sick note: the function areas of "Funksjon i arbeid", or the job list for the employer-visible field. */
  app.get<Id>('/api/forms/:id/sick-note-text', { schema: { tags, params: IdParams } }, async (request) => {
    const { ctx, row, template } = await readForm(request, request.params.id);
    if (ctx.actor.role !== 'gp') throw new AppError('ACCESS_DENIED_ROLE');
    const values = row.values as Record<string, unknown>;
    if (row.template_key === ICIT_JOB_LIST_KEY) {
      const result = jobListText(template, values, { lang: 'nb', maxLength: SICK_NOTE_TEXT_MAX });
      return { job: result.text, truncated: result.truncated };
    }
    if (row.template_key === FUNCTION_IN_WORK_KEY) {
      const result = functionText(template, values, SICK_NOTE_TEXT_MAX);
      return { function: result.text, truncated: result.truncated };
    }
    throw new AppError('VALIDATION_FAILED', { reason: 'only Funksjon i arbeid and the job list feed the sick note' });
  });
}
