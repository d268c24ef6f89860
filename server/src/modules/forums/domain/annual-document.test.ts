import { describe, expect, it } from 'vitest';
import { annualPlanText, annualReportText, type AnnualFacts } from './annual-document.js';

const facts: AnnualFacts = {
  year: 2026,
  body: { name: 'Samhandlingsforum Vestfold', kindLabel: 'Samhandlingsforum', mandate: 'Et arbeidsforum uten beslutningsmyndighet.', owner: 'Overordnet samarbeidsutvalg', openMeetingsPerYear: 3 },
  meetings: [
    { title: 'Møte 1', day: '2026-02-03', kind: 'ordinary', status: 'held', theme: null },
    { title: 'Epikriser', day: '2026-03-10', kind: 'open_thematic', status: 'held', theme: 'Epikriser' },
    { title: 'Møte 2', day: '2026-09-01', kind: 'ordinary', status: 'planned', theme: null },
    { title: 'Avlyst', day: '2026-04-01', kind: 'open_thematic', status: 'cancelled', theme: null },
  ],
  submissions: { deviation: 7, proposal: 2, byStatus: [{ label: 'Besvart', count: 5 }], themes: [{ label: 'Epikriser', count: 4 }] },
  recommendations: [{ title: 'Epikrise innen tre dager', day: '2026-05-02', version: 2 }],
  members: [
    { name: 'Kari Nordmann', represents: 'fastleger', role: 'leader' },
    { name: 'Ola Hansen', represents: 'sykehuset', role: 'member' },
  ],
  composition: { ok: false, vacancies: 2 },
  coveredPercent: 42.9,
};

describe('annual documents', () => {
  it('plans the year: meetings set up, open meetings against the target, members', () => {
    const text = annualPlanText(facts);
    expect(text).toContain('# Årsplan 2026 – Samhandlingsforum Vestfold');
    expect(text).toContain('minst 3 åpne temamøter i året; 1 er satt opp – 2 gjenstår å planlegge');
    expect(text).not.toContain('Avlyst');
    expect(text).toContain('Kari Nordmann, fastleger (leder)');
    expect(text).toContain('Ola Hansen, sykehuset\n');
    expect(text).toContain('2 ledige plasser');
  });

  it('reports the year: meetings held, cases received, coverage and recommendations published', () => {
    const text = annualReportText(facts);
    expect(text).toContain('Organet holdt 2 møter, av dem 1 åpne temamøter (målet er minst 3).');
    expect(text).toContain('Organet mottok 9 saker: 7 samhandlingsavvik og 2 endringsforslag.');
    expect(text).toContain('42,9 % av avvikene er besvart med en publisert anbefaling.');
    expect(text).toContain('- 2.5.2026: Epikrise innen tre dager (versjon 2)');
    expect(text).not.toContain('Møte 2');
  });

  it('says so when nothing happened', () => {
    const empty = annualReportText({ ...facts, meetings: [], recommendations: [], members: [], composition: null, coveredPercent: null, submissions: { deviation: 0, proposal: 0, byStatus: [], themes: [] } });
    expect(empty).toContain('- Ingen møter holdt');
    expect(empty).toContain('- Ingen anbefalinger publisert');
    expect(empty).not.toContain('% av avvikene');
  });
});
