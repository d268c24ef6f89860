import { describe, expect, it } from 'vitest';
import { ERRORS, langFromAcceptLanguage } from './errors.js';

describe('error catalogue', () => {
  it('has a 4xx or 5xx status and both languages for every code', () => {
    for (const [code, def] of Object.entries(ERRORS)) {
      expect(def.status, code).toBeGreaterThanOrEqual(400);
      expect(def.nb.length, code).toBeGreaterThan(0);
      expect(def.en.length, code).toBeGreaterThan(0);
    }
  });
});

describe('langFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nb'],
    ['', 'nb'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['nn', 'nb'],
    ['de, en;q=0.5', 'en'],
    ['fr', 'nb'],
    ['en;q=0.2, nb;q=0.8', 'nb'],
  ])('%s → %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});
