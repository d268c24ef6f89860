import { BodyShort, Link, Table, Tag } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { arenaPath, sessionIcsUrl, useMySessions } from '../api';
import { listTexts } from '../texts';
import { useArenaVocabulary } from '../vocabulary';

/** "My arenas": the user's upcoming sessions across kinds, each with its calendar file. */
export function MySessions() {
  const t = useTexts(listTexts);
  const v = useArenaVocabulary();
  const lang = useLang();
  const sessions = useMySessions();
  return (
    <Section title={t.upcoming}>
      {sessions.isPending && <LoadingState />}
      {sessions.isError && <ApiErrorAlert error={sessions.error} />}
      {sessions.data && sessions.data.length === 0 && <BodyShort>{t.noUpcoming}</BodyShort>}
      {sessions.data && sessions.data.length > 0 && (
        <Table size="small" data-testid="my-sessions">
          <caption className="aksel-sr-only">{t.upcoming}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.when}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.what}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.where}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.downloadIcs}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sessions.data.slice(0, 20).map((s) => (
              <Table.Row key={s.sessionId}>
                <Table.DataCell>
                  {formatDateTime(s.startsAt, lang)} {s.status === 'cancelled' && <Tag size="xsmall" variant="error">{v.session('cancelled')}</Tag>}
                </Table.DataCell>
                <Table.DataCell>
                  <AppLink to={arenaPath(s.arenaId)}>{s.arenaTitle}</AppLink> ({v.kind(s.kind)}
                  {s.organiser ? `, ${t.organiser.toLowerCase()}` : s.myStatus && s.myStatus !== 'signed_up' ? `, ${v.participant(s.myStatus).toLowerCase()}` : ''})
                </Table.DataCell>
                <Table.DataCell>{s.location}</Table.DataCell>
                <Table.DataCell>
                  <Link href={sessionIcsUrl(s.sessionId)} download>
                    .ics
                  </Link>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  );
}
