import type { MouseEvent } from 'react';
import { useTexts } from '../i18n/useTexts';
import { shellTexts } from '../texts';

export const MAIN_CONTENT_ID = 'main-content';

/** The first focusable element: jumps past the header to the main content. */
export function SkipLink() {
  const t = useTexts(shellTexts);
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t.skipToContent}
    </a>
  );
}
