import { describe, expect, it } from 'vitest';
import { osloDate } from '../../../../platform/oslo-date.js';
import { planSlots, slotRule } from './slots.js';

const now = new Date('2026-01-05T08:00:00Z');
const osloTime = (d: Date) => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(d);

describe('case slots', () => {
  it('keeps the weekday and its week of the month once a month ("the second Tuesday")', () => {
    expect(slotRule('2026-01-13', 1)).toEqual({ pattern: 'monthly_weekday', weekday: 2, week: 2 });
    expect(slotRule('2026-01-29', 1)).toEqual({ pattern: 'monthly_weekday', weekday: 4, week: -1 });
    expect(slotRule('2026-01-13', 2)).toEqual({ pattern: 'every_n_weeks', intervalWeeks: 2 });
  });

  it('books monthly slots at the same Oslo time across the change to summer time', () => {
    const result = planSlots({ firstDate: '2026-01-13', startTime: '14:00', durationMinutes: 45, perMonth: 1, count: 4 }, now);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.sessions.map((s) => osloDate(s.startsAt))).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
    expect(result.sessions.every((s) => osloTime(s.startsAt) === '14:00')).toBe(true);
    expect(result.sessions.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 45 * 60_000)).toBe(true);
  });

  it('books twice a month as every other week, moving a slot off a public holiday', () => {
    // Ascension Day 2026 is Thursday 14 May: that slot moves to Friday 15 May.
    const result = planSlots({ firstDate: '2026-04-30', startTime: '08:00', durationMinutes: 30, perMonth: 2, count: 3 }, now);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.sessions.map((s) => s.date)).toEqual(['2026-04-30', '2026-05-15', '2026-05-28']);
    expect(result.sessions[1]!.movedFrom).toBe('2026-05-14');
  });

  it.each([
    [{ perMonth: 3 }, 'perMonth'],
    [{ count: 0 }, 'count'],
    [{ count: 25 }, 'count'],
    [{ durationMinutes: 10 }, 'durationMinutes'],
    [{ durationMinutes: 180 }, 'durationMinutes'],
    [{ firstDate: '2026-01-17' }, 'firstDate'],
    [{ firstDate: '2025-12-16' }, 'firstDate'],
    [{ startTime: '25:00' }, 'startTime'],
  ])('refuses %o, naming %s', (change, field) => {
    const booking = { firstDate: '2026-01-13', startTime: '14:00', durationMinutes: 45, perMonth: 1 as const, count: 4, ...change } as Parameters<typeof planSlots>[0];
    expect(planSlots(booking, now)).toEqual({ ok: false, problem: { code: 'ARENA_CASE_SLOTS_SCHEDULE_INVALID', field } });
  });
});
