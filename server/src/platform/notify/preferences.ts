/**
 * The notification events and who gets told how: the catalogue with its defaults, and the merge
 * of a user's stored choices over them. Pure: no I/O, tested on its own.
 *
 * A user's choices are stored per event they have saved; every other event follows its default
 * here, so a new event (or a changed default) needs no data migration.
 */
import type { Lang } from '../errors.js';

export type LocalisedText = Readonly<Record<Lang, string>>;

export interface Channels {
  inApp: boolean;
  email: boolean;
}

export interface EventDefinition {
  event: string;
  /** What the user ticks on the preferences page. */
  label: LocalisedText;
  defaults: Channels;
  /**
   * The whole e-mail text for this event besides the link. It is fixed here and never comes from
   * the caller, so an e-mail cannot carry a patient's name or a diagnosis, whatever a module puts
   * in the in-app notification.
   */
  email: { subject: LocalisedText; intro: LocalisedText };
}

// E-mail on by default for what needs someone to act; the rest is shown in the platform only.
const ACT_ON_IT: Channels = { inApp: true, email: true };
const IN_APP_ONLY: Channels = { inApp: true, email: false };

export const EVENT_CATALOGUE = [
  {
    event: 'request_received',
    label: { nb: 'Ny forespørsel til meg', en: 'A new request to me' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Ny forespørsel i Samhandling', en: 'New request in Samhandling' },
      intro: { nb: 'Du har en ny forespørsel i Samhandling.', en: 'You have a new request in Samhandling.' },
    },
  },
  {
    event: 'answer_received',
    label: { nb: 'Svar på en forespørsel jeg har sendt', en: 'An answer to a request I sent' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Nytt svar i Samhandling', en: 'New answer in Samhandling' },
      intro: { nb: 'Du har fått et svar i Samhandling.', en: 'You have received an answer in Samhandling.' },
    },
  },
  {
    event: 'reminder',
    label: { nb: 'Påminnelse om en frist', en: 'A deadline reminder' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Påminnelse fra Samhandling', en: 'Reminder from Samhandling' },
      intro: { nb: 'Du har en påminnelse om en frist i Samhandling.', en: 'You have a deadline reminder in Samhandling.' },
    },
  },
  {
    event: 'escalation',
    label: { nb: 'En sak eller oppgave er eskalert', en: 'A case or task has been escalated' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Eskalering i Samhandling', en: 'Escalation in Samhandling' },
      intro: { nb: 'En sak eller oppgave er eskalert til deg i Samhandling.', en: 'A case or task has been escalated to you in Samhandling.' },
    },
  },
  {
    event: 'message_received',
    label: { nb: 'Ny melding', en: 'A new message' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Ny melding i Samhandling', en: 'New message in Samhandling' },
      intro: { nb: 'Du har en ny melding i Samhandling.', en: 'You have a new message in Samhandling.' },
    },
  },
  {
    event: 'callback_update',
    label: { nb: 'Oppdatering om en tilbakeringing', en: 'An update on a call-back' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Tilbakeringing i Samhandling', en: 'Call-back in Samhandling' },
      intro: { nb: 'Det er en oppdatering om en tilbakeringing i Samhandling.', en: 'There is an update on a call-back in Samhandling.' },
    },
  },
  {
    event: 'task_assigned',
    label: { nb: 'En oppgave er tildelt meg', en: 'A task assigned to me' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Ny oppgave i Samhandling', en: 'New task in Samhandling' },
      intro: { nb: 'Du har fått en ny oppgave i Samhandling.', en: 'You have been given a new task in Samhandling.' },
    },
  },
  {
    event: 'meeting_invitation',
    label: { nb: 'Innkalling til dialogmøte, endring eller avlysning', en: 'A dialogue meeting invitation, change or cancellation' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Dialogmøte i Samhandling', en: 'Dialogue meeting in Samhandling' },
      intro: { nb: 'Du har en innkalling til et dialogmøte, eller et møte er endret, i Samhandling.', en: 'You have a dialogue meeting invitation, or a meeting has changed, in Samhandling.' },
    },
  },
  {
    event: 'meeting_update',
    label: { nb: 'Svar på innkalling og referat fra dialogmøte', en: 'Replies to invitations and minutes of dialogue meetings' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Nytt om et dialogmøte i Samhandling', en: 'News about a dialogue meeting in Samhandling' },
      intro: { nb: 'Det er nytt om et dialogmøte i Samhandling.', en: 'There is news about a dialogue meeting in Samhandling.' },
    },
  },
  {
    event: 'team_update',
    label: { nb: 'Nytt fra et team jeg har henvist til', en: 'News from a team I referred to' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Nytt fra teamet i Samhandling', en: 'News from the team in Samhandling' },
      intro: { nb: 'Det er nytt fra et team om en henvisning eller et forløp i Samhandling.', en: 'There is news from a team about a referral or a course in Samhandling.' },
    },
  },
  {
    event: 'forum_update',
    label: { nb: 'Nytt om et avvik eller forslag jeg har meldt til et samarbeidsforum', en: 'News about a deviation or proposal I reported to a collaboration forum' },
    defaults: IN_APP_ONLY,
    email: {
      subject: { nb: 'Nytt fra samarbeidsforumet i Samhandling', en: 'News from the collaboration forum in Samhandling' },
      intro: { nb: 'Det er nytt om en sak du har meldt til et samarbeidsforum i Samhandling.', en: 'There is news about a case you reported to a collaboration forum in Samhandling.' },
    },
  },
  {
    event: 'forum_work',
    label: { nb: 'En sak i et samarbeidsforum jeg leder eller er sekretær for trenger oppfølging', en: 'A case in a collaboration forum I lead or am secretary of needs follow-up' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'En forumsak trenger oppfølging i Samhandling', en: 'A forum case needs follow-up in Samhandling' },
      intro: { nb: 'En sak i et samarbeidsforum du leder eller er sekretær for trenger oppfølging, for eksempel fordi en svarfrist har gått ut.', en: 'A case in a collaboration forum you lead or are secretary of needs follow-up, for example because a reply deadline has passed.' },
    },
  },
  {
    event: 'survey_invitation',
    label: { nb: 'Invitasjon til en anonym spørreundersøkelse', en: 'An invitation to an anonymous survey' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Kort spørreundersøkelse fra Samhandling', en: 'A short survey from Samhandling' },
      intro: {
        nb: 'Du er invitert til å svare på en kort, anonym spørreundersøkelse om samhandlingen mellom NAV og fastleger. Lenken er personlig og kan brukes én gang; du trenger ikke logge inn.',
        en: 'You are invited to answer a short, anonymous survey about collaboration between NAV and GPs. The link is personal and works once; you do not need to sign in.',
      },
    },
  },
  {
    event: 'arena_update',
    label: { nb: 'Nytt om en møteplass, et kurs eller en samling jeg er med på', en: 'News about a meeting place, course or session I take part in' },
    defaults: ACT_ON_IT,
    email: {
      subject: { nb: 'Nytt om en møteplass i Samhandling', en: 'News about a meeting place in Samhandling' },
      intro: {
        nb: 'Det er nytt om en møteplass, et kurs eller en samling du er med på i Samhandling: en invitasjon, en plass, en påminnelse eller en avlysning.',
        en: 'There is news about a meeting place, course or session you take part in in Samhandling: an invitation, a place, a reminder or a cancellation.',
      },
    },
  },
] as const satisfies readonly EventDefinition[];

