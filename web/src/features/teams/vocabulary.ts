import { useLang, useTexts } from '../../app/i18n/useTexts';
import { teamVocabularyTexts } from './texts';
import type { InclusionCriterion } from './types';

export interface TeamVocabulary {
  kind: (kind: string) => string;
  policy: (policy: string) => string;
  cadence: (cadence: string) => string;
  memberRole: (role: string) => string;
  referralStatus: (status: string) => string;
  sickLeave: (status: string) => string;
  consent: (recipient: string) => string;
  courseStatus: (status: string) => string;
  workStatus: (status: string) => string;
  session: (kind: string) => string;
  sessionStatus: (status: string) => string;
  attendee: (attendee: string) => string;
  area: (area: string) => string;
  goalStatus: (status: string) => string;
  round: (round: string) => string;
  update: (kind: string) => string;
  weekday: (weekday: number) => string;
  followUp: (flag: string) => string;
  criterion: (criterion: InclusionCriterion) => string;
}

/** Labels for the teams' code values; unknown values are shown as sent. */
export function useTeamVocabulary(): TeamVocabulary {
  const t = useTexts(teamVocabularyTexts);
  const lang = useLang();
  const labels = t as unknown as Record<string, unknown>;
  const lookup = (prefix: string) => (key: string | number) => {
    const value = Object.hasOwn(labels, `${prefix}_${key}`) ? labels[`${prefix}_${key}`] : undefined;
    return typeof value === 'string' ? value : String(key);
  };
  return {
    kind: lookup('kind'),
    policy: lookup('policy'),
    cadence: lookup('cadence'),
    memberRole: lookup('role'),
    referralStatus: lookup('referral'),
    sickLeave: lookup('sick'),
    consent: lookup('consent'),
    courseStatus: lookup('course'),
    workStatus: lookup('work'),
    session: lookup('session'),
    sessionStatus: lookup('sessionStatus'),
    attendee: lookup('attendee'),
    area: lookup('area'),
    goalStatus: lookup('goal'),
    round: lookup('round'),
    update: lookup('update'),
    weekday: lookup('weekday'),
    followUp: lookup('followUp'),
    criterion: (criterion) => criterion[lang] || criterion.nb,
  };
}
