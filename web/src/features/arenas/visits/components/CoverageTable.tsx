import { Table } from '@navikt/ds-react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { visitTexts } from '../texts';
import type { Coverage, CoverageRow } from '../types';

/** The map-free summary: per municipality, how many offices are contacted, booked, done and declined. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const t = useTexts(visitTexts);
  const cells = (row: CoverageRow) => (
    <>
      <Table.DataCell align="right">{row.offices}</Table.DataCell>
      <Table.DataCell align="right">{row.contacted}</Table.DataCell>
      <Table.DataCell align="right">{row.booked}</Table.DataCell>
      <Table.DataCell align="right">{row.done}</Table.DataCell>
      <Table.DataCell align="right">{row.declined}</Table.DataCell>
      <Table.DataCell align="right">{row.shareDonePercent} %</Table.DataCell>
    </>
  );
  return (
    <Table size="small" data-testid="visit-coverage">
      <caption className="aksel-sr-only">{t.coverageCaption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.colMunicipality}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colOffices}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colContacted}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colBooked}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colDone}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colDeclined}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colShare}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {coverage.municipalities.map((row) => (
          <Table.Row key={row.municipalityNumber} data-testid={`coverage-${row.municipalityNumber}`}>
            <Table.HeaderCell scope="row">{row.municipalityName ? `${row.municipalityName} (${row.municipalityNumber})` : row.municipalityNumber}</Table.HeaderCell>
            {cells(row)}
          </Table.Row>
        ))}
      </Table.Body>
      <tfoot>
        <Table.Row data-testid="coverage-total">
          <Table.HeaderCell scope="row">{t.total}</Table.HeaderCell>
          {cells(coverage.total)}
        </Table.Row>
      </tfoot>
    </Table>
  );
}
