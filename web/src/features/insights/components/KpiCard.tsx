import { BodyShort, Box, Button, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { insightTexts } from '../texts';
import type { CountCell, Kpi, Unit } from '../types';

type T = (typeof insightTexts)['nb'];

/** A value with its unit, Norwegian decimals: "72,7 %", "3 dager". */
export function formatValue(value: number | null, unit: Unit, lang: 'nb' | 'en', t: T): string {
  if (value === null) return t.noValue;
  const number = value.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO');
  const suffix = t[`unit_${unit}`];
  return suffix ? `${number} ${suffix}` : number;
}

export const formatBasis = (basis: CountCell, lang: 'nb' | 'en') => (typeof basis === 'number' ? basis.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO') : basis);

/** The text a screen reader gets instead of the drawing: the period's value, the baseline, the trend's ends. */
function summaryOf(kpi: Kpi, lang: 'nb' | 'en', t: T): string {
  const shown = kpi.trend.filter((p) => p.value !== null);
  const baseline = kpi.baseline ? t.summaryBaseline(formatValue(kpi.baseline.valuePercent, 'percent', lang, t)) : '';
  const trend = shown.length >= 2 ? t.summaryTrend(`${shown[0]!.bucket} ${formatValue(shown[0]!.value, kpi.unit, lang, t)}`, `${shown.at(-1)!.bucket} ${formatValue(shown.at(-1)!.value, kpi.unit, lang, t)}`) : '';
  return t.summary(kpi[lang], formatValue(kpi.value, kpi.unit, lang, t), String(formatBasis(kpi.basis, lang)), baseline) + trend;
}

function KpiTable({ kpi, caption }: { kpi: Kpi; caption: string }) {
  const t = useTexts(insightTexts);
  const lang = useLang();
  return (
    <Table size="small" className="insights-table">
      <caption className="aksel-sr-only">{caption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.period}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.value}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.basis}</Table.ColumnHeader>
          {kpi.baseline && <Table.ColumnHeader scope="col" align="right">{t.baseline}</Table.ColumnHeader>}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {kpi.trend.map((p) => (
          <Table.Row key={p.bucket}>
            <Table.HeaderCell scope="row">{p.partial ? `${p.bucket} ${t.partial}` : p.bucket}</Table.HeaderCell>
            <Table.DataCell align="right">{formatValue(p.value, kpi.unit, lang, t)}</Table.DataCell>
            <Table.DataCell align="right">{formatBasis(p.basis, lang)}</Table.DataCell>
            {kpi.baseline && <Table.DataCell align="right">{formatValue(kpi.baseline.valuePercent, 'percent', lang, t)}</Table.DataCell>}
          </Table.Row>
        ))}
        <Table.Row>
          <Table.HeaderCell scope="row">{t.wholePeriod}</Table.HeaderCell>
          <Table.DataCell align="right">{formatValue(kpi.value, kpi.unit, lang, t)}</Table.DataCell>
          <Table.DataCell align="right">{formatBasis(kpi.basis, lang)}</Table.DataCell>
          {kpi.baseline && <Table.DataCell align="right">{formatValue(kpi.baseline.valuePercent, 'percent', lang, t)}</Table.DataCell>}
        </Table.Row>
      </Table.Body>
    </Table>
  );
}

/** The trend as a line, the report's baseline as a dashed line beside it. Decorative for screen readers: the summary says it. */
function KpiChart({ kpi }: { kpi: Kpi }) {
  const t = useTexts(insightTexts);
  const lang = useLang();
  // The baseline is a series of its own (a flat dashed line), so it is drawn even when every point of the trend is hidden.
  const data = kpi.trend.map((p) => ({ bucket: p.bucket, value: p.value, baseline: kpi.baseline?.valuePercent ?? null }));
  return (
    <div aria-hidden className="insights-chart">
      <ResponsiveContainer width="100%" height={kpi.baseline ? 260 : 220}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="bucket" fontSize={12} />
          <YAxis fontSize={12} width={40} type="number" domain={kpi.unit === 'percent' ? [0, 100] : [0, 'auto']} allowDataOverflow />
          <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null, kpi.unit, lang, t)} />
          <Line type="monotone" dataKey="value" name={kpi[lang]} stroke="var(--ax-accent-700, #0067c5)" strokeWidth={2} connectNulls={false} isAnimationActive={false} dot />
          {kpi.baseline && <Line type="linear" dataKey="baseline" name={t.baseline} stroke="var(--ax-warning-700, #c77300)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />}
          {kpi.baseline && <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12, position: "relative" }} />}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One KPI: value, definition, trend chart or table (a button switches, keyboard reachable), and a text summary. */
export function KpiCard({ kpi }: { kpi: Kpi }) {
  const t = useTexts(insightTexts);
  const lang = useLang();
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const summaryId = useId();
  return (
    <Box as="section" aria-labelledby={headingId} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" className="insights-card" data-kpi={kpi.key}>
      <VStack gap="space-8">
        <Heading level="3" size="small" id={headingId}>
          {kpi[lang]}
        </Heading>
        <BodyShort size="large" weight="semibold">
          {formatValue(kpi.value, kpi.unit, lang, t)} <span className="insights-basis">({t.basis} {formatBasis(kpi.basis, lang)})</span>
        </BodyShort>
        {kpi.baseline && (
          <BodyShort size="small">
            {t.baseline}: {kpi.baseline.approximate ? `${t.baselineApprox} ` : ''}
            {formatValue(kpi.baseline.valuePercent, 'percent', lang, t)} – {kpi.baseline.text[lang]} (rapport {kpi.baseline.source.report}, {kpi.baseline.source.section})
          </BodyShort>
        )}
        <p id={summaryId} className="aksel-sr-only">
          {summaryOf(kpi, lang, t)}
        </p>
        <div className="insights-view">{asTable ? <KpiTable kpi={kpi} caption={kpi[lang]} /> : <KpiChart kpi={kpi} />}</div>
        {/* Printed pages carry the table as well as the chart. */}
        {!asTable && (
          <div className="insights-print-only">
            <KpiTable kpi={kpi} caption={kpi[lang]} />
          </div>
        )}
        <Button variant="tertiary" size="small" className="insights-no-print" aria-describedby={summaryId} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t.showChart : t.showTable}
        </Button>
        <ReadMore header={t.definition} size="small">
          {lang === 'nb' ? kpi.definitionNb : kpi.definitionEn}
        </ReadMore>
      </VStack>
    </Box>
  );
}
