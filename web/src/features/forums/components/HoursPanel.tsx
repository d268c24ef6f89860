import { BodyShort, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { useHours } from '../api';
import { startOfYearIso, todayIso } from '../manage';
import { bodyTexts } from '../texts';
import type { BodyDetail } from '../types';
import { PeriodFields } from './PeriodFields';

const nok = (value: number | null, lang: string) =>
  value === null ? '' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);

/** Members' logged hours and honoraria for a period (hours are logged per meeting, on the meeting's page). */
export function HoursPanel({ body }: { body: BodyDetail }) {
  const t = useTexts(bodyTexts);
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
        </Table>
      )}
    </VStack>
  );
}
