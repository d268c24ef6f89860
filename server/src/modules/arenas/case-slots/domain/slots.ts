/**
 * Case slots (issue 10 point 5; Innlandet): an adviser books recurring slots with one GP, once or
 * twice a month, to go through several cases. The dates come from the series rules of the arenas
 * core (domain/series.ts), used rather than copied: once a month keeps the weekday and its week
 * of the month ("the second Tuesday"), twice a month is every other week. Public holidays move
 * a slot to the next working day. Pure.
 */
import { getDate, getISODay, parseISO } from 'date-fns';
import { generateSeries, type PlannedSession, type SeriesRule } from '../../domain/series.js';

export interface SlotBooking {
  /** 'YYYY-MM-DD', a weekday: the first slot. */
  firstDate: string;
  /** 'HH:MM', Oslo time. */
  startTime: string;
  durationMinutes: number;
  perMonth: 1 | 2;
  /** How many slots in all. */
  count: number;
}

export const SLOT_LIMITS = { minMinutes: 15, maxMinutes: 120, maxCount: 24, defaultCasesPerSlot: 6 } as const;

export type SlotProblem = { code: 'ARENA_CASE_SLOTS_SCHEDULE_INVALID'; field: string };

/** The series rule for a booking: the first date's weekday and week of the month, or every second week. */
export function slotRule(firstDate: string, perMonth: 1 | 2): SeriesRule {
  if (perMonth === 2) return { pattern: 'every_n_weeks', intervalWeeks: 2 };
  const date = parseISO(firstDate);
  const week = Math.ceil(getDate(date) / 7);
  // A fifth Tuesday does not come every month: the last one does.
  return { pattern: 'monthly_weekday', weekday: getISODay(date), week: week > 4 ? -1 : (week as 1 | 2 | 3 | 4) };
}

/** The slots of a booking, or what is wrong with it. The first slot must lie after `now`. */
export function planSlots(booking: SlotBooking, now: Date): { ok: true; sessions: PlannedSession[] } | { ok: false; problem: SlotProblem } {
  const bad = (field: string) => ({ ok: false as const, problem: { code: 'ARENA_CASE_SLOTS_SCHEDULE_INVALID' as const, field } });
  if (booking.perMonth !== 1 && booking.perMonth !== 2) return bad('perMonth');
  if (!Number.isInteger(booking.count) || booking.count < 1 || booking.count > SLOT_LIMITS.maxCount) return bad('count');
  if (!Number.isInteger(booking.durationMinutes) || booking.durationMinutes < SLOT_LIMITS.minMinutes || booking.durationMinutes > SLOT_LIMITS.maxMinutes) return bad('durationMinutes');
  const date = parseISO(booking.firstDate);
  if (Number.isNaN(date.getTime())) return bad('firstDate');
  if (getISODay(date) > 5) return bad('firstDate');
  const result = generateSeries({ rule: slotRule(booking.firstDate, booking.perMonth), firstDate: booking.firstDate, count: booking.count, startTime: booking.startTime, durationMinutes: booking.durationMinutes, holidays: 'move' });
  if (!result.ok) return bad(result.problem.code === 'ARENA_SETTINGS_INVALID' ? result.problem.field : 'firstDate');
  if (result.sessions[0]!.startsAt.getTime() <= now.getTime()) return bad('firstDate');
  return result;
}
