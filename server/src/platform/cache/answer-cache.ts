import { LRUCache } from 'lru-cache';

/**
 * Answers that are asked far more often than they change, kept by this instance for a few
 * seconds (0 turns the cache off). Writes through this instance call clear(), so their effect
 * shows at once; writes through another instance show within the TTL.
 */
export class AnswerCache<T extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, T> | undefined;
  // Identical questions that arrive while the first is still loading wait for it (no stampede).
  private readonly inFlight = new Map<string, Promise<T>>();
  // Bumped by every clear(): an answer loaded before a write is served but not kept.
  private generation = 0;

  constructor(ttlSeconds: number, max = 5_000) {
    this.cache = ttlSeconds > 0 ? new LRUCache<string, T>({ max, ttl: ttlSeconds * 1000 }) : undefined;
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache) return load();
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const loading: Promise<T> = load()
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
