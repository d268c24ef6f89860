import { describe, expect, it } from 'vitest';
import type { InterviewGuideQuestion } from './knowledge.js';
import { checkAnswers, prefillModel } from './interview.js';
import { compareModels } from './compare.js';

const q = (key: string, section: InterviewGuideQuestion['section'], prefills: InterviewGuideQuestion['prefills'], answerKind: InterviewGuideQuestion['answerKind'] = 'text'): InterviewGuideQuestion => ({
  key,
  number: null,
  section,
  question: `Spørsmål ${key}`,
  prompts: [],
  prefills,
  answerKind,
});

const GUIDE: InterviewGuideQuestion[] = [
  q('q1-size', 'background', ['sites']),
  q('q3-office', 'background', ['gpOfficeKind'], 'choice'),
  q('q4-motive', 'motive_and_trigger', ['motive']),
  q('q5-trigger', 'motive_and_trigger', ['trigger', 'phases']),
  q('q6-routines', 'coordination', ['coordination.routines']),
  q('q6-partners', 'coordination', ['coordination.partners', 'participants']),
  q('q6-steering', 'organisation_and_steering', ['steering'], 'choice'),
  q('level', 'organisation_and_steering', ['levels'], 'choice'),
];

describe('the interview form', () => {
  it('pre-fills the fields each answer belongs to: text, lists by line, typology choices', () => {
    const content = prefillModel(GUIDE, {
      slug: 'ny-modell',
      title: 'Ny modell',
      today: '2025-01-15',
      informant: 'Kommuneoverlege',
      answers: { 'q1-size': 'Om lag 3 000 innbyggere', 'q3-office': 'municipal', 'q5-trigger': 'Legemangel\nVikarbruk', 'q6-partners': '- Fastleger\n- Hjemmetjenesten', 'q6-steering': 'doctor, municipality', level: '2' },
    });
    expect(content).toMatchObject({
      slug: 'ny-modell',
      title: 'Ny modell',
      gpOfficeKind: 'municipal',
      trigger: 'Legemangel\nVikarbruk',
      phases: ['Legemangel', 'Vikarbruk'],
      participants: ['Fastleger', 'Hjemmetjenesten'],
      coordination: { partners: '- Fastleger\n- Hjemmetjenesten' },
      steering: ['doctor', 'municipality'],
      levels: ['between_municipalities'],
      facts: [{ label: 'Spørsmål q1-size', value: 'Om lag 3 000 innbyggere' }],
      sources: [{ informant: 'Kommuneoverlege', date: '2025-01-15' }],
    });
  });

  it('refuses unknown questions and choices outside the typology', () => {
    expect(checkAnswers(GUIDE, { 'q4-motive': 'fritt' })).toEqual({ ok: true });
    expect(checkAnswers(GUIDE, { nope: 'x', 'q6-steering': 'king', level: '7' })).toEqual({ ok: false, invalid: ['nope', 'q6-steering: king', 'level: 7'] });
  });
});

describe('the comparison', () => {
  it('follows the guide: typology first, then each section with the fields its questions fill', () => {
    const sections = compareModels(GUIDE, [
      { levels: ['gp_hospital'], motive: 'A', coordination: { routines: 'R' } },
      { levels: ['within_municipality'], motive: null },
    ]);
    expect(sections.map((s) => s.key)).toEqual(['typology', 'background', 'motive_and_trigger', 'organisation_and_steering', 'coordination']);
    expect(sections[0]!.rows.map((r) => r.field)).not.toContain('steering');
    expect(sections.find((s) => s.key === 'coordination')!.rows[0]).toEqual({ field: 'coordination.routines', values: ['R', null] });
    expect(sections.find((s) => s.key === 'motive_and_trigger')!.rows[0]).toEqual({ field: 'motive', values: ['A', null] });
  });
});
