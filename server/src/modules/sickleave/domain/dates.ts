import { addDays, addYears, differenceInCalendarDays, formatISO, isValid, isWeekend, parseISO, setHours } from 'date-fns';

/**
 * Calendar dates as 'YYYY-MM-DD' strings. A sick-leave day is a calendar date, not an instant, so
 * nothing here may let a time zone or a daylight-saving jump move it. Dates are parsed to local
 * noon: DST changes happen at night (in some zones exactly at midnight), never at noon, so adding
 * days and formatting back always lands on the intended date.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as 'YYYY-MM-DD' (so '2026-02-30' is refused). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && formatISO(parsed, { representation: 'date' }) === value;
}

function toDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  return setHours(parseISO(iso), 12);
}

function fromDate(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

export const addDaysIso = (iso: IsoDate, days: number): IsoDate => fromDate(addDays(toDate(iso), days));

export const addYearsIso = (iso: IsoDate, years: number): IsoDate => fromDate(addYears(toDate(iso), years));

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(toDate(to), toDate(from));

export const isWeekendIso = (iso: IsoDate): boolean => isWeekend(toDate(iso));

// ISO dates of equal length sort as strings, so comparisons need no parsing.
export const minIso = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxIso = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/**
 * Day numbers (days since 1970-01-01) for the loops that walk a case day by day: integers are
 * cheap to compare, count and use as set keys, where strings would be parsed on every step.
 */
const EPOCH: IsoDate = '1970-01-01';

export const toDayNumber = (iso: IsoDate): number => daysBetween(EPOCH, iso);

export const fromDayNumber = (day: number): IsoDate => addDaysIso(EPOCH, day);

/** Monday to Friday. 1970-01-01 was a Thursday, so day 0 is weekday index 4 (Sunday = 0). */
export function isWeekdayNumber(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}
