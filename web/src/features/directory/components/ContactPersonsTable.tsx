import { BodyShort, Table } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { OrgContactRole } from '../types';
import { usePurposeLabel } from '../usePurposeLabel';

interface Props {
  contactRoles: OrgContactRole[];
  /** Controls for one row (administrators), shown in a last "Handlinger" column. */
  rowAction?: (role: OrgContactRole) => ReactNode;
}

/** An organisation's contact roles: whom to call for what. */
export function ContactPersonsTable({ contactRoles, rowAction }: Props) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const purposeLabel = usePurposeLabel();
  if (contactRoles.length === 0) return <BodyShort>{t.noContactPersons}</BodyShort>;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.contactPersons}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.purpose}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.phone}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.email}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.note}</Table.HeaderCell>
            {rowAction && <Table.HeaderCell scope="col">{t.actions}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {contactRoles.map((role) => (
            <Table.Row key={role.id}>
              <Table.HeaderCell scope="row">{purposeLabel(role.purpose)}</Table.HeaderCell>
              <Table.DataCell>
                <AppLink to={`/katalog/personer/${encodeURIComponent(role.person.id)}`}>{role.person.name}</AppLink>
              </Table.DataCell>
              <Table.DataCell>
                <PhoneLink phone={role.person.phone} />
              </Table.DataCell>
              <Table.DataCell>
                <EmailLink email={role.person.email} />
              </Table.DataCell>
              <Table.DataCell>{role.note}</Table.DataCell>
              {rowAction && <Table.DataCell>{rowAction(role)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
