import { describe, expect, it } from 'vitest';
import { MEETING_ACTIONS, MEETING_STATUSES, type MeetingAction, type MeetingStatus, type Transition, isOpen, nextStatus } from './state.js';

const startsAt = new Date('2026-12-10T08:00:00Z');
const before = { now: new Date(startsAt.getTime() - 60_000), startsAt };
const atStart = { now: startsAt, startsAt };
const after = { now: new Date(startsAt.getTime() + 60_000), startsAt };

/** Every (status × action) pair, before and after the start: [before, after]. */
const TABLE: Record<MeetingStatus, Record<MeetingAction, [Transition, Transition]>> = {
  invited: {
    move: [{ ok: true, status: 'new_time_place' }, { ok: true, status: 'new_time_place' }],
    cancel: [{ ok: true, status: 'cancelled' }, { ok: true, status: 'cancelled' }],
    complete: [{ ok: false, code: 'MEETING_NOT_STARTED' }, { ok: true, status: 'completed' }],
    correct_minutes: [{ ok: false, code: 'MEETING_NOT_COMPLETED' }, { ok: false, code: 'MEETING_NOT_COMPLETED' }],
    close: [{ ok: false, code: 'MEETING_NOT_COMPLETED' }, { ok: false, code: 'MEETING_NOT_COMPLETED' }],
    reply: [{ ok: true, status: 'invited' }, { ok: false, code: 'MEETING_REPLY_TOO_LATE' }],
  },
  new_time_place: {
    move: [{ ok: true, status: 'new_time_place' }, { ok: true, status: 'new_time_place' }],
    cancel: [{ ok: true, status: 'cancelled' }, { ok: true, status: 'cancelled' }],
    complete: [{ ok: false, code: 'MEETING_NOT_STARTED' }, { ok: true, status: 'completed' }],
    correct_minutes: [{ ok: false, code: 'MEETING_NOT_COMPLETED' }, { ok: false, code: 'MEETING_NOT_COMPLETED' }],
    close: [{ ok: false, code: 'MEETING_NOT_COMPLETED' }, { ok: false, code: 'MEETING_NOT_COMPLETED' }],
    reply: [{ ok: true, status: 'new_time_place' }, { ok: false, code: 'MEETING_REPLY_TOO_LATE' }],
  },
  cancelled: {
    move: [{ ok: false, code: 'MEETING_CANCELLED' }, { ok: false, code: 'MEETING_CANCELLED' }],
    cancel: [{ ok: false, code: 'MEETING_CANCELLED' }, { ok: false, code: 'MEETING_CANCELLED' }],
    complete: [{ ok: false, code: 'MEETING_CANCELLED' }, { ok: false, code: 'MEETING_CANCELLED' }],
    correct_minutes: [{ ok: false, code: 'MEETING_CANCELLED' }, { ok: false, code: 'MEETING_CANCELLED' }],
    close: [{ ok: true, status: 'closed' }, { ok: true, status: 'closed' }],
    reply: [{ ok: false, code: 'MEETING_CANCELLED' }, { ok: false, code: 'MEETING_CANCELLED' }],
  },
  completed: {
    move: [{ ok: false, code: 'MEETING_COMPLETED' }, { ok: false, code: 'MEETING_COMPLETED' }],
    cancel: [{ ok: false, code: 'MEETING_COMPLETED' }, { ok: false, code: 'MEETING_COMPLETED' }],
    complete: [{ ok: false, code: 'MEETING_COMPLETED' }, { ok: false, code: 'MEETING_COMPLETED' }],
    correct_minutes: [{ ok: true, status: 'completed' }, { ok: true, status: 'completed' }],
    close: [{ ok: true, status: 'closed' }, { ok: true, status: 'closed' }],
    reply: [{ ok: false, code: 'MEETING_COMPLETED' }, { ok: false, code: 'MEETING_COMPLETED' }],
  },
  closed: Object.fromEntries(
    MEETING_ACTIONS.map((a) => [a, [{ ok: false, code: 'MEETING_CLOSED' }, { ok: false, code: 'MEETING_CLOSED' }]]),
  ) as Record<MeetingAction, [Transition, Transition]>,
};

describe('meeting state machine', () => {
  const pairs = MEETING_STATUSES.flatMap((status) => MEETING_ACTIONS.map((action) => [status, action] as const));

  it('the table covers every status and every action', () => {
    expect(pairs).toHaveLength(30);
    for (const [status, action] of pairs) expect(TABLE[status][action]).toBeDefined();
  });

  it.each(pairs)('%s --%s--> as in the table, before and after the start', (status, action) => {
    const [expectedBefore, expectedAfter] = TABLE[status][action];
    expect(nextStatus(status, action, before)).toEqual(expectedBefore);
    expect(nextStatus(status, action, after)).toEqual(expectedAfter);
  });

  it('completing is allowed exactly from the start time, one millisecond earlier is too early', () => {
    expect(nextStatus('invited', 'complete', atStart)).toEqual({ ok: true, status: 'completed' });
    expect(nextStatus('invited', 'complete', { now: new Date(startsAt.getTime() - 1), startsAt })).toEqual({ ok: false, code: 'MEETING_NOT_STARTED' });
  });

  it('a reply at the start is too late, one millisecond before it is in time', () => {
    expect(nextStatus('new_time_place', 'reply', atStart)).toEqual({ ok: false, code: 'MEETING_REPLY_TOO_LATE' });
    expect(nextStatus('new_time_place', 'reply', { now: new Date(startsAt.getTime() - 1), startsAt })).toEqual({ ok: true, status: 'new_time_place' });
  });

  it('only invited and new_time_place are open', () => {
    expect(MEETING_STATUSES.filter(isOpen)).toEqual(['invited', 'new_time_place']);
  });
});
