import { describe, expect, it } from 'vitest';
import { toPrefixTsQuery } from './search-terms.js';

describe('toPrefixTsQuery', () => {
  it('makes every word a prefix that must match', () => {
    expect(toPrefixTsQuery('Larvik lege')).toBe("'larvik':* & 'lege':*");
  });
  it('keeps Norwegian letters and digits', () => {
    expect(toPrefixTsQuery('Tønsberg 3110')).toBe("'tønsberg':* & '3110':*");
  });
  it('strips tsquery operators so input cannot change the query', () => {
    expect(toPrefixTsQuery("a & b | !c ('d')")).toBe("'a':* & 'b':* & 'c':* & 'd':*");
  });
  it('returns null when nothing searchable remains', () => {
    expect(toPrefixTsQuery(' & | ! ')).toBeNull();
  });
});
