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
  // Identical searches that arrive while the first is still loading wait for it (no stampede).
  private readonly inFlight = new Map<string, Promise<string>>();
  // Bumped by every clear(): an answer loaded before a write is served but not kept.
  private generation = 0;

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
    if (hit !== undefined) return hit;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const loading: Promise<string> = load()
      .then((result) => {
        if (generation === this.generation) this.cache?.set(key, result);
        return result;
      })
      .finally(() => {
        if (this.inFlight.get(key) === loading) this.inFlight.delete(key);
      });
    this.inFlight.set(key, loading);
    return loading;
  }

  clear(): void {
    this.generation++;
    this.inFlight.clear();
    this.cache?.clear();
  }
}
