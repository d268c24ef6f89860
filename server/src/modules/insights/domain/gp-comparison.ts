/**
 * A GP's own figures beside the area's (issue 12 point 4, like NAV's "statistics for sick-note
 * issuers"): the GP's value, and the quartiles of the values of the area's GPs. Only GPs whose own
 * figure rests on at least five count, and the area's spread is shown only when at least five GPs
 * do: never a named GP, and never a spread so thin that one GP's figure could be read off it.
 */
import { SMALL_CELL_LIMIT } from '../../teams/domain/evaluation-suppression.js';
import { basisOf, valueOf } from './dashboard.js';
import type { KpiDefinition } from './kpis.js';
import type { Tally } from './tally.js';

export interface AreaSpread {
  gps: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
}

export interface GpFigure {
  key: string;
  nb: string;
  en: string;
  definitionNb: string;
  definitionEn: string;
  unit: KpiDefinition['unit'];
  higherIsBetter: boolean;
  own: { value: number | null; basis: number };
  /** Null when fewer than five GPs in the area have a figure of their own. */
  area: AreaSpread | null;
}

/** Nearest-rank percentile of plain numbers (sorted inside). */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

export function areaSpread(kpi: KpiDefinition, byGp: ReadonlyMap<string, Tally>): AreaSpread | null {
  const values: number[] = [];
  for (const tally of byGp.values()) {
    if (basisOf(kpi, tally) < SMALL_CELL_LIMIT) continue;
    const v = valueOf(kpi, tally);
    if (v !== null) values.push(v);
  }
  if (values.length < SMALL_CELL_LIMIT) return null;
  return { gps: values.length, lowerQuartile: nearestRank(values, 25)!, median: nearestRank(values, 50)!, upperQuartile: nearestRank(values, 75)! };
}

/** The GP's own figure is theirs to see whatever its size; only its value needs five to mean much. */
export function gpFigure(kpi: KpiDefinition, own: Tally, byGp: ReadonlyMap<string, Tally>): GpFigure {
  return {
    key: kpi.key,
    nb: kpi.nb,
    en: kpi.en,
    definitionNb: kpi.definitionNb,
    definitionEn: kpi.definitionEn,
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    own: { value: valueOf(kpi, own), basis: basisOf(kpi, own) },
    area: areaSpread(kpi, byGp),
  };
}
