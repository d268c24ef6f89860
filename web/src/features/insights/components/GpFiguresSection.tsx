import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { gpCsvUrl, useGpFigures } from '../api';
import { insightTexts } from '../texts';
import { formatValue } from './KpiCard';

/** A GP's own figures beside the spread of the area's GPs (never another GP's figure). */
export function GpFiguresSection({ from, to }: { from: string; to: string }) {
  const t = useTexts(insightTexts);
  const lang = useLang();
  const figures = useGpFigures(from, to);
  const data = figures.data;
  return (
    <Section title={t.gpTitle}>
      <BodyLong>{t.gpIntro}</BodyLong>
      {figures.isPending && <LoadingState />}
      {figures.isError && <ApiErrorAlert error={figures.error} />}
      {data && (
        <VStack gap="space-12" data-testid="gp-figures">
          <BodyShort>{data.area ? t.gpArea(data.area.name) : t.gpNoArea}</BodyShort>
          {data.asOf && <BodyShort size="small">{t.asOf(formatDateTime(data.asOf, lang))}</BodyShort>}
          <Table size="small" className="insights-table">
            <caption className="aksel-sr-only">{t.gpTitle}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t.gpFigure}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpYours}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpBasis}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpLower}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpMedian}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpUpper}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">{t.gpCount}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.figures.map((f) => (
                <Table.Row key={f.key}>
                  <Table.HeaderCell scope="row">{f[lang]}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatValue(f.own.value, f.unit, lang, t)}</Table.DataCell>
                  <Table.DataCell align="right">{f.own.basis}</Table.DataCell>
                  {f.area ? (
                    <>
                      <Table.DataCell align="right">{formatValue(f.area.lowerQuartile, f.unit, lang, t)}</Table.DataCell>
                      <Table.DataCell align="right">{formatValue(f.area.median, f.unit, lang, t)}</Table.DataCell>
                      <Table.DataCell align="right">{formatValue(f.area.upperQuartile, f.unit, lang, t)}</Table.DataCell>
                      <Table.DataCell align="right">{f.area.gps}</Table.DataCell>
                    </>
                  ) : (
                    <Table.DataCell colSpan={4}>{t.gpNoSpread}</Table.DataCell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Button as="a" href={gpCsvUrl(from, to)} download variant="secondary" size="small" icon={<DownloadIcon aria-hidden />} className="insights-no-print">
            {t.gpCsv}
          </Button>
        </VStack>
      )}
    </Section>
  );
}
