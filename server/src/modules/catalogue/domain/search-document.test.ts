import { describe, expect, it } from 'vitest';
import { searchDocumentOf } from './search-document.js';

describe('search documents', () => {
  it('weights a model: title, the ideal-type summary, then the rest, with its typology as facets', () => {
    const doc = searchDocumentOf('model', {
      title: 'Senjalegen',
      idealTypeSummary: ['Interkommunal fastlegetjeneste', 'Satellittkontor'],
      purpose: 'Stabil legedekning, se [tiltak](/kunnskap/tiltak/x).',
      levels: ['between_municipalities'],
      domains: ['gp_service'],
      gpRole: { intensity: 'active', description: 'Ambulerer' },
      steering: ['municipality'],
      sites: [{ municipality: 'Lenvik', county: 'Troms', population: 11300, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }, { municipality: 'Berg', county: 'Troms', population: 900, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null }],
    });
    expect(doc.title).toBe('Senjalegen');
    expect(doc.summary).toBe('Interkommunal fastlegetjeneste\nSatellittkontor');
    expect(doc.body).toContain('Stabil legedekning, se tiltak.');
    expect(doc.body).not.toContain('/kunnskap/');
    expect(doc.facets).toMatchObject({ levels: ['between_municipalities'], gpRoleIntensity: 'active', counties: ['Troms'] });
  });

  it('strips the control characters that mark snippets', () => {
    expect(searchDocumentOf('article', { title: 'A\u0001B', summary: 'x', body: ['y\u0002z'] }).body).toBe('y z');
  });
});
