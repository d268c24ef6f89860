import { BodyShort, Table } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatPercent, formatPeriod } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { detailTexts } from '../texts';
import type { PersonPosition } from '../types';

interface Props {
  positions: PersonPosition[];
  /** Controls for one row (administrators), shown in a last "Handlinger" column. */
  rowAction?: (position: PersonPosition) => ReactNode;
}

/** A person's positions ("hats") across organisations. */
export function PersonPositionsTable({ positions, rowAction }: Props) {
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  if (positions.length === 0) return <BodyShort>{t.noPositions}</BodyShort>;
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.positions}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{common.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.title}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.organisation}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.sharePercent}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{common.period}</Table.HeaderCell>
            {rowAction && <Table.HeaderCell scope="col">{t.actions}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {positions.map((position) => (
            <Table.Row key={position.id}>
              <Table.HeaderCell scope="row">{roleLabel(position.role)}</Table.HeaderCell>
              <Table.DataCell>{position.title}</Table.DataCell>
              <Table.DataCell>
                <AppLink to={`/katalog/organisasjoner/${encodeURIComponent(position.organisation.id)}`}>
                  {position.organisation.name}
                </AppLink>
              </Table.DataCell>
              <Table.DataCell>{formatPercent(position.sharePercent, lang)}</Table.DataCell>
              <Table.DataCell>{formatPeriod(position.validFrom, position.validTo, common.from)}</Table.DataCell>
              {rowAction && <Table.DataCell>{rowAction(position)}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
