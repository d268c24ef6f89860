import { describe, expect, it } from 'vitest';
import type { AssessmentTemplateDefinition } from '../../../platform/db/schema-forums.js';
import { ANSWER_MAX_LENGTH, DEFAULT_ASSESSMENT_TEMPLATE, answerProblems, answeredShare, itemKeysOf, templateProblems } from './assessment-template.js';

describe('the assessment template', () => {
  it('ships a valid default built on SUFF’s approach', () => {
    expect(templateProblems(DEFAULT_ASSESSMENT_TEMPLATE)).toEqual([]);
    expect(DEFAULT_ASSESSMENT_TEMPLATE.sections.map((s) => s.key)).toEqual(['consequences', 'feasibility', 'resources', 'legal', 'evidence', 'implementation']);
    expect(itemKeysOf(DEFAULT_ASSESSMENT_TEMPLATE)).toEqual(expect.arrayContaining(['patient', 'gp', 'municipality', 'hospital', 'gp_workday', 'legal_basis']));
    for (const section of DEFAULT_ASSESSMENT_TEMPLATE.sections) for (const item of section.items) expect(item.help?.nb && item.help.en).toBeTruthy();
  });

  it('refuses duplicate item keys across sections, bad keys and empty labels', () => {
    const definition: AssessmentTemplateDefinition = {
      sections: [
        { key: 'a', nb: 'A', en: 'A', items: [{ key: 'x', nb: 'X', en: 'X' }] },
        { key: 'b', nb: ' ', en: 'B', items: [{ key: 'x', nb: 'X', en: 'X' }, { key: 'Bad Key', nb: 'Y', en: 'Y' }] },
      ],
    };
    expect(templateProblems(definition)).toEqual([
      { path: 'sections[1].nb', problem: 'empty' },
      { path: 'sections[1].items[0].key', problem: 'duplicate_key' },
      { path: 'sections[1].items[1].key', problem: 'bad_key' },
    ]);
  });

  it('refuses a template without sections or a section without items', () => {
    expect(templateProblems({ sections: [] })).toEqual([{ path: 'sections', problem: 'empty' }]);
    expect(templateProblems({ sections: [{ key: 'a', nb: 'A', en: 'A', items: [] }] })).toEqual([{ path: 'sections[0].items', problem: 'empty' }]);
  });

  it('refuses answers to items the template does not have, and answers that are too long', () => {
    expect(answerProblems(DEFAULT_ASSESSMENT_TEMPLATE, { patient: 'ok', nope: 'x', gp: 'y'.repeat(ANSWER_MAX_LENGTH + 1) })).toEqual([
      { item: 'nope', problem: 'unknown_item' },
      { item: 'gp', problem: 'too_long' },
    ]);
    expect(answerProblems(DEFAULT_ASSESSMENT_TEMPLATE, { patient: '' })).toEqual([]);
  });

  it('counts the items that have an answer', () => {
    const total = itemKeysOf(DEFAULT_ASSESSMENT_TEMPLATE).length;
    expect(answeredShare(DEFAULT_ASSESSMENT_TEMPLATE, ['patient', 'patient', 'gp', 'gone'])).toEqual({ answered: 2, total });
  });
});
