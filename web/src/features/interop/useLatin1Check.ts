import { useEffect, useId, useState } from 'react';
import { useLang } from '../../app/i18n/useTexts';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { checkText } from './api';
import { isLatin1 } from './latin1';
import type { TextCheck } from './types';

/** How long the text must rest before it is checked. */
export const LATIN1_CHECK_DELAY_MS = 400;

export interface Latin1CheckState {
  /** The latest check of the text, or null while there is nothing to say (empty, plain Latin-1, not checked). */
  check: TextCheck | null;
  /** Whether the check found something the writer should see. */
  hasNotice: boolean;
  /** The notice's id: always on the page (a live region), so put `<Latin1Notice>` under the field. */
  noticeId: string;
  /** For the field's `aria-describedby`: the notice's id while it says something. */
  describedBy: string | undefined;
}

/**
 * Checks, while the user types, what a GP's record system (which can show only Latin-1) will make
 * of a text bound for it: characters it converts (typographic quotes, dashes …) and characters it
 * cannot show at all (emoji, arrows, Cyrillic …). Debounced; empty text and plain Latin-1 are not
 * sent; a check overtaken by newer text is aborted. Purely advisory: sending is never blocked,
 * and a failed check shows nothing.
 */
export function useLatin1Check(text: string, enabled = true): Latin1CheckState {
  const lang = useLang();
  const noticeId = `latin1-${useId()}`;
  const debounced = useDebouncedValue(text, LATIN1_CHECK_DELAY_MS);
  const [check, setCheck] = useState<TextCheck | null>(null);

  useEffect(() => {
    if (!enabled || debounced.trim() === '' || isLatin1(debounced)) {
      setCheck(null);
      return;
    }
    const controller = new AbortController();
    checkText(debounced, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setCheck(result);
      },
      () => {
        // Aborted: a newer text is being checked. Anything else: the check is advice, so say nothing.
        if (!controller.signal.aborted) setCheck(null);
      },
    );
    return () => controller.abort();
    // The server's sentence is in the user's language: a change of language checks again.
  }, [debounced, enabled, lang]);

  // Once the text is plain Latin-1 again (the emoji deleted), the notice goes at once.
  const shown = enabled && text.trim() !== '' && !isLatin1(text) ? check : null;
  const hasNotice = shown !== null && (shown.unsupported.length > 0 || shown.replaced.length > 0);
  return { check: hasNotice ? shown : null, hasNotice, noticeId, describedBy: hasNotice ? noticeId : undefined };
}
