import { describe, expect, it } from 'vitest';
import { conditionHolds, dropHidden, isAnswered, shownFieldIds } from './conditions.js';
import { SAMPLE } from './test-template.js';

describe('isAnswered', () => {
  it('does not count blank text, an empty selection or a table without rows as an answer', () => {
    expect(isAnswered({ type: 'text' }, '  ')).toBe(false);
    expect(isAnswered({ type: 'text' }, 'x')).toBe(true);
    expect(isAnswered({ type: 'choice' }, [])).toBe(false);
    expect(isAnswered({ type: 'choice' }, ['a'])).toBe(true);
    expect(isAnswered({ type: 'table' }, [])).toBe(false);
    expect(isAnswered({ type: 'scale' }, 0)).toBe(true);
    expect(isAnswered({ type: 'date' }, undefined)).toBe(false);
  });
});

describe('conditions', () => {
  const working = SAMPLE.sections[0]!.fields[1]!;

  it('match a single choice by equals or one-of, and a multiple choice when any selected option matches', () => {
    expect(conditionHolds({ field: 'working', equals: 'no' }, working, 'no')).toBe(true);
    expect(conditionHolds({ field: 'working', oneOf: ['yes', 'partly'] }, working, 'no')).toBe(false);
    const multiple = { ...working, multiple: true } as typeof working;
    expect(conditionHolds({ field: 'working', equals: 'partly' }, multiple, ['yes', 'partly'])).toBe(true);
    expect(conditionHolds({ field: 'working', answered: true }, working, undefined)).toBe(false);
  });

  it('hide fields and whole sections whose condition is not met', () => {
    const shown = shownFieldIds(SAMPLE, { working: 'yes' });
    expect(shown.has('name')).toBe(true);
    for (const hidden of ['share', 'why', 'whyMore', 'partNote']) expect(shown.has(hidden), hidden).toBe(false);
    const partly = shownFieldIds(SAMPLE, { working: 'partly' });
    expect(partly.has('share') && partly.has('partNote')).toBe(true);
  });

  it('hide a follow-up question when the question it depends on is itself hidden', () => {
    // 'whyMore' needs an answer to 'why', which is only shown when not working.
    expect(shownFieldIds(SAMPLE, { working: 'no', why: 'x' }).has('whyMore')).toBe(true);
    expect(shownFieldIds(SAMPLE, { working: 'yes', why: 'x' }).has('whyMore')).toBe(false);
  });

  it('drop the answers of hidden fields and keep the rest', () => {
    expect(dropHidden(SAMPLE, { name: 'Kari', working: 'yes', share: 50, why: 'x', whyMore: 'y', partNote: 'z' })).toEqual({ name: 'Kari', working: 'yes' });
  });
});
