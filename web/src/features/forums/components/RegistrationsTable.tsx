import { BodyShort, Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { forumMeetingTexts } from '../texts';
import type { ForumMeeting } from '../types';

/** Who registered for an open meeting: for the leader and secretary only (the server sends it to them alone). */
export function RegistrationsTable({ registrations }: { registrations: NonNullable<ForumMeeting['registrations']> }) {
  const t = useTexts(forumMeetingTexts);
  if (registrations.length === 0) return <BodyShort>{t.noRegistrations}</BodyShort>;
  return (
    <Table size="small">
      <caption className="aksel-sr-only">{t.registrations}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.colName}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colEmail}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colOrganisation}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {registrations.map((r) => (
          <Table.Row key={r.id}>
            <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
            <Table.DataCell>{r.email}</Table.DataCell>
            <Table.DataCell>{r.organisation}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
