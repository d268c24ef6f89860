import { HStack, Tag, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { usePerson } from '../api';
import { PersonContactRolesTable } from '../components/PersonContactRolesTable';
import { PersonPositionsTable } from '../components/PersonPositionsTable';
import { detailTexts } from '../texts';

/** `/katalog/personer/:id`: a person in the directory, their positions and contact roles. */
export function PersonPage() {
  const { id = '' } = useParams();
  const t = useTexts(detailTexts);
  const common = useTexts(commonTexts);
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
      <Section title={t.details}>
        <InfoList
          items={[
            { label: t.hpr, value: person.hprNumber },
            { label: common.phone, value: person.phone && <PhoneLink phone={person.phone} /> },
            { label: common.email, value: person.email && <EmailLink email={person.email} /> },
          ]}
        />
      </Section>
      <Section title={t.positions}>
        <PersonPositionsTable positions={person.positions} />
      </Section>
      <Section title={t.contactRoles}>
        <PersonContactRolesTable contactRoles={person.contactRoles} />
      </Section>
    </VStack>
  );
}
