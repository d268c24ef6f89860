import { describe, expect, it } from 'vitest';
import { checkFinalReport, EMPTY_FINAL_REPORT, FINAL_REPORT_SECTIONS, finalReportText, missingSections } from './final-report.js';

const FULL = {
  background: 'Henvist i uke 4 av sykmeldingen med angst og søvnvansker.',
  courseSummary: 'Åtte samtaler, to felles møter med jobbspesialisten.',
  functionAssessment: 'Klarer kasse i fire timer med pauser; tunge løft går bra.',
  goalsOutcome: 'Hovedmålet (60 % innen mai) nådd.',
  relapsePrevention: 'Varselsignaler: søvn under seks timer i en uke. Da kontakter hun fastlegen.',
  recommendations: 'Gradert sykmelding 40 % i fire uker til, så full jobb.',
};

describe('the final report', () => {
  it('has the six sections of the FinalReport type, each with both languages and a limit', () => {
    expect(FINAL_REPORT_SECTIONS.map((s) => s.key).sort()).toEqual(Object.keys(EMPTY_FINAL_REPORT).sort());
    for (const section of FINAL_REPORT_SECTIONS) {
      expect(section.title.nb && section.title.en && section.help.nb && section.help.en, section.key).toBeTruthy();
      expect(section.maxLength).toBeGreaterThanOrEqual(1000);
    }
  });

  it('saves an incomplete report trimmed, and names what is missing before closing', () => {
    const verdict = checkFinalReport({ background: '  Bakgrunn  ', courseSummary: null });
    expect(verdict).toMatchObject({ ok: true, report: { background: 'Bakgrunn', courseSummary: '' } });
    expect(missingSections(verdict.ok ? verdict.report : null)).toEqual(['courseSummary', 'functionAssessment', 'goalsOutcome', 'relapsePrevention', 'recommendations']);
    expect(missingSections(null)).toHaveLength(6);
    expect(missingSections(FULL)).toEqual([]);
    expect(missingSections({ ...FULL, recommendations: '   ' })).toEqual(['recommendations']);
  });

  it('refuses a section over its limit, counting characters as people do', () => {
    const limit = FINAL_REPORT_SECTIONS.find((s) => s.key === 'background')!.maxLength;
    expect(checkFinalReport({ background: 'æ'.repeat(limit) })).toMatchObject({ ok: true });
    expect(checkFinalReport({ background: '😀'.repeat(limit + 1) })).toEqual({ ok: false, code: 'TEAM_FINAL_REPORT_TOO_LONG', details: { section: 'background', maxLength: limit, length: limit + 1 } });
  });

  it('reads as plain text section by section, in the reader’s language', () => {
    const text = finalReportText(FULL);
    expect(text.startsWith('BAKGRUNN FOR HENVISNINGEN\nHenvist i uke 4')).toBe(true);
    expect(text).toContain('FUNKSJON I ARBEID NÅ\nKlarer kasse');
    expect(finalReportText(FULL, 'en')).toContain('RELAPSE-PREVENTION PLAN\n');
  });
});
