/**
 * The GP's answer to a request: values per question, the checks that mirror the server's
 * (answers.ts: every sharp question answered, lengths, whole-record confirmation), and a refusal
 * put back on the field it names.
 */
import { isApiError } from '../../api/errors';
import type { FieldErrors } from '../directory-admin/validation';
import type { AnswerDraft, AnswerItem, AttachmentCategory, RequestQuestion, WholeRecordKind, WholeRecordWarning } from './types';

/** Answer texts by question position. */
export type AnswerValues = Record<number, string>;

export const CONFIRM_FIELD = 'confirmWholeRecord';
export const ATTACHMENTS_FIELD = 'attachments';

export function answerField(position: number): string {
  return `answer-${position}`;
}

/** The saved draft's texts, or empty fields. */
export function initialAnswers(questions: RequestQuestion[], draft: AnswerDraft | undefined): AnswerValues {
  const saved = new Map((draft?.answers ?? []).map((a) => [a.position, a.text]));
  return Object.fromEntries(questions.map((q) => [q.position, saved.get(q.position) ?? '']));
}

export function toAnswerItems(questions: RequestQuestion[], values: AnswerValues): AnswerItem[] {
  return questions.map((q) => ({ position: q.position, text: values[q.position] ?? '' }));
}

/** The sharp question's number as the GP sees it (1, 2 …), for messages. */
export function sharpNumber(questions: RequestQuestion[], position: number): number {
  return questions.filter((q) => !q.isOpen).findIndex((q) => q.position === position) + 1;
}

/**
 * The whole-record kinds among the attachments that the request did not ask for: the GP must
 * confirm NAV needs them (report 001: surplus information is the GPs' most common complaint).
 */
export function unaskedWholeRecords(categories: readonly AttachmentCategory[], warnings: readonly WholeRecordWarning[]): WholeRecordKind[] {
  const asked = new Set(warnings.map((w) => w.kind));
  const out = new Set<WholeRecordKind>();
  for (const category of categories) {
    if ((category === 'journal' || category === 'discharge_summary') && !asked.has(category)) out.add(category);
  }
  return [...out];
}

interface CheckTexts {
  answerRequired: (n: number) => string;
  tooLong: (max: number) => string;
  confirmRequired: string;
  waitForUploads: string;
}

export function checkAnswer(
  questions: RequestQuestion[],
  values: AnswerValues,
  options: { maxLength: number; needsConfirmation: boolean; confirmed: boolean; uploading: boolean },
  t: CheckTexts,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const q of questions) {
    const text = values[q.position] ?? '';
    if (!q.isOpen && text.trim() === '') errors[answerField(q.position)] = t.answerRequired(sharpNumber(questions, q.position));
    else if (text.length > options.maxLength) errors[answerField(q.position)] = t.tooLong(options.maxLength);
  }
  if (options.uploading) errors[ATTACHMENTS_FIELD] = t.waitForUploads;
  if (options.needsConfirmation && !options.confirmed) errors[CONFIRM_FIELD] = t.confirmRequired;
  return errors;
}

const ATTACHMENT_CODES = new Set(['ATTACHMENT_NOT_USABLE', 'ATTACHMENT_LIMIT_REACHED', 'ATTACHMENT_TOO_LARGE', 'ATTACHMENT_TYPE_FORBIDDEN']);

/**
 * A refusal of POST /api/requests/:id/answer on the fields it names: `details.positions` for
 * unanswered questions, `details.field` (`answers[3]`) for a too long one, the confirmation for
 * whole-record attachments; anything else (withdrawn, already answered, access) stays general.
 */
export function errorsFromAnswerRefusal(error: unknown, questions: RequestQuestion[]): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
  const known = new Set(questions.map((q) => q.position));
  const fields: FieldErrors = {};
  if (Array.isArray(details.positions)) {
    for (const position of details.positions) if (typeof position === 'number' && known.has(position)) fields[answerField(position)] = error.message;
  }
  const field = typeof details.field === 'string' ? /^answers\[(\d+)\]$/.exec(details.field) : null;
  if (field && known.has(Number(field[1]))) fields[answerField(Number(field[1]))] = error.message;
  if (error.code === 'WHOLE_RECORD_CONFIRMATION_REQUIRED') fields[CONFIRM_FIELD] = error.message;
  if (ATTACHMENT_CODES.has(error.code)) fields[ATTACHMENTS_FIELD] = error.message;
  return Object.keys(fields).length > 0 ? { fields, general: null } : { fields, general: error };
}
