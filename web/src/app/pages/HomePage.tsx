import { BodyLong, Heading, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { useSignedInUser } from '../session/api';
import { navigationFor } from '../shell/navigation';
import { pageTexts, shellTexts, shortcutTexts } from '../texts';
import { welcomeTexts } from './welcomeTexts';

/** `/` when signed in: a role-specific welcome and links to the user's places. */
export function HomePage() {
  const me = useSignedInUser();
  const t = useTexts(pageTexts);
  const nav = useTexts(shellTexts);
  const descriptions = useTexts(shortcutTexts);
  const welcome = useTexts(welcomeTexts);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading documentTitle={t.home}>{t.welcome(me.name)}</PageHeading>
        <BodyLong size="large">{welcome[me.role]}</BodyLong>
      </VStack>
      <VStack gap="space-16" as="section" aria-labelledby="shortcuts-heading">
        <Heading level="2" size="medium" id="shortcuts-heading">
          {t.shortcuts}
        </Heading>
        <ul className="card-list">
          {navigationFor(me).map((item) => (
            <li key={item.to}>
              <LinkCard>
                <LinkCard.Title as="h3">
                  <LinkCard.Anchor asChild>
                    <RouterLink to={item.to}>{nav[item.label]}</RouterLink>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>{descriptions[item.description]}</LinkCard.Description>
              </LinkCard>
            </li>
          ))}
        </ul>
      </VStack>
    </VStack>
  );
}
