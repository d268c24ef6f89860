import { HStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { defineTexts } from '../../../app/i18n/texts';
import { AppLink } from '../../../shared/components/AppLink';

const texts = defineTexts({
  nb: { label: 'Andre møteplasser', visits: 'Besøksrunder', joint: 'Fellesmøter', consultants: 'Praksiskonsulenter', caseSlots: 'Saksgjennomgang' },
  en: { label: 'Other meeting places', visits: 'Visit rounds', joint: 'Joint meetings', consultants: 'Practice consultants', caseSlots: 'Case slots' },
});

/** Links to the outreach parts' own pages (visit rounds, joint meetings, consultants, case slots); the server decides what each may do there. */
export function OutreachPages() {
  const t = useTexts(texts);
  const links = [
    { to: '/moteplasser/besoksrunder', label: t.visits },
    { to: '/moteplasser/fellesmoter', label: t.joint },
    { to: '/moteplasser/praksiskonsulenter', label: t.consultants },
    { to: '/moteplasser/saksgjennomgang', label: t.caseSlots },
  ];
  return (
    <nav aria-label={t.label}>
      <HStack gap="space-16" as="ul" className="arenas-links">
        {links.map((l) => (
          <li key={l.to}>
            <AppLink to={l.to}>{l.label}</AppLink>
          </li>
        ))}
      </HStack>
    </nav>
  );
}
