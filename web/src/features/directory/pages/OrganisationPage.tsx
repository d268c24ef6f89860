import { HStack, Tag, VStack } from '@navikt/ds-react';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { commonTexts } from '../../../shared/texts';
import { useOrganisation } from '../api';
import { OrganisationSections } from '../components/OrganisationSections';
import { detailTexts } from '../texts';

/** Administrators' controls, loaded only for them. */
const OrganisationAdmin = lazy(async () => ({
  default: (await import('../../directory-admin/components/OrganisationAdmin')).OrganisationAdmin,
}));

/** `/katalog/organisasjoner/:id`: one organisation with its contacts and staff. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const me = useSignedInUser();
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
      {me.role === 'admin' ? (
        <Suspense fallback={<OrganisationSections org={org} />}>
          <OrganisationAdmin key={org.id} org={org} />
        </Suspense>
      ) : (
        <OrganisationSections org={org} />
      )}
    </VStack>
  );
}
