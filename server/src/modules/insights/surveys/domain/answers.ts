import type { SURVEY_ERRORS } from './errors.js';
import { ANSWER_SCALES, findSurveyQuestion } from './question-bank.js';

/**
 * Checks one respondent's answers against the survey's questions (pure; the hot path of the answer
 * endpoint runs it between reading the invitation and writing). Every question must be answered —
 * so every question of a round has the same respondents, and no result can be worked out by
 * subtracting one question's count from another's. "Vet ikke" is always an option.
 */
export type AnswerCheck = { ok: true; keys: string[]; values: string[] } | { ok: false; code: keyof typeof SURVEY_ERRORS };

export function checkAnswers(questionKeys: readonly string[], answers: Readonly<Record<string, string>>): AnswerCheck {
  const given = Object.keys(answers);
  if (given.some((key) => !questionKeys.includes(key))) return { ok: false, code: 'SURVEY_ANSWER_INVALID' };
  const values: string[] = [];
  for (const key of questionKeys) {
    const value = answers[key];
    if (value === undefined) return { ok: false, code: 'SURVEY_ANSWER_INCOMPLETE' };
    const question = findSurveyQuestion(key);
    if (!question || !ANSWER_SCALES[question.scale].options.some((option) => option.value === value)) {
      return { ok: false, code: 'SURVEY_ANSWER_INVALID' };
    }
    values.push(value);
  }
  return { ok: true, keys: [...questionKeys], values };
}
