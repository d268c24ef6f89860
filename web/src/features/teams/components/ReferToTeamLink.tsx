import { PersonGroupIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { referPath } from '../api';
import { referralTexts } from '../texts';

/** "Henvis til team" on the GP's case and patient pages: a link (it navigates) styled as a button. */
export function ReferToTeamLink({ citizenId, caseId }: { citizenId: string; caseId?: string }) {
  const me = useSignedInUser();
  const t = useTexts(referralTexts);
  if (me.role !== 'gp') return null;
  return (
    <div>
      <Button as={RouterLink} to={referPath(citizenId, caseId)} role="link" variant="secondary" size="small" icon={<PersonGroupIcon aria-hidden />}>
        {t.title}
      </Button>
    </div>
  );
}
