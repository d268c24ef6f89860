import type { OpeningHours } from '../../../platform/db/schema.js';
import { atLocal, minutesOf, NORWEGIAN_TIME_ZONE, wallClock } from './time.js';

/**
 * Whether a phone line or an office is open, from the directory's opening hours (ISO weekday,
 * 'HH:MM' local time) and the clock. Pure, so weekends and daylight-saving days are unit-tested.
 */

// The directory writes "open all day" as 00:00–23:59; that last minute belongs to the day too.
const closingMinutes = (closes: string) => (closes === '23:59' ? 24 * 60 : minutesOf(closes));

export function isOpenAt(hours: readonly OpeningHours[], at: Date, timeZone = NORWEGIAN_TIME_ZONE): boolean {
  const now = wallClock(at, timeZone);
  return hours.some((h) => h.weekday === now.weekday && minutesOf(h.opens) <= now.minutes && now.minutes < closingMinutes(h.closes));
}

/** When the line next opens (null when it has no opening hours), looking at most a week ahead. */
export function nextOpening(hours: readonly OpeningHours[], at: Date, timeZone = NORWEGIAN_TIME_ZONE): Date | null {
  if (hours.length === 0) return null;
  const today = wallClock(at, timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    // Calendar arithmetic on the local date: Date.UTC normalises day overflow across months.
    const date = new Date(Date.UTC(today.year, today.month, today.day + offset));
    const weekday = ((today.weekday - 1 + offset) % 7) + 1;
    const opens = hours
      .filter((h) => h.weekday === weekday)
      .map((h) => minutesOf(h.opens))
      .filter((m) => offset > 0 || m > today.minutes)
      .sort((a, b) => a - b);
    const first = opens[0];
    if (first !== undefined) return atLocal(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), first, timeZone);
  }
  return null;
}

export interface LineStatus {
  openNow: boolean;
  /** ISO instant of the next opening when closed now. */
  nextOpensAt: string | null;
}

export function lineStatus(hours: readonly OpeningHours[], at: Date, timeZone = NORWEGIAN_TIME_ZONE): LineStatus {
  const openNow = isOpenAt(hours, at, timeZone);
  const next = openNow ? null : nextOpening(hours, at, timeZone);
  return { openNow, nextOpensAt: next ? next.toISOString() : null };
}
