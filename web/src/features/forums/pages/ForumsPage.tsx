import { BodyLong, BodyShort, Button, HStack, Heading, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { forumPath, newBodyPath, submitPath, useBodies } from '../api';
import { ExternalRecommendationForm } from '../components/ExternalRecommendationForm';
import { adminTexts, submitTexts } from '../texts';
import type { BodySummary } from '../types';
import { useForumVocabulary } from '../vocabulary';

/** `/samarbeidsforum`: the bodies the user belongs to (a way in) and those they can submit to. */
export function ForumsPage() {
  const t = useTexts(submitTexts);
  const a = useTexts(adminTexts);
  const role = useSignedInUser().role;
  const admin = role === 'admin';
  // Admins and forum secretaries set up bodies (a secretary takes the new body's secretary seat).
  const mayCreateBody = admin || role === 'forum_secretary';
  const bodies = useBodies();
  const all = bodies.data ?? [];
  const mine = all.filter((body) => body.myRole);
  const others = all.filter((body) => !body.myRole);
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.forumsTitle}</PageHeading>
        <BodyLong>{t.forumsIntro}</BodyLong>
        <HStack gap="space-16" align="center">
          <Button as={RouterLink} to={submitPath()}>
            {t.report}
          </Button>
          <AppLink to="/mine-innmeldinger">{t.mySubmissions}</AppLink>
          <AppLink to="/anbefalinger">{t.publicRecommendations}</AppLink>
          {mayCreateBody && (
            <Button as={RouterLink} to={newBodyPath} variant="secondary">
              {a.newBody}
            </Button>
          )}
        </HStack>
      </VStack>
      {bodies.isPending && <LoadingState />}
      {bodies.isError && <ApiErrorAlert error={bodies.error} />}
      {bodies.data && all.length === 0 && <BodyShort>{t.noBodies}</BodyShort>}
      {mine.length > 0 && <BodyList title={t.memberOf} bodies={mine} linkToBody />}
      {others.length > 0 && <BodyList title={t.submitTo} bodies={others} linkToBody={false} />}
      {admin && <ExternalRecommendationForm />}
    </VStack>
  );
}

function BodyList({ title, bodies, linkToBody }: { title: string; bodies: BodySummary[]; linkToBody: boolean }) {
  const t = useTexts(submitTexts);
  const v = useForumVocabulary();
  return (
    <VStack gap="space-12" as="section" aria-label={title}>
      <Heading level="2" size="medium">
        {title}
      </Heading>
      <ul className="card-list" data-testid={linkToBody ? 'my-forums' : 'submit-forums'}>
        {bodies.map((body) => (
          <li key={body.id}>
            <LinkCard>
              <LinkCard.Title as="h3">
                <LinkCard.Anchor asChild>
                  <RouterLink to={linkToBody ? forumPath(body.id) : submitPath(body.id)}>{body.name}</RouterLink>
                </LinkCard.Anchor>
              </LinkCard.Title>
              <LinkCard.Description>
                {v.bodyKind(body.kind)}
                {body.myRole ? ` · ${t.yourRole(v.memberRole(body.myRole))}` : ''}
              </LinkCard.Description>
              {body.mandate && (
                <LinkCard.Footer>
                  <BodyShort size="small" className="forums-clamp">
                    {body.mandate}
                  </BodyShort>
                </LinkCard.Footer>
              )}
            </LinkCard>
          </li>
        ))}
      </ul>
    </VStack>
  );
}
