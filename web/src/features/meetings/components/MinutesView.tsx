import { BodyLong, BodyShort, Heading, List, Table, Tag, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { meetingTexts } from '../texts';
import type { MeetingView, MinutesView as Minutes } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

/** The minutes as the viewer may see them (the employer's copy has no medical information). */
export function MinutesView({ meeting, minutes, showMedicalNote }: { meeting: MeetingView; minutes: Minutes; showMedicalNote: boolean }) {
  const t = useTexts(meetingTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  const attended = meeting.participants.filter((p) => p.attended === true);
  const absent = meeting.participants.filter((p) => p.attended === false);
  return (
    <VStack gap="space-20" data-testid="minutes" data-version={minutes.version}>
      <VStack gap="space-4">
        <BodyShort size="small" className="meetings-subtle">
          {t.version(minutes.version, minutes.writtenBy, formatDateTime(minutes.writtenAt, lang))}
        </BodyShort>
        {minutes.correctionReason && (
          <div>
            <Tag size="small" variant="outline" data-color="warning">
              {t.correctionNote(minutes.correctionReason)}
            </Tag>
          </div>
        )}
      </VStack>
      <Part title={t.situation} text={minutes.situation} />
      <Part title={t.conclusion} text={minutes.conclusion} />
      {minutes.medicalInformation !== undefined && minutes.medicalInformation !== null && minutes.medicalInformation !== '' && (
        <VStack gap="space-4" data-testid="minutes-medical">
          <Heading level="3" size="xsmall">
            {t.medicalInformation.replace(/ \((valgfritt|optional)\)$/, '')}
          </Heading>
          {showMedicalNote && (
            <BodyShort size="small" className="meetings-subtle">
              {t.medicalInformationNote}
            </BodyShort>
          )}
          <BodyLong className="meetings-text">{minutes.medicalInformation}</BodyLong>
        </VStack>
      )}
      <VStack gap="space-8">
        <Heading level="3" size="xsmall" id={`tasks-${meeting.id}`}>
          {t.tasks}
        </Heading>
        {minutes.tasks.length === 0 ? (
          <BodyShort>{t.noTasks}</BodyShort>
        ) : (
          <div className="table-scroll">
            <Table size="small" aria-labelledby={`tasks-${meeting.id}`} data-testid="minutes-tasks">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.taskOwner}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.taskText}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.taskDueOn.replace(/ \((valgfritt|optional)\)$/, '')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {minutes.tasks.map((task, index) => (
                  <Table.Row key={index} data-owner={task.owner}>
                    <Table.HeaderCell scope="row">{v.owner(task.owner)}</Table.HeaderCell>
                    <Table.DataCell className="meetings-text">{task.text}</Table.DataCell>
                    <Table.DataCell>{task.dueOn ? formatDate(task.dueOn) : '–'}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </VStack>
      {(attended.length > 0 || absent.length > 0) && (
        <VStack gap="space-8">
          <Heading level="3" size="xsmall">
            {t.attendance}
          </Heading>
          {attended.length > 0 && (
            <List size="small" aria-label={t.attendedList}>
              {attended.map((p) => (
                <List.Item key={p.id}>{`${t.attended}: ${p.name} (${v.role(p.role)})`}</List.Item>
              ))}
            </List>
          )}
          {absent.length > 0 && (
            <List size="small" aria-label={t.notAttendedList}>
              {absent.map((p) => (
                <List.Item key={p.id}>{`${t.didNotAttend}: ${p.name} (${v.role(p.role)})`}</List.Item>
              ))}
            </List>
          )}
        </VStack>
      )}
      {minutes.otherParticipants && <Part title={t.otherParticipants.replace(/ \((valgfritt|optional)\)$/, '')} text={minutes.otherParticipants} />}
      {meeting.minutesVersions.length > 1 && (
        <VStack gap="space-8">
          <Heading level="3" size="xsmall">
            {t.versions}
          </Heading>
          <List size="small" data-testid="minutes-versions">
            {[...meeting.minutesVersions]
              .sort((a, b) => b.version - a.version)
              .map((version) => (
                <List.Item key={version.version}>
                  {t.version(version.version, version.writtenBy, formatDateTime(version.writtenAt, lang))}
                  {version.correctionReason && `. ${t.correctionNote(version.correctionReason)}`}
                </List.Item>
              ))}
          </List>
        </VStack>
      )}
    </VStack>
  );
}

function Part({ title, text }: { title: string; text: string }) {
  return (
    <VStack gap="space-4">
      <Heading level="3" size="xsmall">
        {title}
      </Heading>
      <BodyLong className="meetings-text">{text}</BodyLong>
    </VStack>
  );
}
