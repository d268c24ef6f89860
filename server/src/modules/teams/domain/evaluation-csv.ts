/**
 * The evaluation as CSV for researchers: one row per group × measure × value, only the
 * aggregated (and small-cell protected) figures the view shows, never a row per person.
 *
 * Written for Excel in Norway as well as for R and pandas: `;` between fields (Norwegian Excel
 * takes `,` as the decimal sign and would put everything in one column otherwise), a UTF-8 byte
 * order mark (without it Excel reads æøå as Windows-1252), CRLF line ends and RFC 4180 quoting.
 * The repository has a CSV parser (csv-parse) but no writer, and the quoting is a few lines.
 */
import type { Evaluation } from './evaluation.js';
import type { Lang } from '../../../platform/errors.js';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

export const CSV_COLUMNS = ['period_from', 'period_to', 'level', 'group', 'trial_site', 'team_kind', 'measure', 'measure_label', 'category', 'category_label', 'value'] as const;

/**
 * One field: quoted when it holds the separator, a quote or a line break (quotes doubled). A text
 * that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, so a team
 * named "=HYPERLINK(…)" is shown, not run.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR);
}

export function evaluationCsv(evaluation: Evaluation, lang: Lang): string {
  const lines = [csvLine(CSV_COLUMNS)];
  const { from, to } = evaluation.period;
  for (const group of evaluation.groups) {
    const head = [from, to, group.level, group.name, group.trialSite, group.teamKind];
    for (const measure of evaluation.measures) {
      for (const value of measure.values) {
        lines.push(csvLine([...head, measure.key, measure[lang], value.key, value[lang], group.counts[measure.key]?.[value.key] ?? 0]));
      }
    }
    const stat = (measure: string, nb: string, en: string, category: string, cnb: string, cen: string, v: string | number | null) =>
      lines.push(csvLine([...head, measure, lang === 'nb' ? nb : en, category, lang === 'nb' ? cnb : cen, v]));
    stat('waiting_days', 'Dager fra henvisning til første samtale', 'Days from referral to first session', 'persons', 'Personer', 'Persons', group.waitingDays.basis);
    stat('waiting_days', 'Dager fra henvisning til første samtale', 'Days from referral to first session', 'median', 'Median', 'Median', group.waitingDays.median);
    stat('waiting_days', 'Dager fra henvisning til første samtale', 'Days from referral to first session', 'p90', '90-persentil', '90th percentile', group.waitingDays.p90);
    stat('sessions_per_course_stat', 'Samtaler per avsluttet forløp', 'Sessions per closed course', 'persons', 'Personer', 'Persons', group.sessionsPerCourse.basis);
    stat('sessions_per_course_stat', 'Samtaler per avsluttet forløp', 'Sessions per closed course', 'median', 'Median', 'Median', group.sessionsPerCourse.median);
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
