import { LRUCache } from 'lru-cache';
import { DEFAULT_SEARCH_LIMIT } from './queries.js';
import type { SearchQueryDto } from './schemas.js';

/**
 * Directory answers change rarely and are asked often (search-as-you-type): this instance keeps
 * them for DIRECTORY_CACHE_SECONDS (0 turns it off). Any directory change made through this
 * instance clears it at once; changes made through another instance show within the TTL.
 */
export class DirectorySearchCache {
  // Answers are kept as the JSON text sent, so a hit costs neither a query nor serialisation.
  private readonly cache: LRUCache<string, string> | undefined;
  constructor(ttlSeconds: number, max = 5_000) {
    this.cache = ttlSeconds > 0 ? new LRUCache({ max, ttl: ttlSeconds * 1000 }) : undefined;
  }
  private key(query: SearchQueryDto): string {
    const q = query.q.trim().toLowerCase().replace(/\s+/g, ' ');
    return JSON.stringify([q, query.type ?? 'all', query.orgKind ?? '', query.limit ?? DEFAULT_SEARCH_LIMIT, query.includeInactive ?? false]);
  }
  async get(query: SearchQueryDto, load: () => Promise<string>): Promise<string> {
    if (!this.cache) return load();
    const key = this.key(query);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = await load();
    this.cache.set(key, result);
    return result;
  }
  clear(): void {
    this.cache?.clear();
  }
}
