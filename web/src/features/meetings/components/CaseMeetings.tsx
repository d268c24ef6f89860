import { CalendarIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack, Table, VStack } from '@navikt/ds-react';
import { forwardRef, useId, useRef, useState, type MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { MilestoneStatusTag } from '../../sickleave/components/StatusTags';
import { meetingPath, newMeetingPath, useCaseMeetings } from '../api';
import { formatMeetingTime } from '../format';
import { caseMeetingTexts } from '../texts';
import type { CaseMeetings as CaseMeetingsData, MeetingView } from '../types';
import { useMeetingVocabulary } from '../vocabulary';
import { ExceptionModal, Meeting1Modal, MeetingNeedModal } from './CaseMeetingModals';
import { countReplies, MeetingStatusTag, ReplyCountTags } from './MeetingTags';

interface Props {
  caseId: string;
  /** The case page's status region: success messages go there. */
  onStatus: (message: string) => void;
}

type OpenModal = 'meeting1' | 'exception' | 'need';

/**
 * The case page's "Dialogmøter": the case's meetings with their replies at a glance, the deadline
 * for meeting 2 (or its exception), and what the viewer may do, as the server's flags say.
 */
export const CaseMeetings = forwardRef<HTMLHeadingElement, Props>(function CaseMeetings({ caseId, onStatus }, ref) {
  const t = useTexts(caseMeetingTexts);
  const headingId = useId();
  const query = useCaseMeetings(caseId);
  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} data-testid="case-meetings">
      <Heading ref={ref} level="2" size="medium" id={headingId} tabIndex={-1} className="focus-target">
        {t.title}
      </Heading>
      {query.isPending && <LoadingState />}
      {query.isError && <ApiErrorAlert error={query.error} size="small" />}
      {query.data && <CaseMeetingsBody caseId={caseId} data={query.data} onStatus={onStatus} />}
    </VStack>
  );
});

function CaseMeetingsBody({ caseId, data, onStatus }: { caseId: string; data: CaseMeetingsData } & Pick<Props, 'onStatus'>) {
  const t = useTexts(caseMeetingTexts);
  const v = useMeetingVocabulary();
  const me = useSignedInUser();
  const [modal, setModal] = useState<OpenModal | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = (next: OpenModal) => (event: MouseEvent<HTMLElement>) => {
    opener.current = event.currentTarget;
    setModal(next);
  };
  const m2 = data.meeting2;
  const sorted = [...data.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const anyAction = data.canConvene || data.canRegisterMeeting1 || data.canRecordException || data.canAskForMeeting;
  return (
    <>
      {m2 && (
        <VStack gap="space-8" data-testid="meeting2-deadline" data-status={m2.status}>
          <Heading level="3" size="xsmall">
            {t.meeting2}
          </Heading>
          <InfoList
            items={[
              { label: t.candidateFrom, value: formatDate(m2.candidateFrom) },
              { label: t.dueBy, value: formatDate(m2.dueBy) },
              { label: t.deadlineStatus, value: <MilestoneStatusTag status={m2.status} /> },
              {
                label: t.exception,
                value: m2.exception ? `${t.exceptionValue(v.exception(m2.exception.reason), formatDate(m2.exception.on))}${m2.exception.note ? `. ${m2.exception.note}` : ''}` : null,
              },
            ]}
          />
        </VStack>
      )}
      {sorted.length === 0 ? <BodyShort>{t.none}</BodyShort> : <MeetingsTable meetings={sorted} />}
      {anyAction && (
        <HStack gap="space-12" wrap>
          {data.canConvene && (
            <Button as={RouterLink} to={newMeetingPath(caseId)} role="link" variant="secondary" icon={<CalendarIcon aria-hidden />}>
              {t.convene}
            </Button>
          )}
          {data.canRegisterMeeting1 && (
            <Button type="button" variant="secondary" onClick={open('meeting1')}>
              {t.registerMeeting1}
            </Button>
          )}
          {data.canRecordException && (
            <Button type="button" variant="secondary" onClick={open('exception')}>
              {t.recordException}
            </Button>
          )}
          {data.canAskForMeeting && (
            <Button type="button" variant="secondary" onClick={open('need')}>
              {t.askForMeeting}
            </Button>
          )}
        </HStack>
      )}
      {modal === 'meeting1' && <Meeting1Modal caseId={caseId} onClose={() => setModal(null)} onSaved={onStatus} returnFocusTo={() => opener.current} />}
      {modal === 'exception' && <ExceptionModal caseId={caseId} onClose={() => setModal(null)} onSaved={onStatus} returnFocusTo={() => opener.current} />}
      {modal === 'need' && (
        <MeetingNeedModal caseId={caseId} isGp={me.role === 'gp'} onClose={() => setModal(null)} onSaved={onStatus} returnFocusTo={() => opener.current} />
      )}
    </>
  );
}

function MeetingsTable({ meetings }: { meetings: MeetingView[] }) {
  const t = useTexts(caseMeetingTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="case-meeting-table">
        <caption className="aksel-sr-only">{t.tableLabel}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.meeting}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.time}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.replies}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {meetings.map((m) => {
            const registration = m.kind === 'dm1' && m.heldOn;
            return (
              <Table.Row key={m.id} data-meeting-id={m.id} data-kind={m.kind} data-status={m.status}>
                <Table.HeaderCell scope="row">
                  <AppLink to={meetingPath(m.id)}>{v.kind(m.kind)}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell>{registration ? t.heldOn(formatDate(m.heldOn)) : formatMeetingTime(m.startsAt, m.endsAt, lang)}</Table.DataCell>
                <Table.DataCell>
                  <MeetingStatusTag status={m.status} />
                </Table.DataCell>
                <Table.DataCell>
                  {registration ? (
                    m.gpTookPart === null ? '–' : m.gpTookPart ? t.gpTookPart : t.gpDidNotTakePart
                  ) : m.participants.length > 0 ? (
                    <ReplyCountTags counts={countReplies(m.participants)} />
                  ) : (
                    '–'
                  )}
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
