import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { requireActor } from '../../platform/context.js';
import { listNotifications, loadPreferences, markAllRead, markRead, savePreferences, unreadCount } from './queries.js';
import {
  IdParams,
  MarkedAllRead,
  MarkedRead,
  NotificationListQuery,
  NotificationPage,
  PreferencesUpdate,
  PreferencesView,
  UnreadCount,
  type NotificationListQueryDto,
  type PreferencesUpdateDto,
} from './schemas.js';

/**
 * The signed-in user's notifications and notification choices. They are the user's own data and,
 * by construction, hold nothing about a citizen, so reading them is not audited.
 * Creating notifications is not an HTTP concern: modules call platform/notify/notify.ts.
 */
export async function notificationRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  const tags = ['notifications'];

  app.get<{ Querystring: NotificationListQueryDto }>(
    '/api/notifications',
    { schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationPage } } },
    async (request) => listNotifications(db, requireActor(request).userId, request.lang, request.query),
  );

  app.get('/api/notifications/unread-count', { schema: { tags, response: { 200: UnreadCount } } }, async (request) => ({
    count: await unreadCount(db, requireActor(request).userId),
  }));

  app.post<{ Params: Static<typeof IdParams> }>(
    '/api/notifications/:id/read',
    { schema: { tags, params: IdParams, response: { 200: MarkedRead } } },
    async (request) => markRead(db, clock, requireActor(request).userId, request.params.id),
  );

  app.post('/api/notifications/read-all', { schema: { tags, response: { 200: MarkedAllRead } } }, async (request) => ({
    marked: await markAllRead(db, clock, requireActor(request).userId),
  }));

  app.get('/api/me/notification-preferences', { schema: { tags, response: { 200: PreferencesView } } }, async (request) =>
    loadPreferences(db, requireActor(request).userId, request.lang),
  );

  app.put<{ Body: PreferencesUpdateDto }>(
    '/api/me/notification-preferences',
    { schema: { tags, body: PreferencesUpdate, response: { 200: PreferencesView } } },
    async (request) => {
      const { userId } = requireActor(request);
      await savePreferences(db, clock, userId, request.body);
      return loadPreferences(db, userId, request.lang);
    },
  );
}
