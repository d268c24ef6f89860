import { describe, expect, it } from 'vitest';
import { internalLinks } from './links.js';
import { brokenLinks, missingRequiredFields, nonPositiveNumbers, publishProblems } from './publish-rules.js';

const site = (numbers: Record<string, unknown>) => ({ municipality: 'A', county: null, population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null, ...numbers });

describe('publishing rules', () => {
  it('names the required fields that are missing or empty, nested ones by path', () => {
    const missing = missingRequiredFields('model', { title: 'T', idealTypeSummary: ['', '  '], gpRole: { intensity: 'active', description: ' ' } });
    expect(missing).toContain('idealTypeSummary');
    expect(missing).toContain('gpRole.description');
    expect(missing).not.toContain('title');
    expect(missing).not.toContain('gpRole.intensity');
  });

  it('accepts positive numbers and missing ones, refuses zero, negatives, text and a fractional population', () => {
    expect(nonPositiveNumbers({ sites: [site({ population: 11300, distanceToHospitalKm: 0.5, travelTimeToHospitalMinutes: 90 })] })).toEqual([]);
    expect(nonPositiveNumbers({ sites: [site({})] })).toEqual([]);
    expect(nonPositiveNumbers({ sites: [site({ population: 0 }), site({ population: 10.5, distanceToHospitalKm: -1, travelTimeToHospitalMinutes: '60' })] })).toEqual([
      'sites[0].population',
      'sites[1].population',
      'sites[1].distanceToHospitalKm',
      'sites[1].travelTimeToHospitalMinutes',
    ]);
  });

  it('finds internal links in any text and in related lists, and which of them resolve', () => {
    const content = { body: ['Les om [gradert](/kunnskap/tiltak/gradert-sykmelding) og [x](/kunnskap/ukjent/y).'], related: [{ kind: 'artikkel', slug: 'aktivitetskravet' }] };
    const links = internalLinks(content);
    expect(links.map((l) => l.href)).toEqual(['/kunnskap/tiltak/gradert-sykmelding', '/kunnskap/ukjent/y', '/kunnskap/artikkel/aktivitetskravet']);
    expect(brokenLinks(links, new Set(['measure/gradert-sykmelding']), { kind: 'article', slug: 'aktivitetskravet' })).toEqual(['/kunnskap/ukjent/y']);
  });

  it('reports the problems in the order publishing checks them', () => {
    const problems = publishProblems('model', { title: 'T', sites: [site({ population: -1 })], purpose: '[a](/kunnskap/modell/borte)' }, internalLinks({ purpose: '[a](/kunnskap/modell/borte)' }), new Set(), 't');
    expect(problems.map((p) => p.code)).toEqual(['CATALOGUE_REQUIRED_FIELDS_MISSING', 'CATALOGUE_NUMBER_NOT_POSITIVE', 'CATALOGUE_LINK_BROKEN']);
  });
});
