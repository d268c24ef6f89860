import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, type Lang } from '../../platform/errors.js';
import { mergePreferences, unknownEvents, type PreferenceView } from '../../platform/notify/preferences.js';
import type { NotificationItemDto, NotificationListQueryDto, PreferencesUpdateDto } from './schemas.js';

/**
 * A user's own notifications and choices. Every statement is scoped by the user's id: another
 * user's notification is indistinguishable from one that does not exist.
 */

export async function listNotifications(db: Kysely<Database>, userId: string, lang: Lang, query: NotificationListQueryDto) {
  const limit = query.limit ?? 20;
  let select = db
    .selectFrom('notification as n')
    .where('n.user_id', '=', userId)
    .select(['n.id', 'n.event', 'n.title_nb', 'n.title_en', 'n.body_nb', 'n.body_en', 'n.link', 'n.created_at', 'n.read_at'])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit + 1);
  if (query.unread) select = select.where('n.read_at', 'is', null);
  if (query.before) {
    const cursor = await db.selectFrom('notification').where('id', '=', query.before).where('user_id', '=', userId).select(['created_at', 'id']).executeTakeFirst();
    if (!cursor) throw new AppError('NOTIFICATION_NOT_FOUND');
    // Keyset paging on (created_at, id): stable while new notifications arrive at the top.
    select = select.where(sql<boolean>`(n.created_at, n.id) < (${cursor.created_at}, ${cursor.id}::uuid)`);
  }
  const rows = await select.execute();
  const page = rows.slice(0, limit);
  const items: NotificationItemDto[] = page.map((row) => ({
    id: row.id,
    event: row.event,
    title: lang === 'en' ? row.title_en : row.title_nb,
    body: lang === 'en' ? row.body_en : row.body_nb,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  }));
  return { items, nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

export async function unreadCount(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one as read; reading it again keeps the first time. */
export async function markRead(db: Kysely<Database>, clock: Clock, userId: string, id: string) {
  const row = await db
    .updateTable('notification')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', sql<Date>`${clock.now()}::timestamptz`) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(['id', 'read_at'])
    .executeTakeFirst();
  if (!row?.read_at) throw new AppError('NOTIFICATION_NOT_FOUND');
  return { id: row.id, readAt: new Date(row.read_at).toISOString() };
}

export async function markAllRead(db: Kysely<Database>, clock: Clock, userId: string): Promise<number> {
  const result = await db.updateTable('notification').set({ read_at: clock.now() }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface PreferencesResult {
  events: PreferenceView[];
  emailAddress: string | null;
}

export async function loadPreferences(db: Kysely<Database>, userId: string, lang: Lang): Promise<PreferencesResult> {
  const [stored, user] = await Promise.all([
    db.selectFrom('notification_preference').where('user_id', '=', userId).select(['event', 'in_app', 'email']).execute(),
    db
      .selectFrom('app_user as u')
      .leftJoin('person as p', (join) => join.onRef('p.id', '=', 'u.person_id').on('p.active', '=', true))
      .where('u.id', '=', userId)
      .select('p.email')
      .executeTakeFirst(),
  ]);
  return { events: mergePreferences(stored, lang), emailAddress: user?.email ?? null };
}

/** Stores the choices for the events named; the others keep theirs. All or nothing. */
export async function savePreferences(db: Kysely<Database>, clock: Clock, userId: string, update: PreferencesUpdateDto): Promise<void> {
  const names = update.preferences.map((p) => p.event);
  const unknown = unknownEvents(names);
  if (unknown.length) throw new AppError('NOTIFICATION_EVENT_UNKNOWN', { events: unknown });
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length) throw new AppError('VALIDATION_FAILED', [{ field: 'body.preferences', rule: 'uniqueEvents', message: `listed twice: ${[...new Set(duplicates)].join(', ')}` }]);
  const now = clock.now();
  await db
    .insertInto('notification_preference')
    .values(update.preferences.map((p) => ({ user_id: userId, event: p.event, in_app: p.inApp, email: p.email, updated_at: now })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'event']).doUpdateSet((eb) => ({
        in_app: eb.ref('excluded.in_app'),
        email: eb.ref('excluded.email'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
