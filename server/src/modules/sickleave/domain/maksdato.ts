import { addYearsIso, fromDayNumber, isWeekdayNumber, maxIso, toDayNumber, type IsoDate } from './dates.js';
import type { SickLeaveRules } from './rules.js';
import type { NotePeriod } from './types.js';

/**
 * The maksdato: the last day sick pay can be paid (folketrygdloven § 8-12, fewer days from 67 and
 * none from 70 under § 8-51). Counts this case only; earlier cases in the last three years and the
 * 26-week rule for regaining rights are outside this module.
 */
export interface MaksdatoInput {
  firstDay: IsoDate;
  periods: readonly NotePeriod[];
  birthDate: IsoDate;
  today: IsoDate;
}

export interface MaksdatoResult {
  /** Sick-pay days used from the first day up to and including min(today, last day). */
  usedDays: number;
  /** Sick-pay days still available if the leave continues without a break from today on. */
  remainingDays: number;
  /** The day the last sick-pay day would be used; never before the first day. */
  maksdato: IsoDate;
  /** True when an age rule, not the general limit, ends the sick pay. */
  limitedByAge: boolean;
}

type SickPayRules = Pick<SickLeaveRules, 'sickPayDays' | 'sickPayPeriodTypes' | 'ageRules'>;

/**
 * Counts whole stretches of weekdays at once. A weekday uses a sick-pay day when every limit that
 * applies on that day still has room: the general limit counts all days, an age rule only the days
 * from the birthday it starts on. Once a limit is full it stays full (age only grows), so the first
 * refused day ends the sick pay. (maksdato-oracle.ts walks day by day; a property test holds the
 * two equal.)
 */
export function computeMaksdato(input: MaksdatoInput, rules: SickPayRules): MaksdatoResult {
  const first = toDayNumber(input.firstDay);
  const today = toDayNumber(input.today);
  const paidTypes = new Set(rules.sickPayPeriodTypes);
  let lastDay = first;
  for (const period of input.periods) lastDay = Math.max(lastDay, toDayNumber(period.tom));
  const usedUntil = Math.min(today, lastDay);

  const limits = [
    { from: -Infinity, max: rules.sickPayDays, used: 0, byAge: false },
    ...rules.ageRules.map((rule) => ({ from: toDayNumber(addYearsIso(input.birthDate, rule.fromAge)), max: rule.maxDays, used: 0, byAge: true })),
  ];
  const breakpoints = limits.map((l) => l.from).filter((f) => Number.isFinite(f)).sort((a, b) => a - b);
  const state = { lastPaid: undefined as number | undefined, exhausted: false, limitedByAge: false };

  /** Pays the weekdays of [from, to] in order until a limit is full; returns how many were paid. */
  const payStretch = (from: number, to: number): number => {
    let paid = 0;
    let start = from;
    while (start <= to && !state.exhausted) {
      // Within [start, end] the set of applying limits does not change.
      const next = breakpoints.find((b) => b > start);
      const end = next === undefined ? to : Math.min(to, next - 1);
      let room = Infinity;
      for (const limit of limits) if (start >= limit.from) room = Math.min(room, limit.max - limit.used);
      const weekdays = weekdaysIn(start, end);
      const take = Math.min(weekdays, room);
      if (take > 0) {
        for (const limit of limits) if (start >= limit.from) limit.used += take;
        state.lastPaid = nthWeekday(start, take);
        paid += take;
      }
      if (weekdays > room) {
        // The next weekday is refused by the first full limit.
        state.exhausted = true;
        state.limitedByAge = limits.find((limit) => start >= limit.from && limit.used >= limit.max)?.byAge ?? false;
      }
      start = end + 1;
    }
    return paid;
  };

  let usedDays = 0;
  for (const [from, to] of paidStretches(input.periods, paidTypes, first, usedUntil)) {
    if (state.exhausted) break;
    usedDays += payStretch(from, to);
  }
  // The projection continues from today: today itself counts unless it was already used above
  // (a day without a note today is not lost if the leave goes on).
  const projectionStart = Math.max(first, state.lastPaid === today ? today + 1 : today);
  let remainingDays = 0;
  // Each stretch of a year either exhausts a limit or pays ~260 days: at most a few rounds.
  for (let from = projectionStart; !state.exhausted; from += 366) remainingDays += payStretch(from, from + 365);

  const maksdato = state.lastPaid === undefined ? input.firstDay : maxIso(fromDayNumber(state.lastPaid), input.firstDay);
  return { usedDays, remainingDays, maksdato, limitedByAge: state.limitedByAge };
}

/** The days covered by paid periods within [first, until], merged into disjoint, ordered stretches. */
function paidStretches(periods: readonly NotePeriod[], paidTypes: ReadonlySet<string>, first: number, until: number): [number, number][] {
  const ranges = periods
    .filter((p) => paidTypes.has(p.type))
    .map((p): [number, number] => [Math.max(first, toDayNumber(p.fom)), Math.min(until, toDayNumber(p.tom))])
    .filter(([a, b]) => a <= b)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Monday–Friday days in [from, to] (0 when to < from). */
function weekdaysIn(from: number, to: number): number {
  if (to < from) return 0;
  return weekdaysBefore(to + 1) - weekdaysBefore(from);
}

/** Weekdays in [0, day) counted from 1970-01-01 (a Thursday), for any integer day. */
function weekdaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  const rest = day - weeks * 7;
  let count = weeks * 5;
  for (let d = weeks * 7; d < weeks * 7 + rest; d++) if (isWeekdayNumber(d)) count++;
  return count;
}

/** The n-th weekday (n ≥ 1) from `from`, `from` included. */
function nthWeekday(from: number, n: number): number {
  const target = weekdaysBefore(from) + n;
  // Five weekdays per seven days: jump close, then step to the exact day.
  let day = from + Math.floor(((n - 1) * 7) / 5);
  while (weekdaysBefore(day + 1) < target) day++;
  while (day > from && weekdaysBefore(day) >= target) day--;
  return day;
}
