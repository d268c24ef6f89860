import type { Lang } from '../../../app/i18n/texts';
import type { Baseline, BankQuestion, Localized, Topic } from './types';

export const TOPICS: readonly Topic[] = ['information', 'dialogue', 'barriers', 'measures'];

/** "35 %" in bokmål, "35%" in English. */
export const percent = (value: number, lang: Lang) => (lang === 'nb' ? `${value} %` : `${value}%`);

export const baselineText = (baseline: Baseline | null | undefined, lang: Lang, approx: string) =>
  baseline ? `${baseline.approximate ? approx : ''}${percent(baseline.valuePercent, lang)}` : '–';

/** A barrier question's item without the shared stem ("I hvor stor grad …? Manglende kapasitet …" → the item). */
export function shortLabel(question: BankQuestion, lang: Lang): string {
  const text = (question.wording.gps ?? question.wording.nav_advisers ?? ({ nb: question.key, en: question.key } as Localized))[lang];
  const cut = text.indexOf('? ');
  return question.topic === 'barriers' && cut > 0 ? text.slice(cut + 2) : text;
}
