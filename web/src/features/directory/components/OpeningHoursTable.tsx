import { BodyShort, Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { capitalise } from '../../../shared/format';
import { detailTexts } from '../texts';
import type { OpeningHours } from '../types';

export function OpeningHoursTable({ hours }: { hours: OpeningHours[] }) {
  const t = useTexts(detailTexts);
  if (hours.length === 0) return <BodyShort>{t.noOpeningHours}</BodyShort>;
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  return (
    <Table size="small" aria-label={t.openingHours}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t.weekday}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.opens}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t.closes}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {sorted.map((row) => (
          <Table.Row key={`${row.weekday}-${row.opens}`}>
            <Table.HeaderCell scope="row">{capitalise(t.weekdayName(row.weekday))}</Table.HeaderCell>
            <Table.DataCell>{row.opens}</Table.DataCell>
            <Table.DataCell>{row.closes}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
