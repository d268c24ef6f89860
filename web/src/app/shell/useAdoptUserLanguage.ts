import { useEffect, useRef } from 'react';
import type { Me } from '../../api/types';
import { useLang, useSetLang } from '../i18n/useTexts';

/** When a signed-in session is found on load, the user's saved language wins over this device's. */
export function useAdoptUserLanguage(me: Me | null | undefined): void {
  const lang = useLang();
  const setLang = useSetLang();
  const adoptedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me) {
      adoptedFor.current = null;
      return;
    }
    if (adoptedFor.current === me.id) return;
    adoptedFor.current = me.id;
    if (me.lang !== lang) setLang(me.lang);
  }, [me, lang, setLang]);
}
