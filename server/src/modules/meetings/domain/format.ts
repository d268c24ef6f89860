import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import { nb } from 'date-fns/locale';

/**
 * Times as people in Norway read them in a letter: Oslo time, weekday and month in bokmål, the
 * clock with a full stop ("kl. 09.00–10.00"), whatever zone the server runs in.
 */
export const ZONE = 'Europe/Oslo';

const oslo = (instant: Date) => new TZDate(instant.getTime(), ZONE);

/** "torsdag 10. desember 2026" */
export function longDate(instant: Date): string {
  return format(oslo(instant), 'EEEE d. MMMM yyyy', { locale: nb });
}

/** "09.45" */
export function clock(instant: Date): string {
  return format(oslo(instant), 'HH.mm', { locale: nb });
}

/** "torsdag 10. desember 2026 kl. 09.00–10.00"; both dates written out if it runs past midnight. */
export function timeSpan(start: Date, end: Date): string {
  const from = `${longDate(start)} kl. ${clock(start)}`;
  return longDate(start) === longDate(end) ? `${from}–${clock(end)}` : `${from} – ${longDate(end)} kl. ${clock(end)}`;
}

/** A calendar date 'YYYY-MM-DD' (a task's due date): "15. januar 2027". */
export function isoDateText(isoDate: string): string {
  return format(parseISO(isoDate), 'd. MMMM yyyy', { locale: nb });
}

/** "kr 1 234" or "kr 1 234,50" (Norwegian digit grouping and decimal comma). */
export function nok(amount: number): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return `kr ${new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)}`;
}
