import { BodyLong, BodyShort, Button, Tag, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { casePath, forumPath, recommendationPath, useBuildAgenda, useForumMeeting } from '../api';
import { MinutesEditor } from '../components/MinutesEditor';
import { RegistrationsTable } from '../components/RegistrationsTable';
import { forumMeetingTexts } from '../texts';
import type { AgendaItem } from '../types';
import { useForumVocabulary } from '../vocabulary';

/** `/samarbeidsforum/mote/:id`: a body's meeting with agenda, minutes and (open meetings) registrations. */
export function ForumMeetingPage() {
  const t = useTexts(forumMeetingTexts);
  const v = useForumVocabulary();
  const lang = useLang();
  const { id = '' } = useParams();
  const meeting = useForumMeeting(id);
  const build = useBuildAgenda();
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <ApiErrorAlert error={meeting.error} />;
  const m = meeting.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={`${forumPath(m.body.id)}?fane=moter`}>{t.back(m.body.name)}</AppLink>
        <PageHeading>{m.title}</PageHeading>
        <InfoList
          items={[
            { label: t.status, value: `${v.meetingKind(m.kind)} · ${v.meetingStatus(m.status)}` },
            { label: t.when, value: formatDateTime(m.startsAt, lang) },
            { label: t.place, value: m.place },
            { label: t.theme, value: m.theme },
            { label: t.capacity, value: m.capacity === null ? null : String(m.capacity) },
            { label: t.registered, value: m.kind === 'open_thematic' ? String(m.registered) : null },
          ]}
        />
      </VStack>
      <Section title={t.agenda}>
        {m.agenda.length === 0 ? <BodyShort>{t.noAgenda}</BodyShort> : <AgendaList items={m.agenda} />}
        {m.canManage && m.status === 'planned' && (
          <VStack gap="space-8">
            <BodyShort size="small" className="forums-subtle">{t.agendaHint}</BodyShort>
            <div>
              <Button variant="secondary" onClick={() => build.mutate({ id: m.id })} loading={build.isPending} data-testid="build-agenda">
                {t.buildAgenda}
              </Button>
            </div>
            {build.isError && <ApiErrorAlert error={build.error} />}
          </VStack>
        )}
      </Section>
      <Section title={t.minutes}>
        <Tag size="small" variant="moderate" data-color={m.quorum.met ? 'success' : 'neutral'}>
          {m.quorum.met ? t.quorumMet : t.quorumNotMet} · {t.quorum(m.quorum.present, m.quorum.needed)}
        </Tag>
        {m.canManage && m.status !== 'cancelled' ? (
          <MinutesEditor key={`${m.id}-${m.status}`} meeting={m} />
        ) : (
          m.minutesText && <BodyLong className="forums-text">{m.minutesText}</BodyLong>
        )}
      </Section>
      {m.registrations && m.kind === 'open_thematic' && (
        <Section title={t.registrations}>
          <RegistrationsTable registrations={m.registrations} />
        </Section>
      )}
    </VStack>
  );
}

function AgendaList({ items }: { items: AgendaItem[] }) {
  return (
    <ol data-testid="agenda">
      {items.map((item) => (
        <li key={item.id}>
          {item.submissionId ? (
            <AppLink to={casePath(item.submissionId)}>{item.title}</AppLink>
          ) : item.recommendationId ? (
            <AppLink to={recommendationPath(item.recommendationId)}>{item.title}</AppLink>
          ) : (
            item.title
          )}
          {item.decision && <BodyShort className="forums-text forums-subtle">{item.decision}</BodyShort>}
        </li>
      ))}
    </ol>
  );
}
