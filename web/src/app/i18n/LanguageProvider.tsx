import { Provider as AkselProvider } from '@navikt/ds-react';
import { en as akselEn, nb as akselNb } from '@navikt/ds-react/locales';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setClientLang } from '../../api/client';
import { DEFAULT_LANG, isLang, type Lang } from './texts';

const STORAGE_KEY = 'samhandling.lang';

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

export interface LanguageContextValue {
  lang: Lang;
  /** Changes the UI language and remembers it on this device. */
  setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageContextValue>({
  lang: DEFAULT_LANG,
  setLang: () => undefined,
});

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = readStoredLang();
    setClientLang(initial);
    return initial;
  });

  const setLang = useCallback((next: Lang) => {
    setClientLang(next);
    storeLang(next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LanguageContext.Provider value={value}>
      <AkselProvider locale={lang === 'en' ? akselEn : akselNb}>{children}</AkselProvider>
    </LanguageContext.Provider>
  );
}
