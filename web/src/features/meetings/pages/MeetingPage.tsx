import { CalendarIcon, ChatIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate, formatDateTime } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { threadPath } from '../../dialogue/components/InboxTable';
import { formatNumber } from '../../dialogue/format';
import { calendarFileUrl, useMeeting } from '../api';
import { MeetingActions } from '../components/MeetingActions';
import { MeetingReplyForm } from '../components/MeetingReplyForm';
import { countReplies, MeetingStatusTag } from '../components/MeetingTags';
import { MinutesForm } from '../components/MinutesForm';
import { MinutesView } from '../components/MinutesView';
import { ParticipantsTable } from '../components/ParticipantsTable';
import { formatMeetingTime } from '../format';
import { caseMeetingTexts, meetingTexts } from '../texts';
import type { MeetingView } from '../types';
import { useMeetingVocabulary } from '../vocabulary';
import { isConvenedState } from './NewMeetingPage';

/** What the status region says; kept as data so it follows a change of language. */
type Status = { key: 'convened' | 'replySent' | 'moved' | 'cancelled' | 'closed' | 'completed' } | { key: 'corrected'; version: number };

function statusText(status: Status, t: (typeof meetingTexts)['nb']): string {
  switch (status.key) {
    case 'convened':
      return t.convenedStatus;
    case 'replySent':
      return t.replySent;
    case 'moved':
      return t.moved;
    case 'cancelled':
      return t.cancelled;
    case 'closed':
      return t.closed;
    case 'completed':
      return t.completed;
    case 'corrected':
      return t.corrected(status.version);
  }
}

