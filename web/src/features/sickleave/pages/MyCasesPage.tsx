import { BodyLong, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { PageHeading } from '../../../shared/components/PageHeading';
import { OwnCasesList } from '../components/OwnCasesList';
import { workTexts } from '../texts';

/** `/min-sykmelding` (patient): links to the person's own sick-leave cases. */
export function MyCasesPage() {
  const t = useTexts(workTexts);
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.myCasesTitle}</PageHeading>
        <BodyLong>{t.myCasesIntro}</BodyLong>
      </VStack>
      <OwnCasesList />
    </VStack>
  );
}
