import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { DEFAULT_SEARCH_LIMIT } from './queries.js';
import type { SearchQueryDto } from './schemas.js';

/**
 * Directory answers change rarely and are asked often (search-as-you-type): this instance keeps
 * them for DIRECTORY_CACHE_SECONDS, as the JSON text sent, so a hit costs neither a query nor
 * serialisation. Searches that differ only in case and spacing share one answer.
 */
export class DirectorySearchCache {
  private readonly answers: AnswerCache<string>;

  constructor(ttlSeconds: number, max = 5_000) {
    this.answers = new AnswerCache(ttlSeconds, max);
  }

  private key(query: SearchQueryDto): string {
    const q = query.q.trim().toLowerCase().replace(/\s+/g, ' ');
    return JSON.stringify([q, query.type ?? 'all', query.orgKind ?? '', query.limit ?? DEFAULT_SEARCH_LIMIT, query.includeInactive ?? false]);
  }

  get(query: SearchQueryDto, load: () => Promise<string>): Promise<string> {
    return this.answers.get(this.key(query), load);
  }

  clear(): void {
    this.answers.clear();
  }
}
