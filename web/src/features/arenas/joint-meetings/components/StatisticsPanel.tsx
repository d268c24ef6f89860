import { BodyShort, Button, HGrid, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { formatDate } from '../../../../shared/format';
import { useStatistics } from '../api';
import { jointTexts } from '../texts';

/** The area's figures for the meeting, fetched when asked for (they take a moment to count). */
export function StatisticsPanel({ meetingId }: { meetingId: string }) {
  const t = useTexts(jointTexts);
  const [shown, setShown] = useState(false);
  const stats = useStatistics(meetingId, shown);
  if (!shown) {
    return (
      <VStack gap="space-8">
        <BodyShort>{t.statisticsIntro}</BodyShort>
        <div>
          <Button variant="secondary" size="small" onClick={() => setShown(true)}>
            {t.showStatistics}
          </Button>
        </div>
      </VStack>
    );
  }
  if (stats.isPending) return <LoadingState />;
  if (stats.isError) return <ApiErrorAlert error={stats.error} />;
  const s = stats.data;
  return (
    <VStack gap="space-16" data-testid="joint-statistics">
      <BodyShort>{t.period(formatDate(s.from), formatDate(s.to))}</BodyShort>
      <HGrid gap="space-24" columns={{ xs: 1, md: 2 }} align="start">
        <InfoList
          items={[
            { label: t.gpOffices, value: String(s.gpOffices) },
            { label: t.openCases, value: String(s.sickLeave.openCases) },
            { label: t.startedInPeriod, value: String(s.sickLeave.startedInPeriod) },
            { label: t.requests, value: String(s.dialogue.requests) },
            { label: t.answered, value: String(s.dialogue.answered) },
            { label: t.onTime, value: `${s.dialogue.answeredOnTimePercent} %` },
            { label: t.medianReply, value: s.dialogue.medianReplyDays === null ? '–' : String(s.dialogue.medianReplyDays) },
            { label: t.meetingsHeld, value: String(s.meetings.held) },
            { label: t.gpInvited, value: `${s.meetings.gpInvited} (${s.meetings.gpInvitedPercent} %)` },
            { label: t.gpAttended, value: `${s.meetings.gpAttended} (${s.meetings.gpAttendedPercent} %)` },
          ]}
        />
        <Table size="small">
          <caption>{t.byWeeksCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colWeeks}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colCases}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {s.sickLeave.byWeeks.map((b) => (
              <Table.Row key={b.band}>
                <Table.HeaderCell scope="row">{b.band}</Table.HeaderCell>
                <Table.DataCell align="right">{b.cases}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </HGrid>
    </VStack>
  );
}
