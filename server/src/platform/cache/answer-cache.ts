import { LRUCache } from 'lru-cache';

export interface AnswerCacheOptions {
  /** Entries kept at most (least recently used go first). */
  max?: number;
  /**
   * For public answers read by many at once: for this many seconds past its TTL an answer is
   * still served while one fresh load runs behind it, so readers never all wait for the same
   * expired answer. Writes through this instance still clear at once.
   */
  serveStaleSeconds?: number;
}

interface Entry<T> {
  value: T;
  loadedAt: number;
}

/**
 * Answers that are asked far more often than they change, kept by this instance for a few
 * seconds (0 turns the cache off). Writes through this instance call clear(), so their effect
 * shows at once; writes through another instance show within the TTL (plus the stale time, when set).
 */
export class AnswerCache<T extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, Entry<T>> | undefined;
  private readonly ttlMs: number;
  private readonly staleMs: number;
  // Identical questions that arrive while the first is still loading wait for it (no stampede).
  private readonly inFlight = new Map<string, Promise<T>>();
  // Bumped by every clear(): an answer loaded before a write is served but not kept.
  private generation = 0;

  constructor(ttlSeconds: number, options: number | AnswerCacheOptions = {}) {
    const { max = 5_000, serveStaleSeconds = 0 } = typeof options === 'number' ? { max: options } : options;
    this.ttlMs = ttlSeconds * 1000;
    this.staleMs = serveStaleSeconds * 1000;
    this.cache = ttlSeconds > 0 ? new LRUCache<string, Entry<T>>({ max, ttl: this.ttlMs + this.staleMs }) : undefined;
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache) return load();
    const entry = this.cache.get(key);
    if (entry) {
      const age = Date.now() - entry.loadedAt;
      if (age < this.ttlMs) return entry.value;
      if (age < this.ttlMs + this.staleMs) {
        // A failed refresh keeps the old answer until the stale time runs out; the next reader retries.
        this.load(key, load).catch(() => undefined);
        return entry.value;
      }
    }
    return this.load(key, load);
  }

  private load(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const loading: Promise<T> = load()
      .then((result) => {
        if (generation === this.generation) this.cache?.set(key, { value: result, loadedAt: Date.now() });
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
