import { HStack } from '@navikt/ds-react';
import type { Role } from '../../../../api/types';
import { useTexts } from '../../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../../app/session/api';
import { AppLink } from '../../../../shared/components/AppLink';
import { outreachLinkTexts } from '../texts';

type Part = 'visits' | 'joint' | 'consultants' | 'caseSlots';

const NAV: readonly Role[] = ['nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician'];

/** Who finds which outreach page useful; the server still decides what each may do there. */
const PARTS: ReadonlyArray<{ part: Part; to: string; roles: readonly Role[] }> = [
  { part: 'visits', to: '/moteplasser/besoksrunder', roles: [...NAV, 'practice_consultant', 'admin'] },
  { part: 'joint', to: '/moteplasser/fellesmoter', roles: [...NAV, 'gp', 'municipal_physician', 'practice_consultant', 'admin'] },
  { part: 'consultants', to: '/moteplasser/praksiskonsulenter', roles: ['nav_manager', 'coordinating_physician', 'practice_consultant', 'gp', 'admin'] },
  { part: 'caseSlots', to: '/moteplasser/saksgjennomgang', roles: ['nav_adviser', 'nav_manager', 'gp'] },
];

/** A row of links to the other outreach pages the user's role has use for. */
export function OutreachLinks({ current }: { current: Part }) {
  const t = useTexts(outreachLinkTexts);
  const role = useSignedInUser().role;
  const shown = PARTS.filter((p) => p.part !== current && p.roles.includes(role));
  if (shown.length === 0) return null;
  return (
    <nav aria-label={t.label}>
      <HStack gap="space-16" as="ul" className="arena-outreach-links">
        {shown.map((p) => (
          <li key={p.part}>
            <AppLink to={p.to}>{t[p.part]}</AppLink>
          </li>
        ))}
      </HStack>
    </nav>
  );
}
