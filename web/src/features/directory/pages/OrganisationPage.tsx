import { HStack, Tag, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { useOrganisation } from '../api';
import { ContactPersonsTable } from '../components/ContactPersonsTable';
import { OpeningHoursTable } from '../components/OpeningHoursTable';
import { OrganisationFacts } from '../components/OrganisationFacts';
import { StaffTable } from '../components/StaffTable';
import { detailTexts } from '../texts';

/** `/katalog/organisasjoner/:id`: one organisation with its contacts and staff. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const organisation = useOrganisation(id);

  if (organisation.isPending) return <LoadingState />;
  if (organisation.isError) {
    return (
      <VStack gap="space-16">
        <PageHeading>{common.errorTitle}</PageHeading>
        <ApiErrorAlert error={organisation.error} />
        <div>
          <AppLink to="/katalog">{t.backToSearch}</AppLink>
        </div>
      </VStack>
    );
  }

  const org = organisation.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to="/katalog">{t.backToSearch}</AppLink>
        </div>
        <HStack gap="space-16" align="center">
          <PageHeading>{org.name}</PageHeading>
          {!org.active && (
            <Tag variant="moderate" data-color="warning">
              {t.deactivated}
            </Tag>
          )}
        </HStack>
      </VStack>
      <Section title={t.details}>
        <OrganisationFacts org={org} />
      </Section>
      <Section title={t.openingHours}>
        <OpeningHoursTable hours={org.openingHours} />
      </Section>
      <Section title={t.contactPersons}>
        <ContactPersonsTable contactRoles={org.contactRoles} />
      </Section>
      <Section title={t.staff}>
        <StaffTable positions={org.positions} />
      </Section>
    </VStack>
  );
}
