import { runPeriodically } from '../../platform/jobs/periodic.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { ListReadAudit, recordAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { requireSide } from './access.js';
import { answerRequest, reply, saveDraft, withdrawRequest } from './commands/answer.js';
import { readAttachment, removeDraftAttachment, uploadAttachment } from './commands/attachments.js';
import type { DialogueCtx } from './commands/context.js';
import { sendGpMessage, sendNavNote, sendRequest } from './commands/send.js';
import { GP_NOTE_CODES, LEGAL_BASIS, NAV_NOTE_CODES, REQUEST_KINDS } from './domain/codes.js';
import { defaultRequestDueOn } from './domain/deadlines.js';
import { wholeRecordWarnings } from './domain/questions.js';
import { idempotencyKeyFrom } from './idempotency.js';
import { gpInbox, INBOX_PAGE, markGpInformationRead, navInbox, type CountCache } from './inbox.js';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { runDialogueFollowUps } from './jobs.js';
import { dialogueSettingsCache, loadDialogueSettings } from './settings.js';
import { assignConversation, openConversation } from './thread-view.js';

const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });
const IdParams = Type.Object({ id: Uuid });
const Text = (max: number) => Type.String({ maxLength: max });

const RequestBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('L8'), Type.Literal('L40')]),
    questions: Type.Array(Text(5000), { maxItems: 50 }),
    openQuestion: Type.Optional(Text(5000)),
    dueOn: Type.Optional(IsoDate),
    gpPersonId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
