import { sql, type Kysely, type Updateable } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, EmailOutboxTable } from '../db/schema.js';
import type { MailTransport } from './mail-transport.js';

export interface DeliveryOptions {
  /** After this many failed attempts an e-mail is given up ('failed'); MAIL_MAX_ATTEMPTS. */
  maxAttempts: number;
  /** Rows claimed per round; one run keeps claiming until the due rows are gone. */
  batchSize?: number;
}

export interface DeliveryReport {
  sent: string[];
  retrying: string[];
  failed: string[];
}

const DEFAULT_BATCH = 50;
// A run stops after this many rounds; the next tick carries on. Keeps one tick bounded.
const MAX_ROUNDS = 20;
// A claimed row is invisible to other workers for this long. Longer than the SMTP timeouts, so
// a slow send is not taken up again meanwhile; a worker that dies mid-send is retried after it.
const CLAIM_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 6 * 3_600_000;
const ERROR_MAX = 1000;

/** The wait before attempt n + 1 after n failed ones: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), LONGEST_WAIT_MS);
}

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  calendar_method: 'REQUEST' | 'CANCEL' | null;
  calendar_ics: string | null;
  attempts: number;
}

/**
 * Sends the e-mails that are due. Each round claims a batch in one short statement: the rows are
 * locked with FOR UPDATE SKIP LOCKED (another instance running at the same time takes other rows)
 * and moved out of reach for CLAIM_MS before anything is sent, so no transaction stays open
 * across the network (on PGlite that would block every request). The outcome is then written
 * back only if the row is still ours (attempts unchanged).
 */
export async function deliverPendingEmails(
  db: Kysely<Database>,
  transport: MailTransport,
  clock: Clock,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const report: DeliveryReport = { sent: [], retrying: [], failed: [] };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const claimed = await claimDue(db, clock, batchSize);
    for (const row of claimed) await deliverOne(db, transport, clock, options.maxAttempts, row, report);
    if (claimed.length < batchSize) break;
  }
  return report;
}

async function claimDue(db: Kysely<Database>, clock: Clock, batchSize: number): Promise<Claimed[]> {
  const now = clock.now();
  const until = new Date(now.getTime() + CLAIM_MS);
  const result = await sql<Claimed>`
    update email_outbox set attempts = attempts + 1, next_attempt_at = ${until}
     where id in (select id from email_outbox
                   where status = 'pending' and next_attempt_at <= ${now}
                   order by next_attempt_at, id
                   limit ${batchSize}
                   for update skip locked)
    returning id, to_address, subject, body_text, calendar_method, calendar_ics, attempts`.execute(db);
  return result.rows;
}

async function deliverOne(db: Kysely<Database>, transport: MailTransport, clock: Clock, maxAttempts: number, row: Claimed, report: DeliveryReport) {
  // Written back only while the row is still ours: same attempt, not finished by anyone else.
  const record = (values: Updateable<EmailOutboxTable>) =>
    db.updateTable('email_outbox').set(values).where('id', '=', row.id).where('attempts', '=', row.attempts).where('status', '=', 'pending').execute();
  try {
    await transport.send({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      text: row.body_text,
      date: clock.now(),
      ...(row.calendar_method && row.calendar_ics ? { calendar: { method: row.calendar_method, content: row.calendar_ics } } : {}),
    });
  } catch (error) {
    const lastError = describe(error).slice(0, ERROR_MAX);
    if (row.attempts >= maxAttempts) {
      await record({ status: 'failed', last_error: lastError });
      report.failed.push(row.id);
    } else {
      await record({ next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(row.attempts)), last_error: lastError });
      report.retrying.push(row.id);
    }
    return;
  }
  await record({ status: 'sent', sent_at: clock.now(), last_error: null });
  report.sent.push(row.id);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // SMTP errors carry the server's reply, which says more than the message.
    const response = (error as Error & { response?: unknown }).response;
    return typeof response === 'string' && response ? `${error.message} (${response})` : error.message;
  }
  return String(error);
}
