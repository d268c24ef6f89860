/**
 * The text of a notification e-mail. E-mail leaves the platform, so it says only that something
 * happened and where to look: a fixed sentence per event and a link, never the notification's
 * own title or body (which may name a case the reader knows by its patient). Pure.
 */
import type { Lang } from '../errors.js';
import { eventDefinition, type NotificationEvent } from './preferences.js';

export interface EmailText {
  subject: string;
  text: string;
}

/** The page where users change what they are notified about (web/src/features/notifications). */
export const PREFERENCES_PATH = '/varsler';

const OPEN = { nb: 'Logg inn og åpne den her:', en: 'Sign in and open it here:' } as const;
const WHY = {
  nb: (label: string) => `Du får denne e-posten fordi du har valgt varsel på e-post for «${label}». Du kan endre dette under Varsler i Samhandling:`,
  en: (label: string) => `You receive this e-mail because you chose e-mail notifications for “${label}”. You can change this under Notifications in Samhandling:`,
} as const;
const NO_REPLY = { nb: 'Dette er en automatisk e-post som ikke kan besvares.', en: 'This is an automatic e-mail; replies are not read.' } as const;

/** The app path made absolute against the address users reach the platform at. */
export function absoluteLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

export function composeEmail(event: NotificationEvent, lang: Lang, publicUrl: string, link: string): EmailText {
  const definition = eventDefinition(event);
  return {
    subject: definition.email.subject[lang],
    text: [
      definition.email.intro[lang],
      `${OPEN[lang]}\n${absoluteLink(publicUrl, link)}`,
      `${WHY[lang](definition.label[lang])}\n${absoluteLink(publicUrl, PREFERENCES_PATH)}`,
      NO_REPLY[lang],
    ].join('\n\n') + '\n',
  };
}
