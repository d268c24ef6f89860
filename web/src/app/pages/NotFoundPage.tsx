import { BodyLong, VStack } from '@navikt/ds-react';
import { AppLink } from '../../shared/components/AppLink';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { pageTexts } from '../texts';

export function NotFoundPage() {
  const t = useTexts(pageTexts);
  return (
    <VStack gap="space-16">
      <PageHeading>{t.notFoundTitle}</PageHeading>
      <BodyLong>{t.notFoundBody}</BodyLong>
      <div>
        <AppLink to="/">{t.backHome}</AppLink>
      </div>
    </VStack>
  );
}
