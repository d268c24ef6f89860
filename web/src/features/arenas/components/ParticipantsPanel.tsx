import { BodyShort, Table } from '@navikt/ds-react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { Section } from '../../../shared/components/Section';
import { useParticipants } from '../api';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail, Participant } from '../types';
import { useArenaVocabulary } from '../vocabulary';
import { AttendanceForm } from './AttendanceForm';

/** Organisers see who takes part, waits or was nominated, and record attendance per session. */
export function ParticipantsPanel({ arena }: { arena: ArenaDetail }) {
  const m = useTexts(manageTexts);
  const v = useArenaVocabulary();
  const roleLabel = useRoleLabel();
  const participants = useParticipants(arena.id, arena.me.canManage);
  if (participants.isPending) return <LoadingState />;
  if (participants.isError) return <ApiErrorAlert error={participants.error} />;
  const rows = participants.data.filter((p) => p.part === 'participant' && p.status !== 'cancelled' && p.status !== 'declined');
  const describe = (p: Participant) =>
    [v.participant(p.status), p.waitingPlace ? m.waitingPlace(p.waitingPlace) : null, p.nominatedByName ? m.nominatedBy(p.nominatedByName) : null].filter(Boolean).join(', ');
  return (
    <>
      <Section title={m.participants}>
        {rows.length === 0 ? (
          <BodyShort>{m.noParticipants}</BodyShort>
        ) : (
          <Table size="small" data-testid="participants">
            <caption className="aksel-sr-only">{m.participants}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{m.name}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{m.kind}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{m.workplace}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{m.status}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((p) => (
                <Table.Row key={p.id}>
                  <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
                  <Table.DataCell>{roleLabel(p.role)}</Table.DataCell>
                  <Table.DataCell>{[p.organisationName, p.municipalityNumber].filter(Boolean).join(', ')}</Table.DataCell>
                  <Table.DataCell>{describe(p)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>
      {arena.kind === 'small_group_series' && arena.status !== 'cancelled' && <AttendanceForm arena={arena} participants={participants.data.filter((p) => p.part === 'participant' && p.status === 'signed_up')} />}
    </>
  );
}
