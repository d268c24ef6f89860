import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database, EmailOutboxTable, NotificationTable } from '../db/schema.js';
import type { Lang } from '../errors.js';
import { composeEmail } from './email-text.js';
import { channelsFor, isNotificationEvent, type LocalisedText, type NotificationEvent } from './preferences.js';

export interface NotificationInput {
  /** Who is told; duplicates are told once. */
  userIds: readonly string[];
  event: NotificationEvent;
  /** Short texts for the in-app list. No health data: say "a new request", not what it is about. */
  title: LocalisedText;
  body: LocalisedText;
  /** A path in the web UI, e.g. `/saker/<id>`; e-mails carry it as a full address. */
  link: string;
}

export interface NotifyResult {
  notificationIds: string[];
  emailsQueued: number;
}

const TITLE_MAX = 200;
const BODY_MAX = 1000;
const APP_PATH = /^\/(?![/\\])/;
// An 11-digit number is a fødselsnummer or D-number as far as we can tell; it has no place in a
// notification. Names and diagnoses cannot be recognised this way, hence the rule for callers.
const LOOKS_LIKE_FNR = /(?<!\d)\d{11}(?!\d)/;
// The directory's e-mail field is free text; an address that is plainly not one is skipped
// rather than failing the caller's change (the outbox refuses it too).
const PLAUSIBLE_ADDRESS = /^[^@\s]+@[^@\s]+$/;

/** A caller's mistake, not the user's: it fails the caller's transaction, loudly. */
function checkInput(input: NotificationInput): void {
  if (!isNotificationEvent(input.event)) throw new Error(`notify: unknown event "${input.event}"`);
  if (!APP_PATH.test(input.link)) throw new Error('notify: link must be a path inside the app');
  for (const lang of ['nb', 'en'] as const) {
    const title = input.title[lang];
    const body = input.body[lang];
    if (title.length < 1 || title.length > TITLE_MAX) throw new Error(`notify: title (${lang}) must be 1–${TITLE_MAX} characters`);
    if (body.length > BODY_MAX) throw new Error(`notify: body (${lang}) must be at most ${BODY_MAX} characters`);
    if (LOOKS_LIKE_FNR.test(title) || LOOKS_LIKE_FNR.test(body)) throw new Error('notify: texts must not contain identity numbers');
  }
}

/** The rows a notification adds, decided before anything is written (ids made here, so a caller may write them with other rows in one statement). */
export interface NotificationPlan {
  notifications: Insertable<NotificationTable>[];
  emails: Insertable<EmailOutboxTable>[];
}

/**
 * Decides who is told how (each user's choices, active users only, e-mail only to a plausible
 * address) and builds the rows, without writing them. `notify` writes them; a hot path may write
 * them in its own statement.
 */
export async function planNotification(
  executor: Kysely<Database> | Transaction<Database>,
  clock: Clock,
  input: NotificationInput,
  settings: Pick<Config, 'publicUrl'>,
): Promise<NotificationPlan> {
  return (await planNotifications(executor, clock, [input], settings))[0]!;
}

/** `planNotification` for several events at once (a batch of changes): one read of the recipients and their choices for all of them. */
export async function planNotifications(
  executor: Kysely<Database> | Transaction<Database>,
  clock: Clock,
  inputs: readonly NotificationInput[],
  settings: Pick<Config, 'publicUrl'>,
): Promise<NotificationPlan[]> {
  for (const input of inputs) checkInput(input);
  const allUsers = [...new Set(inputs.flatMap((i) => i.userIds))];
  if (allUsers.length === 0) return inputs.map(() => ({ notifications: [], emails: [] }));
  const events = [...new Set(inputs.map((i) => i.event))];

  // One row per user and chosen event (a user without a choice for any of them: one row, event null).
  const rows = await executor
    .selectFrom('app_user as u')
    .leftJoin('person as p', (join) => join.onRef('p.id', '=', 'u.person_id').on('p.active', '=', true))
    .leftJoin('notification_preference as np', (join) => join.onRef('np.user_id', '=', 'u.id').on('np.event', 'in', events))
    .where('u.id', 'in', allUsers)
    .select(['u.id', 'u.active', 'u.lang', 'p.email', 'np.event', 'np.in_app', 'np.email as email_wanted'])
    .execute();
  const users = new Map<string, { id: string; active: boolean; lang: string; email: string | null; choices: Map<string, { in_app: boolean | null; email: boolean | null }> }>();
  for (const row of rows) {
    const user = users.get(row.id) ?? { id: row.id, active: row.active, lang: row.lang, email: row.email, choices: new Map() };
    if (row.event) user.choices.set(row.event, { in_app: row.in_app, email: row.email_wanted });
    users.set(row.id, user);
  }
  if (users.size !== allUsers.length) throw new Error(`notify: unknown users ${allUsers.filter((id) => !users.has(id)).join(', ')}`);

  const now = clock.now();
  return inputs.map((input) => {
    // Deactivated users cannot sign in to read anything, so they are not told.
    const active = [...new Set(input.userIds)].map((id) => users.get(id)!).filter((r) => r.active);
    const plans = active.map((recipient) => {
      const choice = recipient.choices.get(input.event);
      return { recipient, channels: channelsFor(input.event, !choice || choice.in_app === null || choice.email === null ? null : { in_app: choice.in_app, email: choice.email }) };
    });
    const notifications = plans
      .filter((p) => p.channels.inApp)
      .map(({ recipient }) => ({
        id: randomUUID(),
        user_id: recipient.id,
        event: input.event,
        title_nb: input.title.nb,
        title_en: input.title.en,
        body_nb: input.body.nb,
        body_en: input.body.en,
        link: input.link,
        created_at: now,
      }));
    const notificationOf = new Map(notifications.map((n) => [n.user_id, n.id]));
    const emails = plans
      .filter((p) => p.channels.email && p.recipient.email && PLAUSIBLE_ADDRESS.test(p.recipient.email))
      .map(({ recipient }) => {
        const { subject, text } = composeEmail(input.event, recipient.lang as Lang, settings.publicUrl, input.link);
        return {
          notification_id: notificationOf.get(recipient.id) ?? null,
          to_address: recipient.email!,
          subject,
          body_text: text,
          next_attempt_at: now,
          created_at: now,
        };
      });
    return { notifications, emails };
  });
}

/**
 * Tells users about an event: an in-app notification for those who want one and an e-mail in the
 * outbox for those who want one and have an address (staff, through their directory entry;
 * patients have none). Pass the transaction of the change being described, so the notification
 * and the e-mail exist if and only if that change commits; the mailer sends after the commit.
 */
export async function notify(
  executor: Kysely<Database> | Transaction<Database>,
  clock: Clock,
  input: NotificationInput,
  settings: Pick<Config, 'publicUrl'>,
): Promise<NotifyResult> {
  const plan = await planNotification(executor, clock, input, settings);
  if (plan.notifications.length > 0) await executor.insertInto('notification').values(plan.notifications).execute();
  if (plan.emails.length > 0) await executor.insertInto('email_outbox').values(plan.emails).execute();
  return { notificationIds: plan.notifications.map((n) => n.id!), emailsQueued: plan.emails.length };
}
