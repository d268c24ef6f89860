import Holidays from 'date-holidays';
import { addDays, formatISO, getISODay, parseISO } from 'date-fns';

/**
 * Working days in Norway: Monday to Friday except public holidays (helligdager: Easter, Ascension,
 * Whit Monday, 1 and 17 May, Christmas …), from a maintained holiday calendar. Deadlines given in
 * working days ("NAV answers within five working days") are counted with these.
 */
const calendar = new Holidays('NO');
const byYear = new Map<number, ReadonlySet<string>>();

function publicHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(isoDate: string): boolean {
  const day = getISODay(parseISO(isoDate));
  return day <= 5 && !publicHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** The date `count` working days after (or, negative, before) `isoDate`; the start day itself is not counted. */
export function addWorkingDays(isoDate: string, count: number): string {
  const step = count < 0 ? -1 : 1;
  let date = parseISO(isoDate);
  let left = Math.abs(count);
  while (left > 0) {
    date = addDays(date, step);
    if (isWorkingDay(formatISO(date, { representation: 'date' }))) left--;
  }
  return formatISO(date, { representation: 'date' });
}
