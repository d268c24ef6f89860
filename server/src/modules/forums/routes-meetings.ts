/**
 * Meetings of a body, open thematic meetings with registration, the coverage report and the
 * annual plan and report (issue 9, points 6 and 7; docs/adr/0005-forums.md).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext, auditContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publicAnnualDocument, publishAnnual, readAnnual, saveAnnual } from './annual/documents.js';
import { readCoverage } from './coverage.js';
import { buildMeetingAgenda } from './meetings/agenda.js';
import { cancelMeeting, createMeeting } from './meetings/create.js';
import { logMeetingHours } from './meetings/hours.js';
import { writeMinutes } from './meetings/minutes.js';
import { listMeetings, readMeeting, upcomingOpenMeetings } from './meetings/queries.js';
import { registerForMeeting } from './meetings/registrations.js';
import { AnnualDocumentSchema, CoverageSchema, MeetingListSchema, MeetingSchema, PublicAnnualSchema, PublicMeetingSchema, QuorumSchema } from './meetings/schemas.js';

const Uuid = Type.String({ format: 'uuid' });
const IdParams = Type.Object({ id: Uuid });
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const IsoDate = Type.String({ format: 'date' });
const AnnualKind = Type.Union([Type.Literal('plan'), Type.Literal('report')]);
const AnnualParams = Type.Object({ id: Uuid, year: Type.Integer({ minimum: 2000, maximum: 2100 }), kind: AnnualKind });
const PublicAnnualParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }), year: Type.Integer({ minimum: 2000, maximum: 2100 }), kind: AnnualKind });
const strict = { additionalProperties: false } as const;

const NewMeetingBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('ordinary'), Type.Literal('open_thematic')]),
    title: Text(200, 1),
    theme: Type.Optional(Text(200)),
    startsAt: Type.String({ format: 'date-time' }),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 1440 })),
    place: Type.Optional(Text(500)),
    capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  },
  strict,
);
const AgendaBody = Type.Object({ otherItems: Type.Optional(Type.Array(Text(200, 1), { maxItems: 20 })) }, strict);
const MinutesBody = Type.Object(
  {
    presentMemberIds: Type.Array(Uuid, { maxItems: 200 }),
    items: Type.Array(Type.Object({ id: Uuid, decision: Text(4000) }, strict), { maxItems: 100 }),
    text: Type.Optional(Text(20_000)),
  },
  strict,
);
const HoursBody = Type.Object(
  { entries: Type.Array(Type.Object({ memberId: Uuid, hours: Type.Number({ exclusiveMinimum: 0, maximum: 24 }), note: Type.Optional(Text(500)) }, strict), { minItems: 1, maxItems: 200 }) },
  strict,
);
const RegistrationBody = Type.Object(
  {
    name: Type.Optional(Text(200)),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' })),
    organisation: Type.Optional(Text(200)),
  },
  strict,
);
const CoverageQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) }, strict);
const AnnualBody = Type.Object({ text: Text(50_000, 1) }, strict);
const Done = Type.Object({ id: Uuid });

/** A signed-in registrant's browser must send the session's CSRF token, as on any other signed-in write. */
function checkCsrfWhenSignedIn(request: FastifyRequest) {
  if (!request.actor) return;
  const sent = request.headers['x-csrf-token'];
  const expected = request.session?.csrfToken;
  if (typeof sent !== 'string' || !expected || sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(expected))) throw new AppError('CSRF_TOKEN_INVALID');
}

