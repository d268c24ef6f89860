import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekRange } from './queries.js';

describe('the office calendar week', () => {
  it('runs from Monday midnight to Monday midnight in Oslo, in winter and in summer', () => {
    expect(isoWeekRange('2026-W50')).toEqual({ from: new Date('2026-12-06T23:00:00Z'), to: new Date('2026-12-13T23:00:00Z') });
    expect(isoWeekRange('2026-W26')).toEqual({ from: new Date('2026-06-21T22:00:00Z'), to: new Date('2026-06-28T22:00:00Z') });
  });

  it('puts a meeting just after midnight on Monday in Oslo in the new week', () => {
    const justAfter = new Date('2026-12-07T00:30:00+01:00');
    expect(isoWeekOf(justAfter)).toBe('2026-W50');
    const { from } = isoWeekRange(isoWeekOf(justAfter));
    expect(justAfter.getTime()).toBeGreaterThanOrEqual(from.getTime());
  });
});
