import { Alert, BodyLong, BodyShort, HStack, Heading, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { casePath, forumPath, publicRecommendationPath, useBody, useRecommendation } from '../api';
import { RecommendationActions } from '../components/RecommendationActions';
import { RecommendationStatusTag, ThemeTags } from '../components/StatusTags';
import { VersionHistory } from '../components/VersionHistory';
import { canManageBody } from '../manage';
import { recommendationTexts } from '../texts';

/** `/samarbeidsforum/anbefaling/:id`: a recommendation's versions and its way to publication. */
export function RecommendationPage() {
  const t = useTexts(recommendationTexts);
  const me = useSignedInUser();
  const { id = '' } = useParams();
  const recommendation = useRecommendation(id);
  const body = useBody(recommendation.data?.bodyId ?? '');
  if (recommendation.isPending) return <LoadingState />;
  if (recommendation.isError) return <ApiErrorAlert error={recommendation.error} />;
  const rec = recommendation.data;
  const latest = rec.versions.reduce((a, b) => (b.version > a.version ? b : a), rec.versions[0]!);
  const manages = body.data ? canManageBody(me, body.data) : me.role === 'admin';
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        {body.data && <AppLink to={forumPath(body.data.id)}>{t.back}</AppLink>}
        <PageHeading>{latest.title}</PageHeading>
        <HStack gap="space-12" align="center">
          <RecommendationStatusTag status={rec.status} />
          <BodyShort>{t.version(latest.version)}</BodyShort>
          {rec.publishedVersion !== null && rec.status !== 'withdrawn' && <AppLink to={publicRecommendationPath(rec.slug)}>{t.publicPage}</AppLink>}
        </HStack>
        {rec.withdrawnReason && <Alert variant="warning" size="small">{t.withdrawn(rec.withdrawnReason)}</Alert>}
        <InfoList
          items={[
            { label: t.owner, value: rec.owner },
            { label: t.administrator, value: rec.administrator },
            { label: t.themes, value: rec.themes.length > 0 ? <ThemeTags themes={rec.themes} /> : null },
            { label: t.source, value: rec.external ? rec.sourceName : null },
          ]}
        />
        {latest.summary && <BodyLong weight="semibold" className="forums-text">{latest.summary}</BodyLong>}
        <BodyLong className="forums-text" data-testid="recommendation-text">
          {latest.text}
        </BodyLong>
      </VStack>
      {rec.cases.length > 0 && (
        <Section title={t.answers}>
          <ul className="plain-list">
            {rec.cases.map((c) => (
              <li key={c.id}>
                <AppLink to={casePath(c.id)}>{c.title}</AppLink>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {manages && body.data && <RecommendationActions recommendation={rec} latest={latest} bodyId={body.data.id} />}
      <VStack gap="space-12">
        <Heading level="2" size="medium">
          {t.versions}
        </Heading>
        <VersionHistory versions={rec.versions} />
      </VStack>
    </VStack>
  );
}
