import type { Lang } from '../../api/types';

export type { Lang };
export const LANGS: readonly Lang[] = ['nb', 'en'];
export const DEFAULT_LANG: Lang = 'nb';

type TextValue = string | ((...args: never[]) => string);
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

export type TextsFor<T> = Record<Lang, Widen<T>>;

/**
 * Declares a feature's user-visible strings. The bokmål object decides the keys; the type checker
 * refuses an English object with a missing, extra or differently shaped key.
 */
export function defineTexts<T extends Record<string, TextValue>>(texts: {
  nb: T;
  en: NoInfer<Widen<T>>;
}): TextsFor<T> {
  return texts as TextsFor<T>;
}

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}
