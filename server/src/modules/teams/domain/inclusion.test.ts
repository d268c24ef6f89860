import { describe, expect, it } from 'vitest';
import { ageOn, checkInclusion, criteriaProblem, outsideReasonProblem, sickLeaveWeeks, WORK_FOCUS_CRITERIA, WORK_FOCUS_LIMITS, type InclusionRules } from './inclusion.js';

const workFocus: InclusionRules = { criteria: WORK_FOCUS_CRITERIA, ...WORK_FOCUS_LIMITS };
const allTicked = Object.fromEntries(WORK_FOCUS_CRITERIA.map((c) => [c.key, true]));

describe('inclusion checks', () => {
  it('counts age in whole years on the referral day', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });

  it('counts completed weeks of sick leave, never below zero', () => {
    expect(sickLeaveWeeks('2026-03-01', '2026-03-07')).toBe(0);
    expect(sickLeaveWeeks('2026-03-01', '2026-03-08')).toBe(1);
    expect(sickLeaveWeeks('2026-03-01', '2026-04-26')).toBe(8);
    expect(sickLeaveWeeks('2026-03-10', '2026-03-01')).toBe(0);
  });

  it('lets a person inside every criterion through, with the answers kept', () => {
    const result = checkInclusion(workFocus, { birthDate: '1990-01-01', on: '2026-03-01', sickLeaveStatus: 'sick_listed_full', sickLeaveWeeks: 8 }, { ...allTicked, unknown_key: true });
    expect(result).toMatchObject({ inside: true, age: 36, misses: [] });
    expect(Object.keys(result.answers)).toEqual(WORK_FOCUS_CRITERIA.map((c) => c.key));
  });

  it('names each miss: age below or above, too long on sick leave, a required criterion not ticked', () => {
    const young = checkInclusion(workFocus, { birthDate: '2010-01-01', on: '2026-03-01', sickLeaveStatus: 'at_risk', sickLeaveWeeks: null }, allTicked);
    expect(young.misses).toEqual([{ kind: 'age_below', age: 16, min: 18 }]);
    const old = checkInclusion(workFocus, { birthDate: '1960-01-01', on: '2026-03-01', sickLeaveStatus: 'sick_listed_graded', sickLeaveWeeks: 9 }, { ...allTicked, mild_moderate: false });
    expect(old.inside).toBe(false);
    expect(old.misses).toEqual([
      { kind: 'age_above', age: 66, max: 55 },
      { kind: 'sick_leave_too_long', weeks: 9, max: 8 },
      { kind: 'criterion_not_met', key: 'mild_moderate' },
    ]);
  });

  it('always counts a person at risk (not sick-listed) as inside the sick-leave limit', () => {
    expect(checkInclusion(workFocus, { birthDate: '1990-01-01', on: '2026-03-01', sickLeaveStatus: 'at_risk', sickLeaveWeeks: 40 }, allTicked).inside).toBe(true);
  });

  it('checks nothing a team has not set', () => {
    const open: InclusionRules = { criteria: [{ key: 'x', nb: 'X', en: 'X', required: false }], ageMin: null, ageMax: null, maxSickLeaveWeeks: null };
    expect(checkInclusion(open, { birthDate: '1930-01-01', on: '2026-03-01', sickLeaveStatus: 'sick_listed_full', sickLeaveWeeks: 100 }, {})).toMatchObject({ inside: true, answers: { x: false } });
  });

  it('needs a reason of at least ten characters outside the criteria, and none inside', () => {
    expect(outsideReasonProblem({ inside: true }, undefined)).toBeNull();
    expect(outsideReasonProblem({ inside: false }, undefined)).toBe('TEAM_OUTSIDE_CRITERIA_REASON_MISSING');
    expect(outsideReasonProblem({ inside: false }, '   kort    ')).toBe('TEAM_OUTSIDE_CRITERIA_REASON_MISSING');
    expect(outsideReasonProblem({ inside: false }, '61 år, men motivert og i jobb')).toBeNull();
  });

  it('refuses criteria with bad or repeated keys or a missing language', () => {
    expect(criteriaProblem(WORK_FOCUS_CRITERIA)).toBeNull();
    expect(criteriaProblem([{ key: 'A b', nb: 'x', en: 'x', required: true }])).toMatch(/key/);
    expect(criteriaProblem([{ key: 'a', nb: 'x', en: 'x', required: true }, { key: 'a', nb: 'y', en: 'y', required: false }])).toMatch(/twice/);
    expect(criteriaProblem([{ key: 'a', nb: ' ', en: 'x', required: true }])).toMatch(/bokmål/);
  });
});
