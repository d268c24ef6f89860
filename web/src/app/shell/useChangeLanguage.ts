import { useMe, useSaveLanguagePreference } from '../session/api';
import type { Lang } from '../i18n/texts';
import { useSetLang } from '../i18n/useTexts';

/** Switches the UI language; when signed in, also saves it as the user's preference. */
export function useChangeLanguage(): (lang: Lang) => void {
  const setLang = useSetLang();
  const { data: me } = useMe();
  const save = useSaveLanguagePreference();
  return (lang) => {
    setLang(lang);
    if (me && me.lang !== lang) save.mutate(lang);
  };
}
