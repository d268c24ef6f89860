import { useContext } from 'react';
import { LanguageContext } from './LanguageProvider';
import type { Lang } from './texts';

export function useLang(): Lang {
  return useContext(LanguageContext).lang;
}

export function useSetLang(): (lang: Lang) => void {
  return useContext(LanguageContext).setLang;
}

/** Picks the strings for the current language from a `defineTexts` object. */
export function useTexts<T>(texts: Record<Lang, T>): T {
  return texts[useLang()];
}
