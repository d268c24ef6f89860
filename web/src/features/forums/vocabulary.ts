import { useTexts } from '../../app/i18n/useTexts';
import { forumVocabularyTexts } from './texts/vocabulary';

type Words = (typeof forumVocabularyTexts)['nb'];

export interface ForumVocabulary {
  bodyKind: (kind: string) => string;
  memberRole: (role: string) => string;
  appointed: (how: string) => string;
  submissionKind: (kind: string) => string;
  status: (status: string) => string;
  recommendationStatus: (status: string) => string;
  meetingKind: (kind: string) => string;
  meetingStatus: (status: string) => string;
  theme: (theme: string) => string;
  represents: (represents: string) => string;
  annualKind: (kind: string) => string;
}

/** Labels for the forums' code values; unknown values are shown as sent. */
export function useForumVocabulary(): ForumVocabulary {
  const t = useTexts(forumVocabularyTexts);
  const word = (prefix: string) => (value: string) => {
    const key = `${prefix}_${value}`;
    return Object.hasOwn(t, key) ? (t[key as keyof Words] as string) : value;
  };
  return {
    bodyKind: word('kind'),
    memberRole: word('role'),
    appointed: word('appointed'),
    submissionKind: word('submission'),
    status: word('status'),
    recommendationStatus: word('rec'),
    meetingKind: word('meeting'),
    meetingStatus: word('meetingStatus'),
    theme: word('theme'),
    represents: word('represents'),
    annualKind: word('annual'),
  };
}
