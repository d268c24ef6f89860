import { describe, expect, it } from 'vitest';
import { changedFields } from './diff.js';

describe('changed fields between versions', () => {
  it('lists top-level and nested changes with both values, ignoring key order', () => {
    const before = { title: 'A', coordination: { routines: 'Faste møter', technology: null }, sites: [{ municipality: 'Alta', population: 20000 }] };
    const after = { sites: [{ population: 20000, municipality: 'Alta' }], title: 'B', coordination: { technology: 'Video', routines: 'Faste møter' } };
    expect(changedFields(before, after)).toEqual([
      { field: 'coordination.technology', before: null, after: 'Video' },
      { field: 'title', before: 'A', after: 'B' },
    ]);
  });

  it('reports a field that appears or disappears as changed from or to null', () => {
    expect(changedFields({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', before: 1, after: null },
      { field: 'b', before: null, after: 2 },
    ]);
  });
});
