/** The insights API's answers (server/src/modules/insights/schemas.ts). */
export type ScopeKind = 'office' | 'municipality' | 'county' | 'national';
export type DashboardKey = 'dialogue' | 'sickleave' | 'meetings' | 'arenas' | 'forums' | 'teams';
export type BucketSize = 'month' | 'quarter';
/** A basis: the number, "<5" for 1–4, or "x" where a number would let a "<5" be worked out. */
export type CountCell = number | '<5' | 'x';
export type Unit = 'percent' | 'days' | 'count';

export interface Scopes {
  offices: { id: string; name: string; municipality_number: string | null }[];
  municipalities: { number: string; name: string }[];
  counties: { number: string; name: string }[];
  national: boolean;
  gpOwnFigures: boolean;
  dashboards: DashboardKey[];
}

export interface Baseline {
  key: string;
  text: { nb: string; en: string };
  valuePercent: number;
  approximate?: boolean;
  source: { report: string; section: string; figure?: string };
}

export interface Kpi {
  key: string;
  nb: string;
  en: string;
  definitionNb: string;
  definitionEn: string;
  unit: Unit;
  statistic: 'share' | 'median' | 'p90' | 'count';
  higherIsBetter: boolean;
  value: number | null;
  basis: CountCell;
  trend: { bucket: string; partial: boolean; value: number | null; basis: CountCell }[];
  baseline: Baseline | null;
}

export interface Dashboard {
  dashboard: DashboardKey;
  scope: { kind: ScopeKind; key: string; name: string };
  period: { from: string; to: string };
  bucket: BucketSize;
  asOf: string | null;
  source: 'facts' | 'live';
  smallCellLimit: number;
  kpis: Kpi[];
}

export interface DashboardQuery {
  scope: ScopeKind;
  area?: string;
  from?: string;
  to?: string;
  bucket?: BucketSize;
}

export interface GpFigures {
  period: { from: string; to: string };
  area: { number: string; name: string } | null;
  asOf: string | null;
  figures: {
    key: string;
    nb: string;
    en: string;
    definitionNb: string;
    definitionEn: string;
    unit: Unit;
    higherIsBetter: boolean;
    own: { value: number | null; basis: number };
    area: { gps: number; lowerQuartile: number; median: number; upperQuartile: number } | null;
  }[];
}
