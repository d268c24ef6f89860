import { describe, expect, it } from 'vitest';
import { parseFacetFilters } from './facets.js';

describe('model filters', () => {
  it('reads comma-separated values, levels also as the report numbers them', () => {
    expect(parseFacetFilters({ level: '3,within_municipality', gpRole: 'active', county: 'Finnmark' })).toEqual({
      ok: true,
      filters: { level: ['gp_hospital', 'within_municipality'], gpRole: ['active'], county: ['Finnmark'] },
    });
  });

  it('refuses unknown values, naming them', () => {
    expect(parseFacetFilters({ level: '4', steering: 'doctor,king' })).toEqual({ ok: false, invalid: ['level=4', 'steering=king'] });
  });
});
