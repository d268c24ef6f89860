import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPromotions, freeSeats, placeNewcomer, priorityFor, promotions, seatsTaken, waitingOrder, waitingPlace, type ListEntry } from './waiting-list.js';

const signed = (id: string): ListEntry => ({ id, status: 'signed_up', priority: 0, waitingSince: null });
const waiting = (id: string, since: number, priority = 0): ListEntry => ({ id, status: 'waiting', priority, waitingSince: since });

describe('waiting list', () => {
  it('signs up while seats are free and puts the next on the waiting list with their place', () => {
    const full = [signed('a'), signed('b')];
    expect(placeNewcomer([signed('a')], 2, { priority: 0, joinedAt: 10 })).toEqual({ status: 'signed_up' });
    expect(placeNewcomer(full, 2, { priority: 0, joinedAt: 10 })).toEqual({ status: 'waiting', place: 1 });
    expect(placeNewcomer([...full, waiting('c', 5)], 2, { priority: 0, joinedAt: 10 })).toEqual({ status: 'waiting', place: 2 });
  });

  it('has no limit without a capacity', () => {
    expect(placeNewcomer([signed('a'), signed('b')], null, { priority: 0, joinedAt: 1 })).toEqual({ status: 'signed_up' });
  });

  it('puts a GP ahead of NAV staff already waiting on a course with GP priority', () => {
    const entries = [signed('a'), waiting('nav1', 1, 1), waiting('nav2', 2, 1)];
    expect(placeNewcomer(entries, 1, { priority: priorityFor({ isGp: true, isNav: false }, true), joinedAt: 9 })).toEqual({ status: 'waiting', place: 1 });
    expect(placeNewcomer(entries, 1, { priority: priorityFor({ isGp: false, isNav: true }, true), joinedAt: 9 })).toEqual({ status: 'waiting', place: 3 });
  });

  it('lets everyone wait when places are allocated at the deadline', () => {
    expect(placeNewcomer([], 10, { priority: 0, joinedAt: 1 }, 'at_deadline')).toEqual({ status: 'waiting', place: 1 });
  });

  it('promotes the first waiting when someone cancels, and only as many as seats free', () => {
    const entries: ListEntry[] = [{ ...signed('a'), status: 'cancelled' }, signed('b'), waiting('late', 20), waiting('early', 10), waiting('later', 30)];
    expect(promotions(entries, 2).map((e) => e.id)).toEqual(['early']);
    expect(promotions(entries, 4).map((e) => e.id)).toEqual(['early', 'late', 'later']);
    expect(promotions(entries, 1)).toEqual([]);
  });

  it('allocates GPs first, then by time of sign-up', () => {
    const entries = [waiting('nav-early', 1, 1), waiting('gp-late', 5, 0), waiting('other', 0, 2), waiting('gp-early', 2, 0)];
    expect(promotions(entries, 3).map((e) => e.id)).toEqual(['gp-early', 'gp-late', 'nav-early']);
    expect(waitingPlace(entries, 'other')).toBe(4);
    expect(waitingPlace(entries, 'nobody')).toBeNull();
  });

  it('never gives a negative number of free seats when the capacity was lowered', () => {
    expect(freeSeats([signed('a'), signed('b'), signed('c')], 2)).toBe(0);
    expect(promotions([signed('a'), signed('b'), signed('c'), waiting('d', 1)], 2)).toEqual([]);
  });

  it('without GP priority, everybody has the same priority', () => {
    expect(priorityFor({ isGp: false, isNav: true }, false)).toBe(0);
    expect(priorityFor({ isGp: false, isNav: false }, true)).toBe(2);
  });
});

describe('waiting list (properties)', () => {
  const entry = fc.record({
    id: fc.uuid(),
    status: fc.constantFrom('nominated', 'signed_up', 'waiting', 'cancelled', 'declined') as fc.Arbitrary<ListEntry['status']>,
    priority: fc.integer({ min: 0, max: 2 }),
    waitingSince: fc.integer({ min: 0, max: 1_000 }),
  });
  const entries = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 40 }).map((list) => list.map((e) => ({ ...e, waitingSince: e.status === 'waiting' ? e.waitingSince : null })));
  const capacity = fc.option(fc.integer({ min: 1, max: 30 }), { nil: null });

  it('promotes exactly min(free seats, waiting), the first in order, and never overfills', () => {
    fc.assert(
      fc.property(entries, capacity, (list, cap) => {
        const before = seatsTaken(list);
        const promoted = promotions(list, cap);
        const order = waitingOrder(list);
        const free = freeSeats(list, cap);
        expect(promoted.length).toBe(Math.min(free, order.length));
        expect(promoted).toEqual(order.slice(0, promoted.length));
        const after = applyPromotions(list, cap);
        if (cap !== null) expect(seatsTaken(after)).toBeLessThanOrEqual(Math.max(cap, before));
        // Nobody left waiting while a seat is free.
        if (waitingOrder(after).length > 0) expect(freeSeats(after, cap)).toBe(0);
        // A higher priority never waits while a lower one was promoted.
        const lowestPromoted = Math.max(-1, ...promoted.map((e) => e.priority));
        for (const left of waitingOrder(after)) expect(left.priority).toBeGreaterThanOrEqual(lowestPromoted);
      }),
    );
  });

  it('keeps the arena within capacity through any sequence of sign-ups and cancellations', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('signup' as const), priority: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 60 }), (cap, ops) => {
        let list: ListEntry[] = [];
        ops.forEach((o, t) => {
          if (o.kind === 'signup') {
            const placement = placeNewcomer(list, cap, { priority: o.priority, joinedAt: t });
            list = [...list, { id: `p${String(t).padStart(3, '0')}`, status: placement.status, priority: o.priority, waitingSince: placement.status === 'waiting' ? t : null }];
            if (placement.status === 'waiting') expect(waitingPlace(list, list.at(-1)!.id)).toBe(placement.place);
          } else {
            const active = list.filter((e) => e.status === 'signed_up' || e.status === 'waiting');
            if (active.length === 0) return;
            const gone = active[o.pick % active.length]!;
            list = applyPromotions(list.map((e) => (e.id === gone.id ? { ...e, status: 'cancelled' as const, waitingSince: null } : e)), cap);
          }
          expect(seatsTaken(list)).toBeLessThanOrEqual(cap);
          if (waitingOrder(list).length > 0) expect(seatsTaken(list)).toBe(cap);
        });
      }),
    );
  });
});
