import type { ForumSubmissionKind, ForumSubmissionStatus } from '../../../platform/db/schema-forums.js';

/**
 * What a collaboration deviation or a change proposal holds, and how it moves through triage
 * (issue 9, points 2 and 3). Pure: the commands ask here before they write.
 *
 * received → accepted → in_assessment → assessed → answered; received or accepted may instead be
 * merged into another case (it then follows that case's outcome), forwarded to a hospital
 * department or municipality (which may still be answered), or rejected with a reason.
 */
export const TITLE_MAX = 200;
export const FIELD_MAX = 4000;
export const REASON_MAX = 2000;
export const OUTCOME_MAX = 8000;

export interface FieldSpec {
  key: string;
  required: boolean;
  nb: string;
  en: string;
}

export const SUBMISSION_FIELDS: Record<ForumSubmissionKind, readonly FieldSpec[]> = {
  deviation: [
    { key: 'whatHappened', required: true, nb: 'Hva skjedde', en: 'What happened' },
    { key: 'agreement', required: false, nb: 'Hvilken avtale eller rutine det gjelder', en: 'Which agreement or routine it concerns' },
    { key: 'units', required: false, nb: 'Hvilke enheter', en: 'Which units' },
    { key: 'immediateAction', required: false, nb: 'Hva ble gjort straks', en: 'What was done at once' },
    { key: 'consequences', required: false, nb: 'Konsekvenser', en: 'Consequences' },
  ],
  proposal: [
    { key: 'change', required: true, nb: 'Hva bør endres', en: 'What should change' },
    { key: 'reason', required: true, nb: 'Hvorfor', en: 'Why' },
    { key: 'affected', required: false, nb: 'Hvem berøres', en: 'Who is affected' },
  ],
};

export const THEMES = [
  { key: 'referrals', nb: 'Henvisninger', en: 'Referrals' },
  { key: 'discharge_summaries', nb: 'Epikriser', en: 'Discharge summaries' },
  { key: 'medication_lists', nb: 'Legemiddellister', en: 'Medication lists' },
  { key: 'multidose', nb: 'Multidose', en: 'Multidose' },
  { key: 'test_results', nb: 'Oppfølging av prøvesvar', en: 'Test results follow-up' },
  { key: 'tasks_moved', nb: 'Oppgaver flyttet fra sykehus til fastlege', en: 'Tasks moved from hospital to GP' },
  { key: 'digital_platforms', nb: 'Digitale plattformer og meldingsutveksling', en: 'Digital platforms and messaging' },
  { key: 'other', nb: 'Annet', en: 'Other' },
] as const;
export type ThemeKey = (typeof THEMES)[number]['key'];
export const THEME_KEYS: readonly string[] = THEMES.map((t) => t.key);

export type FieldProblem =
  | { code: 'FORUM_FIELD_UNKNOWN'; field: string }
  | { code: 'FORUM_TEXT_EMPTY'; field: string }
  | { code: 'FORUM_TEXT_TOO_LONG'; field: string; max: number };

/** The first problem with a submission's title and texts, or null. Texts are trimmed first. */
export function fieldProblem(kind: ForumSubmissionKind, title: string, fields: Readonly<Record<string, string>>): FieldProblem | null {
  if (!title.trim()) return { code: 'FORUM_TEXT_EMPTY', field: 'title' };
  if (title.trim().length > TITLE_MAX) return { code: 'FORUM_TEXT_TOO_LONG', field: 'title', max: TITLE_MAX };
  const specs = SUBMISSION_FIELDS[kind];
  for (const key of Object.keys(fields)) if (!specs.some((s) => s.key === key)) return { code: 'FORUM_FIELD_UNKNOWN', field: key };
  for (const spec of specs) {
    const text = (fields[spec.key] ?? '').trim();
    if (spec.required && !text) return { code: 'FORUM_TEXT_EMPTY', field: spec.key };
    if (text.length > FIELD_MAX) return { code: 'FORUM_TEXT_TOO_LONG', field: spec.key, max: FIELD_MAX };
  }
  return null;
}

/** The texts kept: trimmed, empty optional ones left out. */
export function cleanFields(kind: ForumSubmissionKind, fields: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const spec of SUBMISSION_FIELDS[kind]) {
    const text = (fields[spec.key] ?? '').trim();
    if (text) kept[spec.key] = text;
  }
  return kept;
}

/** What full-text search reads: the title and every text, in the fields' order. */
export function searchTextOf(title: string, fields: Readonly<Record<string, string>>): string {
  return [title, ...Object.values(fields)].join('\n');
}

export const unknownThemes = (themes: readonly string[]) => themes.filter((t) => !THEME_KEYS.includes(t));

export type TriageAction = 'accept' | 'merge' | 'forward' | 'reject' | 'themes' | 'ready' | 'outcome';

const OPEN: readonly ForumSubmissionStatus[] = ['received', 'accepted'];
const ALLOWED_FROM: Record<TriageAction, readonly ForumSubmissionStatus[]> = {
  accept: ['received'],
  merge: OPEN,
  forward: OPEN,
  reject: OPEN,
  themes: ['received', 'accepted', 'in_assessment', 'assessed', 'answered', 'forwarded'],
  ready: ['accepted', 'in_assessment', 'assessed'],
  outcome: ['accepted', 'in_assessment', 'assessed', 'forwarded', 'answered'],
};

export const NEXT_STATUS: Partial<Record<TriageAction, ForumSubmissionStatus>> = {
  accept: 'accepted',
  merge: 'merged',
  forward: 'forwarded',
  reject: 'rejected',
  outcome: 'answered',
};

export function mayTriage(action: TriageAction, status: ForumSubmissionStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** A case another may be merged into: open or under way, not closed in another way. */
export function mayReceiveMerge(status: ForumSubmissionStatus): boolean {
  return ['received', 'accepted', 'in_assessment', 'assessed', 'answered'].includes(status);
}

/** What the submitter sees: a merged case shows the status and outcome of the case it joined. */
export function followedOutcome<T extends { status: ForumSubmissionStatus; outcome: string | null; outcome_at: Date | null }>(own: T, target: T | null): Pick<T, 'status' | 'outcome' | 'outcome_at'> {
  if (own.status !== 'merged' || !target) return { status: own.status, outcome: own.outcome, outcome_at: own.outcome_at };
  return { status: target.status, outcome: target.outcome, outcome_at: target.outcome_at };
}
