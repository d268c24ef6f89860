import type { FinalReport } from '../../../platform/db/schema-teams.js';

/**
 * The final report of a course (report 001: filed to the GP record and sent to NAV; report 003:
 * the GP must be told what the team advised). Written so it can support the GP's function
 * assessment: what the person can do at work now is a section of its own. Every section is needed
 * to close a course as completed; each has a limit, so the report stays one the GP reads.
 */
export type FinalReportSection = keyof FinalReport;

export interface SectionSpec {
  key: FinalReportSection;
  title: { nb: string; en: string };
  help: { nb: string; en: string };
  maxLength: number;
}

export const FINAL_REPORT_SECTIONS: readonly SectionSpec[] = [
  {
    key: 'background',
    title: { nb: 'Bakgrunn for henvisningen', en: 'Background for the referral' },
    help: { nb: 'Kort om situasjonen ved henvisning: helse, jobb og sykmelding.', en: 'Briefly, the situation at referral: health, work and sick leave.' },
    maxLength: 2000,
  },
  {
    key: 'courseSummary',
    title: { nb: 'Forløpet', en: 'The course' },
    help: { nb: 'Hva som ble gjort: samtaler, jobbstøtte, kontakt med arbeidsgiver.', en: 'What was done: sessions, job support, contact with the employer.' },
    maxLength: 4000,
  },
  {
    key: 'functionAssessment',
    title: { nb: 'Funksjon i arbeid nå', en: 'Function at work now' },
    help: {
      nb: 'Hva personen kan og ikke kan gjøre på jobb nå, gjerne med "Funksjon i arbeid" ved start og slutt. Til støtte for legens funksjonsvurdering.',
      en: 'What the person can and cannot do at work now, ideally with "Function at work" at start and end. To support the GP’s function assessment.',
    },
    maxLength: 4000,
  },
  {
    key: 'goalsOutcome',
    title: { nb: 'Mål og resultat', en: 'Goals and outcome' },
    help: { nb: 'Hovedmål og delmål, og hva som ble nådd.', en: 'The main goal and sub-goals, and what was reached.' },
    maxLength: 2000,
  },
  {
    key: 'relapsePrevention',
    title: { nb: 'Plan for å forebygge tilbakefall', en: 'Relapse-prevention plan' },
    help: { nb: 'Varselsignaler, hva personen gjør da, og hvem de kan kontakte.', en: 'Warning signs, what the person does then, and whom they can contact.' },
    maxLength: 2000,
  },
  {
    key: 'recommendations',
    title: { nb: 'Anbefalinger til fastlegen og NAV', en: 'Recommendations to the GP and NAV' },
    help: { nb: 'For eksempel gradering, tilrettelegging, videre behandling eller oppfriskningstimer.', en: 'For example grading, adjustments, further treatment or refresher sessions.' },
    maxLength: 2000,
  },
];

export const EMPTY_FINAL_REPORT: FinalReport = { background: '', courseSummary: '', functionAssessment: '', goalsOutcome: '', relapsePrevention: '', recommendations: '' };

const length = (text: string) => [...text].length;

export type ReportVerdict = { ok: true; report: FinalReport } | { ok: false; code: 'TEAM_FINAL_REPORT_TOO_LONG'; details: { section: FinalReportSection; maxLength: number; length: number } };

/** A report may be saved incomplete while it is written, never over a section's limit. Text is trimmed. */
export function checkFinalReport(input: Partial<Record<FinalReportSection, string | null>>): ReportVerdict {
  const report = { ...EMPTY_FINAL_REPORT };
  for (const section of FINAL_REPORT_SECTIONS) {
    const text = (input[section.key] ?? '').trim();
    if (length(text) > section.maxLength) return { ok: false, code: 'TEAM_FINAL_REPORT_TOO_LONG', details: { section: section.key, maxLength: section.maxLength, length: length(text) } };
    report[section.key] = text;
  }
  return { ok: true, report };
}

/** The sections still to be written before the course can be closed as completed (all, when there is no report). */
export function missingSections(report: Partial<FinalReport> | null | undefined): FinalReportSection[] {
  return FINAL_REPORT_SECTIONS.filter((section) => !(report?.[section.key] ?? '').trim()).map((section) => section.key);
}

/** The report as plain text, section by section, for the GP's update and the record. */
export function finalReportText(report: FinalReport, lang: 'nb' | 'en' = 'nb'): string {
  return FINAL_REPORT_SECTIONS.filter((section) => report[section.key].trim())
    .map((section) => `${section.title[lang].toUpperCase()}\n${report[section.key].trim()}`)
    .join('\n\n');
}
