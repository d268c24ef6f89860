import { BodyShort, Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { PersonContactRole } from '../types';
import { usePurposeLabel } from '../usePurposeLabel';

/** The organisations a person is a contact for, and for what. */
export function PersonContactRolesTable({ contactRoles }: { contactRoles: PersonContactRole[] }) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const purposeLabel = usePurposeLabel();
  if (contactRoles.length === 0) return <BodyShort>{t.noContactRoles}</BodyShort>;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.contactRoles}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.purpose}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.organisation}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.note}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {contactRoles.map((role) => (
            <Table.Row key={role.id}>
              <Table.HeaderCell scope="row">{purposeLabel(role.purpose)}</Table.HeaderCell>
              <Table.DataCell>
                <AppLink to={`/katalog/organisasjoner/${encodeURIComponent(role.organisation.id)}`}>
                  {role.organisation.name}
                </AppLink>
              </Table.DataCell>
              <Table.DataCell>{role.note}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
