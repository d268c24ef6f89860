/** Table types of the insights facts (migration 0022), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType } from 'kysely';

/** A fact row: n counted, hits of them, and a duration histogram (fixed hour buckets) or null. */
interface FactColumns {
  metric: string;
  /** 'YYYY-MM-01' */
  month: string;
  nav_office_id: string;
  municipality_number: ColumnType<string, string | undefined, string>;
  n: number;
  hits: ColumnType<number, number | undefined, number>;
  hist: ColumnType<number[] | null, number[] | null | undefined, number[] | null>;
}

export type InsightsOfficeMonthTable = FactColumns;

export interface InsightsGpMonthTable extends FactColumns {
  gp_person_id: string;
}

export interface InsightsRefreshStateTable {
  id: number;
  watermark: ColumnType<Date | null, Date | null | undefined, Date | null>;
  refreshed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_groups: ColumnType<number, number | undefined, number>;
  last_duration_ms: ColumnType<number, number | undefined, number>;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface InsightsDatabase {
  insights_office_month: InsightsOfficeMonthTable;
  insights_gp_month: InsightsGpMonthTable;
  insights_refresh_state: InsightsRefreshStateTable;
}
