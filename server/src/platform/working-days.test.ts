import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.js';

describe('Norwegian working days', () => {
  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-04-02')).toBe(false); // Skjærtorsdag
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelfartsdag
    expect(isWorkingDay('2026-05-18')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
  });

  it('counts five working days over Easter', () => {
    // Wednesday 1 April 2026: Thursday–Monday are Easter holidays or the weekend.
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-13');
    expect(addWorkingDays('2026-11-25', 5)).toBe('2026-12-02');
    // Christmas Eve is a working day; Christmas Day and the weekend are not.
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
  });

  it('counts backwards too', () => {
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-01');
    expect(addWorkingDays('2026-04-07', 0)).toBe('2026-04-07');
  });
});
