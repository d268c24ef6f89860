import { describe, expect, it } from 'vitest';
import { checkRequestedDueOn, deadlineInstant, defaultRequestDueOn, followUpDue, navReplyDueOn, osloDate } from './deadlines.js';

const settings = { requestDays: { L8: 14, L40: 21 }, navReplyWorkingDays: 5, escalateAfterDays: 7 };
const minute = 60_000;

describe('dialogue deadlines', () => {
  it('counts in Norwegian dates: late from midnight in Oslo after the due date, in summer and winter', () => {
    expect(deadlineInstant('2026-01-15').toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(deadlineInstant('2026-06-15').toISOString()).toBe('2026-06-15T22:00:00.000Z');
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('sets the default deadline per kind: L40 three weeks, L8 two', () => {
    const sent = new Date('2026-03-02T10:00:00Z');
    expect(defaultRequestDueOn('L40', sent, settings)).toBe('2026-03-23');
    expect(defaultRequestDueOn('L8', sent, settings)).toBe('2026-03-16');
  });

  it('lets NAV shorten a deadline but not lengthen it or set it in the past', () => {
    expect(checkRequestedDueOn('2026-03-10', '2026-03-23', '2026-03-02')).toBeNull();
    expect(checkRequestedDueOn('2026-03-24', '2026-03-23', '2026-03-02')).toBe('DIALOGUE_DEADLINE_TOO_LATE');
    expect(checkRequestedDueOn('2026-03-01', '2026-03-23', '2026-03-02')).toBe('DIALOGUE_DEADLINE_PAST');
  });

  it('gives NAV five working days to answer a GP, skipping the weekend', () => {
    expect(navReplyDueOn(new Date('2026-03-06T09:00:00Z'), 5)).toBe('2026-03-13'); // Friday → next Friday
  });

  describe('reminders and escalation', () => {
    const dueAt = deadlineInstant('2026-03-16');
    const base = { dueAt, answeredAt: null, withdrawnAt: null, remindedAt: null, escalatedAt: null };

    it('answered one minute before the deadline: no reminder, ever', () => {
      const answered = { ...base, answeredAt: new Date(dueAt.getTime() - minute) };
      for (const days of [0, 1, 8, 30]) expect(followUpDue(answered, new Date(dueAt.getTime() + days * 86_400_000), settings)).toBeNull();
    });

    it('unanswered at the deadline: one reminder, then one escalation seven days later', () => {
      expect(followUpDue(base, new Date(dueAt.getTime() - 1), settings)).toBeNull();
      expect(followUpDue(base, dueAt, settings)).toBe('remind');
      const reminded = { ...base, remindedAt: dueAt };
      expect(followUpDue(reminded, new Date(dueAt.getTime() + 6 * 86_400_000), settings)).toBeNull();
      expect(followUpDue(reminded, new Date(dueAt.getTime() + 7 * 86_400_000), settings)).toBe('escalate');
      expect(followUpDue({ ...reminded, escalatedAt: new Date(dueAt.getTime() + 7 * 86_400_000) }, new Date(dueAt.getTime() + 30 * 86_400_000), settings)).toBeNull();
    });

    it('answered after the reminder: no second reminder and no escalation', () => {
      const answered = { ...base, remindedAt: dueAt, answeredAt: new Date(dueAt.getTime() + 86_400_000) };
      expect(followUpDue(answered, new Date(dueAt.getTime() + 30 * 86_400_000), settings)).toBeNull();
    });

    it('withdrawn requests are never reminded', () => {
      expect(followUpDue({ ...base, withdrawnAt: new Date(dueAt.getTime() - minute) }, new Date(dueAt.getTime() + minute), settings)).toBeNull();
    });
  });
});
