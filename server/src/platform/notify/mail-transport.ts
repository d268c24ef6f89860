import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SMTPTransportOptions } from 'nodemailer';
import type { Config } from '../config.js';

/** One e-mail as the outbox holds it. */
export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The Date header: the clock's time, so tests and the outbox folder agree on it. */
  date: Date;
  /** A calendar invitation (iCalendar), sent as a text/calendar part mail programs offer to add. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

// nodemailer's calendar part: text/calendar with the method, and the same file as an attachment.
const calendarPart = (email: OutgoingEmail) =>
  email.calendar ? { icalEvent: { method: email.calendar.method, filename: email.calendar.method === 'CANCEL' ? 'avlysning.ics' : 'invitasjon.ics', content: email.calendar.content } } : {};

/** Where e-mails go: an SMTP server, or a folder of .eml files (demo mode and by default). */
export interface MailTransport {
  /** For the start-up log; never contains a password. */
  readonly description: string;
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

// nodemailer waits minutes by default; a worker tick should not hang that long on a dead server.
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/**
 * An SMTP server from a URL such as `smtp://user:pass@host:587` (STARTTLS when offered) or
 * `smtps://…:465`; nodemailer reads further options from the query, e.g. `?requireTLS=true`.
 */
export function smtpTransport(url: string, from: string, overrides: SMTPTransportOptions = {}): MailTransport {
  const transporter = nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...overrides, url });
  const { protocol, host } = new URL(url);
  return {
    description: `SMTP ${protocol}//${host}`,
    async send(email) {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text, date: email.date, messageId: messageId(email, from), ...calendarPart(email) });
    },
    close: () => transporter.close(),
  };
}

/**
 * Each e-mail as an .eml file (open it in any mail program) in a folder. nodemailer builds the
 * same MIME message it would send; the file appears whole (written aside, then renamed), so
 * whoever watches the folder never reads half an e-mail.
 */
export function folderTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `folder ${dir}`,
    async send(email) {
      const info = await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text, date: email.date, messageId: messageId(email, from), ...calendarPart(email) });
      await mkdir(dir, { recursive: true });
      const name = `${email.date.toISOString().replace(/[:.]/g, '-')}_${email.id}.eml`;
      const partial = join(dir, `.${name}.partial`);
      await writeFile(partial, info.message as Buffer);
      await rename(partial, join(dir, name));
    },
    close: () => transporter.close(),
  };
}

/** SMTP_URL set: that server. Otherwise the outbox folder, which the README names. */
export function createMailTransport(config: Pick<Config, 'mail'>): MailTransport {
  const { smtpUrl, from, outboxDir } = config.mail;
  return smtpUrl ? smtpTransport(smtpUrl, from) : folderTransport(outboxDir, from);
}

// The outbox id in the Message-ID lets a bounce or a receiving log be traced to its row.
function messageId(email: OutgoingEmail, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'samhandling.invalid';
  return `<${email.id}@${domain}>`;
}
