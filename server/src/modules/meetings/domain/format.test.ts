import { describe, expect, it } from 'vitest';
import { clock, isoDateText, longDate, nok, timeSpan } from './format.js';

describe('Norwegian dates and times', () => {
  it('writes a span in Oslo time with weekday and month in bokmål', () => {
    expect(timeSpan(new Date('2026-12-10T08:00:00Z'), new Date('2026-12-10T09:00:00Z'))).toBe('torsdag 10. desember 2026 kl. 09.00–10.00');
  });

  it('writes both dates when a meeting runs past midnight in Oslo', () => {
    expect(timeSpan(new Date('2026-06-01T21:30:00Z'), new Date('2026-06-01T22:30:00Z'))).toBe('mandag 1. juni 2026 kl. 23.30 – tirsdag 2. juni 2026 kl. 00.30');
  });

  it('follows summer time: clocks jump from 02.00 to 03.00 in March and back from 03.00 to 02.00 in October', () => {
    expect(clock(new Date('2026-03-29T00:59:00Z'))).toBe('01.59');
    expect(clock(new Date('2026-03-29T01:00:00Z'))).toBe('03.00');
    expect(clock(new Date('2026-10-25T00:59:00Z'))).toBe('02.59');
    expect(clock(new Date('2026-10-25T01:00:00Z'))).toBe('02.00');
    expect(longDate(new Date('2026-10-25T22:30:00Z'))).toBe('søndag 25. oktober 2026');
    expect(longDate(new Date('2026-10-25T23:30:00Z'))).toBe('mandag 26. oktober 2026');
  });

  it('writes calendar dates and amounts the Norwegian way', () => {
    expect(isoDateText('2027-01-15')).toBe('15. januar 2027');
    expect(nok(1234).replace(/\s/gu, ' ')).toBe('kr 1 234');
    expect(nok(617.5).replace(/\s/gu, ' ')).toBe('kr 617,50');
  });
});
