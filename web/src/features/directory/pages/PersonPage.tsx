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
import { usePerson } from '../api';
import { PersonSections } from '../components/PersonSections';
import { detailTexts } from '../texts';

/** Administrators' controls, loaded only for them. */
const PersonAdmin = lazy(async () => ({
  default: (await import('../../directory-admin/components/PersonAdmin')).PersonAdmin,
}));

/** `/katalog/personer/:id`: a person in the directory, their positions and contact roles. */
export function PersonPage() {
  const { id = '' } = useParams();
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
  const me = useSignedInUser();
  const query = usePerson(id);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <VStack gap="space-16">
        <PageHeading>{common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
        <div>
          <AppLink to="/katalog">{t.backToSearch}</AppLink>
        </div>
      </VStack>
    );
  }

  const person = query.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to="/katalog">{t.backToSearch}</AppLink>
        </div>
        <HStack gap="space-16" align="center">
          <PageHeading>{person.name}</PageHeading>
          {!person.active && (
            <Tag variant="moderate" data-color="warning">
              {t.deactivated}
            </Tag>
          )}
        </HStack>
      </VStack>
      {me.role === 'admin' ? (
        <Suspense fallback={<PersonSections person={person} />}>
          <PersonAdmin key={person.id} person={person} />
        </Suspense>
      ) : (
        <PersonSections person={person} />
      )}
    </VStack>
  );
}
