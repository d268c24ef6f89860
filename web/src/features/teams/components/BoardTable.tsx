import { BodyShort, Table, Tag, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDateTime } from '../../../shared/format';
import { coursePath } from '../api';
import { teamTexts } from '../texts';
import type { BoardRow } from '../types';
import { useTeamVocabulary } from '../vocabulary';

/** Flagged courses first (what needs the team this week), then by the next session. */
export function boardOrder(rows: readonly BoardRow[]): BoardRow[] {
  const next = (row: BoardRow) => row.nextSession?.startsAt ?? '\uffff';
  return [...rows].sort((a, b) => Number(b.overdue.length > 0) - Number(a.overdue.length > 0) || next(a).localeCompare(next(b)) || a.participant.name.localeCompare(b.participant.name, 'nb'));
}

/** The weekly review: one row per active participant; overdue follow-ups in words. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  const t = useTexts(teamTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="team-board">
        <caption className="aksel-sr-only">{t.boardCaption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.colParticipant}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colNext}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colSessions}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colGoals}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colFollowUp}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.colPeople}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {boardOrder(rows).map((row) => (
            <Table.Row key={row.courseId} data-course-id={row.courseId} data-overdue={row.overdue.length > 0 ? 'true' : 'false'}>
              <Table.HeaderCell scope="row">
                <AppLink to={coursePath(row.courseId)}>{row.participant.name}</AppLink>
              </Table.HeaderCell>
              <Table.DataCell>
                {row.nextSession ? (
                  <VStack gap="space-2">
                    <span>{formatDateTime(row.nextSession.startsAt, lang)}</span>
                    <span className="teams-subtle">{v.session(row.nextSession.kind)}</span>
                  </VStack>
                ) : (
                  <span className="teams-subtle">{t.noNext}</span>
                )}
              </Table.DataCell>
              <Table.DataCell>{`${row.sessionsHeld} / ${row.sessionBudget}`}</Table.DataCell>
              <Table.DataCell>{row.openGoals}</Table.DataCell>
              <Table.DataCell>
                {row.overdue.length === 0 ? (
                  <BodyShort size="small" className="teams-subtle">
                    {t.nothingOverdue}
                  </BodyShort>
                ) : (
                  <ul className="plain-list">
                    {row.overdue.map((flag) => (
                      <li key={flag}>
                        <Tag size="xsmall" variant="moderate" data-color="warning" data-flag={flag}>
                          {v.followUp(flag)}
                        </Tag>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.DataCell>
              <Table.DataCell>{[row.therapistName, row.jobSpecialistName].filter(Boolean).join(' / ')}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
