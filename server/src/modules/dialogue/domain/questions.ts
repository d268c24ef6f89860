/**
 * NAV's checklist for requests to GPs (report 001 L3344–3346): sharp questions first, one open
 * question last, and ask for no more than the case needs. Whole journals and discharge summaries
 * are what GPs most often find asked for without need.
 */
export interface QuestionLimits {
  maxSharpQuestions: number;
  maxQuestionLength: number;
  maxOpenQuestionLength: number;
}

export const DEFAULT_QUESTION_LIMITS: QuestionLimits = { maxSharpQuestions: 10, maxQuestionLength: 1000, maxOpenQuestionLength: 2000 };

export type QuestionProblem =
  | { code: 'DIALOGUE_QUESTIONS_MISSING' }
  | { code: 'DIALOGUE_QUESTION_EMPTY'; position: number }
  | { code: 'DIALOGUE_TEXT_TOO_LONG'; field: string; max: number }
  | { code: 'DIALOGUE_TOO_MANY_QUESTIONS'; max: number };

/** Checks the sharp questions and the closing open question; positions are 1-based as shown. */
export function checkQuestions(sharp: readonly string[], open: string | undefined, limits: QuestionLimits = DEFAULT_QUESTION_LIMITS): QuestionProblem | null {
  if (sharp.length === 0) return { code: 'DIALOGUE_QUESTIONS_MISSING' };
  if (sharp.length > limits.maxSharpQuestions) return { code: 'DIALOGUE_TOO_MANY_QUESTIONS', max: limits.maxSharpQuestions };
  for (const [i, text] of sharp.entries()) {
    if (text.trim() === '') return { code: 'DIALOGUE_QUESTION_EMPTY', position: i + 1 };
    if (text.length > limits.maxQuestionLength) return { code: 'DIALOGUE_TEXT_TOO_LONG', field: `questions[${i}]`, max: limits.maxQuestionLength };
  }
  if (open !== undefined && open.length > limits.maxOpenQuestionLength) return { code: 'DIALOGUE_TEXT_TOO_LONG', field: 'openQuestion', max: limits.maxOpenQuestionLength };
  return null;
}

export type WholeRecordKind = 'journal' | 'discharge_summary';

const WHOLE_RECORD_TERMS: readonly { kind: WholeRecordKind; pattern: RegExp }[] = [
  { kind: 'journal', pattern: /\b(?:hele\s+|fullstendig\w*\s+|komplett\w*\s+)?journal(?:en|er|ene|utskrift\w*|kopi\w*|notat\w*)?\b|\bkopi\s+av\s+journal\w*|\bmedical\s+records?\b|\bpatient\s+records?\b/iu },
  { kind: 'discharge_summary', pattern: /\bepikris\w*|\butskrivningsnotat\w*|\bdischarge\s+summar(?:y|ies)\b/iu },
];

export interface WholeRecordWarning {
  /** 1-based question number; 0 for the open question. */
  position: number;
  kind: WholeRecordKind;
  term: string;
}

/** Where a question asks for a whole journal or discharge summaries, so the builder can warn. */
export function wholeRecordWarnings(sharp: readonly string[], open?: string): WholeRecordWarning[] {
  const warnings: WholeRecordWarning[] = [];
  const texts: [number, string][] = [...sharp.map((t, i): [number, string] => [i + 1, t]), ...(open ? [[0, open] as [number, string]] : [])];
  for (const [position, text] of texts) {
    for (const { kind, pattern } of WHOLE_RECORD_TERMS) {
      const match = pattern.exec(text);
      if (match) warnings.push({ position, kind, term: match[0] });
    }
  }
  return warnings;
}

/** Whether the request itself asked for this kind of whole-record document. */
export function requestAsksFor(kind: WholeRecordKind, questions: readonly string[]): boolean {
  return wholeRecordWarnings(questions).some((w) => w.kind === kind);
}
