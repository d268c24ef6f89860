import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../sickleave/domain/dates.js';
import { canAccept, capacityOf, expectedEnd, expectedStartForPosition, expectedStartNow, placementFor, promotions, queueOrder, type ExpectedStartInput } from './capacity.js';

const weekdaysOnly = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};
const everyDay = () => true;

describe('capacity', () => {
  it('counts free places as places less active courses and referrals waiting for intake, never below zero', () => {
    expect(capacityOf({ places: 10, active: 6, pendingIntake: 2, waiting: 0 })).toMatchObject({ free: 2 });
    expect(capacityOf({ places: 2, active: 3, pendingIntake: 1, waiting: 4 })).toMatchObject({ free: 0, waiting: 4 });
  });

  it('sends a referral to intake when a place is free, and to the end of the queue when full', () => {
    expect(placementFor(capacityOf({ places: 2, active: 1, pendingIntake: 0, waiting: 0 }))).toEqual({ status: 'submitted' });
    expect(placementFor(capacityOf({ places: 2, active: 1, pendingIntake: 1, waiting: 3 }))).toEqual({ status: 'waiting', position: 4 });
  });

  it('accepts while active courses are below the places', () => {
    expect(canAccept({ places: 2, active: 1 })).toBe(true);
    expect(canAccept({ places: 2, active: 2 })).toBe(false);
    expect(canAccept({ places: 0, active: 0 })).toBe(false);
  });
});

const waitingArb = fc.uniqueArray(
  fc.record({ id: fc.uuid(), waitingSince: fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString()) }),
  { selector: (w) => w.id, maxLength: 30 },
);

describe('waiting-list promotion', () => {
  it('never promotes more than the free places, and always the earliest, in order', () => {
    fc.assert(
      fc.property(waitingArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (waiting, places, active, pendingIntake) => {
        const capacity = capacityOf({ places, active, pendingIntake, waiting: waiting.length });
        const promoted = promotions(waiting, capacity);
        expect(promoted.length).toBeLessThanOrEqual(capacity.free);
        expect(active + pendingIntake + promoted.length).toBeLessThanOrEqual(Math.max(places, active + pendingIntake));
        expect(promoted.length).toBe(Math.min(capacity.free, waiting.length));
        // FIFO: the promoted are the head of the queue, and nobody left behind joined earlier.
        const queue = queueOrder(waiting);
        expect(promoted).toEqual(queue.slice(0, promoted.length));
        const lastPromoted = promoted.at(-1);
        for (const rest of queue.slice(promoted.length)) if (lastPromoted) expect(rest.waitingSince >= lastPromoted.waitingSince).toBe(true);
      }),
    );
  });

  it('orders equal times by id, so every instance promotes the same referral', () => {
    const same = '2026-03-01T10:00:00.000Z';
    expect(queueOrder([{ id: 'b', waitingSince: same }, { id: 'a', waitingSince: same }]).map((w) => w.id)).toEqual(['a', 'b']);
  });
});

describe('expected start', () => {
  const base: ExpectedStartInput = { today: '2026-03-02', places: 2, active: [], pendingIntake: 0, firstSessionTargetDays: 7, isWorkingDay: weekdaysOnly };

  it('is the target days from today on a working day when a place is free', () => {
    expect(expectedStartNow(base)).toBe('2026-03-09');
    // 2026-03-07 is a Saturday: the next working day is Monday.
    expect(expectedStartNow({ ...base, today: '2026-02-28' })).toBe('2026-03-09');
  });

  it('estimates a waiting position from when the active courses are expected to end', () => {
    const active = [
      { startedOn: '2026-01-05', sessionBudget: 10 },
      { startedOn: '2026-02-02', sessionBudget: 10 },
    ];
    expect(expectedEnd(active[0]!)).toBe('2026-03-16');
    const input = { ...base, active, isWorkingDay: everyDay };
    expect(expectedStartForPosition(input, 1)).toBe('2026-03-23');
    expect(expectedStartForPosition(input, 2)).toBe('2026-04-20');
    // The third takes the first place again, after the first waiting person's course.
    expect(expectedStartForPosition(input, 3)).toBe(addDaysIso('2026-03-23', 70 + 7));
    // Referrals already in intake go first.
    expect(expectedStartForPosition({ ...input, pendingIntake: 1 }, 1)).toBe('2026-04-20');
  });

  it('takes an overrun course to end today, and gives no estimate for a team without places', () => {
    expect(expectedStartForPosition({ ...base, places: 1, active: [{ startedOn: '2025-01-01', sessionBudget: 5 }], isWorkingDay: everyDay }, 1)).toBe('2026-03-09');
    expect(expectedStartForPosition({ ...base, places: 0 }, 1)).toBeNull();
  });

  it('never estimates a later position before an earlier one, nor before today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.record({ offset: fc.integer({ min: -200, max: 0 }), budget: fc.integer({ min: 1, max: 20 }) }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        (places, courses, pendingIntake) => {
          const input = { ...base, places, pendingIntake, active: courses.map((c) => ({ startedOn: addDaysIso(base.today, c.offset), sessionBudget: c.budget })) };
          let previous = base.today;
          for (let position = 1; position <= 6; position++) {
            const start = expectedStartForPosition(input, position)!;
            expect(start >= previous).toBe(true);
            previous = start;
          }
        },
      ),
    );
  });
});
