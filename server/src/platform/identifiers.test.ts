import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../demo/random.js';
import { syntheticFnr, syntheticOrgNumber } from '../demo/synthetic-ids.js';
import { birthDateOf, checkHerId, checkHprNumber, checkIdentityNumber, checkOrgNumber } from './identifiers.js';

describe('fødselsnummer and D-number', () => {
  it('accepts a valid fødselsnummer and reads its birth date', () => {
    const result = checkIdentityNumber('13097248022', { allowSynthetic: false });
    expect(result).toEqual({ ok: true, value: { fnr: '13097248022', type: 'fnr', birthDate: '1972-09-13' } });
  });
  it('accepts a D-number (first digit + 4)', () => {
    const result = checkIdentityNumber('53097248016', { allowSynthetic: false });
    expect(result.ok && result.value.type).toBe('dnr');
  });
  it('refuses a wrong control digit', () => {
    expect(checkIdentityNumber('13097248023', { allowSynthetic: false }).ok).toBe(false);
  });
  it('refuses wrong lengths and letters', () => {
    for (const bad of ['1309724802', '130972480222', '1309724802a', '']) {
      expect(checkIdentityNumber(bad, { allowSynthetic: true }).ok).toBe(false);
    }
  });
  it('refuses an impossible date', () => {
    expect(checkIdentityNumber('32137248022', { allowSynthetic: true }).ok).toBe(false);
  });
  it('accepts synthetic test numbers only when allowed', () => {
    const fnr = syntheticFnr(new SeededRandom(1), '1985-04-17');
    expect(checkIdentityNumber(fnr, { allowSynthetic: false }).ok).toBe(false);
    const allowed = checkIdentityNumber(fnr, { allowSynthetic: true });
    expect(allowed.ok && allowed.value).toMatchObject({ type: 'synthetic', birthDate: '1985-04-17' });
  });
  it('generates synthetic numbers that always validate and keep their birth date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.date({ min: new Date('1930-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }), (seed, date) => {
        const birth = date.toISOString().slice(0, 10);
        const fnr = syntheticFnr(new SeededRandom(seed), birth);
        const result = checkIdentityNumber(fnr, { allowSynthetic: true });
        return result.ok && birthDateOf(fnr) === birth;
      }),
      { numRuns: 300 },
    );
  });
});

describe('organisation number', () => {
  it('accepts a number with a correct mod-11 control digit', () => {
    expect(checkOrgNumber('974760673')).toEqual({ ok: true, value: '974760673' });
    expect(checkOrgNumber('889 640 782').ok).toBe(true);
  });
  it('refuses a wrong control digit, a wrong length and letters', () => {
    for (const bad of ['974760674', '97476067', '9747606730', '97476067x']) expect(checkOrgNumber(bad).ok).toBe(false);
  });
  it('generates synthetic numbers that validate', () => {
    const random = new SeededRandom(7);
    const used = new Set<string>();
    for (let i = 0; i < 500; i++) expect(checkOrgNumber(syntheticOrgNumber(random, used)).ok).toBe(true);
  });
});

describe('HER-id and HPR number', () => {
  it('accept positive whole numbers of at most 9 digits', () => {
    expect(checkHerId(8142519)).toEqual({ ok: true, value: 8142519 });
    expect(checkHprNumber('9144889')).toEqual({ ok: true, value: 9144889 });
  });
  it('refuse zero, negatives, decimals, text and too many digits', () => {
    for (const bad of ['0', '-5', '12.5', 'abc', '1234567890', '']) {
      expect(checkHerId(bad).ok).toBe(false);
      expect(checkHprNumber(bad).ok).toBe(false);
    }
  });
});
