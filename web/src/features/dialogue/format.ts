import type { Lang } from '../../api/types';
import { formatDateTime } from '../../shared/format';
import type { AttachmentCategory } from './types';

const TIME_ZONE = 'Europe/Oslo';

const shortFormat = new Intl.DateTimeFormat('nb-NO', {
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
  for (const part of shortFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/**
 * A receipt's time as people say it: `12.03 kl. 10:02` this year, with the year otherwise
 * (Norwegian time, whatever the browser's zone).
 */
export function formatShortDateTime(value: string, lang: Lang, now: Date = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  if (p.year !== parts(now).year) return formatDateTime(value, lang);
  return `${p.day}.${p.month} ${lang === 'en' ? 'at' : 'kl.'} ${p.hour}:${p.minute}`;
}

/** `HH:MM` in Norwegian time, for "Utkast lagret kl. …". */
export function formatClock(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}

/** A number with the language's decimal comma or point. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return value.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: digits });
}

/**
 * The category a file's name suggests: GPs name exports after what they are ("Epikrise
 * Sykehuset.pdf", "journalutskrift.pdf"). Only a suggestion; the GP can change it.
 */
export function categoryFromFilename(name: string): AttachmentCategory {
  const lower = name.toLowerCase();
  if (/epikris|utskrivning|discharge/.test(lower)) return 'discharge_summary';
  if (/journal/.test(lower)) return 'journal';
  return 'document';
}

/** A file's content as base64, the way the attachment API takes it. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** A key for one form instance, so the server recognises a double click as the same submission. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today's date in Norway (`YYYY-MM-DD`), which is what deadlines are counted in. */
export function osloToday(now: Date = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
