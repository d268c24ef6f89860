import type { Config } from '../../../platform/config.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../access.js';
import { atomFeed } from '../domain/atom.js';
import { feedRows } from './recommendations.js';

/** The web page of a recommendation and the feed's own address (kept in one place for the feed and its links). */
export const publicPagePath = (slug: string) => `/anbefalinger/${encodeURIComponent(slug)}`;
export const FEED_PATH = '/api/public/recommendations.atom';

/** The Atom feed of published (and withdrawn) recommendations, newest first. */
export async function recommendationsFeed(db: Db, clock: Clock, config: Pick<Config, 'publicUrl'>): Promise<string> {
  const base = config.publicUrl.replace(/\/+$/, '');
  const rows = await feedRows(db);
  return atomFeed({
    id: `${base}${FEED_PATH}`,
    title: 'Samhandlingsanbefalinger',
    selfLink: `${base}${FEED_PATH}`,
    alternateLink: `${base}/anbefalinger`,
    author: 'Samhandling',
    fallbackUpdated: clock.now(),
    entries: rows.map((r) => ({
      id: `${base}${publicPagePath(r.slug)}`,
      title: r.title,
      link: `${base}${publicPagePath(r.slug)}`,
      updated: new Date(r.updatedAt ?? r.publishedAt ?? clock.now()),
      published: r.publishedAt ? new Date(r.publishedAt) : null,
      summary: r.summary,
      author: r.bodyName ?? r.sourceName ?? r.owner,
      categories: r.themes,
      withdrawn: r.status === 'withdrawn',
    })),
  });
}
