import { describe, expect, it } from 'vitest';
import { answeredInTime, dialogueContributions, type MessageRecord } from './dialogue-facts.js';
import { at, kpiFrom, plusDays } from './test-helpers.js';

const GP = '00000000-0000-4000-8000-000000000001';
const asOf = at('2025-03-31', 12);

function request(sentDay: string, answerAfterDays: number | null, extra: Partial<MessageRecord> = {}): MessageRecord {
  const createdAt = at(sentDay);
  return {
    kind: 'request',
    senderSide: 'nav',
    createdAt,
    expectsAnswer: true,
    // Deadline: seven days after sending.
    dueAt: plusDays(createdAt, 7),
    answeredAt: answerAfterDays === null ? null : plusDays(createdAt, answerAfterDays),
    remindedAt: null,
    escalatedAt: null,
    withdrawnAt: null,
    targeted: true,
    wholeRecord: false,
    gpPersonId: GP,
    ...extra,
  };
}

/**
 * Ten January requests answered after 1, 1, 2, 2, 3, 3, 3, 5, 8 and 20 days, two more never
 * answered (one past its deadline, one sent on 28 March and still within it), one withdrawn.
 */
const january = ['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10', '2025-01-13', '2025-01-14', '2025-01-15', '2025-01-16', '2025-01-17'];
const answered = [1, 1, 2, 2, 3, 3, 3, 5, 8, 20].map((d, i) => request(january[i]!, d, i === 9 ? { remindedAt: plusDays(at(january[i]!), 8), escalatedAt: plusDays(at(january[i]!), 14) } : {}));
const overdue = request('2025-01-20', null, { remindedAt: plusDays(at('2025-01-20'), 8), targeted: false });
const stillOpen = request('2025-03-28', null);
const withdrawn = request('2025-01-21', null, { withdrawnAt: at('2025-01-22') });
const messages = [...answered, overdue, stillOpen, withdrawn];
const contributions = messages.flatMap((m) => dialogueContributions(m, asOf));

describe('dialogue KPIs', () => {
  it('reply time: median and 90th percentile of the answered requests', () => {
    // Sorted 1,1,2,2,3,3,3,5,8,20: rank 5 → 3 days; rank 9 → 8 days.
    const median = kpiFrom('nav_request_reply_median', contributions);
    expect(median.value).toBe(3);
    expect(median.basis).toBe(10);
    expect(median.trend.map((t) => t.value)).toEqual([3, null, null]);
    expect(kpiFrom('nav_request_reply_p90', contributions).value).toBe(8);
  });

  it('answered by the deadline: of the answered and the overdue, not the one still within its deadline', () => {
    // Answered within 7 days: 8 of the 10 (8 and 20 days are late); the overdue one is late too → 8 / 11 = 72.7 %.
    const k = kpiFrom('nav_request_in_time', contributions);
    expect(k.value).toBe(72.7);
    expect(k.basis).toBe(11);
    // March has only the open request: not decided, so nothing counted.
    expect(k.trend[2]!.basis).toBe(0);
  });

  it('decides timeliness from the answer, or from the deadline passing', () => {
    expect(answeredInTime({ answeredAt: null, dueAt: at('2025-03-01') }, asOf)).toBe(false);
    expect(answeredInTime({ answeredAt: null, dueAt: at('2025-04-10') }, asOf)).toBeNull();
    expect(answeredInTime({ answeredAt: at('2025-02-01'), dueAt: null }, asOf)).toBe(true);
  });

  it('reminders, escalations and targeted questions as shares of the requests sent', () => {
    // 12 requests count (the withdrawn one does not): 2 reminded, 1 escalated, 11 targeted.
    expect(kpiFrom('requests_reminded', contributions).value).toBe(16.7);
    expect(kpiFrom('requests_escalated', contributions).value).toBe(8.3);
    expect(kpiFrom('requests_targeted', contributions).value).toBe(91.7);
  });

  it('surplus information: answers with a whole-record attachment', () => {
    const answers: MessageRecord[] = Array.from({ length: 8 }, (_, i) => ({ ...request('2025-02-03', null), kind: 'answer', senderSide: 'gp', expectsAnswer: false, dueAt: null, wholeRecord: i < 2 }));
    // 2 of 8 = 25 %.
    expect(kpiFrom('answers_surplus', answers.flatMap((m) => dialogueContributions(m, asOf))).value).toBe(25);
  });

  it("NAV's replies to GP messages, separately from the GPs' replies", () => {
    const fromGp: MessageRecord[] = [1, 2, 2, 4, 6, 9].map((d) => ({ ...request('2025-02-10', d), kind: 'note', senderSide: 'gp' }));
    const c = fromGp.flatMap((m) => dialogueContributions(m, asOf));
    // 1,2,2,4,6,9: median rank 3 → 2 days; p90 rank ceil(5.4) = 6 → 9 days; in time (≤ 7 days) 5 of 6 = 83.3 %.
    expect(kpiFrom('gp_message_reply_median', c).value).toBe(2);
    expect(kpiFrom('gp_message_reply_p90', c).value).toBe(9);
    expect(kpiFrom('gp_message_in_time', c).value).toBe(83.3);
    expect(c.some((x) => x.metric === 'gp_reply')).toBe(false);
  });

  it("counts the GP's own part of the NAV requests for the GP's figures", () => {
    const own = contributions.filter((c) => c.gpPersonId === GP);
    expect(kpiFrom('gp_reply_median', own).value).toBe(3);
    expect(kpiFrom('gp_in_time', own).value).toBe(72.7);
  });

  it('hides a month resting on fewer than five, and one more so it cannot be subtracted', () => {
    // January 10 answered, February 3: the February basis is "<5"; with January shown, the total
    // would give February away, so January is hidden too ("x").
    const feb = ['2025-02-03', '2025-02-04', '2025-02-05'].map((d) => request(d, 2));
    const k = kpiFrom('nav_request_reply_median', [...answered, ...feb].flatMap((m) => dialogueContributions(m, asOf)));
    expect(k.basis).toBe(13);
    expect(k.trend.map((t) => t.basis)).toEqual(['x', '<5', 0]);
    expect(k.trend.map((t) => t.value)).toEqual([null, null, null]);
  });
});
