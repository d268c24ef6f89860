import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTransitions, applyTransition, canSave, ENTRY_STATUSES, mayPublish, statusAfterSave, TRANSITIONS } from './workflow.js';

describe('the editorial workflow', () => {
  it('goes draft → in_review → published, and back to draft with a revision', () => {
    expect(applyTransition('draft', 'submit')).toEqual({ ok: true, value: 'in_review' });
    expect(applyTransition('in_review', 'publish')).toEqual({ ok: true, value: 'published' });
    expect(statusAfterSave('published')).toBe('draft');
    expect(applyTransition('in_review', 'return')).toEqual({ ok: true, value: 'draft' });
  });

  it('refuses publishing straight from a draft, naming what is allowed', () => {
    expect(applyTransition('draft', 'publish')).toEqual({ ok: false, allowed: ['submit', 'archive'] });
  });

  it('lets nothing but restore leave the archive, and no saves there or in review', () => {
    expect(allowedTransitions('archived')).toEqual(['restore']);
    expect(canSave('archived')).toBe(false);
    expect(canSave('in_review')).toBe(false);
    expect(canSave('draft')).toBe(true);
  });

  it('never publishes anything that was not in review (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTRY_STATUSES), fc.array(fc.constantFrom(...TRANSITIONS), { maxLength: 12 }), (start, steps) => {
        let status = start;
        for (const step of steps) {
          const result = applyTransition(status, step);
          if (!result.ok) continue;
          if (result.value === 'published') expect(status).toBe('in_review');
          status = result.value;
        }
      }),
    );
  });

  it('lets only someone who wrote none of the changes publish them, or an admin', () => {
    expect(mayPublish({ userId: 'a', isAdmin: false }, ['a', 'b'])).toBe(false);
    expect(mayPublish({ userId: 'c', isAdmin: false }, ['a', 'b'])).toBe(true);
    expect(mayPublish({ userId: 'a', isAdmin: true }, ['a'])).toBe(true);
    expect(mayPublish({ userId: 'a', isAdmin: false }, [null])).toBe(true);
  });
});
