import { BodyLong, VStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { forumPath } from '../api';
import { BodyForm } from '../components/BodyForm';
import { useCreateBody } from '../manageApi';
import { adminTexts, bodyTexts } from '../texts';

/** `/samarbeidsforum/nytt`: an admin or a forum secretary sets up a forum or committee, then adds its members on its page. */
export function NewBodyPage() {
  const t = useTexts(adminTexts);
  const b = useTexts(bodyTexts);
  const navigate = useNavigate();
  const create = useCreateBody();
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/samarbeidsforum">{b.back}</AppLink>
        <PageHeading>{t.newBodyTitle}</PageHeading>
        <BodyLong>{t.newBodyIntro}</BodyLong>
      </VStack>
      <BodyForm
        saving={create.isPending}
        onSave={async (input) => {
          const body = await create.mutateAsync(input);
          navigate(`${forumPath(body.id)}?fane=sammensetning`);
        }}
      />
    </VStack>
  );
}