/** `/dialogmoter/:id`: one dialogue meeting as the viewer may see it, with the actions they have. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const t = useTexts(meetingTexts);
  const common = useTexts(commonTexts);
  const query = useMeeting(id);
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Status | null>(null);
  const convened = useRef(isConvenedState(location.state));

  // Arriving from the convening form: say so once; a reload does not repeat it.
  useEffect(() => {
    if (!convened.current) return;
    setStatus({ key: 'convened' });
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, []);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 403);
    return (
      <VStack gap="space-16">
        <div>
          <AppLink to="/dialogmoter">{t.backToMeetings}</AppLink>
        </div>
        <PageHeading>{notFound ? t.notFoundTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }
  return <MeetingDetail meeting={query.data} status={status} onStatus={setStatus} />;
}

function MeetingDetail({ meeting, status, onStatus }: { meeting: MeetingView; status: Status | null; onStatus: (status: Status) => void }) {
  const t = useTexts(meetingTexts);
  const c = useTexts(caseMeetingTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  const me = useSignedInUser();
  const statusRef = useRef<HTMLDivElement>(null);
  const minutesHeading = useRef<HTMLHeadingElement>(null);
  const [correcting, setCorrecting] = useState(false);
  const ids = { facts: useId(), participants: useId(), reply: useId(), actions: useId(), minutesForm: useId(), minutes: useId(), tariff: useId() };
  const allowed = new Set(meeting.allowedActions);
  const mine = meeting.participants.find((p) => p.id === meeting.myParticipantId || p.isMe);
  const isNav = me.role === 'nav_adviser' || me.role === 'nav_manager';
  const counts = countReplies(meeting.participants);
  // The server gives the reason as a code (`attended`, `cancelled_short_notice`, …); unknown ones as sent.
  const tariffReason = (reason: string) => {
    const value = (t as unknown as Record<string, unknown>)[`tariffReason_${reason}`];
    return typeof value === 'string' ? value : reason;
  };

  /** A message for the status region, which takes the focus when the control that acted is gone. */
  const announce = (message: Status, focus = true) => {
    onStatus(message);
    if (focus) requestAnimationFrame(() => statusRef.current?.focus());
  };

  const facts: { label: string; value: ReactNode }[] = [
    { label: t.concerns, value: meeting.person.name },
    { label: t.time, value: meeting.kind === 'dm1' && meeting.heldOn ? c.heldOn(formatDate(meeting.heldOn)) : formatMeetingTime(meeting.startsAt, meeting.endsAt, lang) },
    {
      label: t.yourPart,
      value: mine && mine.part.kind === 'last_minutes' ? `${v.part(mine.part)}: ${formatMeetingTime(mine.window.startsAt, mine.window.endsAt, lang)}` : null,
    },
    { label: t.place, value: meeting.kind === 'dm1' && meeting.heldOn ? null : v.placeLine(meeting.place) },
    {
      label: t.videoLink,
      value: meeting.place.videoUrl ? (
        <Link href={meeting.place.videoUrl} target="_blank" rel="noopener noreferrer">
          {meeting.place.videoUrl}
        </Link>
      ) : null,
    },
    { label: t.navOffice, value: meeting.navOffice?.name ?? null },
    { label: t.convenedBy, value: meeting.convenedBy?.name ?? null },
    { label: t.purpose, value: meeting.purpose },
    { label: t.agenda, value: meeting.agenda },
    { label: t.preparation, value: meeting.preparation },
  ];
  if (meeting.gpTookPart !== null) facts.push({ label: v.role('gp'), value: meeting.gpTookPart ? c.gpTookPart : c.gpDidNotTakePart });
  if (meeting.gpDecision && !meeting.gpDecision.invited)
    facts.push({ label: v.role('gp'), value: meeting.gpDecision.reason ? t.gpNotInvited(meeting.gpDecision.reason) : t.gpNotInvitedNoReason });

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <HStack gap="space-16" wrap>
          <AppLink to="/dialogmoter">{t.backToMeetings}</AppLink>
          <AppLink to={`/saker/${encodeURIComponent(meeting.caseId)}`}>{t.backToCase}</AppLink>
        </HStack>
        {/* The person's name stays out of the document title (browser history). */}
        <PageHeading documentTitle={t.documentTitle}>{v.kind(meeting.kind)}</PageHeading>
        <HStack gap="space-8" align="center" wrap>
          <MeetingStatusTag status={meeting.status} />
          <BodyShort>{formatMeetingTime(meeting.startsAt, meeting.endsAt, lang)}</BodyShort>
        </HStack>
        <div ref={statusRef} role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} className="focus-target" data-testid="meeting-status-message">
          {status && (
            <Alert variant="success" size="small">
              {statusText(status, t)}
            </Alert>
          )}
        </div>
        {meeting.cancelled && (
          <Alert variant="warning" data-testid="meeting-cancelled">
            {t.cancelledInfo(formatDateTime(meeting.cancelled.at, lang), meeting.cancelled.by, meeting.cancelled.reason)}
          </Alert>
        )}
      </VStack>

      <VStack as="section" gap="space-12" aria-labelledby={ids.facts}>
        <Heading level="2" size="medium" id={ids.facts}>
          {t.facts}
        </Heading>
        <InfoList items={facts} />
        {(meeting.myParticipantId || meeting.conversationId) && (
          <HStack gap="space-24" wrap>
            {meeting.myParticipantId && meeting.status !== 'cancelled' && (
              <Link href={calendarFileUrl(meeting.id)} download data-testid="meeting-ics">
                <CalendarIcon aria-hidden />
                {t.calendarFile}
              </Link>
            )}
            {meeting.conversationId && (
              <Link as={RouterLink} to={threadPath(meeting.conversationId)}>
                <ChatIcon aria-hidden />
                {t.gpThread}
              </Link>
            )}
          </HStack>
        )}
      </VStack>

      {allowed.has('reply') && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.reply} data-testid="meeting-reply-section">
          <Heading level="2" size="medium" id={ids.reply}>
            {t.replySection}
          </Heading>
          <MeetingReplyForm meetingId={meeting.id} me={mine} labelledBy={ids.reply} onSent={() => announce({ key: 'replySent' }, false)} />
        </VStack>
      )}

      {meeting.participants.length > 0 && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.participants}>
          <Heading level="2" size="medium" id={ids.participants}>
            {t.participants}
          </Heading>
          <BodyShort data-testid="reply-summary">{t.replySummary(counts.coming, counts.wants_new_time, counts.not_coming, counts.pending)}</BodyShort>
          <ParticipantsTable participants={meeting.participants} labelledBy={ids.participants} />
        </VStack>
      )}

      {(allowed.has('move') || allowed.has('cancel') || allowed.has('close')) && (
        <VStack as="section" gap="space-12" aria-labelledby={ids.actions}>
          <Heading level="2" size="medium" id={ids.actions}>
            {t.actions}
          </Heading>
          <MeetingActions meeting={meeting} onDone={(key) => announce({ key })} />
        </VStack>
      )}

      {allowed.has('complete') && (
        <VStack as="section" gap="space-16" aria-labelledby={ids.minutesForm} data-testid="minutes-form-section">
          <Heading level="2" size="medium" id={ids.minutesForm}>
            {t.minutesFormSection}
          </Heading>
          <MinutesForm meeting={meeting} mode="complete" labelledBy={ids.minutesForm} onSaved={() => announce({ key: 'completed' })} />
        </VStack>
      )}
      {isNav && !allowed.has('complete') && !meeting.minutes && (meeting.status === 'invited' || meeting.status === 'new_time_place') && (
        <BodyShort className="meetings-subtle">{t.notStarted}</BodyShort>
      )}

      {meeting.minutes && (
        <VStack as="section" gap="space-16" aria-labelledby={ids.minutes} data-testid="minutes-section">
          <Heading ref={minutesHeading} level="2" size="medium" id={ids.minutes} tabIndex={-1} className="focus-target">
            {t.minutesSection}
          </Heading>
          {correcting ? (
            <MinutesForm
              meeting={meeting}
              mode="correct"
              labelledBy={ids.minutes}
              onSaved={(version) => {
                setCorrecting(false);
                announce({ key: 'corrected', version });
              }}
              onCancel={() => {
                setCorrecting(false);
                requestAnimationFrame(() => minutesHeading.current?.focus());
              }}
            />
          ) : (
            <>
              <MinutesView meeting={meeting} minutes={meeting.minutes} showMedicalNote={isNav} />
              {allowed.has('correct_minutes') && (
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    size="small"
                    onClick={() => {
                      setCorrecting(true);
                      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid=minutes-form][data-mode=correct] textarea')?.focus());
                    }}
                  >
                    {t.correct}
                  </Button>
                </div>
              )}
            </>
          )}
        </VStack>
      )}

      {meeting.gpTariff && (
        <VStack as="section" gap="space-8" aria-labelledby={ids.tariff} data-testid="gp-tariff">
          <Heading level="2" size="medium" id={ids.tariff}>
            {t.tariff}
          </Heading>
          <BodyShort weight="semibold">
            {t.tariffValue(meeting.gpTariff.code, meeting.gpTariff.text)}
            {meeting.gpTariff.amountNok !== null && ` (${t.tariffAmount(formatNumber(meeting.gpTariff.amountNok, lang, 2))})`}
          </BodyShort>
          <BodyShort>{tariffReason(meeting.gpTariff.reason)}</BodyShort>
          <BodyShort size="small" className="meetings-subtle">
            {t.tariffHint}
          </BodyShort>
        </VStack>
      )}
    </VStack>
  );
}
