import { BodyLong, BodyShort, Button, Heading, HStack, Table, ToggleGroup, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { meetingPath, useInvitations, useMeetingCalendar } from '../api';
import { MeetingStatusTag, ReplyCountTags, ReplyTag } from '../components/MeetingTags';
import { addDaysIso, currentWeek, formatDayHeading, formatMeetingTime, isIsoWeek, mondayOfWeek, osloDate, shiftWeek, weekNumber } from '../format';
import { calendarTexts } from '../texts';
import type { CalendarMeeting, CalendarScope, Invitation } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

const COUNT_ID = 'meeting-calendar-count';

/** `/dialogmoter`: NAV's week calendar; the invitations of GPs, patients and employers. */
export function MeetingsPage() {
  const me = useSignedInUser();
  return me.role === 'nav_adviser' || me.role === 'nav_manager' ? <CalendarView /> : <InvitationsView />;
}

/** `?uke=2026-W49&visning=kontor`: the week and whose meetings, in the URL so a link or reload keeps them. */
function CalendarView() {
  const t = useTexts(calendarTexts);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const week = isIsoWeek(params.get('uke')) ? params.get('uke')! : currentWeek();
  const scope: CalendarScope = params.get('visning') === 'kontor' ? 'office' : 'mine';
  const calendar = useMeetingCalendar(week, scope);
  const monday = mondayOfWeek(week);
  const sunday = addDaysIso(monday, 6);

  const go = (next: { week?: string; scope?: CalendarScope }) => {
    const search = new URLSearchParams(params);
    search.set('uke', next.week ?? week);
    const nextScope = next.scope ?? scope;
    if (nextScope === 'office') search.set('visning', 'kontor');
    else search.delete('visning');
    setParams(search);
  };
  const moveWeek = (n: number) => {
    go({ week: n === 0 ? currentWeek() : shiftWeek(week, n) });
    // The buttons stay; the count says the new week (a live region), and has the focus for reading on.
    requestAnimationFrame(() => document.getElementById(COUNT_ID)?.focus());
  };

  const meetings = calendar.data?.meetings ?? [];
  const byDay = new Map<string, CalendarMeeting[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = osloDate(m.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  // Weekdays always; Saturday and Sunday only when something is on.
  const days = Array.from({ length: 7 }, (_, i) => addDaysIso(monday, i)).filter((day, i) => i < 5 || byDay.has(day));

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.navIntro}</BodyLong>
      </VStack>
      <HStack gap="space-24" align="end" wrap>
        <ToggleGroup label={t.scope} value={scope} onChange={(value) => go({ scope: value === 'office' ? 'office' : 'mine' })} size="small">
          <ToggleGroup.Item value="mine" label={t.mine} />
          <ToggleGroup.Item value="office" label={t.office} />
        </ToggleGroup>
        <HStack gap="space-8" wrap>
          <Button type="button" size="small" variant="secondary" onClick={() => moveWeek(-1)}>
            {t.previousWeek}
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={() => moveWeek(0)}>
            {t.thisWeek}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={() => moveWeek(1)}>
            {t.nextWeek}
          </Button>
        </HStack>
      </HStack>
      <VStack gap="space-16" aria-busy={calendar.isFetching}>
        <Heading level="2" size="medium">
          {t.week(weekNumber(week), formatDate(monday), formatDate(sunday))}
        </Heading>
        <BodyShort id={COUNT_ID} role="status" aria-live="polite" tabIndex={-1} className="focus-target">
          {calendar.data ? t.count(meetings.length) : ''}
        </BodyShort>
        {calendar.isPending && <LoadingState />}
        {calendar.isError && <ApiErrorAlert error={calendar.error} />}
        {calendar.data && (
          <VStack gap="space-24" data-testid="meeting-calendar" data-week={week}>
            {days.map((day) => (
              <DayGroup key={day} day={day} heading={formatDayHeading(day, lang)} meetings={byDay.get(day) ?? []} />
            ))}
          </VStack>
        )}
      </VStack>
    </VStack>
  );
}

function DayGroup({ day, heading, meetings }: { day: string; heading: string; meetings: CalendarMeeting[] }) {
  const t = useTexts(calendarTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  const headingId = useId();
  return (
    <VStack as="section" gap="space-8" aria-labelledby={headingId} data-day={day}>
      <Heading level="3" size="small" id={headingId}>
        {heading}
      </Heading>
      {meetings.length === 0 ? (
        <BodyShort size="small" className="meetings-subtle">
          {t.noMeetingsDay}
        </BodyShort>
      ) : (
        <VStack as="ul" gap="space-8" className="plain-list">
          {meetings.map((m) => (
            <li key={m.id} className="meetings-card" data-meeting-id={m.id} data-status={m.status}>
              <VStack gap="space-4">
                <HStack gap="space-8" align="center" wrap>
                  <BodyShort weight="semibold">{formatMeetingTime(m.startsAt, m.endsAt, lang).replace(/^.* (kl\.|at) /, '')}</BodyShort>
                  <AppLink to={meetingPath(m.id)}>{t.openMeeting(v.kind(m.kind), m.personName)}</AppLink>
                  <MeetingStatusTag status={m.status} />
                </HStack>
                <BodyShort size="small">{v.placeLine(m.place)}</BodyShort>
                {m.adviserName && <BodyShort size="small">{t.adviser(m.adviserName)}</BodyShort>}
                <ReplyCountTags counts={m.replies} />
              </VStack>
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}

/** The viewer's invitations, replies pending first (the server's order, kept when equal). */
function InvitationsView() {
  const t = useTexts(calendarTexts);
  const query = useInvitations();
  const items: Invitation[] = [...(query.data?.meetings ?? [])].sort((a, b) => Number(b.replyPending) - Number(a.replyPending));
  const pending = items.filter((i) => i.replyPending).length;
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.invitationsIntro}</BodyLong>
      </VStack>
      {query.isPending && <LoadingState />}
      {query.isError && <ApiErrorAlert error={query.error} />}
      {query.data && (
        <VStack gap="space-12">
          <BodyShort id={COUNT_ID} role="status" aria-live="polite">
            {t.invitationsCount(items.length, pending)}
          </BodyShort>
          {items.length > 0 && <InvitationsTable items={items} />}
        </VStack>
      )}
    </VStack>
  );
}

function InvitationsTable({ items }: { items: Invitation[] }) {
  const t = useTexts(calendarTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="invitation-table">
        <caption className="aksel-sr-only">{t.invitationsLabel}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.meeting}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.yourTime}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.place}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.navOffice}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.yourReply}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((m) => (
            <Table.Row key={m.id} data-meeting-id={m.id} data-reply-pending={m.replyPending} data-status={m.status}>
              <Table.HeaderCell scope="row">
                <VStack gap="space-4" align="start">
                  <AppLink to={meetingPath(m.id)}>{t.openMeeting(v.kind(m.kind), m.personName)}</AppLink>
                  <MeetingStatusTag status={m.status} />
                </VStack>
              </Table.HeaderCell>
              <Table.DataCell>{formatMeetingTime(m.myWindow.startsAt, m.myWindow.endsAt, lang)}</Table.DataCell>
              <Table.DataCell>{v.placeLine(m.place)}</Table.DataCell>
              <Table.DataCell>{m.navOfficeName}</Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-4" align="start">
                  <ReplyTag reply={m.myReply} />
                  {m.replyPending && <BodyShort size="small" weight="semibold">{t.pending}</BodyShort>}
                </VStack>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
