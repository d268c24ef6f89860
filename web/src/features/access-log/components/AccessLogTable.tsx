import { Table } from '@navikt/ds-react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useAuditVocabulary } from '../../../shared/auditVocabulary';
import { formatDateTime } from '../../../shared/format';
import { accessLogTexts } from '../texts';
import type { AccessLogEntry } from '../types';

export function AccessLogTable({ entries }: { entries: AccessLogEntry[] }) {
  const t = useTexts(accessLogTexts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  const vocabulary = useAuditVocabulary();
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.tableLabel} data-testid="access-log-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.at}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.who}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.organisation}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.what}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.purpose}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((entry, index) => (
            <Table.Row key={`${entry.at}-${index}`}>
              <Table.DataCell>
                <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              </Table.DataCell>
              <Table.DataCell>{entry.actorName}</Table.DataCell>
              <Table.DataCell>{entry.actorRole && roleLabel(entry.actorRole)}</Table.DataCell>
              <Table.DataCell>{entry.organisationName}</Table.DataCell>
              <Table.DataCell>
                {vocabulary.action(entry.action)}
                {entry.outcome === 'denied' && ` (${vocabulary.outcome(entry.outcome).toLowerCase()})`}
              </Table.DataCell>
              <Table.DataCell>{vocabulary.purpose(entry.purpose)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
