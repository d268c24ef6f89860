import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { actorContext } from '../../platform/context.js';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { runPeriodically } from '../../platform/jobs/periodic.js';
import { sendPreparedJson, type PreparedJson } from '../../platform/http/prepared-json.js';
import { calendarFile, countyCalendar, mySessions } from './calendar/calendars.js';
import { runArenaReminders } from './calendar/reminders.js';
import { arenaCoreRoutes } from './routes-core.js';
import { arenaCourseRoutes } from './routes-courses.js';
import { arenaSeriesRoutes } from './routes-series.js';
import * as S from './schemas.js';

type Id = { Params: Static<typeof S.IdParams> };

/**
 * Arenas and meeting places (issue 10, docs/adr/0006-arenas.md): the core, small-group series,
 * courses and the calendar. The outreach parts (visits, joint meetings, consultants, case slots)
 * register their own plugin (routes-outreach.ts). Session reminders run inside the app every five
 * minutes, like the dialogue follow-ups; safe with several instances.
 */
export async function arenaRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  // The county calendar is read far more often than it changes: answers are kept a few seconds,
  // and any change through this instance clears them (another instance's show within the TTL).
  const calendars = new AnswerCache<PreparedJson>(config.caseListCacheSeconds, 500);
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) calendars.clear();
  });
  await app.register(arenaCoreRoutes);
  await app.register(arenaSeriesRoutes);
  await app.register(arenaCourseRoutes);
  await app.register(arenaCalendarRoutes, { calendars });

  runPeriodically(app, 'arena reminders', 300_000, () => runArenaReminders(db, clock, config));
}

async function arenaCalendarRoutes(app: FastifyInstance, { calendars }: { calendars: AnswerCache<PreparedJson> }) {
  const { db, clock, config } = app.platform;
  const tags = ['arenas'];
  const ctxOf = (request: FastifyRequest) => actorContext(request, clock);

  app.get('/api/me/arenas', { schema: { tags, response: { 200: Type.Array(S.MySessionSchema) } } }, async (request) => mySessions(db, ctxOf(request)));
  // The answer is JSON already shaped by CountyCalendarSchema (see calendars.ts), serialised and
  // compressed once per cached answer: a year of a county is 2,000 sessions.
  app.get<{ Querystring: Static<typeof S.CalendarQuery> }>('/api/arena-calendar', { schema: { tags, querystring: S.CalendarQuery, response: { 200: S.CountyCalendarSchema } } }, async (request, reply) =>
    sendPreparedJson(request, reply, await countyCalendar(db, ctxOf(request), request.query, calendars)),
  );
  const send = (reply: import('fastify').FastifyReply, file: { ics: string; filename: string; cancel: boolean }) =>
    reply
      .type(`text/calendar; charset=utf-8; method=${file.cancel ? 'CANCEL' : 'PUBLISH'}`)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.ics);
  app.get<Id>('/api/arena-sessions/:id/calendar.ics', { schema: { tags, params: S.IdParams } }, async (request, reply) =>
    send(reply, await calendarFile(db, ctxOf(request), { sessionId: request.params.id }, config.publicUrl)),
  );
  app.get<Id>('/api/arenas/:id/calendar.ics', { schema: { tags, params: S.IdParams } }, async (request, reply) =>
    send(reply, await calendarFile(db, ctxOf(request), { arenaId: request.params.id }, config.publicUrl)),
  );
}
