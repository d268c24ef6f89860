import type { Lang } from '../../api/types';
import { formatDateTime } from '../../shared/format';

// Opening hours and shifts are Norwegian time wherever the browser is.
const TIME_ZONE = 'Europe/Oslo';

const weekdayFormat = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, weekday: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long' }),
};
const timeFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** `14:00` in Norwegian time. */
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));

/** `mandag kl. 09:00` / `Monday at 09:00`. */
export function formatWeekdayTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return `${weekdayFormat[lang].format(date)} ${lang === 'en' ? 'at' : 'kl.'} ${formatTime(iso)}`;
}

/** `11.06.2025 kl. 10:00–12:00`, or with both dates when it spans midnight. */
export function formatRange(from: string, to: string, lang: Lang): string {
  const sameDay = dayFormat.format(new Date(from)) === dayFormat.format(new Date(to));
  return sameDay ? `${formatDateTime(from, lang)}–${formatTime(to)}` : `${formatDateTime(from, lang)} – ${formatDateTime(to, lang)}`;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsInOslo(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const p: Record<string, number> = {};
  for (const part of osloParts.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Minutes Norwegian time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(instant: Date): number {
  const p = partsInOslo(instant);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000;
}

/**
 * A Norwegian date (`YYYY-MM-DD`) and time (`HH:MM`), as typed, → an ISO instant. Times are read as
 * Norwegian time whatever zone the browser is in, as they are shown. The second pass settles the
 * offset on days when the clocks change.
 */
export function localToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(naive)) return null;
  let guess = naive - osloOffsetMinutes(new Date(naive)) * 60_000;
  guess = naive - osloOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess).toISOString();
}

/** Today's date in Norway, `YYYY-MM-DD`. */
export function osloToday(now = new Date()): string {
  const p = partsInOslo(now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on `YYYY-MM-DD` (no time zone involved). */
export function addDaysIso(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function weekdayOfIso(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() || 7;
}

/** Accepts what people write: `9`, `09`, `0930`, `9.30`, `09:30` → `09:30`, or null. */
export function normaliseTime(input: string): string | null {
  const digits = input.trim().replace(/[.:\s]/g, '');
  if (!/^\d{1,4}$/.test(digits)) return null;
  const [h, m] = digits.length <= 2 ? [digits, '00'] : [digits.slice(0, -2), digits.slice(-2)];
  const hours = Number(h);
  const minutes = Number(m);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Mirrors the server: eight digits starting 2–9, optionally after +47 or 0047. */
export function isNorwegianPhone(input: string): boolean {
  let digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+47')) digits = digits.slice(3);
  else if (digits.startsWith('0047')) digits = digits.slice(4);
  return /^[2-9]\d{7}$/.test(digits);
}

/** `91234567` → `912 34 567`, as Norwegians write mobile numbers. */
export function formatPhone(phone: string): string {
  return /^\d{8}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 5)} ${phone.slice(5)}` : phone;
}
