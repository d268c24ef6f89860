/**
 * Dialogue KPIs' rules (issue 12 point 1): which messages count towards which metric, and how.
 * A message counts in the month (Oslo) it was sent. Withdrawn requests count nowhere.
 *
 * - nav_request_reply: NAV → GP requests that were answered; hours from sent to answered.
 * - nav_request_in_time: NAV → GP requests that are decided (answered, or past their deadline at
 *   `asOf`); a hit when answered by the deadline. A request still within its deadline is not counted yet.
 * - gp_message_reply / gp_message_in_time: the same for GP → NAV messages that expect an answer.
 * - request_reminded / request_escalated: NAV requests; a hit when a reminder went out / it was
 *   escalated to the office's leader.
 * - request_targeted: NAV requests; a hit when at least one question is a specific (not open) one —
 *   report 001 asks for sharp, minimal requests instead of "send everything".
 * - answer_surplus: GP answers; a hit when the answer carries a whole-record attachment (journal
 *   or discharge summary), the platform's flag for possible surplus information.
 * The GP's own figures: gp_reply and gp_in_time, the GP's part of the NAV-request figures.
 */
import { osloDate } from '../../../platform/oslo-date.js';
import { hoursBetween } from './histogram.js';
import { monthStart, type Contribution } from './tally.js';

export interface MessageRecord {
  kind: 'request' | 'reminder' | 'answer' | 'note';
  senderSide: 'nav' | 'gp' | 'system';
  createdAt: Date;
  expectsAnswer: boolean;
  dueAt: Date | null;
  answeredAt: Date | null;
  remindedAt: Date | null;
  escalatedAt: Date | null;
  withdrawnAt: Date | null;
  /** At least one non-open question (requests). */
  targeted: boolean;
  /** Carries a journal or discharge-summary attachment (answers). */
  wholeRecord: boolean;
  gpPersonId: string;
}

export const DIALOGUE_METRICS = [
  'nav_request_reply',
  'nav_request_in_time',
  'gp_message_reply',
  'gp_message_in_time',
  'request_reminded',
  'request_escalated',
  'request_targeted',
  'answer_surplus',
] as const;

export const GP_DIALOGUE_METRICS = ['gp_reply', 'gp_in_time'] as const;

/** Decided: answered, or its deadline has passed by `asOf`. Null: not decided yet. */
export function answeredInTime(m: Pick<MessageRecord, 'answeredAt' | 'dueAt'>, asOf: Date): boolean | null {
  if (m.answeredAt) return !m.dueAt || m.answeredAt.getTime() <= m.dueAt.getTime();
  if (m.dueAt && m.dueAt.getTime() <= asOf.getTime()) return false;
  return null;
}

function replyAndTiming(m: MessageRecord, month: string, asOf: Date, reply: string, inTime: string, gp: string | null): Contribution[] {
  const out: Contribution[] = [];
  const gpPersonId = gp;
  if (m.answeredAt) {
    const hours = hoursBetween(m.createdAt, m.answeredAt);
    out.push({ metric: reply, month, hours });
    if (gpPersonId) out.push({ metric: 'gp_reply', month, hours, gpPersonId });
  }
  const timely = answeredInTime(m, asOf);
  if (timely !== null) {
    out.push({ metric: inTime, month, hit: timely });
    if (gpPersonId) out.push({ metric: 'gp_in_time', month, hit: timely, gpPersonId });
  }
  return out;
}

export function dialogueContributions(m: MessageRecord, asOf: Date): Contribution[] {
  if (m.withdrawnAt) return [];
  const month = monthStart(osloDate(m.createdAt));
  if (m.kind === 'request' && m.senderSide === 'nav') {
    return [
      ...replyAndTiming(m, month, asOf, 'nav_request_reply', 'nav_request_in_time', m.gpPersonId),
      { metric: 'request_reminded', month, hit: m.remindedAt !== null },
      { metric: 'request_escalated', month, hit: m.escalatedAt !== null },
      { metric: 'request_targeted', month, hit: m.targeted },
    ];
  }
  if (m.senderSide === 'gp' && m.expectsAnswer && (m.kind === 'note' || m.kind === 'request')) {
    return replyAndTiming(m, month, asOf, 'gp_message_reply', 'gp_message_in_time', null);
  }
  if (m.kind === 'answer' && m.senderSide === 'gp') return [{ metric: 'answer_surplus', month, hit: m.wholeRecord }];
  return [];
}
