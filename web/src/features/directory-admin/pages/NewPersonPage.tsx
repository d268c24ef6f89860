import { BodyLong, VStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useCreatePerson } from '../api';
import { PersonForm } from '../components/PersonForm';
import { newEntryTexts } from '../texts';
import type { PersonInput } from '../types';
import type { CreatedState } from '../types';

/** `/admin/katalog/ny-person`: register one person, then go to their page to add positions. */
export function NewPersonPage() {
  const t = useTexts(newEntryTexts);
  const create = useCreatePerson();
  const navigate = useNavigate();

  const submit = async (body: PersonInput) => {
    const { id } = await create.mutateAsync(body);
    const state: CreatedState = { created: true };
    navigate(`/katalog/personer/${encodeURIComponent(id)}`, { state });
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to="/katalog">{t.backToDirectory}</AppLink>
        </div>
        <PageHeading>{t.newPerson}</PageHeading>
        <BodyLong>{t.newPersonIntro}</BodyLong>
      </VStack>
      <PersonForm submitLabel={t.createPerson} onSubmit={submit} />
    </VStack>
  );
}
