import type { SURVEY_ERRORS } from './errors.js';
import { findSurveyQuestion, SURVEY_AUDIENCES, type SurveyAudience } from './question-bank.js';

/** Rules for composing and opening a survey (issue 12). Pure: each returns the refusal's code or the checked value. */
type SurveyErrorCode = keyof typeof SURVEY_ERRORS;
export type Checked<T> = { ok: true; value: T } | { ok: false; code: SurveyErrorCode };

/** Pulse surveys are short and repeated: a round stays open for at most this many days. */
export const MAX_OPEN_DAYS = 90;

export function checkQuestions(keys: readonly string[]): Checked<string[]> {
  if (keys.length === 0) return { ok: false, code: 'SURVEY_NO_QUESTIONS' };
  if (keys.some((key) => !findSurveyQuestion(key))) return { ok: false, code: 'SURVEY_QUESTION_UNKNOWN' };
  if (new Set(keys).size !== keys.length) return { ok: false, code: 'SURVEY_QUESTION_DUPLICATE' };
  return { ok: true, value: [...keys] };
}

export function checkAudiences(audiences: readonly string[]): Checked<SurveyAudience[]> {
  const chosen = SURVEY_AUDIENCES.filter((audience) => audiences.includes(audience));
  if (chosen.length === 0 || chosen.length !== new Set(audiences).size) return { ok: false, code: 'SURVEY_AUDIENCE_MISSING' };
  return { ok: true, value: chosen };
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** A round opens today and closes at the end of `closesOn` (dates 'YYYY-MM-DD', Norwegian time). */
export function checkPeriod(today: string, closesOn: string): Checked<{ opensOn: string; closesOn: string }> {
  const length = dayNumber(closesOn) - dayNumber(today);
  if (!Number.isFinite(length) || length < 0) return { ok: false, code: 'SURVEY_PERIOD_INVALID' };
  if (length > MAX_OPEN_DAYS) return { ok: false, code: 'SURVEY_PERIOD_TOO_LONG' };
  return { ok: true, value: { opensOn: today, closesOn } };
}

export type EffectiveStatus = 'draft' | 'open' | 'closed';

/** An open round whose last day has passed is closed, whether or not anyone pressed "close". */
export function effectiveStatus(survey: { status: EffectiveStatus; closes_on: string | null }, today: string): EffectiveStatus {
  if (survey.status === 'open' && survey.closes_on !== null && survey.closes_on < today) return 'closed';
  return survey.status;
}
