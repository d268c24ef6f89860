import { LRUCache } from 'lru-cache';
import type { ResolvedSession } from './session-store.js';

/**
 * A short-lived, per-instance memory of resolved sessions, so a signed-in request costs no
 * database round trip. Sign-out and preference changes on this instance take effect at once; on
 * other instances behind a load balancer, within the TTL (SESSION_CACHE_SECONDS, 0 turns it off).
 */
export class SessionCache {
  private readonly cache: LRUCache<string, ResolvedSession> | undefined;
  constructor(ttlSeconds: number, max = 10_000) {
    this.cache = ttlSeconds > 0 ? new LRUCache({ max, ttl: ttlSeconds * 1000 }) : undefined;
  }
  get(tokenHash: string): ResolvedSession | undefined {
    return this.cache?.get(tokenHash);
  }
  set(session: ResolvedSession, expiresAt: Date): void {
    // Never keep a session past its own expiry.
    const remaining = expiresAt.getTime() - Date.now();
    if (this.cache && remaining > 0) this.cache.set(session.tokenHash, session, { ttl: Math.min(remaining, this.cache.ttl) });
  }
  forget(tokenHash: string): void {
    this.cache?.delete(tokenHash);
  }
}
