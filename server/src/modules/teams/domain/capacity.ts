import { addDaysIso, daysBetween, maxIso, type IsoDate } from '../../sickleave/domain/dates.js';

/**
 * Capacity, the waiting list and the expected start (issue 8, ADR 0004). Pure.
 *
 * A team has `places` open places. Active courses fill them; a referral waiting for intake
 * (`submitted`) holds one too, so two GPs are never promised the same place. A referral that finds
 * no free place goes straight to the waiting list, and the answer says its position and an
 * expected start.
 */
export interface CapacityCounts {
  places: number;
  active: number;
  /** Referrals submitted and waiting for the team's intake decision: each holds a place. */
  pendingIntake: number;
  waiting: number;
}

export interface Capacity extends CapacityCounts {
  free: number;
}

export function capacityOf(counts: CapacityCounts): Capacity {
  return { ...counts, free: Math.max(0, counts.places - counts.active - counts.pendingIntake) };
}

export type Placement = { status: 'submitted' } | { status: 'waiting'; position: number };

/** Where a new (or newly approved) referral goes: intake when a place is free, else the end of the queue. */
export function placementFor(capacity: Capacity): Placement {
  return capacity.free > 0 ? { status: 'submitted' } : { status: 'waiting', position: capacity.waiting + 1 };
}

/** Whether the team can start one more course now: active courses below the places. */
export function canAccept(counts: Pick<CapacityCounts, 'places' | 'active'>): boolean {
  return counts.active < counts.places;
}

export interface WaitingEntry {
  id: string;
  /** When the referral joined the queue (ISO instant); ties go by id, so the order is total. */
  waitingSince: string;
}

/** The queue in the order places are given: first come, first served. */
export function queueOrder<T extends WaitingEntry>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => (a.waitingSince < b.waitingSince ? -1 : a.waitingSince > b.waitingSince ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The waiting referrals to move to intake when places have freed: the earliest ones, as many as
 * there are free places (never more, and none when the team is full).
 */
export function promotions<T extends WaitingEntry>(waiting: readonly T[], capacity: Pick<Capacity, 'free'>): T[] {
  return queueOrder(waiting).slice(0, Math.max(0, capacity.free));
}

export interface ActiveCourseFacts {
  startedOn: IsoDate;
  sessionBudget: number;
}

export interface ExpectedStartInput {
  today: IsoDate;
  places: number;
  active: readonly ActiveCourseFacts[];
  pendingIntake: number;
  firstSessionTargetDays: number;
  isWorkingDay: (day: IsoDate) => boolean;
}

/** A course's expected end: one session a week for its budget (report 003's cadence), from its start. */
export function expectedEnd(course: ActiveCourseFacts): IsoDate {
  return addDaysIso(course.startedOn, course.sessionBudget * 7);
}

/** The first working day on or after `day` (at most two weeks ahead: holidays never last longer). */
export function onWorkingDay(day: IsoDate, isWorkingDay: (day: IsoDate) => boolean): IsoDate {
  let candidate = day;
  for (let i = 0; i < 14 && !isWorkingDay(candidate); i++) candidate = addDaysIso(candidate, 1);
  return candidate;
}

/** The expected first session with a free place: the team's target days from today, on a working day. */
export function expectedStartNow(input: Pick<ExpectedStartInput, 'today' | 'firstSessionTargetDays' | 'isWorkingDay'>): IsoDate {
  return onWorkingDay(addDaysIso(input.today, input.firstSessionTargetDays), input.isWorkingDay);
}

/**
 * The expected start for waiting position `position` (1-based), an estimate the answer states as
 * such. Each place frees when its course is expected to end (start + one week per budgeted session;
 * an overrun course is taken to end today); places free now are first taken by the referrals
 * already in intake. Each waiting referral, in order, takes the place that frees first and then
 * holds it for a course of the same length as the one before it. The start is the target days
 * after the place frees, on a working day. Null when the team has no places at all.
 */
export function expectedStartForPosition(input: ExpectedStartInput, position: number): IsoDate | null {
  if (input.places <= 0 || position < 1) return null;
  const frees: { on: IsoDate; weeks: number }[] = input.active.slice(0, input.places).map((c) => ({ on: maxIso(expectedEnd(c), input.today), weeks: c.sessionBudget }));
  const typicalWeeks = frees.length > 0 ? Math.round(frees.reduce((sum, f) => sum + f.weeks, 0) / frees.length) : 10;
  while (frees.length < input.places) frees.push({ on: input.today, weeks: typicalWeeks });
  const take = () => {
    let best = 0;
    for (let i = 1; i < frees.length; i++) if (daysBetween(frees[i]!.on, frees[best]!.on) > 0) best = i;
    return best;
  };
  // Referrals in intake take the places that free first; then the queue, in order.
  let start = input.today;
  for (let k = 0; k < input.pendingIntake + position; k++) {
    const index = take();
    const place = frees[index]!;
    start = expectedStartNow({ today: place.on, firstSessionTargetDays: input.firstSessionTargetDays, isWorkingDay: input.isWorkingDay });
    frees[index] = { on: addDaysIso(start, place.weeks * 7), weeks: place.weeks };
  }
  return start;
}
