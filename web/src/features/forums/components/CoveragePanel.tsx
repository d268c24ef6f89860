import { Heading, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatPercent } from '../../../shared/format';
import { useCoverage } from '../api';
import { startOfYearIso, todayIso } from '../manage';
import { bodyTexts } from '../texts';
import type { Coverage } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { PeriodFields } from './PeriodFields';

/** Report 004's appendix 1 as a report: what came in, by theme and state, and how much a recommendation covers. */
export function CoveragePanel({ bodyId }: { bodyId: string }) {
  const t = useTexts(bodyTexts);
  const lang = useLang();
  const [period, setPeriod] = useState({ from: startOfYearIso(), to: todayIso() });
  const coverage = useCoverage(bodyId, period.from, period.to);
  const data = coverage.data;
  return (
    <VStack gap="space-24">
      <PeriodFields idPrefix="coverage" from={period.from} to={period.to} onChange={setPeriod} />
      {coverage.isPending && <LoadingState />}
      {coverage.isError && <ApiErrorAlert error={coverage.error} />}
      {data && (
        <VStack gap="space-24" data-testid="coverage-report">
          <InfoList
            items={[
              { label: t.received, value: `${data.received.total} (${t.deviations.toLowerCase()} ${data.received.deviation}, ${t.proposals.toLowerCase()} ${data.received.proposal})` },
              { label: t.medianDays, value: data.timeToOutcome.medianDays === null ? t.noneYet : t.days(data.timeToOutcome.medianDays) },
              {
                label: t.covered,
                value:
                  data.deviationsCovered.percent === null
                    ? t.noneYet
                    : `${formatPercent(data.deviationsCovered.percent, lang)} (${t.coveredOf(data.deviationsCovered.covered, data.deviationsCovered.total)})`,
              },
            ]}
          />
          <CountTable title={t.byTheme} rows={data.byTheme.map((row) => ({ ...row, key: row.theme }))} kind="theme" />
          <CountTable title={t.byStatus} rows={data.byStatus.map((row) => ({ ...row, key: row.status }))} kind="status" />
        </VStack>
      )}
    </VStack>
  );
}

type Row = Coverage['byTheme'][number] & { key: string };

function CountTable({ title, rows, kind }: { title: string; rows: Array<Omit<Row, 'theme'>>; kind: 'theme' | 'status' }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  if (rows.length === 0) return null;
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {title}
      </Heading>
      <Table size="small">
        <caption className="aksel-sr-only">{title}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{kind === 'theme' ? t.colTheme : t.colStatus}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.deviations}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.proposals}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.colCount}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.HeaderCell scope="row">{kind === 'theme' ? (row.key === 'none' ? t.noTheme : v.theme(row.key)) : v.status(row.key)}</Table.HeaderCell>
              <Table.DataCell align="right">{row.deviation}</Table.DataCell>
              <Table.DataCell align="right">{row.proposal}</Table.DataCell>
              <Table.DataCell align="right">{row.total}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}