export async function forumMeetingRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  const tags = ['forums'];
  type Id = { Params: Static<typeof IdParams> };
  type Annual = { Params: Static<typeof AnnualParams> };

  app.post<Id & { Body: Static<typeof NewMeetingBody> }>('/api/forums/:id/meetings', { schema: { tags, params: IdParams, body: NewMeetingBody, response: { 201: Done } } }, async (request, reply) =>
    reply.code(201).send(await createMeeting(db, actorContext(request, clock), request.params.id, request.body)),
  );
  app.get<Id>('/api/forums/:id/meetings', { schema: { tags, params: IdParams, response: { 200: MeetingListSchema } } }, async (request) =>
    listMeetings(db, actorContext(request, clock), request.params.id),
  );
  app.get<Id>('/api/forum-meetings/:id', { schema: { tags, params: IdParams, response: { 200: MeetingSchema } } }, async (request) =>
    readMeeting(db, actorContext(request, clock), request.params.id),
  );
  app.put<Id & { Body: Static<typeof AgendaBody> }>('/api/forum-meetings/:id/agenda', { schema: { tags, params: IdParams, body: AgendaBody, response: { 200: MeetingSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    await buildMeetingAgenda(db, ctx, request.params.id, request.body.otherItems);
    return readMeeting(db, ctx, request.params.id);
  });
  app.put<Id & { Body: Static<typeof MinutesBody> }>('/api/forum-meetings/:id/minutes', { schema: { tags, params: IdParams, body: MinutesBody, response: { 200: Type.Object({ id: Uuid, quorum: QuorumSchema }) } } }, async (request) =>
    writeMinutes(db, actorContext(request, clock), request.params.id, request.body),
  );
  app.post<Id>('/api/forum-meetings/:id/cancel', { schema: { tags, params: IdParams, response: { 200: Done } } }, async (request) =>
    cancelMeeting(db, actorContext(request, clock), request.params.id),
  );
  app.post<Id & { Body: Static<typeof HoursBody> }>('/api/forum-meetings/:id/hours', { schema: { tags, params: IdParams, body: HoursBody, response: { 201: Type.Object({ logged: Type.Integer() }) } } }, async (request, reply) =>
    reply.code(201).send(await logMeetingHours(db, actorContext(request, clock), request.params.id, request.body)),
  );

  // Open thematic meetings: anyone may see what is coming and register, with or without an account.
  app.get('/api/public/forum-meetings', { config: { access: 'public' }, schema: { tags, response: { 200: Type.Array(PublicMeetingSchema) } } }, async () => upcomingOpenMeetings(db, clock.now()));
  app.post<Id & { Body: Static<typeof RegistrationBody> }>(
    '/api/forum-meetings/:id/registrations',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, params: IdParams, body: RegistrationBody, response: { 201: Type.Object({ id: Uuid, spotsLeft: Type.Union([Type.Integer(), Type.Null()]) }) } },
    },
    async (request, reply) => {
      checkCsrfWhenSignedIn(request);
      return reply.code(201).send(await registerForMeeting(db, auditContext(request, clock), request.params.id, request.body));
    },
  );

  app.get<Id & { Querystring: Static<typeof CoverageQuery> }>('/api/forums/:id/coverage', { schema: { tags, params: IdParams, querystring: CoverageQuery, response: { 200: CoverageSchema } } }, async (request) =>
    readCoverage(db, actorContext(request, clock), request.params.id, request.query),
  );

  app.get<Annual>('/api/forums/:id/annual/:year/:kind', { schema: { tags, params: AnnualParams, response: { 200: AnnualDocumentSchema } } }, async (request) =>
    readAnnual(db, actorContext(request, clock), { bodyId: request.params.id, year: request.params.year, kind: request.params.kind }),
  );
  app.put<Annual & { Body: Static<typeof AnnualBody> }>('/api/forums/:id/annual/:year/:kind', { schema: { tags, params: AnnualParams, body: AnnualBody, response: { 200: AnnualDocumentSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    const key = { bodyId: request.params.id, year: request.params.year, kind: request.params.kind };
    await saveAnnual(db, ctx, key, request.body.text);
    return readAnnual(db, ctx, key);
  });
  app.post<Annual>('/api/forums/:id/annual/:year/:kind/publish', { schema: { tags, params: AnnualParams, response: { 200: AnnualDocumentSchema } } }, async (request) => {
    const ctx = actorContext(request, clock);
    const key = { bodyId: request.params.id, year: request.params.year, kind: request.params.kind };
    await publishAnnual(db, ctx, key);
    return readAnnual(db, ctx, key);
  });
  app.get<{ Params: Static<typeof PublicAnnualParams> }>('/api/public/forums/:slug/annual/:year/:kind', { config: { access: 'public' }, schema: { tags, params: PublicAnnualParams, response: { 200: PublicAnnualSchema } } }, async (request) =>
    publicAnnualDocument(db, request.params.slug, request.params.year, request.params.kind),
  );
}
