import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Table, Tag, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { Section } from '../../../../shared/components/Section';
import { formatDate, formatDateTime } from '../../../../shared/format';
import { formatRange } from '../../format';
import { coursePartTexts } from '../../texts';
import type { CourseView, Session } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';
import { BookSessionModal } from './BookSessionModal';
import { RecordSessionModal } from './RecordSessionModal';

const STATUS_COLOUR: Record<string, 'info' | 'success' | 'warning' | 'neutral'> = { booked: 'info', held: 'success', missed: 'warning', cancelled: 'neutral' };

interface Props {
  course: CourseView;
  canBook: boolean;
  canRecord: boolean;
  /**
   * The viewer is on the treating side (the server's `manage_consent` is theirs alone, whatever the
   * course's state); the job specialist books and records only the joint meetings.
   */
  treating: boolean;
  onStatus: (message: string) => void;
}

/** The sessions with who took part, the GP's part and tariff; booking and recording them. */
export function SessionsSection({ course, canBook, canRecord, treating, onStatus }: Props) {
  const t = useTexts(coursePartTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const [open, setOpen] = useState<{ kind: 'book' } | { kind: 'record'; session: Session } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const bookButton = useRef<HTMLButtonElement>(null);
  if (!course.sessions) return null;
  const sessions = [...course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const joint = course.jointMeeting;
  const endOf = (s: Session) => new Date(Date.parse(s.startsAt) + s.durationMinutes * 60_000).toISOString();
  return (
    <Section title={t.sessions}>
      <BodyShort>
        {t.budgetLine(course.regularUsed, course.sessionBudget, course.sessionsHeld)}
        {course.refreshersUsed > 0 || course.status === 'completed' ? ` · ${t.refreshersLine(course.refreshersUsed, course.refresherLimit)}` : ''}
      </BodyShort>
      {joint?.applies && (
        <Alert variant={joint.due ? 'warning' : 'info'} size="small" inline>
          {joint.bookedAt
            ? t.jointBooked(formatDateTime(joint.bookedAt, lang))
            : joint.due
              ? t.jointDue
              : joint.sessionsLeft !== null
                ? t.jointIn(joint.sessionsLeft)
                : joint.dueOn
                  ? t.jointMonthly(formatDate(joint.dueOn))
                  : null}
        </Alert>
      )}
      {sessions.length === 0 ? (
        <BodyShort>{t.sessionsEmpty}</BodyShort>
      ) : (
        <div className="table-scroll">
          <Table size="small" data-testid="course-sessions">
            <caption className="aksel-sr-only">{t.sessionsCaption}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colKind}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colWhen}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colGp}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colAttendees}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colNote}</Table.HeaderCell>
                {canRecord && (
                  <Table.HeaderCell scope="col">
                    <span className="aksel-sr-only">{t.record}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sessions.map((s) => (
                <Table.Row key={s.id} data-session-kind={s.kind} data-session-status={s.status}>
                  <Table.HeaderCell scope="row">{v.session(s.kind)}</Table.HeaderCell>
                  <Table.DataCell>{formatRange(s.startsAt, endOf(s), lang)}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant="moderate" data-color={STATUS_COLOUR[s.status] ?? 'neutral'}>
                      {v.sessionStatus(s.status)}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell>
                    {s.kind === 'start' || s.kind === 'end' ? (
                      <VStack gap="space-2">
                        <span>{s.gpLastMinutes !== null ? t.gpLast(s.gpLastMinutes) : t.gpNot}</span>
                        {s.gpTariff?.code && s.gpTariff.text && <span className="teams-subtle">{t.tariffHint(s.gpTariff.text)}</span>}
                      </VStack>
                    ) : (
                      ''
                    )}
                  </Table.DataCell>
                  <Table.DataCell>{s.attendees.map(v.attendee).join(', ')}</Table.DataCell>
                  <Table.DataCell>
                    <VStack gap="space-2">
                      {s.note && <span className="teams-text">{s.note}</span>}
                      {s.pastReason && <span className="teams-subtle">{t.pastReasonShown(s.pastReason)}</span>}
                    </VStack>
                  </Table.DataCell>
                  {canRecord && (
                    <Table.DataCell>
                      {/* A closed course takes no more records, but for refresher sessions (they follow the end). */}
                      {s.status === 'booked' && (course.status === 'active' || s.kind === 'refresher') && (treating || s.kind === 'joint') && (
                        <Button
                          type="button"
                          size="small"
                          variant="secondary"
                          aria-label={t.recordLabel(v.session(s.kind).toLowerCase(), formatDateTime(s.startsAt, lang))}
                          onClick={(event) => {
                            opener.current = event.currentTarget;
                            setOpen({ kind: 'record', session: s });
                          }}
                        >
                          {t.record}
                        </Button>
                      )}
                    </Table.DataCell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {canBook && (
        <div>
          <Button ref={bookButton} type="button" size="small" icon={<PlusIcon aria-hidden />} onClick={() => setOpen({ kind: 'book' })}>
            {t.book}
          </Button>
        </div>
      )}
      {open?.kind === 'book' && (
        <BookSessionModal
          course={course}
          onlyJoint={!treating}
          onClose={() => setOpen(null)}
          onBooked={() => {
            setOpen(null);
            onStatus(t.booked);
          }}
          returnFocusTo={() => bookButton.current}
        />
      )}
      {open?.kind === 'record' && (
        <RecordSessionModal
          session={open.session}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onStatus(t.recorded);
          }}
          // The row's button is gone once recorded: back to "Book a session".
          returnFocusTo={() => (opener.current?.isConnected ? opener.current : bookButton.current)}
        />
      )}
    </Section>
  );
}
