import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerCache } from './answer-cache.js';

describe('answer cache', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps an answer for its TTL, loads once for readers who arrive together, and forgets on clear', async () => {
    vi.useFakeTimers();
    const cache = new AnswerCache<string>(5);
    let loads = 0;
    const load = async () => `answer ${++loads}`;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual(['answer 1', 'answer 1']);
    vi.advanceTimersByTime(4_000);
    expect(await cache.get('k', load)).toBe('answer 1');
    cache.clear();
    expect(await cache.get('k', load)).toBe('answer 2');
    vi.advanceTimersByTime(5_001);
    expect(await cache.get('k', load)).toBe('answer 3');
  });

  it('serves a stale answer while one fresh load runs behind it, within the stale time only', async () => {
    vi.useFakeTimers();
    const cache = new AnswerCache<string>(5, { serveStaleSeconds: 10 });
    let loads = 0;
    let release: () => void = () => undefined;
    const slow = () => new Promise<string>((resolve) => (release = () => resolve(`answer ${++loads}`)));
    const first = cache.get('k', slow);
    release();
    expect(await first).toBe('answer 1');
    vi.advanceTimersByTime(6_000);
    // Expired but within the stale time: the old answer at once, a reload started behind it.
    expect(await cache.get('k', slow)).toBe('answer 1');
    expect(await cache.get('k', slow)).toBe('answer 1');
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(await cache.get('k', slow)).toBe('answer 2');
    // Past TTL + stale time: readers wait for a fresh answer.
    vi.advanceTimersByTime(16_000);
    const waited = cache.get('k', slow);
    release();
    expect(await waited).toBe('answer 3');
  });

  it('turns off with a TTL of 0', async () => {
    const cache = new AnswerCache<string>(0, { serveStaleSeconds: 10 });
    let loads = 0;
    await cache.get('k', async () => `${++loads}`);
    expect(await cache.get('k', async () => `${++loads}`)).toBe('2');
  });
});
