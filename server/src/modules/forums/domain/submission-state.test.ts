import { describe, expect, it } from 'vitest';
import type { ForumSubmissionStatus } from '../../../platform/db/schema-forums.js';
import { cleanFields, FIELD_MAX, fieldProblem, followedOutcome, mayReceiveMerge, mayTriage, searchTextOf, unknownThemes } from './submission-state.js';

describe('fieldProblem', () => {
  it('accepts a deviation with what happened and nothing else', () => {
    expect(fieldProblem('deviation', 'Epikrise uten medisinliste', { whatHappened: 'Manglet liste' })).toBeNull();
  });

  it.each([
    ['an empty title', 'deviation', ' ', { whatHappened: 'x' }, { code: 'FORUM_TEXT_EMPTY', field: 'title' }],
    ['a title over 200 characters', 'deviation', 'x'.repeat(201), { whatHappened: 'x' }, { code: 'FORUM_TEXT_TOO_LONG', field: 'title', max: 200 }],
    ['a deviation without what happened', 'deviation', 'T', { units: 'Ahus' }, { code: 'FORUM_TEXT_EMPTY', field: 'whatHappened' }],
    ['a proposal without why', 'proposal', 'T', { change: 'x', reason: '  ' }, { code: 'FORUM_TEXT_EMPTY', field: 'reason' }],
    ['a field of another kind', 'proposal', 'T', { change: 'x', reason: 'y', whatHappened: 'z' }, { code: 'FORUM_FIELD_UNKNOWN', field: 'whatHappened' }],
    ['an oversized text', 'deviation', 'T', { whatHappened: 'x'.repeat(FIELD_MAX + 1) }, { code: 'FORUM_TEXT_TOO_LONG', field: 'whatHappened', max: FIELD_MAX }],
  ] as const)('refuses %s', (_what, kind, title, fields, problem) => {
    expect(fieldProblem(kind, title, fields)).toEqual(problem);
  });
});

describe('cleanFields and searchTextOf', () => {
  it('trims texts and leaves out empty optional ones', () => {
    expect(cleanFields('deviation', { whatHappened: ' A ', units: '' })).toEqual({ whatHappened: 'A' });
    expect(searchTextOf('Tittel', { whatHappened: 'A', units: 'B' })).toBe('Tittel\nA\nB');
  });

  it('names unknown themes', () => {
    expect(unknownThemes(['multidose', 'weather'])).toEqual(['weather']);
  });
});

describe('triage states', () => {
  it('accepts only what was received', () => {
    expect(mayTriage('accept', 'received')).toBe(true);
    expect(mayTriage('accept', 'accepted')).toBe(false);
  });

  it('merges, forwards and rejects only open cases', () => {
    for (const action of ['merge', 'forward', 'reject'] as const) {
      expect(mayTriage(action, 'received')).toBe(true);
      expect(mayTriage(action, 'accepted')).toBe(true);
      expect(mayTriage(action, 'rejected')).toBe(false);
      expect(mayTriage(action, 'merged')).toBe(false);
    }
  });

  it('gives an outcome to accepted and forwarded cases, but not to a rejected or received one', () => {
    expect(mayTriage('outcome', 'accepted')).toBe(true);
    expect(mayTriage('outcome', 'forwarded')).toBe(true);
    expect(mayTriage('outcome', 'received')).toBe(false);
    expect(mayTriage('outcome', 'rejected')).toBe(false);
  });

  it('merges only into a case that is still alive', () => {
    expect(mayReceiveMerge('accepted')).toBe(true);
    expect(mayReceiveMerge('merged')).toBe(false);
    expect(mayReceiveMerge('rejected')).toBe(false);
  });

  it('lets a merged case follow the outcome of the case it joined', () => {
    const at = new Date('2025-03-01T10:00:00Z');
    type Row = { status: ForumSubmissionStatus; outcome: string | null; outcome_at: Date | null };
    const own: Row = { status: 'merged', outcome: null, outcome_at: null };
    const target: Row = { status: 'answered', outcome: 'Ny rutine', outcome_at: at };
    expect(followedOutcome(own, target)).toEqual({ status: 'answered', outcome: 'Ny rutine', outcome_at: at });
    expect(followedOutcome({ ...own, status: 'accepted' }, target)).toEqual({ status: 'accepted', outcome: null, outcome_at: null });
  });
});
