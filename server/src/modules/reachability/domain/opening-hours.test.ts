import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../platform/db/schema.js';
import { isOpenAt, lineStatus, nextOpening } from './opening-hours.js';
import { atLocal, wallClock } from './time.js';

const WEEKDAYS_9_15: OpeningHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '15:00' }));
const at = (iso: string) => new Date(iso);

describe('isOpenAt: the clinicians’ line, Monday–Friday 09–15 Norwegian time', () => {
  it.each([
    // [instant (UTC), open?, why]
    ['2025-06-11T08:00:00Z', true, 'Wednesday 10:00 in summer (UTC+2)'],
    ['2025-06-11T06:59:00Z', false, 'Wednesday 08:59: not yet'],
    ['2025-06-11T07:00:00Z', true, 'Wednesday 09:00: opens on the minute'],
    ['2025-06-11T12:59:00Z', true, 'Wednesday 14:59'],
    ['2025-06-11T13:00:00Z', false, 'Wednesday 15:00: closed on the minute'],
    ['2025-01-15T08:30:00Z', true, 'Wednesday 09:30 in winter (UTC+1)'],
    ['2025-01-15T07:30:00Z', false, 'Wednesday 08:30 in winter, though 07:30 UTC would be "open" in UTC+2'],
    ['2025-06-14T10:00:00Z', false, 'Saturday noon'],
    ['2025-06-15T10:00:00Z', false, 'Sunday noon'],
    ['2025-03-28T07:30:00Z', false, 'Friday before the spring change: 08:30 local'],
    ['2025-03-31T07:30:00Z', true, 'Monday after the spring change: 09:30 local'],
    ['2025-10-27T07:30:00Z', false, 'Monday after the autumn change: 08:30 local'],
  ])('%s → %s (%s)', (instant, open) => {
    expect(isOpenAt(WEEKDAYS_9_15, at(instant))).toBe(open);
  });

  it('takes the weekday in Norway, not in UTC: Monday 00:30 is still Sunday in UTC', () => {
    const mondayNight: OpeningHours[] = [{ weekday: 1, opens: '00:00', closes: '01:00' }];
    expect(isOpenAt(mondayNight, at('2025-01-12T23:30:00Z'))).toBe(true);
    expect(isOpenAt([{ weekday: 7, opens: '00:00', closes: '23:59' }], at('2025-01-12T23:30:00Z'))).toBe(false);
  });

  it('counts 23:59 as the end of the day for offices open around the clock', () => {
    const allDay: OpeningHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' }));
    expect(isOpenAt(allDay, at('2025-06-14T21:59:30Z'))).toBe(true); // Saturday 23:59:30
    expect(isOpenAt(allDay, at('2025-06-15T02:00:00Z'))).toBe(true); // Sunday 04:00
  });

  it('is closed when there are no opening hours', () => {
    expect(isOpenAt([], at('2025-06-11T08:00:00Z'))).toBe(false);
    expect(nextOpening([], at('2025-06-11T08:00:00Z'))).toBeNull();
  });

  it('allows two periods in one day (a lunch break)', () => {
    const split: OpeningHours[] = [
      { weekday: 3, opens: '08:00', closes: '11:30' },
      { weekday: 3, opens: '12:00', closes: '15:00' },
    ];
    expect(isOpenAt(split, at('2025-06-11T09:45:00Z'))).toBe(false); // 11:45
    expect(nextOpening(split, at('2025-06-11T09:45:00Z'))?.toISOString()).toBe('2025-06-11T10:00:00.000Z');
  });
});

describe('nextOpening', () => {
  it.each([
    ['Wednesday 08:00 → 09:00 the same day', '2025-06-11T06:00:00Z', '2025-06-11T07:00:00.000Z'],
    ['Wednesday 15:00 → Thursday 09:00', '2025-06-11T13:00:00Z', '2025-06-12T07:00:00.000Z'],
    ['Friday 16:00 → Monday 09:00', '2025-06-13T14:00:00Z', '2025-06-16T07:00:00.000Z'],
    ['Saturday → Monday', '2025-06-14T10:00:00Z', '2025-06-16T07:00:00.000Z'],
    ['Friday before the spring change → Monday 09:00 summer time', '2025-03-28T15:00:00Z', '2025-03-31T07:00:00.000Z'],
    ['Friday 31 January → Monday 3 February (across a month)', '2025-01-31T15:00:00Z', '2025-02-03T08:00:00.000Z'],
  ])('%s', (_name, instant, expected) => {
    expect(nextOpening(WEEKDAYS_9_15, at(instant))?.toISOString()).toBe(expected);
  });

  it('gives the status of a line: open now, or closed with the next opening', () => {
    expect(lineStatus(WEEKDAYS_9_15, at('2025-06-11T08:00:00Z'))).toEqual({ openNow: true, nextOpensAt: null });
    expect(lineStatus(WEEKDAYS_9_15, at('2025-06-14T10:00:00Z'))).toEqual({ openNow: false, nextOpensAt: '2025-06-16T07:00:00.000Z' });
  });
});

describe('wall clock in Norway', () => {
  it('turns an instant into the local weekday and time, and back', () => {
    expect(wallClock(at('2025-01-12T23:30:00Z'))).toMatchObject({ weekday: 1, minutes: 30, day: 13 });
    expect(atLocal(2025, 5, 11, 15 * 60).toISOString()).toBe('2025-06-11T13:00:00.000Z');
    expect(atLocal(2025, 0, 15, 15 * 60).toISOString()).toBe('2025-01-15T14:00:00.000Z');
  });
});
