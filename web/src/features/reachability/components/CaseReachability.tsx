import { VStack } from '@navikt/ds-react';
import type { Role } from '../../../api/types';
import { useSignedInUser } from '../../../app/session/api';
import { CallbackSection } from './CallbackSection';
import { ContactsPanel } from './ContactsPanel';

const CONTACT_ROLES: ReadonlySet<Role> = new Set(['gp', 'nav_adviser', 'nav_manager']);

/**
 * What the case page shows about reaching people: the contacts for GPs and NAV, and for the GP
 * the call-back requests to an advisory physician. Nothing for other roles.
 */
export function CaseReachability({ caseId }: { caseId: string }) {
  const me = useSignedInUser();
  if (!CONTACT_ROLES.has(me.role)) return null;
  return (
    <VStack gap="space-32">
      <ContactsPanel caseId={caseId} />
      {me.role === 'gp' && <CallbackSection caseId={caseId} />}
    </VStack>
  );
}