const NavNoteBody = Type.Object({ code: Type.Integer(), text: Text(20_000), gpPersonId: Type.Optional(Uuid) }, { additionalProperties: false });
const GpMessageBody = Type.Object(
  {
    code: Type.Union([Type.Literal(1), Type.Literal(2)]),
    text: Text(20_000),
    subject: Type.Optional(Type.String({ maxLength: 200 })),
    caseId: Type.Optional(Uuid),
    citizenId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
const AnswerItems = Type.Array(Type.Object({ position: Type.Integer({ minimum: 1, maximum: 50 }), text: Text(20_000) }, { additionalProperties: false }), { maxItems: 50 });
const AnswerBody = Type.Object(
  { answers: AnswerItems, attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })), confirmWholeRecord: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
const DraftBody = Type.Object({ answers: AnswerItems }, { additionalProperties: false });
const ReplyBody = Type.Object(
  { text: Text(20_000), code: Type.Optional(Type.Integer()), attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })) },
  { additionalProperties: false },
);
const UploadBody = Type.Object(
  {
    filename: Type.String({ minLength: 1, maxLength: 255 }),
    category: Type.Optional(Type.Union([Type.Literal('document'), Type.Literal('discharge_summary'), Type.Literal('journal')])),
    contentBase64: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
const CheckBody = Type.Object({ questions: Type.Array(Text(5000), { maxItems: 50 }), openQuestion: Type.Optional(Text(5000)) }, { additionalProperties: false });
const InboxQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    citizenId: Type.Optional(Uuid),
    gpPersonId: Type.Optional(Uuid),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    show: Type.Optional(Type.Union([Type.Literal('awaiting_me'), Type.Literal('open'), Type.Literal('unread'), Type.Literal('all')])),
    scope: Type.Optional(Type.Union([Type.Literal('office'), Type.Literal('mine'), Type.Literal('unassigned')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: INBOX_PAGE })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

type Id = { Params: Static<typeof IdParams> };

export async function dialogueRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['dialogue'];
  // Settings change rarely (an administrator's edit); read them at most every 30 seconds.
  const settingsCache = dialogueSettingsCache(db);
  const settingsNow = settingsCache.get;
  const ctxOf = async (request: FastifyRequest): Promise<DialogueCtx> => ({ ...actorContext(request, clock), settings: await settingsNow(), config });
  const keyOf = (request: FastifyRequest) => idempotencyKeyFrom(request.headers['idempotency-key']);
  // Inbox counts over thousands of threads, kept for CASE_LIST_CACHE_SECONDS; every write here clears them.
  const inboxCounts: CountCache = new AnswerCache(config.caseListCacheSeconds);
  // Whole inbox pages too, as the JSON sent: twenty advisers of one office read the same page.
  const inboxPages = new AnswerCache<{ body: string; citizenIds: string[]; rows: number }>(config.caseListCacheSeconds);
  const inboxReads = new ListReadAudit(db);
  app.addHook('onSend', async (request, reply, payload) => {
    // Opening a thread changes what is unread and read, so it clears like a write.
    const changes = request.method !== 'GET' || request.routeOptions.url === '/api/conversations/:id';
    if (changes && reply.statusCode < 300) {
      inboxCounts.clear();
      inboxPages.clear();
    }
    return payload;
  });

  /** What the request builder shows: kinds with tariffs and default deadlines, legal basis, note codes. */
  app.get('/api/dialogue/reference', { schema: { tags } }, async (request) => {
    const settings = await loadDialogueSettings(db);
    const lang = request.lang;
    const tariffs = await db.selectFrom('tariff').selectAll().orderBy('code').orderBy('valid_from', 'desc').execute();
    const tariffOf = (code: string) => {
      const t = tariffs.find((x) => x.code === code);
      return t ? { code: t.code, text: lang === 'en' ? t.text_en : t.text_nb, amountNok: t.amount_nok === null ? null : Number(t.amount_nok) } : { code, text: code, amountNok: null };
    };
    return {
      requestKinds: (Object.keys(REQUEST_KINDS) as (keyof typeof REQUEST_KINDS)[]).map((kind) => ({
        kind,
        label: REQUEST_KINDS[kind].label[lang],
        tariff: tariffOf(REQUEST_KINDS[kind].tariff),
        days: settings.requestDays[kind],
        defaultDueOn: defaultRequestDueOn(kind, clock.now(), settings),
      })),
      legalBasis: LEGAL_BASIS[lang],
      navNoteCodes: Object.entries(NAV_NOTE_CODES).map(([code, label]) => ({ code: Number(code), label: label[lang] })),
      gpNoteCodes: Object.entries(GP_NOTE_CODES).map(([code, label]) => ({ code: Number(code), label: label[lang] })),
      limits: { questions: settings.questions, maxAnswerLength: settings.maxAnswerLength, maxMessageLength: settings.maxMessageLength, attachments: settings.attachments },
    };
  });

  /** The builder's live check: warnings for whole journals or discharge summaries. */
  app.post<{ Body: Static<typeof CheckBody> }>('/api/dialogue/check-questions', { schema: { tags, body: CheckBody } }, async (request) => {
    requireSide(actorContext(request, clock).actor, 'nav');
    return { warnings: wholeRecordWarnings(request.body.questions, request.body.openQuestion) };
  });

  app.post<Id & { Body: Static<typeof RequestBody> }>('/api/cases/:id/requests', { schema: { tags, params: IdParams, body: RequestBody } }, async (request, reply) => {
    const result = await sendRequest(db, await ctxOf(request), request.params.id, request.body, keyOf(request));
    return reply.code(result.replayed ? 200 : 201).send(result);
  });
  app.post<Id & { Body: Static<typeof NavNoteBody> }>('/api/cases/:id/notes', { schema: { tags, params: IdParams, body: NavNoteBody } }, async (request, reply) => {
    const result = await sendNavNote(db, await ctxOf(request), request.params.id, request.body, keyOf(request));
    return reply.code(result.replayed ? 200 : 201).send(result);
  });
  app.post<{ Body: Static<typeof GpMessageBody> }>('/api/gp/messages', { schema: { tags, body: GpMessageBody } }, async (request, reply) => {
    const result = await sendGpMessage(db, await ctxOf(request), request.body, keyOf(request));
    return reply.code(result.replayed ? 200 : 201).send(result);
  });

  /** The advisers and managers of the signed-in NAV user's office: whom a thread can be assigned to. */
  app.get('/api/nav/office/advisers', { schema: { tags } }, async (request) => {
    const { actor } = actorContext(request, clock);
    requireSide(actor, 'nav');
    const rows = await db
      .selectFrom('app_user as u')
      .innerJoin('person as p', 'p.id', 'u.person_id')
      .where('u.organisation_id', '=', actor.organisationId ?? '00000000-0000-0000-0000-000000000000')
      .where('u.role', 'in', ['nav_adviser', 'nav_manager'])
      .where('u.active', '=', true)
      .select(['u.id', 'u.role', 'p.given_name', 'p.family_name'])
      .orderBy('p.family_name')
      .orderBy('p.given_name')
      .execute();
    return rows.map((r) => ({ userId: r.id, role: r.role, name: personName(r.given_name, r.family_name) }));
  });

  app.get<Id>('/api/conversations/:id', { schema: { tags, params: IdParams } }, async (request) => openConversation(db, await ctxOf(request), request.params.id, request.lang));
  app.post<Id & { Body: Static<typeof ReplyBody> }>('/api/conversations/:id/messages', { schema: { tags, params: IdParams, body: ReplyBody } }, async (request, res) => {
    const result = await reply(db, await ctxOf(request), request.params.id, request.body, keyOf(request));
    return res.code(result.replayed ? 200 : 201).send(result);
  });
  app.post<Id & { Body: { userId: string } }>(
    '/api/conversations/:id/assign',
    { schema: { tags, params: IdParams, body: Type.Object({ userId: Uuid }, { additionalProperties: false }) } },
    async (request) => assignConversation(db, await ctxOf(request), request.params.id, request.body.userId),
  );

  app.post<Id & { Body: Static<typeof AnswerBody> }>('/api/requests/:id/answer', { schema: { tags, params: IdParams, body: AnswerBody } }, async (request, res) => {
    const result = await answerRequest(db, await ctxOf(request), request.params.id, request.body, keyOf(request));
    return res.code(result.replayed ? 200 : 201).send(result);
  });
  app.put<Id & { Body: Static<typeof DraftBody> }>('/api/requests/:id/draft', { schema: { tags, params: IdParams, body: DraftBody } }, async (request) =>
    saveDraft(db, await ctxOf(request), request.params.id, request.body.answers),
  );
  app.post<Id>('/api/requests/:id/withdraw', { schema: { tags, params: IdParams } }, async (request) => withdrawRequest(db, await ctxOf(request), request.params.id));

  // Attachments travel as base64 in JSON: one format for the API and the reference UI; the body
  // limit follows the configured attachment size.
  const uploadLimit = Math.ceil(((await loadDialogueSettings(db)).attachments.maxBytes * 4) / 3) + 64 * 1024;
  app.post<Id & { Body: Static<typeof UploadBody> }>(
    '/api/conversations/:id/attachments',
    { schema: { tags, params: IdParams, body: UploadBody }, bodyLimit: uploadLimit },
    async (request, reply) => reply.code(201).send(await uploadAttachment(db, await ctxOf(request), request.params.id, request.body)),
  );
  app.delete<Id>('/api/attachments/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await removeDraftAttachment(db, await ctxOf(request), request.params.id);
    return reply.code(204).send();
  });
  app.get<Id>('/api/attachments/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const file = await readAttachment(db, await ctxOf(request), request.params.id);
    return reply
      .type(file.media_type)
      .header('content-disposition', `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });

  const inboxPage = async (key: unknown[], load: () => Promise<{ items: { citizen: { id: string } }[] }>) =>
    inboxPages.get(JSON.stringify(key), async () => {
      const inbox = await load();
      return { body: JSON.stringify(inbox), citizenIds: [...new Set(inbox.items.map((i) => i.citizen.id))], rows: inbox.items.length };
    });
  app.get<{ Querystring: Static<typeof InboxQuery> }>('/api/inbox/gp', { schema: { tags, querystring: InboxQuery } }, async (request, reply) => {
    const ctx = actorContext(request, clock);
    requireSide(ctx.actor, 'gp');
    const page = await inboxPage(['gp', ctx.actor.personId, request.query], () => gpInbox(db, ctx.actor, request.query, clock.now(), inboxCounts));
    await auditInbox(ctx, page.citizenIds, page.rows, 'health_care');
    return reply.type('application/json; charset=utf-8').send(page.body);
  });
  app.get<{ Querystring: Static<typeof InboxQuery> }>('/api/inbox/nav', { schema: { tags, querystring: InboxQuery } }, async (request, reply) => {
    const ctx = actorContext(request, clock);
    requireSide(ctx.actor, 'nav');
    const { actor } = ctx;
    const key = ['nav', actor.organisationId, [...actor.grants].sort(), request.query.scope === 'mine' ? actor.userId : '', request.query];
    const page = await inboxPage(key, () => navInbox(db, actor, request.query, clock.now(), inboxCounts));
    await auditInbox(ctx, page.citizenIds, page.rows, 'sick_leave_follow_up');
    return reply.type('application/json; charset=utf-8').send(page.body);
  });
  app.post('/api/inbox/gp/mark-read', { schema: { tags } }, async (request) => {
    const ctx = actorContext(request, clock);
    requireSide(ctx.actor, 'gp');
    const marked = await markGpInformationRead(db, ctx.actor);
    // Reading is an act on personal data too: one entry naming the threads' people.
    if (marked.length > 0) {
      await inboxReads.record(ctx, marked.map((m) => m.citizen_id), { action: 'update', objectType: 'conversation', purpose: 'health_care', rows: marked.length });
    }
    return { marked: marked.length };
  });

  const auditInbox = (ctx: ReturnType<typeof actorContext>, citizenIds: string[], rows: number, purpose: 'health_care' | 'sick_leave_follow_up') =>
    inboxReads.record(ctx, citizenIds, { objectType: 'conversation', purpose, rows });

  const SettingsBody = Type.Object(
    {
      requestDays: Type.Optional(Type.Object({ L8: Type.Integer({ minimum: 1, maximum: 60 }), L40: Type.Integer({ minimum: 1, maximum: 60 }) }, { additionalProperties: false })),
      navReplyWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
      navReplyWorkingDaysByOffice: Type.Optional(Type.Record(Type.String({ format: 'uuid' }), Type.Integer({ minimum: 1, maximum: 30 }))),
      escalateAfterDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    },
    { additionalProperties: false },
  );
  /** Deadlines are configuration: an administrator sets them, per office where offices differ. */
  app.get('/api/admin/dialogue-settings', { schema: { tags } }, async (request) => {
    if (actorContext(request, clock).actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
    const settings = await loadDialogueSettings(db);
    return { requestDays: settings.requestDays, navReplyWorkingDays: settings.navReplyWorkingDays, navReplyWorkingDaysByOffice: settings.navReplyWorkingDaysByOffice, escalateAfterDays: settings.escalateAfterDays };
  });
  app.put<{ Body: Static<typeof SettingsBody> }>('/api/admin/dialogue-settings', { schema: { tags, body: SettingsBody } }, async (request) => {
    const ctx = actorContext(request, clock);
    if (ctx.actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
    const offices = Object.keys(request.body.navReplyWorkingDaysByOffice ?? {});
    if (offices.length > 0) {
      const found = await db.selectFrom('organisation').where('id', 'in', offices).where('kind', '=', 'nav_office').select('id').execute();
      const unknown = offices.filter((id) => !found.some((f) => f.id === id));
      if (unknown.length > 0) throw new AppError('ORGANISATION_NOT_FOUND', { field: 'navReplyWorkingDaysByOffice', officeIds: unknown });
    }
    const row = await db.selectFrom('setting').where('key', '=', 'dialogue').select('value').executeTakeFirst();
    const value = JSON.stringify({ ...((row?.value ?? {}) as object), ...request.body });
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('setting').values({ key: 'dialogue', value }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: clock.now() })).execute();
      await recordAudit(tx, ctx, { action: 'update', objectType: 'setting', objectId: 'dialogue', purpose: 'directory_administration', detail: request.body });
    });
    settingsCache.clear();
    return { saved: true };
  });

  // Reminders and escalations run inside the app, every five minutes; safe with several instances.
  runPeriodically(app, 'dialogue follow-ups', 300_000, async () => runDialogueFollowUps(db, clock, await loadDialogueSettings(db), config));
}
