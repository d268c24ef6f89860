import { describe, expect, it } from 'vitest';
import { feeClaim, feeUnits, formatNok } from './fee-claim.js';
import { DEFAULT_FEE, feeOf } from './settings.js';

describe('meeting-fee claim (takst 14)', () => {
  it('counts started half hours', () => {
    expect([0, 1, 30, 31, 60, 90, 91].map((m) => feeUnits(m, 30))).toEqual([0, 1, 1, 2, 2, 3, 4]);
  });

  it('gives 909 NOK per started half hour by default: two 90-minute sessions are 6 units, 5 454 NOK', () => {
    const claim = feeClaim(
      [
        { ordinal: 2, date: '2026-02-04', title: 'Samling 2', minutes: 90 },
        { ordinal: 1, date: '2026-01-07', title: 'Samling 1', minutes: 90 },
      ],
      DEFAULT_FEE,
    );
    expect(claim.lines.map((l) => [l.ordinal, l.units, l.amountNok])).toEqual([
      [1, 3, 2727],
      [2, 3, 2727],
    ]);
    expect(claim).toMatchObject({ code: '14', rateNok: 909, totalMinutes: 180, totalUnits: 6, totalNok: 5454 });
  });

  it('uses the rate in the arena\'s settings', () => {
    const fee = feeOf('small_group_series', { fee: { rateNok: 1000 } });
    expect(fee).toEqual({ code: '14', rateNok: 1000, unitMinutes: 30 });
    expect(feeClaim([{ ordinal: 1, date: '2026-01-07', title: '', minutes: 45 }], fee!).totalNok).toBe(2000);
    expect(feeOf('course', {})).toBeNull();
  });

  it('writes amounts the Norwegian way', () => {
    expect(formatNok(5454)).toBe('5\u00a0454');
    expect(formatNok(909)).toBe('909');
  });
});
