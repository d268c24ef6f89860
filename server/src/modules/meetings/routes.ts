import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { ListReadAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { idempotencyKeyFrom } from '../dialogue/idempotency.js';
import { DEFAULT_RULES } from '../sickleave/domain/index.js';
import { askForMeeting, recordMeeting2Exception, registerMeeting1 } from './commands/case-actions.js';
import { cancelMeeting, closeMeeting, moveMeeting, replyToMeeting } from './commands/change.js';
import { conveneMeeting, type MeetingCtx } from './commands/convene.js';
import { completeMeeting, correctMinutes } from './commands/minutes.js';
import { meetingParties, participantCalendar } from './outreach.js';
import { buildMeetingView } from './view.js';
import { caseMeetings, isoWeekOf, myInvitations, officeCalendar, readMeeting, type CalendarAnswer } from './queries.js';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { meetingSettingsCache } from './settings.js';

const Uuid = Type.String({ format: 'uuid' });
const IsoDate = Type.String({ format: 'date' });
const IdParams = Type.Object({ id: Uuid });
const CaseParams = Type.Object({ caseId: Uuid });
const Text = (max: number) => Type.String({ maxLength: max });
const Kind = Type.Union([Type.Literal('dm2'), Type.Literal('dm3'), Type.Literal('aap')]);
const PlaceKind = Type.Union([Type.Literal('nav_office'), Type.Literal('gp_office'), Type.Literal('workplace'), Type.Literal('video'), Type.Literal('other')]);
const Place = Type.Object({ kind: PlaceKind, text: Type.Optional(Nullable(Text(500))), videoUrl: Type.Optional(Nullable(Text(2000))) }, { additionalProperties: false });
const Part = Type.Union([
  Type.Object({ kind: Type.Literal('whole') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('last_minutes'), minutes: Type.Integer({ minimum: 1, maximum: 1440 }) }, { additionalProperties: false }),
]);
const Reply = Type.Union([Type.Literal('coming'), Type.Literal('wants_new_time'), Type.Literal('not_coming')]);
const Email = Type.Optional(Text(254));

const ConveneBody = Type.Object(
  {
    kind: Kind,
    startsAt: Type.String({ format: 'date-time' }),
    durationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    place: Place,
    purpose: Type.Optional(Text(4000)),
    agenda: Type.Optional(Text(4000)),
    preparation: Type.Optional(Text(4000)),
    gp: Type.Optional(
      Type.Union([
        Type.Object({ invite: Type.Literal(true), part: Part, personId: Type.Optional(Uuid) }, { additionalProperties: false }),
        Type.Object({ invite: Type.Literal(false), reason: Text(2000) }, { additionalProperties: false }),
      ]),
    ),
    employee: Type.Optional(Type.Object({ email: Email, phone: Type.Optional(Text(40)) }, { additionalProperties: false })),
    employer: Type.Optional(Type.Object({ invite: Type.Boolean(), email: Email }, { additionalProperties: false })),
    others: Type.Optional(
      Type.Array(
        Type.Object(
          {
            role: Type.Union([Type.Literal('advisory_physician'), Type.Literal('interpreter'), Type.Literal('nav_adviser'), Type.Literal('other')]),
            name: Text(200),
            userId: Type.Optional(Uuid),
            email: Email,
            phone: Type.Optional(Text(40)),
            language: Type.Optional(Text(100)),
            organisation: Type.Optional(Text(200)),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    confirmOverlap: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const MoveBody = Type.Object(
  {
    startsAt: Type.Optional(Type.String({ format: 'date-time' })),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440 })),
    place: Type.Optional(Place),
    reason: Text(2000),
    confirmOverlap: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const ReasonBody = Type.Object({ reason: Text(2000) }, { additionalProperties: false });
const ReplyBody = Type.Object({ reply: Reply, reason: Type.Optional(Text(2000)) }, { additionalProperties: false });
const TaskOwner = Type.Union([Type.Literal('employee'), Type.Literal('employer'), Type.Literal('nav'), Type.Literal('gp')]);
const MinutesFields = {
  situation: Text(20_000),
  conclusion: Text(20_000),
  medicalInformation: Type.Optional(Text(20_000)),
  tasks: Type.Array(Type.Object({ owner: TaskOwner, text: Text(2000), dueOn: Type.Optional(IsoDate) }, { additionalProperties: false }), { maxItems: 50 }),
  attendance: Type.Array(Type.Object({ participantId: Uuid, attended: Type.Boolean() }, { additionalProperties: false }), { maxItems: 30 }),
  otherParticipants: Type.Optional(Text(2000)),
};
const MinutesBody = Type.Object(MinutesFields, { additionalProperties: false });
const CorrectionBody = Type.Object({ ...MinutesFields, correctionReason: Text(2000) }, { additionalProperties: false });
const Meeting1Body = Type.Object({ heldOn: IsoDate, gpTookPart: Type.Boolean() }, { additionalProperties: false });
const ExceptionBody = Type.Object(
  {
    reason: Type.Union([Type.Literal('medical'), Type.Literal('institution'), Type.Literal('fit_within_28_weeks'), Type.Literal('documented_measures')]),
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
const NeedBody = Type.Object({ reason: Text(2000), gpWantsToTakePart: Type.Optional(Type.Boolean()), gpReason: Type.Optional(Text(2000)) }, { additionalProperties: false });
const CalendarQuery = Type.Object(
  { week: Type.Optional(Type.String({ pattern: '^\\d{4}-W\\d{2}$' })), scope: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('office')])) },
  { additionalProperties: false },
);

const Window = Type.Object({ startsAt: Type.String(), endsAt: Type.String() });
const PlaceView = Type.Object({ kind: PlaceKind, text: Nullable(Type.String()), videoUrl: Nullable(Type.String()) });
/** The meeting as it leaves the server: anything not declared here is dropped. */
export const MeetingViewSchema = Type.Object({
  id: Uuid,
  caseId: Uuid,
  kind: Type.String(),
  status: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  durationMinutes: Type.Integer(),
  place: PlaceView,
  purpose: Nullable(Type.String()),
  agenda: Nullable(Type.String()),
  preparation: Nullable(Type.String()),
  person: Type.Object({ citizenId: Uuid, name: Type.String() }),
  navOffice: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  convenedBy: Nullable(Type.Object({ name: Type.String() })),
  gpDecision: Nullable(Type.Object({ invited: Type.Boolean(), reason: Nullable(Type.String()) })),
  cancelled: Nullable(Type.Object({ at: Type.String(), reason: Type.String(), by: Type.String() })),
  participants: Type.Array(
    Type.Object({
      id: Uuid,
      role: Type.String(),
      name: Type.String(),
      organisation: Nullable(Type.String()),
      userId: Nullable(Uuid),
      email: Nullable(Type.String()),
      phone: Nullable(Type.String()),
      language: Nullable(Type.String()),
      part: Type.Object({ kind: Type.String(), minutes: Type.Optional(Type.Integer()) }),
      window: Window,
      reply: Nullable(Reply),
      replyReason: Nullable(Type.String()),
      repliedAt: Nullable(Type.String()),
      replyChannel: Nullable(Type.String()),
      attended: Nullable(Type.Boolean()),
      isMe: Type.Boolean(),
    }),
  ),
  myParticipantId: Nullable(Uuid),
  minutes: Nullable(
    Type.Object({
      version: Type.Integer(),
      situation: Type.String(),
      conclusion: Type.String(),
      medicalInformation: Type.Optional(Nullable(Type.String())),
      tasks: Type.Array(Type.Object({ owner: TaskOwner, text: Type.String(), dueOn: Nullable(Type.String()) })),
      otherParticipants: Nullable(Type.String()),
      writtenBy: Type.String(),
      writtenAt: Type.String(),
      correctionReason: Nullable(Type.String()),
    }),
  ),
  minutesVersions: Type.Array(Type.Object({ version: Type.Integer(), writtenAt: Type.String(), writtenBy: Type.String(), correctionReason: Nullable(Type.String()) })),
  gpTariff: Nullable(Type.Object({ code: Type.String(), text: Type.String(), amountNok: Nullable(Type.Number()), reason: Type.String() })),
  conversationId: Nullable(Uuid),
  allowedActions: Type.Array(Type.String()),
  heldOn: Nullable(Type.String()),
  gpTookPart: Nullable(Type.Boolean()),
});

type Id = { Params: Static<typeof IdParams> };
type CaseId = { Params: Static<typeof CaseParams> };

export async function meetingRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['meetings'];
  const rules = DEFAULT_RULES;
  const settings = meetingSettingsCache(db);
  const listReads = new ListReadAudit(db);
  const calendars: AnswerCache<CalendarAnswer> = new AnswerCache(config.caseListCacheSeconds);
  // Any change to a meeting through this instance shows in the next calendar read.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && reply.statusCode < 300) calendars.clear();
    return payload;
  });
  const ctxOf = async (request: FastifyRequest): Promise<MeetingCtx & { rules: typeof rules }> => ({ ...actorContext(request, clock), clock, config, settings: await settings.get(), rules });
  const viewOf = async (request: FastifyRequest, meetingId: string) => (await readMeeting(db, await ctxOf(request), meetingId, request.lang)).view;
  const one = { 200: MeetingViewSchema };

  app.get<CaseId>('/api/cases/:caseId/meetings', { schema: { tags, params: CaseParams } }, async (request) => caseMeetings(db, await ctxOf(request), request.params.caseId, rules, request.lang));

  app.post<CaseId & { Body: Static<typeof ConveneBody> }>('/api/cases/:caseId/meetings', { schema: { tags, params: CaseParams, body: ConveneBody, response: { 200: Type.Object({ meeting: MeetingViewSchema }), 201: Type.Object({ meeting: MeetingViewSchema }) } } }, async (request, reply) => {
    const key = idempotencyKeyFrom(request.headers['idempotency-key']);
    const ctx = await ctxOf(request);
    const result = await conveneMeeting(db, ctx, request.params.caseId, request.body, key);
    if (result.replayed || !result.meeting) return reply.code(200).send({ meeting: await viewOf(request, result.meetingId) });
    // The adviser who just convened it sees what was written (the create is audited already).
    const own = result.participants.find((p) => p.user_id === ctx.actor.userId)?.id ?? null;
    const extras = { personName: result.extras.personName, office: { id: result.meeting.nav_office_id!, name: ctx.actor.organisationName ?? '' }, minutes: [], tasks: [], tariffs: result.extras.tariff ? [result.extras.tariff] : [] };
    const view = buildMeetingView(result.meeting, result.participants, { kind: 'nav', participantId: own, seesTariff: true }, extras, clock.now(), ctx.settings, request.lang);
    return reply.code(201).send({ meeting: view });
  });

  app.post<CaseId & { Body: Static<typeof Meeting1Body> }>('/api/cases/:caseId/meeting-1', { schema: { tags, params: CaseParams, body: Meeting1Body } }, async (request, reply) => {
    const result = await registerMeeting1(db, await ctxOf(request), request.params.caseId, request.body);
    return reply.code(201).send({ meeting: await viewOf(request, result.meetingId) });
  });

  app.post<CaseId & { Body: Static<typeof ExceptionBody> }>('/api/cases/:caseId/meeting-exception', { schema: { tags, params: CaseParams, body: ExceptionBody } }, async (request, reply) =>
    reply.code(201).send(await recordMeeting2Exception(db, await ctxOf(request), request.params.caseId, request.body)),
  );

  app.post<CaseId & { Body: Static<typeof NeedBody> }>('/api/cases/:caseId/meeting-needs', { schema: { tags, params: CaseParams, body: NeedBody } }, async (request, reply) =>
    reply.code(201).send(await askForMeeting(db, await ctxOf(request), request.params.caseId, request.body)),
  );

  app.get<{ Querystring: Static<typeof CalendarQuery> }>('/api/meetings/calendar', { schema: { tags, querystring: CalendarQuery } }, async (request, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .send(await officeCalendar(db, await ctxOf(request), request.query.week ?? isoWeekOf(clock.now()), request.query.scope ?? 'mine', listReads, calendars)),
  );

  app.get('/api/meetings/invitations', { schema: { tags } }, async (request) => myInvitations(db, await ctxOf(request), listReads));

  app.get<Id>('/api/meetings/:id', { schema: { tags, params: IdParams, response: one } }, async (request) => viewOf(request, request.params.id));

  /** The viewer's own calendar file: their part of the meeting, under the UID their e-mails used. */
  app.get<Id>('/api/meetings/:id/calendar.ics', { schema: { tags, params: IdParams } }, async (request, reply) => {
    const ctx = await ctxOf(request);
    const { meeting, participants, viewer } = await readMeeting(db, ctx, request.params.id, request.lang);
    const own = participants.find((p) => p.id === viewer.participantId) ?? participants.find((p) => p.role === 'nav_adviser');
    if (!own || meeting.kind === 'dm1') throw new AppError('MEETING_NOT_INVITED');
    const parties = await db.transaction().execute((tx) => meetingParties(tx, meeting));
    const organizer = /<([^>]+)>/.exec(config.mail.from)?.[1] ?? config.mail.from;
    const method = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const ics = participantCalendar(meeting, own, parties, method, clock.now(), config.publicUrl, organizer);
    return reply
      .type(`text/calendar; charset=utf-8; method=${method}`)
      .header('content-disposition', `attachment; filename="dialogmote-${meeting.id.slice(0, 8)}.ics"`)
      .send(ics);
  });

  app.post<Id & { Body: Static<typeof ReplyBody> }>('/api/meetings/:id/reply', { schema: { tags, params: IdParams, body: ReplyBody, response: one } }, async (request) => {
    await replyToMeeting(db, await ctxOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof MoveBody> }>('/api/meetings/:id/move', { schema: { tags, params: IdParams, body: MoveBody, response: one } }, async (request) => {
    await moveMeeting(db, await ctxOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof ReasonBody> }>('/api/meetings/:id/cancel', { schema: { tags, params: IdParams, body: ReasonBody, response: one } }, async (request) => {
    await cancelMeeting(db, await ctxOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof MinutesBody> }>('/api/meetings/:id/complete', { schema: { tags, params: IdParams, body: MinutesBody, response: one } }, async (request) => {
    await completeMeeting(db, await ctxOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id & { Body: Static<typeof CorrectionBody> }>('/api/meetings/:id/minutes', { schema: { tags, params: IdParams, body: CorrectionBody, response: one } }, async (request) => {
    await correctMinutes(db, await ctxOf(request), request.params.id, request.body);
    return viewOf(request, request.params.id);
  });

  app.post<Id>('/api/meetings/:id/close', { schema: { tags, params: IdParams, response: one } }, async (request) => {
    await closeMeeting(db, await ctxOf(request), request.params.id);
    return viewOf(request, request.params.id);
  });
}
