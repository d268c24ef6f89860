import { BodyShort, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { formatShortDateTime } from '../../dialogue/format';
import { formatMeetingTime } from '../format';
import { meetingTexts } from '../texts';
import type { ParticipantView } from '../types';
import { useMeetingVocabulary } from '../vocabulary';
import { ReplyTag } from './MeetingTags';

/**
 * Who is invited, to which part, and what each has answered (icon and words); contact details
 * only where the server sends them (to NAV), attendance once the minutes record it.
 */
export function ParticipantsTable({ participants, labelledBy }: { participants: ParticipantView[]; labelledBy: string }) {
  const t = useTexts(meetingTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  const showContact = participants.some((p) => p.email || p.phone);
  const showAttendance = participants.some((p) => p.attended !== null);
  return (
    <div className="table-scroll">
      <Table size="small" aria-labelledby={labelledBy} data-testid="participants-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.participant}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.part}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.reply}</Table.HeaderCell>
            {showContact && <Table.HeaderCell scope="col">{t.contact}</Table.HeaderCell>}
            {showAttendance && <Table.HeaderCell scope="col">{t.attendedList}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {participants.map((p) => (
            <Table.Row key={p.id} data-participant-id={p.id} data-role={p.role} data-reply={p.reply ?? 'pending'}>
              <Table.HeaderCell scope="row">
                <VStack gap="space-2">
                  <span>
                    {p.name}
                    {p.isMe && ` ${t.you}`}
                  </span>
                  {p.organisation && (
                    <BodyShort size="small" as="span">
                      {p.organisation}
                    </BodyShort>
                  )}
                </VStack>
              </Table.HeaderCell>
              <Table.DataCell>
                {v.role(p.role)}
                {p.language && ` (${p.language})`}
              </Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-2">
                  <span>{v.part(p.part)}</span>
                  {p.part.kind === 'last_minutes' && (
                    <BodyShort size="small" as="span">
                      {formatMeetingTime(p.window.startsAt, p.window.endsAt, lang)}
                    </BodyShort>
                  )}
                </VStack>
              </Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-4" align="start">
                  <ReplyTag reply={p.reply} />
                  {p.replyReason && (
                    <BodyShort size="small" className="meetings-text">
                      {p.replyReason}
                    </BodyShort>
                  )}
                  {p.repliedAt && (
                    <BodyShort size="small" className="meetings-subtle">
                      {p.replyChannel ? t.repliedAt(formatShortDateTime(p.repliedAt, lang), v.channel(p.replyChannel)) : formatShortDateTime(p.repliedAt, lang)}
                    </BodyShort>
                  )}
                </VStack>
              </Table.DataCell>
              {showContact && (
                <Table.DataCell>
                  <VStack gap="space-2">
                    <EmailLink email={p.email} />
                    <PhoneLink phone={p.phone} />
                  </VStack>
                </Table.DataCell>
              )}
              {showAttendance && <Table.DataCell>{p.attended === null ? '–' : p.attended ? t.attended : t.didNotAttend}</Table.DataCell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
