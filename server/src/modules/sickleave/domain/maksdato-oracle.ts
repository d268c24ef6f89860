import { addYearsIso, fromDayNumber, isWeekdayNumber, maxIso, toDayNumber, type IsoDate } from './dates.js';
import type { MaksdatoInput, MaksdatoResult } from './maksdato.js';
import type { SickLeaveRules } from './rules.js';

/**
 * Test support only: the first, day-by-day implementation of the maksdato, kept as an oracle.
 * The production version counts whole stretches of weekdays at once; a property test checks
 * that both always agree.
 */
type SickPayRules = Pick<SickLeaveRules, 'sickPayDays' | 'sickPayPeriodTypes' | 'ageRules'>;

/**
 * Walks the case day by day. A day uses a sick-pay day when it is a weekday (graded or not), and
 * every limit that applies on that day still has room: the general limit counts all days, an age
 * rule only the days from the birthday it starts on. Once a limit is full it stays full (age only
 * grows), so the first refused day ends the sick pay.
 */
export function computeMaksdatoDayByDay(input: MaksdatoInput, rules: SickPayRules): MaksdatoResult {
  const first = toDayNumber(input.firstDay);
  const today = toDayNumber(input.today);
  const paidTypes = new Set(rules.sickPayPeriodTypes);
  let lastDay = first;
  for (const period of input.periods) lastDay = Math.max(lastDay, toDayNumber(period.tom));
  // One flag per day of the case, indexed from the first day.
  const covered = new Uint8Array(lastDay - first + 1);
  for (const period of input.periods) {
    if (!paidTypes.has(period.type)) continue;
    const end = toDayNumber(period.tom);
    for (let day = Math.max(first, toDayNumber(period.fom)); day <= end; day++) covered[day - first] = 1;
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
  // Plain loops: this runs for every day of every case, so it allocates nothing.
  const pay = (day: number): boolean => {
    for (const limit of limits) {
      if (day >= limit.from && limit.used >= limit.max) {
        exhausted = true;
        limitedByAge = limit.byAge;
        return false;
      }
    }
    for (const limit of limits) if (day >= limit.from) limit.used++;
    lastPaid = day;
    return true;
  };

  let usedDays = 0;
  const usedUntil = Math.min(today, lastDay);
  for (let day = first; day <= usedUntil && !exhausted; day++) {
    if (isWeekdayNumber(day) && covered[day - first] === 1 && pay(day)) usedDays++;
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
