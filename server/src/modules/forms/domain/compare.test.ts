import { describe, expect, it } from 'vitest';
import { compareRounds } from './compare.js';
import type { FormTemplate } from './template.js';
import { FUNCTION_IN_WORK_LATER, FUNCTION_IN_WORK_START } from './templates/examples.js';
import { FUNCTION_IN_WORK_V1 } from './templates/function-in-work.js';

describe('compareRounds', () => {
  const changes = compareRounds(FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_START, FUNCTION_IN_WORK_LATER);
  const change = (id: string) => changes.find((one) => one.fieldId === id);

  it('gives one entry per scale field, in form order, with its label', () => {
    const scales = FUNCTION_IN_WORK_V1.sections.flatMap((section) => section.fields).filter((field) => field.type === 'scale');
    expect(changes.map((one) => one.fieldId)).toEqual(scales.map((field) => field.id));
    expect(change('concentration')?.label.nb).toBe('Konsentrere meg og holde oppmerksomheten');
  });

  it('shows a rise on a scale where higher is better as better', () => {
    expect(change('concentration')).toMatchObject({ earlier: 3, later: 6, comparable: true, change: 3, direction: 'up', meaning: 'better' });
    expect(change('workingNow')).toMatchObject({ change: 40, direction: 'up', meaning: 'better' });
  });

  it('shows a fall as worse and no change as unchanged', () => {
    expect(change('contact')).toMatchObject({ change: -1, direction: 'down', meaning: 'worse' });
    expect(change('physical')).toMatchObject({ change: 0, direction: 'unchanged', meaning: 'unchanged' });
  });

  it('cannot compare an area answered in only one round', () => {
    expect(change('learning')).toEqual({ fieldId: 'learning', label: expect.anything(), earlier: null, later: null, comparable: false });
    expect(compareRounds(FUNCTION_IN_WORK_V1, {}, { pace: 5 }).find((one) => one.fieldId === 'pace')).toMatchObject({ earlier: null, later: 5, comparable: false });
  });

  it('reads a fall as better where lower is better, and gives no meaning where the template does not say', () => {
    const l = { nb: 'x', en: 'x' };
    const template: FormTemplate = {
      key: 'pain',
      version: 1,
      title: l,
      sections: [
        {
          id: 's',
          title: l,
          fields: [
            { id: 'pain', type: 'scale', min: 0, max: 1, step: 0.1, better: 'lower', label: l, labels: { min: l, max: l } },
            { id: 'neutral', type: 'scale', min: 0, max: 10, step: 1, label: l, labels: { min: l, max: l } },
          ],
        },
      ],
    };
    const [pain, neutral] = compareRounds(template, { pain: 0.3, neutral: 2 }, { pain: 0.1, neutral: 5 });
    expect(pain).toMatchObject({ change: -0.2, direction: 'down', meaning: 'better' });
    expect(neutral).toMatchObject({ change: 3, direction: 'up' });
    expect(neutral).not.toHaveProperty('meaning');
  });
});
