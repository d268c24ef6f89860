/**
 * A recommendation's life: each version is drafted, approved at a held meeting with quorum, then
 * published. A revision is a new draft version; the published version stays public until the
 * new one is published. Withdrawal keeps every version readable, marked withdrawn. The row's
 * `status` is the state of the newest version (or withdrawn); `published_version` is what the
 * public sees. Pure: decisions and texts, no I/O.
 */
import type { ForumRecommendationStatus } from '../../../platform/db/schema-forums.js';
import type { ForumErrorCode } from './errors.js';

export interface RecommendationState {
  status: ForumRecommendationStatus;
  external: boolean;
  publishedVersion: number | null;
}

export type Step = 'revise' | 'approve' | 'publish' | 'withdraw';

/** Why a step is refused in this state, or null when it may be taken. */
export function refusal(state: RecommendationState, step: Step): ForumErrorCode | null {
  if (state.status === 'withdrawn') return 'FORUM_RECOMMENDATION_WITHDRAWN';
  switch (step) {
    // External recommendations are registered as published sources: nothing to approve here.
    case 'revise':
      return state.external ? 'FORUM_RECOMMENDATION_STATE' : null;
    case 'approve':
      return state.status === 'draft' && !state.external ? null : 'FORUM_RECOMMENDATION_STATE';
    case 'publish':
      if (state.status === 'approved') return null;
      return state.status === 'draft' ? 'FORUM_NOT_APPROVED' : 'FORUM_RECOMMENDATION_STATE';
    case 'withdraw':
      return state.publishedVersion !== null ? null : 'FORUM_RECOMMENDATION_STATE';
  }
}

/** Whether the public may read it: once a version has been published, for good (withdrawn ones stay readable, marked). */
export function isPublic(state: Pick<RecommendationState, 'publishedVersion'>): boolean {
  return state.publishedVersion !== null;
}

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** A URL-safe short name from a title ("Epikrise innen 24 timer" → "epikrise-innen-24-timer"), at most `max` characters. */
export function slugify(title: string, max = 100): string {
  const folded = title
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
  return slug || 'anbefaling';
}

/** The slug to use when `base` is taken: base-2, base-3 … (the first free one given those taken). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The text public full-text search indexes: the published version's words and the themes. */
export function searchTextOf(version: { title: string; summary: string; text: string }, themes: readonly string[], extra: readonly string[] = []): string {
  return [version.title, version.summary, version.text, ...themes.map((t) => t.replace(/_/g, ' ')), ...extra].filter(Boolean).join('\n');
}

/** The texts a submitter is told when a recommendation answers their case: no case details, a path to follow. */
export function outcomeText(title: string): { nb: string; en: string } {
  return { nb: `Saken er besvart med anbefalingen «${title}».`, en: `The case has been answered by the recommendation "${title}".` };
}
