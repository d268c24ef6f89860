import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJson } from './json.js';

describe('stableJson', () => {
  it('orders keys at every depth and keeps array order', () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });

  it('gives the same text for the same data whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const reversed = Object.fromEntries(Object.entries(data).reverse());
        expect(stableJson(reversed)).toBe(stableJson(data));
        expect(JSON.parse(stableJson(data))).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
});
