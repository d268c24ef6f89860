/** The insights API contract (KPI part): request and response schemas. Anything undeclared is dropped on the way out. */
import { Type } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { DASHBOARDS } from './domain/kpis.js';

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: "'YYYY-MM'" });

export const DashboardParams = Type.Object({ dashboard: Type.Union(DASHBOARDS.map((d) => Type.Literal(d))) });

export const DashboardQuery = Type.Object(
  {
    scope: Type.Union([Type.Literal('office'), Type.Literal('municipality'), Type.Literal('county'), Type.Literal('national')]),
    /** The office id, the municipality number (4 digits) or the county number (2 digits). */
    area: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    from: Type.Optional(Month),
    to: Type.Optional(Month),
    bucket: Type.Optional(Type.Union([Type.Literal('month'), Type.Literal('quarter')])),
  },
  { additionalProperties: false },
);

export const PeriodQuery = Type.Object({ from: Type.Optional(Month), to: Type.Optional(Month) }, { additionalProperties: false });

/** A basis: the number, "<5" for 1–4, or "x" where a number would let a "<5" be worked out. */
const CountCell = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('<5'), Type.Literal('x')]);
const Unit = Type.Union([Type.Literal('percent'), Type.Literal('days'), Type.Literal('count')]);
const Texts = { nb: Type.String(), en: Type.String(), definitionNb: Type.String(), definitionEn: Type.String() };

const BaselineSchema = Type.Object({
  key: Type.String(),
  kind: Type.String(),
  text: Type.Object({ nb: Type.String(), en: Type.String() }),
  valuePercent: Type.Number(),
  group: Type.String(),
  approximate: Type.Optional(Type.Boolean()),
  n: Type.Optional(Type.Integer()),
  source: Type.Object({ report: Type.String(), section: Type.String(), lines: Type.String(), figure: Type.Optional(Type.String()) }),
});

const KpiSchema = Type.Object({
  key: Type.String(),
  ...Texts,
  unit: Unit,
  statistic: Type.Union([Type.Literal('share'), Type.Literal('median'), Type.Literal('p90'), Type.Literal('count')]),
  higherIsBetter: Type.Boolean(),
  value: Nullable(Type.Number()),
  basis: CountCell,
  trend: Type.Array(Type.Object({ bucket: Type.String(), partial: Type.Boolean(), value: Nullable(Type.Number()), basis: CountCell })),
  baseline: Nullable(BaselineSchema),
});

const ScopeSchema = Type.Object({ kind: Type.String(), key: Type.String(), name: Type.String() });
const PeriodSchema = Type.Object({ from: Type.String(), to: Type.String() });

export const DashboardSchema = Type.Object({
  dashboard: Type.String(),
  scope: ScopeSchema,
  period: PeriodSchema,
  bucket: Type.String(),
  asOf: Nullable(Type.String()),
  source: Type.Union([Type.Literal('facts'), Type.Literal('live')]),
  smallCellLimit: Type.Integer(),
  kpis: Type.Array(KpiSchema),
});

export const ScopesSchema = Type.Object({
  offices: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), municipality_number: Nullable(Type.String()) })),
  municipalities: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
  counties: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
  national: Type.Boolean(),
  gpOwnFigures: Type.Boolean(),
  dashboards: Type.Array(Type.String()),
});

export const GpFiguresSchema = Type.Object({
  period: PeriodSchema,
  area: Nullable(Type.Object({ number: Type.String(), name: Type.String() })),
  asOf: Nullable(Type.String()),
  figures: Type.Array(
    Type.Object({
      key: Type.String(),
      ...Texts,
      unit: Unit,
      higherIsBetter: Type.Boolean(),
      own: Type.Object({ value: Nullable(Type.Number()), basis: Type.Integer() }),
      area: Nullable(Type.Object({ gps: Type.Integer(), lowerQuartile: Type.Number(), median: Type.Number(), upperQuartile: Type.Number() })),
    }),
  ),
});

export const RefreshBody = Type.Object({ full: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const RefreshSchema = Type.Object({ groups: Type.Integer(), durationMs: Type.Integer(), refreshedAt: Type.String(), full: Type.Boolean() });
