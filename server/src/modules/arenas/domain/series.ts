import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, formatISO, getDaysInMonth, getISODay, parseISO } from 'date-fns';
import { OSLO_ZONE } from '../../../platform/oslo-date.js';
import { addWorkingDays, isWorkingDay } from '../../../platform/working-days.js';

/**
 * Sessions of a small-group series from a rule (issue 10, ADR 0006 "Series"). Pure: the same rule
 * gives the same sessions. Dates and times are Oslo wall-clock times, so "18.00 on the first
 * Wednesday" stays 18.00 through the change to and from summer time.
 *
 * Public holidays (platform/working-days.ts) follow the series' `holidays` setting:
 * - 'move' (the default): the session moves to the next working day at the same time, and says
 *   which date it moved from;
 * - 'skip': the date is dropped and the rule's next date is taken instead, so the series still
 *   has `count` sessions;
 * - 'keep': holidays are ignored.
 * Series meet on weekdays (1–5), so "not a working day" on a rule date means a public holiday.
 */
export type SeriesRule =
  | { pattern: 'monthly_weekday'; weekday: number; week: 1 | 2 | 3 | 4 | -1 }
  | { pattern: 'every_n_weeks'; intervalWeeks: number };

export type HolidayPolicy = 'move' | 'skip' | 'keep';

export interface SeriesSpec {
  rule: SeriesRule;
  /** 'YYYY-MM-DD': no session before it; an every-n-weeks series starts on it. */
  firstDate: string;
  count: number;
  /** 'HH:MM', Oslo time. */
  startTime: string;
  durationMinutes: number;
  holidays: HolidayPolicy;
}

export interface PlannedSession {
  ordinal: number;
  /** The Oslo date it is held on. */
  date: string;
  startsAt: Date;
  endsAt: Date;
  /** The rule's date, when a public holiday moved the session. */
  movedFrom?: string;
}

export type SeriesProblem =
  | { code: 'ARENA_SETTINGS_INVALID'; field: string }
  | { code: 'ARENA_SESSIONS_OVERLAP'; first: number; second: number };

export type SeriesResult = { ok: true; sessions: PlannedSession[] } | { ok: false; problem: SeriesProblem };

export const SERIES_LIMITS = { maxCount: 24, minMinutes: 15, maxMinutes: 480, maxIntervalWeeks: 12 } as const;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const iso = (date: Date) => formatISO(date, { representation: 'date' });

/** An Oslo wall-clock time on a date as an instant. */
export function osloInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, OSLO_ZONE).getTime());
}

function specProblem(spec: SeriesSpec): SeriesProblem | null {
  const bad = (field: string): SeriesProblem => ({ code: 'ARENA_SETTINGS_INVALID', field });
  if (!ISO_DATE.test(spec.firstDate) || Number.isNaN(parseISO(spec.firstDate).getTime())) return bad('firstDate');
  if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > SERIES_LIMITS.maxCount) return bad('count');
  if (!HH_MM.test(spec.startTime)) return bad('startTime');
  if (!Number.isInteger(spec.durationMinutes) || spec.durationMinutes < SERIES_LIMITS.minMinutes || spec.durationMinutes > SERIES_LIMITS.maxMinutes) return bad('durationMinutes');
  const { rule } = spec;
  if (rule.pattern === 'monthly_weekday') {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 5) return bad('rule.weekday');
    if (![1, 2, 3, 4, -1].includes(rule.week)) return bad('rule.week');
  } else if (rule.pattern === 'every_n_weeks') {
    if (!Number.isInteger(rule.intervalWeeks) || rule.intervalWeeks < 1 || rule.intervalWeeks > SERIES_LIMITS.maxIntervalWeeks) return bad('rule.intervalWeeks');
    if (getISODay(parseISO(spec.firstDate)) > 5) return bad('firstDate');
  } else {
    return bad('rule.pattern');
  }
  return null;
}

/** The rule's week-th weekday of a month ('YYYY-MM-01' given), e.g. the first Wednesday; -1 is the last. */
function weekdayOfMonth(monthStart: Date, weekday: number, week: number): Date {
  if (week === -1) {
    const last = addDays(monthStart, getDaysInMonth(monthStart) - 1);
    return addDays(last, -((getISODay(last) - weekday + 7) % 7));
  }
  const first = addDays(monthStart, (weekday - getISODay(monthStart) + 7) % 7);
  return addDays(first, 7 * (week - 1));
}

/** The rule's dates from firstDate on, as many as asked for (an endless rule, cut by the caller). */
function* ruleDates(spec: SeriesSpec): Generator<string> {
  const start = parseISO(spec.firstDate);
  const { rule } = spec;
  if (rule.pattern === 'every_n_weeks') {
    for (let i = 0; ; i++) yield iso(addDays(start, 7 * rule.intervalWeeks * i));
  }
  let month = new Date(start.getFullYear(), start.getMonth(), 1);
  for (;;) {
    const date = iso(weekdayOfMonth(month, rule.weekday, rule.week));
    if (date >= spec.firstDate) yield date;
    month = addMonths(month, 1);
  }
}

/** The session dates after the holiday policy: [held on, moved from?]. */
function sessionDates(spec: SeriesSpec): Array<{ date: string; movedFrom?: string }> {
  const out: Array<{ date: string; movedFrom?: string }> = [];
  for (const date of ruleDates(spec)) {
    if (out.length === spec.count) break;
    if (spec.holidays === 'keep' || isWorkingDay(date)) out.push({ date });
    else if (spec.holidays === 'move') out.push({ date: addWorkingDays(date, 1), movedFrom: date });
    // 'skip': the date is dropped; the loop takes the rule's next one.
  }
  return out;
}

/** Generates the series' sessions, or says what is wrong with the rule or that two sessions overlap. */
export function generateSeries(spec: SeriesSpec): SeriesResult {
  const problem = specProblem(spec);
  if (problem) return { ok: false, problem };
  const sessions = sessionDates(spec).map(({ date, movedFrom }, i) => {
    const startsAt = osloInstant(date, spec.startTime);
    const session: PlannedSession = { ordinal: i + 1, date, startsAt, endsAt: new Date(startsAt.getTime() + spec.durationMinutes * 60_000) };
    if (movedFrom) session.movedFrom = movedFrom;
    return session;
  });
  const overlap = findOverlap(sessions);
  if (overlap) return { ok: false, problem: { code: 'ARENA_SESSIONS_OVERLAP', first: overlap[0] + 1, second: overlap[1] + 1 } };
  return { ok: true, sessions };
}

export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The first pair of spans (indexes in the order given, the earlier-starting first) that overlap
 * in time, or null. Touching spans (one ends as the next starts) do not overlap.
 */
export function findOverlap(spans: readonly TimeSpan[]): [number, number] | null {
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.startsAt.getTime() - b.span.startsAt.getTime() || a.index - b.index);
  let latest = order[0];
  for (const current of order.slice(1)) {
    if (latest && current.span.startsAt.getTime() < latest.span.endsAt.getTime()) return [latest.index, current.index];
    if (!latest || current.span.endsAt.getTime() > latest.span.endsAt.getTime()) latest = current;
  }
  return null;
}

export const MAX_SESSION_MINUTES = 24 * 60;

/** A session's own times: it ends after it starts and lasts at most a day. */
export function sessionTimeValid(span: TimeSpan): boolean {
  const minutes = (span.endsAt.getTime() - span.startsAt.getTime()) / 60_000;
  return Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_SESSION_MINUTES;
}
