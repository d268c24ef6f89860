import { describe, expect, it } from 'vitest';
import { isPublic, refusal, searchTextOf, slugify, uniqueSlug, type RecommendationState } from './recommendation-versions.js';

const state = (status: RecommendationState['status'], publishedVersion: number | null = null, external = false): RecommendationState => ({ status, publishedVersion, external });

describe('recommendation versions', () => {
  it('refuses to publish a draft that was not approved', () => {
    expect(refusal(state('draft'), 'publish')).toBe('FORUM_NOT_APPROVED');
    expect(refusal(state('approved'), 'publish')).toBeNull();
    expect(refusal(state('published', 1), 'publish')).toBe('FORUM_RECOMMENDATION_STATE');
  });

  it('approves only a draft', () => {
    expect(refusal(state('draft'), 'approve')).toBeNull();
    expect(refusal(state('approved'), 'approve')).toBe('FORUM_RECOMMENDATION_STATE');
    expect(refusal(state('published', 1), 'approve')).toBe('FORUM_RECOMMENDATION_STATE');
  });

  it('revises a published recommendation, which stays public meanwhile', () => {
    expect(refusal(state('published', 1), 'revise')).toBeNull();
    expect(isPublic(state('draft', 1))).toBe(true);
    expect(isPublic(state('draft'))).toBe(false);
  });

  it('withdraws only what was published, and then refuses everything', () => {
    expect(refusal(state('draft'), 'withdraw')).toBe('FORUM_RECOMMENDATION_STATE');
    expect(refusal(state('draft', 2), 'withdraw')).toBeNull();
    for (const step of ['revise', 'approve', 'publish', 'withdraw'] as const) expect(refusal(state('withdrawn', 1), step)).toBe('FORUM_RECOMMENDATION_WITHDRAWN');
    expect(isPublic(state('withdrawn', 1))).toBe(true);
  });

  it('does not approve or revise an external source', () => {
    expect(refusal(state('published', 1, true), 'revise')).toBe('FORUM_RECOMMENDATION_STATE');
    expect(refusal(state('draft', null, true), 'approve')).toBe('FORUM_RECOMMENDATION_STATE');
  });

  it('makes URL-safe slugs from Norwegian titles', () => {
    expect(slugify('Epikrise innen 24 timer – også ved helg!')).toBe('epikrise-innen-24-timer-ogsa-ved-helg');
    expect(slugify('Ærlig søknad på årsbasis')).toBe('aerlig-soknad-pa-arsbasis');
    expect(slugify('???')).toBe('anbefaling');
    expect(slugify('a'.repeat(200)).length).toBe(100);
    expect(uniqueSlug('x', new Set(['x', 'x-2']))).toBe('x-3');
    expect(uniqueSlug('y', new Set(['x']))).toBe('y');
  });

  it('indexes the title, summary, text and themes', () => {
    expect(searchTextOf({ title: 'T', summary: 'S', text: 'X' }, ['discharge_summaries'])).toBe('T\nS\nX\ndischarge summaries');
  });
});
