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
 * Walks the case day by day. A day uses a sick-pay day when it is a weekday (graded or not), and
 * every limit that applies on that day still has room: the general limit counts all days, an age
 * rule only the days from the birthday it starts on. Once a limit is full it stays full (age only
 * grows), so the first refused day ends the sick pay.
 */
export function computeMaksdato(input: MaksdatoInput, rules: SickPayRules): MaksdatoResult {
  const first = toDayNumber(input.firstDay);
  const today = toDayNumber(input.today);
  const paidTypes = new Set(rules.sickPayPeriodTypes);
  const covered = new Set<number>();
  let lastDay = first;
  for (const period of input.periods) {
    const end = toDayNumber(period.tom);
    lastDay = Math.max(lastDay, end);
    if (!paidTypes.has(period.type)) continue;
    for (let day = Math.max(first, toDayNumber(period.fom)); day <= end; day++) covered.add(day);
  }

  const limits = [
    { from: -Infinity, max: rules.sickPayDays, used: 0, byAge: false },
    ...rules.ageRules.map((rule) => ({
      from: toDayNumber(addYearsIso(input.birthDate, rule.fromAge)),
      max: rule.maxDays,
      used: 0,
      byAge: true,
    })),
  ];
  let lastPaid: number | undefined;
  let limitedByAge = false;
  let exhausted = false;
  /** Pays `day` if every limit allows it; false once sick pay has run out. */
  const pay = (day: number): boolean => {
    const applying = limits.filter((limit) => day >= limit.from);
    const full = applying.find((limit) => limit.used >= limit.max);
    if (full) {
      exhausted = true;
      limitedByAge = full.byAge;
      return false;
    }
    for (const limit of applying) limit.used++;
    lastPaid = day;
    return true;
  };

  let usedDays = 0;
  const usedUntil = Math.min(today, lastDay);
  for (let day = first; day <= usedUntil && !exhausted; day++) {
    if (isWeekdayNumber(day) && covered.has(day) && pay(day)) usedDays++;
  }
  // The projection continues from today: today itself counts unless it was already used above
  // (a day without a note today is not lost if the leave goes on). Each weekday either pays or
  // exhausts a limit, so this ends within sickPayDays + 1 weekdays.
  const usedToday = lastPaid === today;
  let remainingDays = 0;
  for (let day = Math.max(first, usedToday ? today + 1 : today); !exhausted; day++) {
    if (isWeekdayNumber(day) && pay(day)) remainingDays++;
  }

  const maksdato = lastPaid === undefined ? input.firstDay : maxIso(fromDayNumber(lastPaid), input.firstDay);
  return { usedDays, remainingDays, maksdato, limitedByAge };
}
