import { BodyShort, Table } from '@navikt/ds-react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatPercent, formatPeriod } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { OrgPosition } from '../types';

/** The people holding positions ("hats") at an organisation. */
export function StaffTable({ positions }: { positions: OrgPosition[] }) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  if (positions.length === 0) return <BodyShort>{t.noStaff}</BodyShort>;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.staff}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{common.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.title}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.sharePercent}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.period}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {positions.map((position) => (
            <Table.Row key={position.id}>
              <Table.HeaderCell scope="row">
                <AppLink to={`/katalog/personer/${encodeURIComponent(position.person.id)}`}>
                  {position.person.name}
                </AppLink>
              </Table.HeaderCell>
              <Table.DataCell>{roleLabel(position.role)}</Table.DataCell>
              <Table.DataCell>{position.title}</Table.DataCell>
              <Table.DataCell>{formatPercent(position.sharePercent, lang)}</Table.DataCell>
              <Table.DataCell>{formatPeriod(position.validFrom, position.validTo, common.from)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
