/**
 * Every dashboard table as CSV (issue 12 point 3), for Excel in Norway as well as R and pandas:
 * the teams' evaluation export's choice (teams/domain/evaluation-csv.ts: `;` between fields, a
 * UTF-8 byte order mark, CRLF, RFC 4180 quoting, formula-looking text defused), with Norwegian
 * headers and decimal commas so Norwegian Excel reads the numbers as numbers. Suppressed cells
 * keep their marks ("<5", "x"); a missing value is an empty field.
 */
import { csvLine } from '../../teams/domain/evaluation-csv.js';
import type { Lang } from '../../../platform/errors.js';
import type { KpiResult } from './dashboard.js';
import type { GpFigure } from './gp-comparison.js';

const BOM = '\uFEFF';

const UNIT_TEXT: Record<KpiResult['unit'], { nb: string; en: string }> = {
  percent: { nb: 'prosent', en: 'percent' },
  days: { nb: 'dager', en: 'days' },
  count: { nb: 'antall', en: 'count' },
};

/** A number with a decimal comma (Norwegian), or the suppression mark as it is. */
export function decimalComma(value: number | string | null): string | null {
  if (value === null) return null;
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

export interface CsvContext {
  scopeName: string;
  periodFrom: string;
  periodTo: string;
}

export const DASHBOARD_CSV_HEADERS = ['Område', 'Fra måned', 'Til måned', 'Nøkkeltall', 'Nøkkel', 'Enhet', 'Periode', 'Verdi', 'Grunnlag', 'Rapportens utgangspunkt (%)'] as const;

/** One row for the period as a whole ("Hele perioden") and one per trend bucket, per KPI. */
export function dashboardCsv(kpis: readonly KpiResult[], ctx: CsvContext, lang: Lang): string {
  const lines = [csvLine(DASHBOARD_CSV_HEADERS)];
  for (const k of kpis) {
    const head = [ctx.scopeName, ctx.periodFrom, ctx.periodTo, k[lang], k.key, UNIT_TEXT[k.unit][lang]];
    const baseline = decimalComma(k.baseline?.valuePercent ?? null);
    lines.push(csvLine([...head, lang === 'nb' ? 'Hele perioden' : 'Whole period', decimalComma(k.value), decimalComma(k.basis), baseline]));
    for (const t of k.trend) lines.push(csvLine([...head, t.partial ? `${t.bucket} (del)` : t.bucket, decimalComma(t.value), decimalComma(t.basis), null]));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

export const GP_CSV_HEADERS = ['Fra måned', 'Til måned', 'Nøkkeltall', 'Nøkkel', 'Enhet', 'Din verdi', 'Ditt grunnlag', 'Områdets nedre kvartil', 'Områdets median', 'Områdets øvre kvartil', 'Fastleger i sammenligningen'] as const;

export function gpCsv(figures: readonly GpFigure[], period: { from: string; to: string }, lang: Lang): string {
  const lines = [csvLine(GP_CSV_HEADERS)];
  for (const f of figures) {
    lines.push(
      csvLine([period.from, period.to, f[lang], f.key, UNIT_TEXT[f.unit][lang], decimalComma(f.own.value), f.own.basis, decimalComma(f.area?.lowerQuartile ?? null), decimalComma(f.area?.median ?? null), decimalComma(f.area?.upperQuartile ?? null), f.area?.gps ?? null]),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
