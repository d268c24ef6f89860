import { Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { importTexts } from '../texts';
import type { RejectedRow } from '../types';

/** The rows the server refused, with line number, field and reason. */
export function RejectedRowsTable({ rows }: { rows: RejectedRow[] }) {
  const t = useTexts(importTexts);
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.rejectedHeading} data-testid="rejected-rows">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.line}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.field}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.reason}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row, index) => (
            <Table.Row key={`${row.line}-${row.field ?? ''}-${index}`}>
              <Table.HeaderCell scope="row">{row.line}</Table.HeaderCell>
              <Table.DataCell>{row.field}</Table.DataCell>
              <Table.DataCell>{row.reason}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