export type NotificationEvent = (typeof EVENT_CATALOGUE)[number]['event'];
export const NOTIFICATION_EVENTS: readonly NotificationEvent[] = EVENT_CATALOGUE.map((d) => d.event);

const BY_EVENT: ReadonlyMap<string, EventDefinition> = new Map(EVENT_CATALOGUE.map((d) => [d.event, d]));

export function isNotificationEvent(name: string): name is NotificationEvent {
  return BY_EVENT.has(name);
}

export function eventDefinition(event: NotificationEvent): EventDefinition {
  return BY_EVENT.get(event)!;
}

/** The names in a request that are not events, in the order given (for the 400's details). */
export function unknownEvents(names: readonly string[]): string[] {
  return names.filter((name) => !isNotificationEvent(name));
}

export interface StoredPreference {
  event: string;
  in_app: boolean;
  email: boolean;
}

/** How one user is told about one event: their stored choice, else the default. */
export function channelsFor(event: NotificationEvent, stored: Pick<StoredPreference, 'in_app' | 'email'> | null | undefined): Channels {
  return stored ? { inApp: stored.in_app, email: stored.email } : { ...eventDefinition(event).defaults };
}

export interface PreferenceView extends Channels {
  event: NotificationEvent;
  label: string;
  defaults: Channels;
}

/**
 * The whole catalogue, in catalogue order, with the user's choices over the defaults. Stored rows
 * for events no longer in the catalogue are ignored.
 */
export function mergePreferences(stored: readonly StoredPreference[], lang: Lang): PreferenceView[] {
  const byEvent = new Map(stored.map((row) => [row.event, row]));
  return EVENT_CATALOGUE.map((definition) => ({
    event: definition.event,
    label: definition.label[lang],
    defaults: { ...definition.defaults },
    ...channelsFor(definition.event, byEvent.get(definition.event)),
  }));
}
