/**
 * The life of a dialogue meeting (domain.md §6): invited → new_time_place (any move) →
 * completed (minutes written, at or after the start) | cancelled → closed. Every refusal has its
 * own code so the adviser is told why, not only that it failed.
 */
export type MeetingStatus = 'invited' | 'new_time_place' | 'cancelled' | 'completed' | 'closed';
export type MeetingAction = 'move' | 'cancel' | 'complete' | 'correct_minutes' | 'close' | 'reply';

export const MEETING_STATUSES: readonly MeetingStatus[] = ['invited', 'new_time_place', 'cancelled', 'completed', 'closed'];
export const MEETING_ACTIONS: readonly MeetingAction[] = ['move', 'cancel', 'complete', 'correct_minutes', 'close', 'reply'];

export type StateConflictCode =
  | 'MEETING_CANCELLED'
  | 'MEETING_COMPLETED'
  | 'MEETING_CLOSED'
  | 'MEETING_NOT_STARTED'
  | 'MEETING_NOT_COMPLETED'
  | 'MEETING_REPLY_TOO_LATE';

export type Transition = { ok: true; status: MeetingStatus } | { ok: false; code: StateConflictCode };

export interface TransitionFacts {
  now: Date;
  startsAt: Date;
}

/** A meeting that has not happened and is not called off: it can still be moved, replied to, held. */
export function isOpen(status: MeetingStatus): boolean {
  return status === 'invited' || status === 'new_time_place';
}

const refuse = (code: StateConflictCode): Transition => ({ ok: false, code });
const to = (status: MeetingStatus): Transition => ({ ok: true, status });

export function nextStatus(status: MeetingStatus, action: MeetingAction, facts: TransitionFacts): Transition {
  switch (status) {
    case 'closed':
      return refuse('MEETING_CLOSED');
    case 'cancelled':
      // A cancelled meeting can only be filed away; it never gets minutes, so correcting them is
      // refused as "cancelled" too: that is the reason the adviser needs to see.
      return action === 'close' ? to('closed') : refuse('MEETING_CANCELLED');
    case 'completed':
      if (action === 'correct_minutes') return to('completed');
      if (action === 'close') return to('closed');
      return refuse('MEETING_COMPLETED');
    case 'invited':
    case 'new_time_place':
      return fromOpen(status, action, facts);
  }
}

function fromOpen(status: MeetingStatus, action: MeetingAction, { now, startsAt }: TransitionFacts): Transition {
  const started = now.getTime() >= startsAt.getTime();
  switch (action) {
    case 'move':
      return to('new_time_place');
    case 'cancel':
      return to('cancelled');
    case 'complete':
      // Minutes describe a meeting that has taken place; before its start there is nothing to write.
      return started ? to('completed') : refuse('MEETING_NOT_STARTED');
    case 'reply':
      // A reply after the start can no longer change anything about the meeting.
      return started ? refuse('MEETING_REPLY_TOO_LATE') : to(status);
    case 'correct_minutes':
    case 'close':
      // Only a held (or cancelled) meeting can be corrected or filed away.
      return refuse('MEETING_NOT_COMPLETED');
  }
}
