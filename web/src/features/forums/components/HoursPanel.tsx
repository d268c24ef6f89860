import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useHours } from '../api';
import { startOfYearIso, todayIso } from '../manage';
import { downloadText } from '../../interop/components/XmlDocument';
import { adminTexts, bodyTexts } from '../texts';
import type { BodyDetail, HoursReport } from '../types';
import { LogHoursForm } from './LogHoursForm';
import { PeriodFields } from './PeriodFields';

/** The overview as CSV for a spreadsheet (semicolons and decimal commas, as Norwegian Excel reads them). */
function hoursCsv(report: HoursReport, header: string): string {
  // A leading = + - @ would make a spreadsheet read the name as a formula.
  const cell = (raw: string) => {
    const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const number = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
  const lines = report.members.map((m) => [cell(m.name), cell(m.represents), number(m.hours), number(m.honorariumNok)].join(';'));
  return `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
}

const nok = (value: number | null, lang: string) =>
  value === null ? '' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);

/** Members' logged hours and honoraria for a period, as CSV too; hours are logged here per member or on a meeting's page for all present. */
export function HoursPanel({ body }: { body: BodyDetail }) {
  const t = useTexts(bodyTexts);
  const a = useTexts(adminTexts);
  const lang = useLang();
  const [period, setPeriod] = useState({ from: startOfYearIso(), to: todayIso() });
  const hours = useHours(body.id, period.from, period.to);
  const data = hours.data;
  return (
    <VStack gap="space-16">
      <PeriodFields idPrefix="hours" from={period.from} to={period.to} onChange={setPeriod} />
      <BodyShort>{t.honorariumRate(data?.honorariumPercent ?? body.honorariumPercent)}</BodyShort>
      {hours.isPending && <LoadingState />}
      {hours.isError && <ApiErrorAlert error={hours.error} />}
      {data && (
        <Table size="small" data-testid="forum-hours">
          <caption className="aksel-sr-only">{t.hoursCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colName}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colHours}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colHonorarium}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.members.map((member) => (
              <Table.Row key={member.memberId}>
                <Table.HeaderCell scope="row">{member.name}</Table.HeaderCell>
                <Table.DataCell align="right">{member.hours.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO')}</Table.DataCell>
                <Table.DataCell align="right">{nok(member.honorariumNok, lang)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{a.total}</Table.HeaderCell>
              <Table.DataCell align="right">{data.totalHours.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO')}</Table.DataCell>
              <Table.DataCell align="right">{nok(data.totalHonorariumNok, lang)}</Table.DataCell>
            </Table.Row>
          </tfoot>
        </Table>
      )}
      {data && (
        <div>
          <Button type="button" variant="secondary" size="small" icon={<DownloadIcon aria-hidden />} onClick={() => downloadText(hoursCsv(data, a.csvHeader), `timer-${body.slug}-${data.from}-${data.to}.csv`, 'text/csv')}>
            {a.downloadCsv}
          </Button>
        </div>
      )}
      <LogHoursForm body={body} />
    </VStack>
  );
}
