import { describe, expect, it } from 'vitest';
import { DirectorySearchCache } from './search-cache.js';

const query = { q: 'Larvik' };

describe('DirectorySearchCache', () => {
  it('loads an answer once for concurrent identical searches, then serves it from memory', async () => {
    const cache = new DirectorySearchCache(30);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return '{"n":1}';
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get(query, load)));
    expect(new Set(answers)).toEqual(new Set(['{"n":1}']));
    expect(loads).toBe(1);
    await cache.get({ q: '  larvik ' }, load);
    expect(loads).toBe(1);
  });

  it('does not keep an answer loaded across a write', async () => {
    const cache = new DirectorySearchCache(30);
    let release!: () => void;
    const slow = cache.get(query, () => new Promise<string>((r) => (release = () => r('v1'))));
    cache.clear();
    const version = 2;
    release();
    expect(await slow).toBe('v1');
    expect(await cache.get(query, async () => `v${version}`)).toBe('v2');
  });

  it('loads every time when switched off', async () => {
    const cache = new DirectorySearchCache(0);
    let loads = 0;
    await cache.get(query, async () => String(++loads));
    await cache.get(query, async () => String(++loads));
    expect(loads).toBe(2);
  });
});
