import { BodyShort, Link, Table, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { forumMeetingPath, useBodyMeetings } from '../api';
import { bodyTexts } from '../texts';
import type { BodyDetail } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { NewMeetingForm } from './NewMeetingForm';

/** The body's meetings, newest first, and this year's open thematic meetings against the target. */
export function MeetingsPanel({ body, manages }: { body: BodyDetail; manages: boolean }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  const lang = useLang();
  const meetings = useBodyMeetings(body.id);
  return (
    <VStack gap="space-16">
      {meetings.isPending && <LoadingState />}
      {meetings.isError && <ApiErrorAlert error={meetings.error} />}
      {meetings.data && (
        <>
          <BodyShort>{t.openMeetingsGoal(meetings.data.openMeetings.held + meetings.data.openMeetings.planned, meetings.data.openMeetings.wanted)}</BodyShort>
          {meetings.data.meetings.length === 0 ? (
            <BodyShort>{t.noMeetings}</BodyShort>
          ) : (
            <Table size="small" data-testid="forum-meetings">
              <caption className="aksel-sr-only">{t.meetingsCaption}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">{t.colMeeting}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t.colWhen}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t.colKind}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col">{t.colStatus}</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {meetings.data.meetings.map((meeting) => (
                  <Table.Row key={meeting.id}>
                    <Table.HeaderCell scope="row">
                      <Link as={RouterLink} to={forumMeetingPath(meeting.id)}>
                        {meeting.title}
                      </Link>
                    </Table.HeaderCell>
                    <Table.DataCell>{formatDateTime(meeting.startsAt, lang)}</Table.DataCell>
                    <Table.DataCell>{v.meetingKind(meeting.kind)}</Table.DataCell>
                    <Table.DataCell>{v.meetingStatus(meeting.status)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
      {manages && <NewMeetingForm bodyId={body.id} />}
    </VStack>
  );
}
