import { BodyShort, Detail, Table } from '@navikt/ds-react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useAuditVocabulary } from '../../../shared/auditVocabulary';
import { formatDateTime } from '../../../shared/format';
import { auditTexts } from '../texts';
import type { AuditEntry } from '../types';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useTexts(auditTexts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  const vocabulary = useAuditVocabulary();
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.title} data-testid="audit-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.at}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.actor}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.action}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.outcome}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.citizen}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.object}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.purpose}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.requestId}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.DataCell>
                <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
              </Table.DataCell>
              <Table.DataCell>
                <BodyShort size="small">{entry.actorName ?? entry.actorUserId}</BodyShort>
                {entry.actorRole && (
                  <Detail textColor="subtle">
                    {[roleLabel(entry.actorRole), entry.actorOrganisationName].filter(Boolean).join(', ')}
                  </Detail>
                )}
                {entry.actorUserId && <Detail textColor="subtle">{entry.actorUserId}</Detail>}
              </Table.DataCell>
              <Table.DataCell>{vocabulary.action(entry.action)}</Table.DataCell>
              <Table.DataCell>{vocabulary.outcome(entry.outcome)}</Table.DataCell>
              <Table.DataCell>
                <BodyShort size="small">{entry.citizenName}</BodyShort>
                {entry.citizenId && <Detail textColor="subtle">{entry.citizenId}</Detail>}
              </Table.DataCell>
              <Table.DataCell>
                <BodyShort size="small">{entry.objectType}</BodyShort>
                {entry.objectId && entry.objectId !== entry.citizenId && (
                  <Detail textColor="subtle">{entry.objectId}</Detail>
                )}
              </Table.DataCell>
              <Table.DataCell>{vocabulary.purpose(entry.purpose)}</Table.DataCell>
              <Table.DataCell>
                <Detail>{entry.requestId}</Detail>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
