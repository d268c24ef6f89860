import { BodyLong, BodyShort, Button, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatRange } from '../../../reachability/format';
import { jointMeetingsPath, useAddSession, useJointMeeting } from '../api';
import { ProposalsPanel } from '../components/ProposalsPanel';
import { emptySession, SessionFields, sessionTimes } from '../components/SessionFields';
import { SettingsForm } from '../components/SettingsForm';
import { StatisticsPanel } from '../components/StatisticsPanel';
import { jointTexts, word } from '../texts';
import type { JointMeeting } from '../types';

/** `/moteplasser/fellesmoter/:id`: settings, sessions with their programme, proposals from both sides, the statistics pack. */
export function JointMeetingPage() {
  const t = useTexts(jointTexts);
  const { id = '' } = useParams();
  const meeting = useJointMeeting(id);
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <ApiErrorAlert error={meeting.error} />;
  const m = meeting.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={jointMeetingsPath}>{t.back}</AppLink>
        <PageHeading>{m.title}</PageHeading>
        {m.description && <BodyLong>{m.description}</BodyLong>}
        <HStack gap="space-8" data-testid="joint-settings-tags">
          <Tag size="small" variant="moderate" data-color="neutral">{word(t, 'kind', m.kind)}</Tag>
          {m.settings.eveningSlots && <Tag size="small" variant="moderate" data-color="info">{t.eveningAllowed}</Tag>}
          {m.settings.countsTowardsSpecialisation && (
            <Tag size="small" variant="moderate" data-color="success">
              {m.settings.specialisationNote ? `${t.specialisation}: ${m.settings.specialisationNote}` : t.specialisation}
            </Tag>
          )}
        </HStack>
        <InfoList
          items={[
            { label: t.organiser, value: m.organiser?.name },
            { label: t.host, value: m.hostOrganisation?.name },
            { label: t.location, value: m.location },
            { label: t.area, value: m.municipalityNumbers.join(', ') },
            { label: t.signedUp, value: m.capacity ? `${m.signedUp} / ${m.capacity}` : String(m.signedUp) },
          ]}
        />
      </VStack>
      {m.canManage && (
        <Section title={t.settingsTitle}>
          <SettingsForm key={JSON.stringify(m.settings)} meeting={m} />
        </Section>
      )}
      <Section title={t.sessionsTitle}>
        <Sessions meeting={m} />
        {m.canManage && <AddSessionForm meetingId={m.id} />}
      </Section>
      <Section title={t.proposalsTitle}>
        <ProposalsPanel meeting={m} />
      </Section>
      <Section title={t.statisticsTitle}>
        <StatisticsPanel meetingId={m.id} />
      </Section>
    </VStack>
  );
}

function Sessions({ meeting }: { meeting: JointMeeting }) {
  const t = useTexts(jointTexts);
  const lang = useLang();
  return (
    <ol className="arena-outreach-plain-list" data-testid="joint-sessions">
      {meeting.sessions.map((s) => (
        <li key={s.id}>
          <VStack gap="space-4">
            <Heading level="3" size="xsmall">
              {formatRange(s.startsAt, s.endsAt, lang)}
              {s.title ? ` · ${s.title}` : ''}
            </Heading>
            {s.evening && <BodyShort size="small">{t.evening}</BodyShort>}
            {s.agenda.length === 0 ? (
              <BodyShort size="small">{t.noAgenda}</BodyShort>
            ) : (
              <ol>
                {s.agenda.map((item, i) => (
                  <li key={i}>
                    <BodyShort size="small">{t.agendaItem(item.title, item.minutes, item.by)}</BodyShort>
                  </li>
                ))}
              </ol>
            )}
          </VStack>
        </li>
      ))}
    </ol>
  );
}

function AddSessionForm({ meetingId }: { meetingId: string }) {
  const t = useTexts(jointTexts);
  const id = useId();
  const add = useAddSession();
  const [values, setValues] = useState(emptySession);
  const [formKey, setFormKey] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const times = sessionTimes(values);
    if (!times) return;
    add.mutate({ id: meetingId, input: times }, { onSuccess: () => (setValues(emptySession), setFormKey((k) => k + 1)) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-12">
        <SessionFields key={formKey} idPrefix={`${id}-new`} values={values} onChange={setValues} />
        {add.isError && <ApiErrorAlert error={add.error} size="small" />}
        <div>
          <Button type="submit" size="small" variant="secondary" loading={add.isPending}>
            {t.addSession}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
