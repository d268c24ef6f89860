import { TZDate } from '@date-fns/tz';

/**
 * Opening hours and rota times are Norwegian wall-clock times, whatever zone the server runs in.
 * Everything that turns an instant into a weekday and a time of day, or back, goes through here.
 */
export const NORWEGIAN_TIME_ZONE = 'Europe/Oslo';

export interface WallClock {
  /** ISO weekday: 1 = Monday … 7 = Sunday, as in the directory's opening hours. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  year: number;
  /** 0-based, as in Date. */
  month: number;
  day: number;
}

export function wallClock(at: Date, timeZone = NORWEGIAN_TIME_ZONE): WallClock {
  const local = new TZDate(at.getTime(), timeZone);
  const jsDay = local.getDay();
  return {
    weekday: jsDay === 0 ? 7 : jsDay,
    minutes: local.getHours() * 60 + local.getMinutes(),
    year: local.getFullYear(),
    month: local.getMonth(),
    day: local.getDate(),
  };
}

/** The instant of a local date and time. A time that a spring-forward skips lands an hour later. */
export function atLocal(year: number, month: number, day: number, minutes: number, timeZone = NORWEGIAN_TIME_ZONE): Date {
  return new Date(new TZDate(year, month, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** 'HH:MM' → minutes since midnight. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}
