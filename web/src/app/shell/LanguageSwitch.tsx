import { LanguageIcon } from '@navikt/aksel-icons';
import { InternalHeader } from '@navikt/ds-react';
import { useLang, useTexts } from '../i18n/useTexts';
import { shellTexts } from '../texts';
import { useChangeLanguage } from './useChangeLanguage';

/** Names of each language in that language, so a user can find their own. */
const LANGUAGE_NAMES = { nb: 'Norsk', en: 'English' } as const;

/** A header button offering the other language. */
export function LanguageSwitch() {
  const lang = useLang();
  const t = useTexts(shellTexts);
  const changeLanguage = useChangeLanguage();
  const other = lang === 'nb' ? 'en' : 'nb';
  return (
    <InternalHeader.Button
      type="button"
      onClick={() => changeLanguage(other)}
      title={t.switchLanguage}
      lang={other}
      className="language-switch"
    >
      <LanguageIcon aria-hidden fontSize="1.5rem" />
      <span>{LANGUAGE_NAMES[other]}</span>
    </InternalHeader.Button>
  );
}
