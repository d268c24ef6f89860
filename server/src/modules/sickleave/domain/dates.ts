/**
 * Calendar dates as 'YYYY-MM-DD' strings. A sick-leave day is a calendar date, not an instant, so
 * nothing here may let a time zone or a daylight-saving jump move it: all arithmetic is on UTC day
 * numbers, which have neither. Plain integer arithmetic also keeps 100,000 timelines fast.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar, and
// pure integer arithmetic (no Date objects, no string round trips) on the hot path.
function utcDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function formatDay(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** True for a real calendar date written as 'YYYY-MM-DD' (so '2026-02-30' is refused). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// A work list computes thousands of timelines over the same few hundred dates: remember them.
const MEMO_LIMIT = 50_000;
const dayMemo = new Map<string, number>();
const isoMemo = new Map<number, IsoDate>();

/** Days since 1970-01-01 for a valid ISO date; a RangeError for anything else. */
function dayOf(iso: IsoDate): number {
  const known = dayMemo.get(iso);
  if (known !== undefined) return known;
  if (!isIsoDate(iso)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  const day = utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  if (dayMemo.size >= MEMO_LIMIT) dayMemo.clear();
  dayMemo.set(iso, day);
  return day;
}

function formatDayMemo(day: number): IsoDate {
  let iso = isoMemo.get(day);
  if (iso === undefined) {
    iso = formatDay(day);
    if (isoMemo.size >= MEMO_LIMIT) isoMemo.clear();
    isoMemo.set(day, iso);
  }
  return iso;
}

export const addDaysIso = (iso: IsoDate, days: number): IsoDate => formatDayMemo(dayOf(iso) + days);

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  dayOf(iso);
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  return formatDay(utcDay(year, month, Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month))));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayOf(to) - dayOf(from);

export const isWeekendIso = (iso: IsoDate): boolean => !isWeekdayNumber(dayOf(iso));

// ISO dates of equal length sort as strings, so comparisons need no parsing.
export const minIso = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxIso = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/**
 * Day numbers (days since 1970-01-01) for the loops that walk a case day by day: integers are
 * cheap to compare, count and use as set keys, where strings would be parsed on every step.
 */
export const toDayNumber = (iso: IsoDate): number => dayOf(iso);

export const fromDayNumber = (day: number): IsoDate => formatDayMemo(day);

/** Monday to Friday. 1970-01-01 was a Thursday, so day 0 is weekday index 4 (Sunday = 0). */
export function isWeekdayNumber(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}
