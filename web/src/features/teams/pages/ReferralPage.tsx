import { BodyLong, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatPercent } from '../../../shared/format';
import { referPath, useReferralDraft } from '../api';
import { PatientPicker } from '../components/PatientPicker';
import { ReferralForm } from '../components/ReferralForm';
import { ReferralResult } from '../components/ReferralResult';
import { referralTexts } from '../texts';
import type { ReferralCreated, ReferralDraft } from '../types';
import { useTeamVocabulary } from '../vocabulary';

/** `/henvis?citizenId=…&caseId=…`: refer a patient to a team. A new visit (another patient) starts afresh. */
export function ReferralPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  return <ReferralFlow key={location.key} citizenId={params.get('citizenId') ?? ''} caseId={params.get('caseId') ?? ''} />;
}

function ReferralFlow({ citizenId, caseId }: { citizenId: string; caseId: string }) {
  const t = useTexts(referralTexts);
  const me = useSignedInUser();
  const draft = useReferralDraft(citizenId, caseId);
  const [sent, setSent] = useState<{ created: ReferralCreated; teamName: string } | null>(null);
  const back = me.role === 'gp' ? '/henvisninger' : '/';
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        {me.role === 'gp' && (
          <div>
            <AppLink to="/henvisninger">{t.backToReferrals}</AppLink>
          </div>
        )}
        <PageHeading>{t.title}</PageHeading>
        {!sent && <BodyLong>{t.intro}</BodyLong>}
      </VStack>
      {sent ? (
        <ReferralResult created={sent.created} teamName={sent.teamName} />
      ) : citizenId === '' ? (
        <Section title={t.pickPersonHeading}>
          <PatientPicker hrefFor={(id) => referPath(id)} />
        </Section>
      ) : draft.isPending ? (
        <LoadingState />
      ) : draft.isError ? (
        <ApiErrorAlert error={draft.error} />
      ) : (
        <>
          <KnownFacts draft={draft.data} canChangePerson={caseId === ''} />
          <ReferralForm draft={draft.data} cancelTo={back} onSent={(created, teamName) => setSent({ created, teamName })} />
        </>
      )}
    </VStack>
  );
}

/** Name, age and sick-leave facts as the platform has them: the GP does not type them again. */
function KnownFacts({ draft, canChangePerson }: { draft: ReferralDraft; canChangePerson: boolean }) {
  const t = useTexts(referralTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const { person, sickLeave } = draft;
  return (
    <Section title={t.knownHeading}>
      <InfoList
        items={[
          { label: t.person, value: person.name },
          { label: t.age, value: person.age === null ? null : t.ageValue(person.age) },
          { label: t.sickLeave, value: v.sickLeave(sickLeave.status) },
          { label: t.grade, value: sickLeave.grade === null ? null : formatPercent(sickLeave.grade, lang) },
          { label: t.weeks, value: sickLeave.weeks === null ? null : t.weeksValue(sickLeave.weeks) },
          { label: t.navOffice, value: draft.navOffice?.name ?? null },
        ]}
      />
      {canChangePerson && (
        <div>
          <AppLink to={referPath()}>{t.otherPerson}</AppLink>
        </div>
      )}
    </Section>
  );
}
