import { Alert, BodyLong, BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { publicForumPath, usePublicRecommendation } from '../api';
import { AtomFeedLink } from '../components/AtomFeedLink';
import { ThemeTags } from '../components/StatusTags';
import { VersionHistory } from '../components/VersionHistory';
import { publicTexts } from '../texts';
import { useForumVocabulary } from '../vocabulary';

/** `/anbefalinger/:slug`, open to anyone: the published version, who owns it, the cases it answers, earlier versions. */
export function PublicRecommendationPage() {
  const t = useTexts(publicTexts);
  const v = useForumVocabulary();
  const { slug = '' } = useParams();
  const rec = usePublicRecommendation(slug);
  if (rec.isPending) return <LoadingState />;
  if (rec.isError) return <ApiErrorAlert error={rec.error} />;
  const r = rec.data;
  const earlier = r.versions.filter((version) => version.version !== r.version);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <HStack gap="space-16">
          <AppLink to="/anbefalinger">{t.allRecommendations}</AppLink>
          <AtomFeedLink />
        </HStack>
        <PageHeading>{r.title}</PageHeading>
        {r.status === 'withdrawn' && r.withdrawnReason && (
          <Alert variant="warning">{t.withdrawn(r.withdrawnReason, formatDate(r.withdrawnAt))}</Alert>
        )}
        <InfoList
          items={[
            { label: t.owner, value: r.owner },
            { label: t.administrator, value: r.administrator },
            { label: t.date, value: formatDate(r.publishedAt) },
            { label: t.version, value: String(r.version) },
            { label: t.body, value: r.bodyName && r.bodySlug ? <AppLink to={publicForumPath(r.bodySlug)}>{r.bodyName}</AppLink> : r.bodyName },
            { label: t.source, value: r.sourceName ? r.sourceUrl ? <Link href={r.sourceUrl}>{r.sourceName}</Link> : r.sourceName : null },
            { label: t.themes, value: r.themes.length > 0 ? <ThemeTags themes={r.themes} /> : null },
          ]}
        />
        {r.summary && <BodyLong size="large" className="forums-text">{r.summary}</BodyLong>}
        <BodyLong className="forums-text" data-testid="public-recommendation-text">
          {r.text}
        </BodyLong>
      </VStack>
      {r.cases.length > 0 && (
        <Section title={t.answers}>
          <BodyShort size="small" className="forums-subtle">{t.answersHint}</BodyShort>
          <ul className="plain-list" data-testid="public-cases">
            {r.cases.map((c, index) => (
              <li key={index}>
                {c.title} ({v.submissionKind(c.kind)}) <ThemeTags themes={c.themes} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {earlier.length > 0 && (
        <Section title={t.versions}>
          <VersionHistory versions={earlier} />
        </Section>
      )}
    </VStack>
  );
}
