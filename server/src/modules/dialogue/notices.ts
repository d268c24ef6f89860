import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { notify, type NotificationInput } from '../../platform/notify/notify.js';
import type { NotificationEvent } from '../../platform/notify/preferences.js';

/**
 * The dialogue's notifications. The texts name no patient and no health matter (they may leave
 * the platform by e-mail); the link leads to the thread, where access is checked again.
 */
const TEXTS: Record<string, { event: NotificationEvent; title: { nb: string; en: string }; body: { nb: string; en: string } }> = {
  request: {
    event: 'request_received',
    title: { nb: 'Ny forespørsel fra NAV', en: 'New request from NAV' },
    body: { nb: 'Du har fått en forespørsel med svarfrist i Samhandling.', en: 'You have a request with a reply deadline in Samhandling.' },
  },
  nav_note: {
    event: 'message_received',
    title: { nb: 'Ny melding fra NAV', en: 'New message from NAV' },
    body: { nb: 'Du har en ny melding i Samhandling.', en: 'You have a new message in Samhandling.' },
  },
  gp_message: {
    event: 'message_received',
    title: { nb: 'Ny henvendelse fra lege', en: 'New message from a doctor' },
    body: { nb: 'En lege har skrevet til NAV-kontoret i Samhandling.', en: 'A doctor has written to the NAV office in Samhandling.' },
  },
  answer: {
    event: 'answer_received',
    title: { nb: 'Svar på forespørsel', en: 'Answer to a request' },
    body: { nb: 'Legen har svart på forespørselen din.', en: 'The doctor has answered your request.' },
  },
  withdrawn: {
    event: 'message_received',
    title: { nb: 'Forespørsel trukket tilbake', en: 'Request withdrawn' },
    body: { nb: 'NAV har trukket tilbake en forespørsel. Den skal ikke besvares.', en: 'NAV has withdrawn a request. It should not be answered.' },
  },
  reminder_gp: {
    event: 'reminder',
    title: { nb: 'Påminnelse: forespørsel fra NAV', en: 'Reminder: request from NAV' },
    body: { nb: 'Svarfristen for en forespørsel fra NAV har gått ut.', en: 'The reply deadline of a request from NAV has passed.' },
  },
  no_answer: {
    event: 'reminder',
    title: { nb: 'Ikke besvart innen fristen', en: 'Not answered by the deadline' },
    body: { nb: 'En melding har passert svarfristen uten svar.', en: 'A message has passed its reply deadline without an answer.' },
  },
  escalation: {
    event: 'escalation',
    title: { nb: 'Eskalert: melding uten svar', en: 'Escalated: message without an answer' },
    body: { nb: 'En melding er fortsatt ubesvart etter påminnelse.', en: 'A message is still unanswered after a reminder.' },
  },
  delivery_failed: {
    event: 'escalation',
    title: { nb: 'Melding avvist av legekontorets system', en: 'Message rejected by the GP office system' },
    body: {
      nb: 'Legekontorets journalsystem avviste en melding fra NAV. Den er ikke levert der; se samtalen.',
      en: "The GP office's record system rejected a message from NAV. It was not delivered there; see the conversation.",
    },
  },
  assigned: {
    event: 'task_assigned',
    title: { nb: 'Samtale tildelt deg', en: 'Conversation assigned to you' },
    body: { nb: 'En samtale med en lege er tildelt deg.', en: 'A conversation with a doctor has been assigned to you.' },
  },
};

export type DialogueNotice = keyof typeof TEXTS;

/** The notification a dialogue event gives, for `notify` or `planNotification`. */
export function noticeFor(notice: DialogueNotice, userIds: readonly string[], conversationId: string): NotificationInput {
  const text = TEXTS[notice]!;
  return { userIds, event: text.event, title: text.title, body: text.body, link: `/dialog/${conversationId}` };
}

export async function tell(tx: Transaction<Database>, clock: Clock, config: Pick<Config, 'publicUrl'>, notice: DialogueNotice, userIds: readonly string[], conversationId: string) {
  await notify(tx, clock, noticeFor(notice, userIds, conversationId), config);
}
