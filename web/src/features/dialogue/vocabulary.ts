import { useLang, useTexts } from '../../app/i18n/useTexts';
import { formatNumber } from './format';
import { dialogueVocabularyTexts } from './texts';
import type { ThreadMessage } from './types';

export interface DialogueVocabulary {
  /** `document` → "Dokument"; unknown categories as sent. */
  category: (category: string) => string;
  /** What a whole-record warning is about: "epikriser". */
  wholeRecord: (kind: string) => string;
  /** A message card's title: the request kind, "Svar på forespørselen", or the note code's label. */
  messageTitle: (message: ThreadMessage) => string;
  /** `45` → "45 byte", `1_200_000` → "1,1 MB". */
  size: (bytes: number) => string;
}

export function useDialogueVocabulary(): DialogueVocabulary {
  const t = useTexts(dialogueVocabularyTexts);
  const lang = useLang();
  const labels: Record<string, string> = t as unknown as Record<string, string>;
  const lookup = (key: string, fallback: string) => (Object.hasOwn(labels, key) && typeof labels[key] === 'string' ? labels[key] : fallback);
  return {
    category: (category) => lookup(`category_${category}`, category),
    wholeRecord: (kind) => lookup(`wholeRecord_${kind}`, kind),
    messageTitle: (message) => {
      if (message.kind === 'request' && message.request) return `${t.kindRequest}: ${message.request.kind} – ${message.request.kindLabel}`;
      if (message.kind === 'answer') return t.kindAnswer;
      if (message.kind === 'reminder') return message.code.label ?? t.kindReminder;
      return message.code.label ?? t.kindNote;
    },
    size: (bytes) => {
      if (bytes < 1024) return t.bytes(formatNumber(bytes, lang));
      if (bytes < 1024 * 1024) return t.kilobytes(formatNumber(bytes / 1024, lang));
      return t.megabytes(formatNumber(bytes / (1024 * 1024), lang, 1));
    },
  };
}
