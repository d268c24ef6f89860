import { HStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { Section } from '../../../shared/components/Section';
import { workTexts } from '../texts';
import { NewSickNoteLink } from './NewSickNoteLink';
import { OwnCasesList } from './OwnCasesList';

/**
 * The sick-leave part of a citizen's page: "Ny sykmelding" for a GP; for the patient on their own
 * page ("Min side"), links to their cases. Nothing for other roles.
 */
export function CitizenSickLeave({ citizenId }: { citizenId: string }) {
  const me = useSignedInUser();
  const t = useTexts(workTexts);
  if (me.role === 'gp') {
    return (
      <HStack>
        <NewSickNoteLink citizenId={citizenId} size="medium" />
      </HStack>
    );
  }
  if (me.role === 'patient' && me.citizenId === citizenId) {
    return (
      <Section title={t.myCasesTitle}>
        <OwnCasesList headingLevel="h3" />
      </Section>
    );
  }
  return null;
}
