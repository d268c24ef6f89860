import type { FinalReport } from './types';

/**
 * The final report's sections in the order they are read, with their limits (the server's
 * FINAL_REPORT_SECTIONS in domain/final-report.ts). Every section is needed to close a course as
 * completed; the titles and help texts are in texts/course.ts.
 */
export const FINAL_REPORT_SECTIONS: readonly { key: keyof FinalReport; maxLength: number }[] = [
  { key: 'background', maxLength: 2000 },
  { key: 'courseSummary', maxLength: 4000 },
  { key: 'functionAssessment', maxLength: 4000 },
  { key: 'goalsOutcome', maxLength: 2000 },
  { key: 'relapsePrevention', maxLength: 2000 },
  { key: 'recommendations', maxLength: 2000 },
];

export const EMPTY_FINAL_REPORT: FinalReport = { background: '', courseSummary: '', functionAssessment: '', goalsOutcome: '', relapsePrevention: '', recommendations: '' };

export function missingSections(report: Partial<FinalReport> | null | undefined): (keyof FinalReport)[] {
  return FINAL_REPORT_SECTIONS.filter((s) => !(report?.[s.key] ?? '').trim()).map((s) => s.key);
}

/** A report passed on as written (the GP's list, the person's page) read as the sections, missing ones empty. */
export function asFinalReport(record: Record<string, unknown> | null | undefined): FinalReport | null {
  if (!record) return null;
  const text = (key: keyof FinalReport) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return Object.fromEntries(FINAL_REPORT_SECTIONS.map(({ key }) => [key, text(key)])) as unknown as FinalReport;
}
