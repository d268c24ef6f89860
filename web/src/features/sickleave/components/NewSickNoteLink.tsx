import { PlusIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { sickLeaveTexts } from '../texts';

export function newSickNotePath(citizenId: string): string {
  return `/sykmeldinger/ny?person=${encodeURIComponent(citizenId)}`;
}

/**
 * "Ny sykmelding" for one patient (the citizen id in the URL; the form fetches the fødselsnummer).
 * In a list, `name` adds the patient's name for screen readers so every row's link is distinct.
 */
export function NewSickNoteLink({ citizenId, name, size = 'small' }: { citizenId: string; name?: string; size?: 'small' | 'medium' }) {
  const t = useTexts(sickLeaveTexts);
  return (
    // It navigates, so it is a link (Aksel gives a Button rendered as a link role="button").
    <Button
      as={RouterLink}
      to={newSickNotePath(citizenId)}
      role="link"
      aria-label={name ? t.newSickNoteFor(name) : undefined}
      variant="secondary"
      size={size}
      icon={<PlusIcon aria-hidden />}
    >
      {t.newSickNote}
    </Button>
  );
}
