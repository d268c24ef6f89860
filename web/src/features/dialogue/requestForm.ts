/**
 * NAV's request to a GP: the form's values, the checks that mirror the server's
 * (domain/questions.ts and deadlines.ts: at least one sharp question, none empty, lengths, a
 * deadline from today up to the kind's default) and refusals put back on the field they name.
 */
import { isApiError } from '../../api/errors';
import type { FieldErrors } from '../directory-admin/validation';
import { INVALID_DATE } from './components/DateField';
import type { DialogueLimits, RequestInput, RequestKind } from './types';

export interface QuestionValue {
  /** Stable while questions are moved, for React and the fields' ids. */
  key: string;
  text: string;
}

export interface RequestValues {
  kind: RequestKind;
  questions: QuestionValue[];
  openQuestion: string;
  /** `YYYY-MM-DD`, `''` or `'invalid'`. */
  dueOn: string;
}

export const QUESTIONS_FIELD = 'questions';
export const OPEN_QUESTION_FIELD = 'openQuestion';
export const DUE_ON_FIELD = 'dueOn';

let counter = 0;
export function newQuestion(text = ''): QuestionValue {
  return { key: `q${(counter += 1)}`, text };
}

export function questionField(key: string): string {
  return `question-${key}`;
}

export function fieldOrder(values: RequestValues): string[] {
  return [QUESTIONS_FIELD, ...values.questions.map((q) => questionField(q.key)), OPEN_QUESTION_FIELD, DUE_ON_FIELD];
}

interface CheckTexts {
  questionsMissing: string;
  questionRequired: (n: number) => string;
  questionTooLong: (max: number) => string;
  tooManyQuestions: (max: number) => string;
  dueOnRequired: string;
  dueOnInvalid: (latest: string) => string;
}

export function checkRequest(
  values: RequestValues,
  limits: DialogueLimits['questions'],
  window: { today: string; latest: string; latestLabel: string },
  t: CheckTexts,
): FieldErrors {
  const errors: FieldErrors = {};
  const { questions } = values;
  if (questions.length === 0 || questions.every((q) => q.text.trim() === '')) {
    errors[questions[0] ? questionField(questions[0].key) : QUESTIONS_FIELD] = t.questionsMissing;
  } else {
    questions.forEach((q, i) => {
      if (q.text.trim() === '') errors[questionField(q.key)] = t.questionRequired(i + 1);
      else if (q.text.length > limits.maxQuestionLength) errors[questionField(q.key)] = t.questionTooLong(limits.maxQuestionLength);
    });
  }
  if (questions.length > limits.maxSharpQuestions) errors[QUESTIONS_FIELD] = t.tooManyQuestions(limits.maxSharpQuestions);
  if (values.openQuestion.length > limits.maxOpenQuestionLength) errors[OPEN_QUESTION_FIELD] = t.questionTooLong(limits.maxOpenQuestionLength);
  if (values.dueOn === '') errors[DUE_ON_FIELD] = t.dueOnRequired;
  else if (values.dueOn === INVALID_DATE || values.dueOn < window.today || values.dueOn > window.latest) errors[DUE_ON_FIELD] = t.dueOnInvalid(window.latestLabel);
  return errors;
}

export function toRequestInput(values: RequestValues): RequestInput {
  return {
    kind: values.kind,
    questions: values.questions.map((q) => q.text),
    ...(values.openQuestion.trim() && { openQuestion: values.openQuestion }),
    dueOn: values.dueOn,
  };
}

/**
 * A refusal of POST /api/cases/:id/requests on its field: the empty question by its position,
 * a too long one by `questions[i]`, the deadline by `details.field`; schema refusals by path.
 */
export function errorsFromRequestRefusal(error: unknown, values: RequestValues): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  const questionAt = (index: number) => {
    const q = values.questions[index];
    return q ? questionField(q.key) : QUESTIONS_FIELD;
  };
  const fields: FieldErrors = {};
  const field = typeof details.field === 'string' ? details.field : '';
  const indexed = /^questions\[(\d+)\]$/.exec(field);
  if (error.code === 'DIALOGUE_QUESTIONS_MISSING') fields[questionAt(0)] = error.message;
  else if (error.code === 'DIALOGUE_QUESTION_EMPTY' && typeof details.position === 'number') fields[questionAt(details.position - 1)] = error.message;
  else if (error.code === 'DIALOGUE_TOO_MANY_QUESTIONS') fields[QUESTIONS_FIELD] = error.message;
  else if (indexed) fields[questionAt(Number(indexed[1]))] = error.message;
  else if (field === OPEN_QUESTION_FIELD || field === DUE_ON_FIELD) fields[field] = error.message;
  else if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    for (const detail of error.details as { field?: unknown }[]) {
      if (typeof detail.field !== 'string') continue;
      const [head, index] = detail.field.replace(/^body\.?/, '').split('.');
      const name = head === 'questions' && index !== undefined ? questionAt(Number(index)) : head === OPEN_QUESTION_FIELD || head === DUE_ON_FIELD ? head : null;
      if (name && !fields[name]) fields[name] = error.message;
    }
  }
  return Object.keys(fields).length > 0 ? { fields, general: null } : { fields, general: error };
}
