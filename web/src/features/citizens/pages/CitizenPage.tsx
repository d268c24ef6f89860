import { VStack } from '@navikt/ds-react';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { canSeeCitizenList } from '../../../app/shell/navigation';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { CitizenDialogueLink } from '../../dialogue/components/DialogueLinks';
import { ReferToTeamLink } from '../../teams/components/ReferToTeamLink';
import { useCitizen } from '../api';
import { CitizenFacts, CitizenRelations } from '../components/CitizenFacts';
import { ProtectionTags } from '../components/ProtectionTags';
import { citizenTexts } from '../texts';

const CitizenSickLeave = lazy(async () => ({
  default: (await import('../../sickleave/components/CitizenSickLeave')).CitizenSickLeave,
}));

/** `/personer/:id`: one citizen's personal details (the read is audited on the server). */
export function CitizenPage() {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const t = useTexts(citizenTexts);
  const common = useTexts(commonTexts);
  const query = useCitizen(id);
  const backLink = canSeeCitizenList(me.role) && (
    <div>
      <AppLink to="/personer">{t.backToList}</AppLink>
    </div>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const denied = isApiError(query.error) && query.error.status === 403;
    return (
      <VStack gap="space-16">
        {backLink}
        <PageHeading>{denied ? t.noAccessTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }

  const citizen = query.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        {backLink}
        {/* The name stays out of the document title, which browsers keep in their history. */}
        <PageHeading documentTitle={t.personalDetails}>{citizen.name}</PageHeading>
        <ProtectionTags protection={citizen.protection} shielded={citizen.shielded} />
        <CitizenDialogueLink citizenId={citizen.id} />
        <ReferToTeamLink citizenId={citizen.id} />
      </VStack>
      {me.role === 'gp' && (
        <Suspense fallback={null}>
          <CitizenSickLeave citizenId={citizen.id} />
        </Suspense>
      )}
      <Section title={t.personalDetails}>
        <CitizenFacts citizen={citizen} />
      </Section>
      <Section title={t.followUp}>
        <CitizenRelations citizen={citizen} />
      </Section>
      {me.role === 'patient' && me.citizenId === citizen.id && (
        <Suspense fallback={null}>
          <CitizenSickLeave citizenId={citizen.id} />
        </Suspense>
      )}
    </VStack>
  );
}
