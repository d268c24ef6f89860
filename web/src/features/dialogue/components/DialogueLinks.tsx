import { PaperplaneIcon } from '@navikt/aksel-icons';
import { Button, HStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { gpMessageTexts, navNoteTexts } from '../texts';

/** A link styled as a button (it navigates, so it is a link), in its own block so a stack does not stretch it. */
function LinkButton({ to, label }: { to: string; label: string }) {
  return (
    <div>
      <Button as={RouterLink} to={to} role="link" variant="secondary" size="small" icon={<PaperplaneIcon aria-hidden />}>
        {label}
      </Button>
    </div>
  );
}

/**
 * The case page's way into the dialogue: NAV asks the GP for information ("Be legen om
 * opplysninger") or informs the GP ("Send melding til legen"), the GP writes to NAV about the case
 * ("Skriv til NAV"). Nothing for other roles.
 */
export function CaseDialogueLinks({ caseId }: { caseId: string }) {
  const me = useSignedInUser();
  const t = useTexts(gpMessageTexts);
  const n = useTexts(navNoteTexts);
  const base = `/saker/${encodeURIComponent(caseId)}`;
  if (me.role === 'nav_adviser' || me.role === 'nav_manager')
    return (
      <HStack gap="space-8" wrap>
        <LinkButton to={`${base}/foresporsel`} label={t.askGp} />
        <LinkButton to={`${base}/notat`} label={n.link} />
      </HStack>
    );
  if (me.role === 'gp') return <LinkButton to={`${base}/melding`} label={t.writeToNav} />;
  return null;
}

/** A GP's patient page: write to NAV about a patient who is not on sick leave (8128/2). */
export function CitizenDialogueLink({ citizenId }: { citizenId: string }) {
  const me = useSignedInUser();
  const t = useTexts(gpMessageTexts);
  if (me.role !== 'gp') return null;
  return <LinkButton to={`/personer/${encodeURIComponent(citizenId)}/melding`} label={t.writeToNav} />;
}
