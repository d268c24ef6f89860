import { describe, expect, it } from 'vitest';
import { contentErrors } from '../content-schemas.js';
import { internalLinks } from '../domain/links.js';
import { brokenLinks, missingRequiredFields, nonPositiveNumbers } from '../domain/publish-rules.js';
import { shippedEntries } from './content.js';

/**
 * The shipped content passes the same checks an editor's would on publishing: it fits its kind's
 * schema, has its required fields, positive numbers, and internal links that resolve to shipped
 * entries. (The shipped-data helper's own test checks the facts against the report.)
 */
describe('the shipped catalogue', () => {
  const shipped = shippedEntries();
  const keys = new Set(shipped.map((s) => `${s.kind}/${s.slug}`));

  it('has unique addresses per kind', () => {
    expect(keys.size).toBe(shipped.length);
  });

  it.each(shipped.map((s) => [`${s.kind}/${s.slug}`, s] as const))('%s is publishable as shipped', (_key, entry) => {
    expect(contentErrors(entry.kind, entry.content)).toEqual([]);
    expect(missingRequiredFields(entry.kind, entry.content)).toEqual([]);
    expect(nonPositiveNumbers(entry.content)).toEqual([]);
    expect(brokenLinks(internalLinks(entry.content), keys, entry)).toEqual([]);
  });
});
