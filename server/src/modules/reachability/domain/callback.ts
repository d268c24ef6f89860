import type { CallbackStatus, CallbackUrgency, PreferredTime } from '../../../platform/db/schema.js';

/** The life of a call-back request, and the order of the physicians' queue. Pure. */

export type CallbackAction = 'claim' | 'complete' | 'no_answer' | 'cancel';

/**
 * requested → claimed → called_back | no_answer; a request with no answer goes back to the queue
 * and can be claimed again (a retry). The GP can cancel anything not yet finished.
 */
const TRANSITIONS: Record<CallbackAction, { from: readonly CallbackStatus[]; to: CallbackStatus }> = {
  claim: { from: ['requested', 'no_answer'], to: 'claimed' },
  complete: { from: ['claimed'], to: 'called_back' },
  no_answer: { from: ['claimed'], to: 'no_answer' },
  cancel: { from: ['requested', 'claimed', 'no_answer'], to: 'cancelled' },
};

export const OPEN_STATUSES: readonly CallbackStatus[] = ['requested', 'claimed', 'no_answer'];
/** What a physician can pick up from the queue. */
export const CLAIMABLE_STATUSES: readonly CallbackStatus[] = TRANSITIONS.claim.from;

export function transition(action: CallbackAction): { from: readonly CallbackStatus[]; to: CallbackStatus } {
  return TRANSITIONS[action];
}

export function canApply(action: CallbackAction, status: CallbackStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

export const URGENCIES: readonly CallbackUrgency[] = ['today', 'within_2_days', 'within_week'];
const URGENCY_RANK: Record<CallbackUrgency, number> = { today: 0, within_2_days: 1, within_week: 2 };

export type PreferredTimeProblem = 'PREFERRED_TIME_INVALID';

/** Each window must end after it starts, and must not be over already. */
export function preferredTimesProblem(times: readonly PreferredTime[], now: Date): PreferredTimeProblem | null {
  for (const t of times) {
    const from = Date.parse(t.from);
    const to = Date.parse(t.to);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from || to <= now.getTime()) return 'PREFERRED_TIME_INVALID';
  }
  return null;
}

/**
 * From when a request can usefully be called: the start of its earliest preferred window that is
 * not over (now, if that window has begun); a request without windows, or whose windows are all
 * over, can be called now. This makes "preferred time" sortable against requests without one.
 */
export function callableFrom(times: readonly PreferredTime[], now: Date): number {
  const open = times
    .map((t) => ({ from: Date.parse(t.from), to: Date.parse(t.to) }))
    .filter((t) => t.to > now.getTime())
    .map((t) => Math.max(t.from, now.getTime()));
  return open.length > 0 ? Math.min(...open) : now.getTime();
}

export interface QueueEntry {
  urgency: CallbackUrgency;
  preferredTimes: readonly PreferredTime[];
  createdAt: Date;
}

/** The queue's order: most urgent first, then the one that can be called soonest, then the oldest. */
export function compareQueue(now: Date) {
  return (a: QueueEntry, b: QueueEntry): number =>
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    callableFrom(a.preferredTimes, now) - callableFrom(b.preferredTimes, now) ||
    a.createdAt.getTime() - b.createdAt.getTime();
}
