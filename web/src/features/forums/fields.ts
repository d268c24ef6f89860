import type { SubmissionKind } from './types';

/**
 * The free-text fields each kind of submission asks for, in order (the server checks each for
 * personal identifiers and length). `long` ones get a larger text area.
 */
export const SUBMISSION_FIELDS: Record<SubmissionKind, ReadonlyArray<{ key: string; long: boolean; required: boolean }>> = {
  deviation: [
    { key: 'whatHappened', long: true, required: true },
    { key: 'agreement', long: false, required: false },
    { key: 'units', long: false, required: false },
    { key: 'immediateAction', long: true, required: false },
    { key: 'consequences', long: true, required: false },
  ],
  proposal: [
    { key: 'change', long: true, required: true },
    { key: 'reason', long: true, required: true },
    { key: 'affected', long: false, required: false },
  ],
};

/** The themes a case can be tagged with (issue 9); the server keeps the same keys. */
export const THEMES = [
  'referrals',
  'discharge_summaries',
  'medication_lists',
  'multidose',
  'test_results',
  'tasks_moved',
  'digital_platforms',
  'other',
] as const;

/** Matches the server's limits, so the count shows before sending. */
export const TITLE_MAX = 200;
export const FIELD_MAX = 4000;
