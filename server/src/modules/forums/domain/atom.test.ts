import { describe, expect, it } from 'vitest';
import { readAtom } from '../../../../test/atom-reader.js';
import { ATOM_NS, atomFeed, type AtomEntry } from './atom.js';

const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: 'https://example.no/anbefalinger/epikrise',
  title: 'Epikrise & legemiddelliste <innen> 24 timer',
  link: 'https://example.no/anbefalinger/epikrise',
  updated: new Date('2025-03-02T10:00:00Z'),
  published: new Date('2025-03-01T10:00:00Z'),
  summary: 'Sykehuset sender "epikrise" samme dag.',
  author: 'Ahusforum',
  categories: ['discharge_summaries'],
  withdrawn: false,
  ...over,
});

describe('the Atom feed', () => {
  it('is well-formed Atom with escaped text and one entry per recommendation', () => {
    const xml = atomFeed({
      id: 'https://example.no/api/public/recommendations.atom',
      title: 'Anbefalinger',
      selfLink: 'https://example.no/api/public/recommendations.atom',
      alternateLink: 'https://example.no/anbefalinger',
      author: 'Samhandling',
      fallbackUpdated: new Date('2020-01-01T00:00:00Z'),
      entries: [entry(), entry({ id: 'urn:x:2', title: 'Gammel', withdrawn: true, updated: new Date('2025-04-01T00:00:00Z') })],
    });
    const parsed = readAtom(xml);
    expect(parsed.root).toBe('feed');
    expect(parsed.namespace).toBe(ATOM_NS);
    expect(parsed.entries.map((e) => e.title)).toEqual(['Epikrise & legemiddelliste <innen> 24 timer', 'Trukket tilbake: Gammel']);
    expect(parsed.entries[0]).toMatchObject({ summary: 'Sykehuset sender "epikrise" samme dag.', link: 'https://example.no/anbefalinger/epikrise', categories: ['discharge_summaries'] });
    expect(parsed.updated).toBe('2025-04-01T00:00:00.000Z');
  });

  it('has an updated date even without entries', () => {
    const xml = atomFeed({ id: 'urn:x', title: 'T', selfLink: 'https://x/a', alternateLink: 'https://x', author: 'S', fallbackUpdated: new Date('2020-01-01T00:00:00Z'), entries: [] });
    expect(readAtom(xml).updated).toBe('2020-01-01T00:00:00.000Z');
  });
});
