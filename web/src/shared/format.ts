import type { Lang } from '../app/i18n/texts';

const TIME_ZONE = 'Europe/Oslo';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** `2024-03-05` or an ISO timestamp → `05.03.2024` (Norwegian time). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return `${dateOnly[3]}.${dateOnly[2]}.${dateOnly[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.day}.${p.month}.${p.year}`;
}

/** ISO timestamp → `05.03.2024 kl. 14:07` (nb) / `05.03.2024 at 14:07` (en), Norwegian time. */
export function formatDateTime(value: string, lang: Lang): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.day}.${p.month}.${p.year} ${lang === 'en' ? 'at' : 'kl.'} ${p.hour}:${p.minute}`;
}

/** 11-digit fødselsnummer → `DDMMYY NNNNN`. */
export function formatFnr(fnr: string): string {
  const digits = fnr.replace(/\s/g, '');
  return digits.length === 11 ? `${digits.slice(0, 6)} ${digits.slice(6)}` : fnr;
}

export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  return `${value.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO')} %`;
}

/** A validity period: `01.01.2024–31.12.2024`, or only the start when open-ended. */
export function formatPeriod(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  fromLabel: (date: string) => string,
): string {
  if (!validFrom && !validTo) return '';
  if (validFrom && !validTo) return fromLabel(formatDate(validFrom));
  return `${formatDate(validFrom)}–${formatDate(validTo)}`;
}

/** A date picked in the UI (local midnight) → `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** `mandag` → `Mandag`. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
