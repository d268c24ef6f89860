import type { Lang } from '../../api/types';
import { capitalise } from '../../shared/format';
import { addDaysIso, formatRange, formatTime, localToIso, osloToday, weekdayOfIso } from '../reachability/format';

// Meetings are Norwegian time wherever the browser is: the helpers of the on-call rota are reused.
export { addDaysIso, formatRange, formatTime, localToIso, normaliseTime, osloToday } from '../reachability/format';

const TIME_ZONE = 'Europe/Oslo';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const weekdayName = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }),
};

/** The Norwegian date (`YYYY-MM-DD`) of an instant. */
export function osloDate(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** `HH:MM` Norwegian time of an instant. */
export function osloTime(iso: string): string {
  return formatTime(iso);
}

/** `Mandag 7. desember` / `Monday 7 December` for a `YYYY-MM-DD`. */
export function formatDayHeading(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  return capitalise(weekdayName[lang].format(new Date(Date.UTC(y!, m! - 1, d!))));
}

/** The time of a meeting: `10.12.2026 kl. 09:00–10:00`. */
export function formatMeetingTime(startsAt: string, endsAt: string, lang: Lang): string {
  return formatRange(startsAt, endsAt, lang);
}

/** ISO week of a `YYYY-MM-DD`: `2026-W49`. */
export function isoWeekOf(date: string): string {
  const thursday = addDaysIso(date, 4 - weekdayOfIso(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.parse(thursday) - Date.parse(`${year}-01-01`)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const WEEK = /^(\d{4})-W(\d{2})$/;

export function isIsoWeek(value: string | null | undefined): value is string {
  const match = value ? WEEK.exec(value) : null;
  if (!match) return false;
  const week = Number(match[2]);
  return week >= 1 && week <= 53 && isoWeekOf(mondayOfWeek(value!)) === value;
}

/** The Monday (`YYYY-MM-DD`) of an ISO week. */
export function mondayOfWeek(week: string): string {
  const match = WEEK.exec(week)!;
  const year = Number(match[1]);
  const jan4 = `${year}-01-04`;
  const firstMonday = addDaysIso(jan4, 1 - weekdayOfIso(jan4));
  return addDaysIso(firstMonday, (Number(match[2]) - 1) * 7);
}

/** The week `n` weeks from `week`. */
export function shiftWeek(week: string, n: number): string {
  return isoWeekOf(addDaysIso(mondayOfWeek(week), n * 7));
}

export function currentWeek(): string {
  return isoWeekOf(osloToday());
}

/** Week number alone: `2026-W49` → 49. */
export function weekNumber(week: string): number {
  return Number(week.slice(6));
}

/** A date and `HH:MM` typed in the form → the ISO instant with Oslo's offset, or null. */
export function startsAtFrom(date: string, time: string): string | null {
  return localToIso(date, time);
}

const HTTPS = /^https:\/\/[^\s/$.?#].[^\s]*$/i;
export function isHttpsUrl(value: string): boolean {
  return HTTPS.test(value.trim());
}

/** The `email` format of ajv-formats, which the server uses. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** A key for one form instance, so the server recognises a double click as the same submission. */
export { newIdempotencyKey } from '../dialogue/format';
