/**
 * Capacity and the waiting list of an arena (issue 10, ADR 0006 "Core"). Pure.
 *
 * Seats are taken by participants with status 'signed_up'. A sign-up that finds no free seat
 * waits; the list is ordered by priority (lower first: GPs before NAV staff on courses), then by
 * when they joined it, then by id so the order is total. Whenever seats free, the first on the list
 * take them — as many as there are free seats, never more.
 */
export type EntryStatus = 'nominated' | 'signed_up' | 'waiting' | 'cancelled' | 'declined';

export interface ListEntry {
  id: string;
  status: EntryStatus;
  priority: number;
  /** When they joined the waiting list (ms since the epoch); null when not waiting. */
  waitingSince: number | null;
}

/** How seats are given: at once, or every sign-up waits until the organiser allocates after the deadline. */
export type AllocationMode = 'first_come' | 'at_deadline';

export type Placement = { status: 'signed_up' } | { status: 'waiting'; place: number };

function compareWaiting(a: ListEntry, b: ListEntry): number {
  return a.priority - b.priority || (a.waitingSince ?? 0) - (b.waitingSince ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The waiting list in the order seats are given. */
export function waitingOrder<T extends ListEntry>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.status === 'waiting').sort(compareWaiting);
}

export function seatsTaken(entries: readonly ListEntry[]): number {
  return entries.filter((e) => e.status === 'signed_up').length;
}

/** Free seats (Infinity without a capacity; never negative, even if the capacity was lowered). */
export function freeSeats(entries: readonly ListEntry[], capacity: number | null): number {
  return capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity - seatsTaken(entries));
}

/** The entry's place on the waiting list (1 is next), or null when it is not waiting. */
export function waitingPlace(entries: readonly ListEntry[], id: string): number | null {
  const index = waitingOrder(entries).findIndex((e) => e.id === id);
  return index === -1 ? null : index + 1;
}

/**
 * Where a new sign-up goes: a free seat when there is one and nobody is waiting ahead (first come),
 * else the waiting list at its place by priority. With allocation at the deadline everyone waits.
 */
export function placeNewcomer(
  entries: readonly ListEntry[],
  capacity: number | null,
  newcomer: { priority: number; joinedAt: number },
  mode: AllocationMode = 'first_come',
): Placement {
  const ahead = waitingOrder(entries).filter((e) => e.priority < newcomer.priority || (e.priority === newcomer.priority && (e.waitingSince ?? 0) <= newcomer.joinedAt));
  if (mode === 'first_come' && ahead.length === 0 && freeSeats(entries, capacity) > 0) return { status: 'signed_up' };
  return { status: 'waiting', place: ahead.length + 1 };
}

/** The waiting entries that take the free seats now, in order. */
export function promotions<T extends ListEntry>(entries: readonly T[], capacity: number | null): T[] {
  const free = freeSeats(entries, capacity);
  const order = waitingOrder(entries);
  return Number.isFinite(free) ? order.slice(0, free) : order;
}

/** The entries after the promotions are applied (for callers and tests that follow a sequence). */
export function applyPromotions<T extends ListEntry>(entries: readonly T[], capacity: number | null): T[] {
  const promoted = new Set(promotions(entries, capacity).map((e) => e.id));
  return entries.map((e) => (promoted.has(e.id) ? { ...e, status: 'signed_up' as const, waitingSince: null } : e));
}

/** Waiting-list priority: on a course with GP priority GPs come first, then NAV staff, then others. */
export function priorityFor(person: { isGp: boolean; isNav: boolean }, gpPriority: boolean): number {
  if (!gpPriority) return 0;
  return person.isGp ? 0 : person.isNav ? 1 : 2;
}
