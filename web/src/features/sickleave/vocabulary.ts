import { useTexts } from '../../app/i18n/useTexts';
import { vocabularyTexts } from './texts';

type Vocabulary = (typeof vocabularyTexts)['nb'];

function lookup(texts: Vocabulary, prefix: string, key: string | number): string | undefined {
  const name = `${prefix}_${key}`;
  if (!Object.hasOwn(texts, name)) return undefined;
  const value = texts[name as keyof Vocabulary];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Labels for the server's keys in the current language. A key the UI does not know yet (a new
 * milestone or task kind) is shown as sent rather than hidden.
 */
export function useVocabulary() {
  const t = useTexts(vocabularyTexts);
  const label = (prefix: string) => (key: string) => lookup(t, prefix, key) ?? key;
  return {
    milestone: label('milestone'),
    milestoneStatus: label('status'),
    owner: label('owner'),
    taskOwner: label('taskOwner'),
    caseStatus: label('case'),
    /** Why a milestone is done or not applicable without an event; undefined when unknown. */
    reason: (key: string) => lookup(t, 'reason', key),
    event: label('event'),
    decision: label('decision'),
    task: label('task'),
    taskStatus: label('taskStatus'),
    periodType: label('period'),
    taskTakenByNav: t.taskTakenByNav,
  };
}

export type VocabularyLabels = ReturnType<typeof useVocabulary>;
