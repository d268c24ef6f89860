import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStrictBase64 } from './read-body.js';

// The definition the check replaces: whole quartets, then at most one padded quartet.
const QUARTETS = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

describe('strict base64 check of attachments', () => {
  it('accepts what Buffer encodes and refuses padding in the wrong place', () => {
    expect(isStrictBase64(Buffer.from('hei på deg').toString('base64'))).toBe(true);
    expect(isStrictBase64('')).toBe(true);
    for (const bad of ['A', 'AB=', 'A===', '====', 'AB=C', 'ABC', 'AB*D', 'AAAAA===']) expect(isStrictBase64(bad), bad).toBe(false);
  });

  it('agrees with the quartet definition on any text over the base64 alphabet and padding', () => {
    const alphabet = fc.constantFrom(...'ABCxyz019+/=='.split(''), '=', '-');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join('')), (text) => isStrictBase64(text) === QUARTETS.test(text)), { numRuns: 5000 });
  });
});
