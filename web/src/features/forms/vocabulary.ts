import { useLang, useTexts } from '../../app/i18n/useTexts';
import type { Lang } from '../../api/types';
import { formTexts } from './texts';
import type { LocalText } from './types';

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `hh.mm` Norwegian time of an instant (the autosave status). */
export function osloClock(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const parts = Object.fromEntries(OSLO_TIME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}.${parts.minute}`;
}

export function localText(text: string | LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return typeof text === 'string' ? text : text[lang];
}

export interface FormVocabulary {
  status: (status: string) => string;
  template: (key: string, title?: string | LocalText) => string;
  role: (role: string) => string;
  authorRole: (role: string) => string;
  commentKind: (kind: string) => string;
}

/** Labels for the forms' code values; unknown values are shown as sent. */
export function useFormVocabulary(): FormVocabulary {
  const t = useTexts(formTexts);
  const lang = useLang();
  const labels = t as unknown as Record<string, unknown>;
  const lookup = (key: string, fallback: string) => {
    const value = Object.hasOwn(labels, key) ? labels[key] : undefined;
    return typeof value === 'string' ? value : fallback;
  };
  return {
    status: (status) => lookup(`status_${status}`, status),
    template: (key, title) => localText(title, lang) || lookup(`template_${key}`, key),
    role: (role) => lookup(`role_${role}`, role),
    authorRole: (role) => lookup(`authorRole_${role}`, role),
    commentKind: (kind) => lookup(`commentKind_${kind}`, kind),
  };
}
