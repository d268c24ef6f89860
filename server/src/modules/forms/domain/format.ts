import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import { enGB, nb } from 'date-fns/locale';
import type { CellSpec, Lang, LocalText, RoleKey } from './template.js';
import type { ApprovalValue } from './values.js';

/**
 * Answers as people read them on screen and paper: dates written out, options by their labels,
 * scales with what their ends mean, times in Oslo whatever zone the server runs in.
 */
const ZONE = 'Europe/Oslo';
const LOCALES = { nb, en: enGB };

export const NOT_ANSWERED: LocalText = { nb: 'Ikke besvart', en: 'Not answered' };
export const NOT_APPROVED: LocalText = { nb: 'Ikke godkjent ennå', en: 'Not approved yet' };

export const ROLE_LABELS: Record<RoleKey, LocalText> = {
  employee: { nb: 'arbeidstakeren', en: 'the employee' },
  employer: { nb: 'arbeidsgiveren', en: 'the employer' },
  gp: { nb: 'fastlegen', en: 'the GP' },
  nav: { nb: 'NAV', en: 'NAV' },
  patient: { nb: 'pasienten', en: 'the patient' },
};

/** '2026-03-02' → "2. mars 2026" / "2 March 2026". */
export function dateText(isoDate: string, lang: Lang): string {
  return format(parseISO(isoDate), lang === 'nb' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale: LOCALES[lang] });
}

/** Decimal comma in bokmål. */
export function numberText(value: number, lang: Lang): string {
  return lang === 'nb' ? String(value).replace('.', ',') : String(value);
}

export function approvalText(approval: ApprovalValue, lang: Lang): string {
  const when = new TZDate(Date.parse(approval.at), ZONE);
  const role = ROLE_LABELS[approval.by][lang];
  return lang === 'nb'
    ? `Godkjent av ${approval.name} (${role}) ${format(when, "d. MMMM yyyy 'kl.' HH.mm", { locale: nb })}`
    : `Approved by ${approval.name} (${role}) on ${format(when, "d MMMM yyyy 'at' HH:mm", { locale: enGB })}`;
}

/** One answer of a simple type; '' for none, so a table keeps its empty cells. */
export function cellText(spec: CellSpec, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  switch (spec.type) {
    case 'text':
      return String(value);
    case 'date':
      return dateText(String(value), lang);
    case 'scale': {
      const n = value as number;
      if (spec.unit) return `${numberText(n, lang)} ${spec.unit[lang]}`;
      return `${numberText(n, lang)} (${numberText(spec.min, lang)} = ${spec.labels.min[lang]}, ${numberText(spec.max, lang)} = ${spec.labels.max[lang]})`;
    }
    case 'choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [String(value)];
      return chosen.map((one) => spec.options.find((option) => option.value === one)?.label[lang] ?? one).join(', ');
    }
  }
}
