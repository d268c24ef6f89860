import { BodyLong, VStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useCreateOrganisation } from '../api';
import { OrganisationForm, type OrganisationBody } from '../components/OrganisationForm';
import { newEntryTexts } from '../texts';
import type { CreatedState } from '../types';

/** `/admin/katalog/ny-organisasjon`: register one organisation, then go to its page. */
export function NewOrganisationPage() {
  const t = useTexts(newEntryTexts);
  const create = useCreateOrganisation();
  const navigate = useNavigate();

  const submit = async ({ kind, ...body }: OrganisationBody) => {
    if (!kind) return;
    const { id } = await create.mutateAsync({ kind, ...body });
    const state: CreatedState = { created: true };
    navigate(`/katalog/organisasjoner/${encodeURIComponent(id)}`, { state });
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to="/katalog">{t.backToDirectory}</AppLink>
        </div>
        <PageHeading>{t.newOrganisation}</PageHeading>
        <BodyLong>{t.newOrganisationIntro}</BodyLong>
      </VStack>
      <OrganisationForm submitLabel={t.createOrganisation} onSubmit={submit} />
    </VStack>
  );
}
