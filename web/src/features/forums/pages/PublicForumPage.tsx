import { Accordion, BodyLong, BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDate, formatDateTime } from '../../../shared/format';
import { usePublicForum } from '../api';
import { AtomFeedLink } from '../components/AtomFeedLink';
import { RegistrationForm } from '../components/RegistrationForm';
import { publicTexts } from '../texts';
import type { PublicForum } from '../types';
import { useForumVocabulary } from '../vocabulary';

/** `/forum/:slug`, open to anyone: a body's mandate, members, published annual documents and open meetings. */
export function PublicForumPage() {
  const t = useTexts(publicTexts);
  const v = useForumVocabulary();
  const { slug = '' } = useParams();
  const forum = usePublicForum(slug);
  if (forum.isPending) return <LoadingState />;
  if (forum.isError) return <ApiErrorAlert error={forum.error} />;
  const f = forum.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to="/anbefalinger">{t.allRecommendations}</AppLink>
        <PageHeading>{f.name}</PageHeading>
        <InfoList items={[{ label: t.body, value: v.bodyKind(f.kind) }, { label: t.owner, value: f.owner }]} />
        <div>
          <AtomFeedLink />
        </div>
      </VStack>
      {f.mandate && (
        <Section title={t.mandate}>
          <BodyLong className="forums-text">{f.mandate}</BodyLong>
        </Section>
      )}
      <Section title={t.members}>
        <MembersTable members={f.members} />
      </Section>
      <Section title={t.meetings}>
        <OpenMeetings meetings={f.openMeetings} />
      </Section>
      <Section title={t.annual}>
        {f.annualDocuments.length === 0 ? (
          <BodyShort>{t.noAnnual}</BodyShort>
        ) : (
          <Accordion size="small">
            {f.annualDocuments.map((doc) => (
              <Accordion.Item key={`${doc.year}-${doc.kind}`}>
                <Accordion.Header>
                  {v.annualKind(doc.kind)} {doc.year}
                </Accordion.Header>
                <Accordion.Content>
                  <BodyShort size="small" className="forums-subtle">{t.published(formatDate(doc.publishedAt))}</BodyShort>
                  <BodyLong className="forums-text">{doc.text}</BodyLong>
                </Accordion.Content>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Section>
    </VStack>
  );
}

function MembersTable({ members }: { members: PublicForum['members'] }) {
  const t = useTexts(publicTexts);
  const v = useForumVocabulary();
  return (
    <Table size="small">
      <caption className="aksel-sr-only">{t.members}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.colName}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colRepresents}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colRole}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {members.map((m, index) => (
          <Table.Row key={index}>
            <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
            <Table.DataCell>
              {v.represents(m.represents)}
              {m.region ? ` (${m.region})` : ''}
            </Table.DataCell>
            <Table.DataCell>{v.memberRole(m.role)}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function OpenMeetings({ meetings }: { meetings: PublicForum['openMeetings'] }) {
  const t = useTexts(publicTexts);
  const lang = useLang();
  if (meetings.length === 0) return <BodyShort>{t.noMeetings}</BodyShort>;
  return (
    <ul className="forums-list" data-testid="open-meetings">
      {meetings.map((m) => {
        const full = m.spotsLeft !== null && m.spotsLeft <= 0;
        return (
          <li key={m.id} className="forums-card">
            <VStack gap="space-8">
              <Heading level="3" size="small">
                {m.title}
              </Heading>
              <BodyShort>{[formatDateTime(m.startsAt, lang), m.place, m.theme].filter(Boolean).join(' · ')}</BodyShort>
              {m.spotsLeft !== null && <BodyShort size="small">{full ? t.full : t.spotsLeft(m.spotsLeft)}</BodyShort>}
              {!full && <RegistrationForm meetingId={m.id} title={m.title} />}
            </VStack>
          </li>
        );
      })}
    </ul>
  );
}
