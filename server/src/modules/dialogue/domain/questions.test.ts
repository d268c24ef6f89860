import { describe, expect, it } from 'vitest';
import { checkQuestions, requestAsksFor, wholeRecordWarnings } from './questions.js';

describe('request questions', () => {
  it('needs at least one sharp question, none empty, none too long', () => {
    expect(checkQuestions([], 'Noe mer?')).toEqual({ code: 'DIALOGUE_QUESTIONS_MISSING' });
    expect(checkQuestions(['Hva er funksjonsnivået?', '  '], undefined)).toEqual({ code: 'DIALOGUE_QUESTION_EMPTY', position: 2 });
    expect(checkQuestions(['x'.repeat(1001)], undefined)).toMatchObject({ code: 'DIALOGUE_TEXT_TOO_LONG', field: 'questions[0]' });
    expect(checkQuestions(['Kan pasienten løfte 10 kg?'], 'Er det annet NAV bør vite?')).toBeNull();
  });

  it('warns when a question asks for the whole journal or discharge summaries', () => {
    expect(wholeRecordWarnings(['Send kopi av hele journalen', 'Hvordan er søvnen?'], 'Legg ved epikriser fra sykehuset')).toEqual([
      { position: 1, kind: 'journal', term: expect.stringMatching(/journal/i) },
      { position: 0, kind: 'discharge_summary', term: 'epikriser' },
    ]);
    expect(wholeRecordWarnings(['Hvilke arbeidsoppgaver kan pasienten utføre nå?'])).toEqual([]);
    expect(requestAsksFor('discharge_summary', ['Vi ber om epikrise fra ortopedisk avdeling'])).toBe(true);
    expect(requestAsksFor('journal', ['Vi ber om epikrise fra ortopedisk avdeling'])).toBe(false);
  });
});
