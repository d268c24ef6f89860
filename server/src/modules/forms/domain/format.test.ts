import { describe, expect, it } from 'vitest';
import { approvalText, cellText, dateText, numberText } from './format.js';

describe('answers as text', () => {
  it('writes dates out in bokmål and English', () => {
    expect(dateText('2026-12-01', 'nb')).toBe('1. desember 2026');
    expect(dateText('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('uses a decimal comma in bokmål', () => {
    expect(numberText(2.5, 'nb')).toBe('2,5');
    expect(numberText(2.5, 'en')).toBe('2.5');
  });

  it('shows approval times in Oslo, summer time included', () => {
    expect(approvalText({ by: 'employer', name: 'Per Leder', at: '2026-06-30T22:30:00Z' }, 'nb')).toBe('Godkjent av Per Leder (arbeidsgiveren) 1. juli 2026 kl. 00.30');
    expect(approvalText({ by: 'gp', name: 'Dr. Berg', at: '2026-01-15T08:00:00Z' }, 'en')).toBe('Approved by Dr. Berg (the GP) on 15 January 2026 at 09:00');
  });

  it('shows a scale with a unit as the number and unit, otherwise with what its ends mean', () => {
    const labels = { min: { nb: 'ingen', en: 'none' }, max: { nb: 'alt', en: 'all' } };
    expect(cellText({ type: 'scale', min: 0, max: 100, step: 10, labels, unit: { nb: '%', en: '%' } }, 40, 'nb')).toBe('40 %');
    expect(cellText({ type: 'scale', min: 0, max: 10, step: 1, labels }, 4, 'en')).toBe('4 (0 = none, 10 = all)');
  });

  it('shows an empty cell as nothing', () => {
    expect(cellText({ type: 'text', maxLength: 10 }, undefined, 'nb')).toBe('');
  });
});
