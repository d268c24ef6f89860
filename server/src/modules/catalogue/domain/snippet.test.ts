import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, snippetParts } from './snippet.js';

describe('snippet parts', () => {
  it('splits a headline into plain and marked parts', () => {
    expect(snippetParts(`Om ${MARK_START}sykmelding${MARK_END} og ${MARK_START}arbeid${MARK_END}.`)).toEqual([
      { text: 'Om ', mark: false },
      { text: 'sykmelding', mark: true },
      { text: ' og ', mark: false },
      { text: 'arbeid', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps markup in content as plain text (the web never renders it as HTML)', () => {
    expect(snippetParts('<script>x</script>')).toEqual([{ text: '<script>x</script>', mark: false }]);
  });
});
