import fc from 'fast-check';
import { isWeekend } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso, addYearsIso, daysBetween, fromDayNumber, isIsoDate, isWeekdayNumber, toDayNumber } from './dates.js';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2025-02-29', '2026-1-05', '2026-01-05T00:00:00Z', '', '05.01.2026']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it('refuses to compute with something that is not a date', () => {
    expect(() => addDaysIso('2026-02-30', 1)).toThrow(RangeError);
  });

  it('adds years to a leap day as the last day of February', () => {
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('turns dates into day numbers and back, and agrees with date-fns on weekends', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 60_000 }), (day) => {
        const iso = fromDayNumber(day);
        return toDayNumber(iso) === day && isWeekdayNumber(day) === !isWeekend(new Date(`${iso}T12:00:00`));
      }),
    );
  });

  describe('in time zones with daylight saving', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['Europe/Oslo', 'America/Sao_Paulo', 'Pacific/Chatham', 'UTC'])('keeps calendar dates in %s', (zone) => {
      process.env.TZ = zone;
      // São Paulo started summer time at midnight on 2018-11-04: that local midnight never existed.
      expect(addDaysIso('2018-11-03', 1)).toBe('2018-11-04');
      expect(addDaysIso('2018-11-04', 1)).toBe('2018-11-05');
      expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
      // Oslo's spring and autumn changes in 2026.
      expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
      expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
      expect(addDaysIso('2026-01-05', 364)).toBe('2027-01-04');
    });
  });
});
