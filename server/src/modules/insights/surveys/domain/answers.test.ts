import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers.js';

const keys = ['info_timely', 'more_dialogue', 'barrier_gp_capacity'];

describe('checking a respondent’s answers', () => {
  it('accepts one option of each question’s scale, in the survey’s order', () => {
    expect(checkAnswers(keys, { more_dialogue: 'yes', info_timely: 'often', barrier_gp_capacity: 'dont_know' })).toEqual({
      ok: true,
      keys,
      values: ['often', 'yes', 'dont_know'],
    });
  });

  it('refuses a missing answer', () => {
    expect(checkAnswers(keys, { info_timely: 'often', more_dialogue: 'yes' })).toEqual({ ok: false, code: 'SURVEY_ANSWER_INCOMPLETE' });
  });

  it('refuses an option from another scale and a question not in the survey', () => {
    expect(checkAnswers(keys, { info_timely: 'yes', more_dialogue: 'yes', barrier_gp_capacity: 'large' })).toEqual({ ok: false, code: 'SURVEY_ANSWER_INVALID' });
    expect(checkAnswers(keys, { info_timely: 'often', more_dialogue: 'yes', barrier_gp_capacity: 'large', info_relevant: 'often' })).toEqual({
      ok: false,
      code: 'SURVEY_ANSWER_INVALID',
    });
  });
});
