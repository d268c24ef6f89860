import { Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format';
import { citizenTexts } from '../texts';
import type { CitizenSummary } from '../types';
import { ProtectionTags } from './ProtectionTags';

export function CitizenTable({ citizens, labelledBy }: { citizens: CitizenSummary[]; labelledBy: string }) {
  const t = useTexts(citizenTexts);
  return (
    <div className="table-scroll">
      <Table size="small" aria-labelledby={labelledBy} data-testid="citizen-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.birthDate}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.municipality}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.regularGp}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.navOffice}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.notes}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {citizens.map((citizen) => (
            <Table.Row key={citizen.id}>
              <Table.HeaderCell scope="row">
                <AppLink to={`/personer/${encodeURIComponent(citizen.id)}`}>{citizen.name}</AppLink>
              </Table.HeaderCell>
              <Table.DataCell>{formatDate(citizen.birthDate)}</Table.DataCell>
              <Table.DataCell>{citizen.municipalityName}</Table.DataCell>
              <Table.DataCell>{citizen.regularGp?.name}</Table.DataCell>
              <Table.DataCell>{citizen.navOffice?.name}</Table.DataCell>
              <Table.DataCell>
                <ProtectionTags protection={citizen.protection} shielded={citizen.shielded} />
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
