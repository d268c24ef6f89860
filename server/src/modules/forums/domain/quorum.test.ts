import { describe, expect, it } from 'vitest';
import { quorumCheck, quorumMet, quorumNeeded, termCovers } from './quorum.js';

const members = ['a', 'b', 'c', 'd', 'e'];

describe('quorum', () => {
  it('needs more than half of the current members when the body sets no number', () => {
    expect(quorumNeeded({ quorum: null }, 5)).toBe(3);
    expect(quorumNeeded({ quorum: null }, 4)).toBe(3);
    expect(quorumNeeded({ quorum: null }, 9)).toBe(5);
  });

  it('uses the body’s own number when it has one', () => {
    expect(quorumMet({ quorum: 2 }, ['a', 'b'], members)).toBe(true);
    expect(quorumMet({ quorum: 4 }, ['a', 'b', 'c'], members)).toBe(false);
  });

  it('is met by a majority present and not by a minority', () => {
    expect(quorumMet({ quorum: null }, ['a', 'b', 'c'], members)).toBe(true);
    expect(quorumMet({ quorum: null }, ['a', 'b'], members)).toBe(false);
  });

  it('does not count people who are not current members, nor anyone twice', () => {
    const result = quorumCheck({ quorum: null }, ['a', 'a', 'x', 'y', 'b'], members);
    expect(result).toEqual({ met: false, needed: 3, present: 2 });
  });

  it('is never met by a body without current members', () => {
    expect(quorumMet({ quorum: 1 }, ['a'], [])).toBe(false);
  });

  it('knows whether a term covers a day', () => {
    expect(termCovers({ term_start: '2024-01-01', term_end: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(termCovers({ term_start: '2024-01-01', term_end: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(termCovers({ term_start: '2024-01-01', term_end: null }, '2030-06-01')).toBe(true);
    expect(termCovers({ term_start: '2024-01-01', term_end: null }, '2023-12-31')).toBe(false);
  });
});
