import { TZDate } from '@date-fns/tz';
import { addDays, formatISO, parseISO } from 'date-fns';
import { addWorkingDays } from '../../../platform/working-days.js';
import { osloDate } from '../../../platform/oslo-date.js';
import type { RequestKind } from './codes.js';

/** Deadlines are dates in Norway; a message is late from the first moment of the next day there. */
export const ZONE = 'Europe/Oslo';

export type IsoDate = string;

export { osloDate };

/** The first instant after the due date, in Norway: an answer before it is in time. */
export function deadlineInstant(dueOn: IsoDate): Date {
  const [y, m, d] = dueOn.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, 0, ZONE).getTime());
}

export interface DeadlineSettings {
  /** Days a GP has to answer each kind of request (001: L40 within three weeks). */
  requestDays: Readonly<Record<RequestKind, number>>;
  /** Working days NAV has to answer a GP (001, Kristiansand measure 4), unless the office says otherwise. */
  navReplyWorkingDays: number;
  /** Days after the reminder before an unanswered message goes to the office manager. */
  escalateAfterDays: number;
}

export function defaultRequestDueOn(kind: RequestKind, sentAt: Date, settings: DeadlineSettings): IsoDate {
  return formatISO(addDays(parseISO(osloDate(sentAt)), settings.requestDays[kind]), { representation: 'date' });
}

export type DueOnProblem = 'DIALOGUE_DEADLINE_PAST' | 'DIALOGUE_DEADLINE_TOO_LATE';

/** NAV may shorten the deadline, never lengthen it past the default, and never set it in the past. */
export function checkRequestedDueOn(requested: IsoDate, defaultDueOn: IsoDate, today: IsoDate): DueOnProblem | null {
  if (requested < today) return 'DIALOGUE_DEADLINE_PAST';
  if (requested > defaultDueOn) return 'DIALOGUE_DEADLINE_TOO_LATE';
  return null;
}

/** NAV's deadline for answering a GP: working days in Norway (weekends and public holidays skipped). */
export function navReplyDueOn(sentAt: Date, workingDays: number): IsoDate {
  return addWorkingDays(osloDate(sentAt), workingDays);
}

export interface AwaitedMessage {
  dueAt: Date | null;
  answeredAt: Date | null;
  withdrawnAt: Date | null;
  remindedAt: Date | null;
  escalatedAt: Date | null;
}

/**
 * What the platform owes an unanswered message at `now`: one reminder once the deadline has
 * passed, then one escalation `escalateAfterDays` after the reminder. Nothing, ever, once it
 * is answered or withdrawn.
 */
export function followUpDue(message: AwaitedMessage, now: Date, settings: Pick<DeadlineSettings, 'escalateAfterDays'>): 'remind' | 'escalate' | null {
  if (message.answeredAt || message.withdrawnAt || !message.dueAt) return null;
  if (now.getTime() < message.dueAt.getTime()) return null;
  if (!message.remindedAt) return 'remind';
  if (message.escalatedAt) return null;
  return now.getTime() >= addDays(message.remindedAt, settings.escalateAfterDays).getTime() ? 'escalate' : null;
}
