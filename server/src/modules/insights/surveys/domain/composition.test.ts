import { describe, expect, it } from 'vitest';
import { normaliseSurveyArea, isInArea } from './area.js';
import { checkAudiences, checkPeriod, checkQuestions, effectiveStatus } from './composition.js';

describe('composing a survey', () => {
  it('needs at least one known question, each once', () => {
    expect(checkQuestions([])).toEqual({ ok: false, code: 'SURVEY_NO_QUESTIONS' });
    expect(checkQuestions(['info_timely', 'no_such_question'])).toEqual({ ok: false, code: 'SURVEY_QUESTION_UNKNOWN' });
    expect(checkQuestions(['info_timely', 'info_timely'])).toEqual({ ok: false, code: 'SURVEY_QUESTION_DUPLICATE' });
    expect(checkQuestions(['info_timely', 'more_dialogue'])).toEqual({ ok: true, value: ['info_timely', 'more_dialogue'] });
  });

  it('goes to GPs, NAV advisers or both, nobody else', () => {
    expect(checkAudiences([])).toEqual({ ok: false, code: 'SURVEY_AUDIENCE_MISSING' });
    expect(checkAudiences(['gps', 'patients'])).toEqual({ ok: false, code: 'SURVEY_AUDIENCE_MISSING' });
    expect(checkAudiences(['nav_advisers', 'gps'])).toEqual({ ok: true, value: ['gps', 'nav_advisers'] });
  });

  it('opens today and closes on a day within 90 days', () => {
    expect(checkPeriod('2025-06-01', '2025-05-31')).toEqual({ ok: false, code: 'SURVEY_PERIOD_INVALID' });
    expect(checkPeriod('2025-06-01', 'not a date')).toEqual({ ok: false, code: 'SURVEY_PERIOD_INVALID' });
    expect(checkPeriod('2025-06-01', '2025-08-31')).toEqual({ ok: false, code: 'SURVEY_PERIOD_TOO_LONG' });
    expect(checkPeriod('2025-06-01', '2025-08-30')).toEqual({ ok: true, value: { opensOn: '2025-06-01', closesOn: '2025-08-30' } });
    expect(checkPeriod('2025-06-01', '2025-06-01').ok).toBe(true);
  });

  it('counts an open round past its last day as closed', () => {
    expect(effectiveStatus({ status: 'open', closes_on: '2025-06-21' }, '2025-06-21')).toBe('open');
    expect(effectiveStatus({ status: 'open', closes_on: '2025-06-21' }, '2025-06-22')).toBe('closed');
    expect(effectiveStatus({ status: 'draft', closes_on: null }, '2025-06-22')).toBe('draft');
  });
});

describe('an area', () => {
  it('is municipalities of one county, or a whole county, with a stable key', () => {
    expect(normaliseSurveyArea({ municipalityNumbers: ['3805', '3803', '3805'] })).toEqual({
      municipalities: ['3803', '3805'],
      county: '38',
      key: 'municipalities:3803,3805',
    });
    expect(normaliseSurveyArea({ countyNumber: '42' })).toEqual({ municipalities: [], county: '42', key: 'county:42' });
  });

  it('refuses malformed numbers, nothing at all, and municipalities outside the county', () => {
    expect(normaliseSurveyArea({ municipalityNumbers: ['380'] })).toBeNull();
    expect(normaliseSurveyArea({})).toBeNull();
    expect(normaliseSurveyArea({ municipalityNumbers: ['3805', '4204'] })).toBeNull();
    expect(normaliseSurveyArea({ municipalityNumbers: ['3805'], countyNumber: '42' })).toBeNull();
  });

  it('contains an organisation by its municipality', () => {
    expect(isInArea({ municipalities: [], county: '42' }, '4204')).toBe(true);
    expect(isInArea({ municipalities: ['3805'], county: '38' }, '3803')).toBe(false);
    expect(isInArea({ municipalities: ['3805'], county: '38' }, null)).toBe(false);
  });
});
