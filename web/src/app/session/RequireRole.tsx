import { Alert, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import type { Role } from '../../api/types';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { pageTexts } from '../texts';
import { useSignedInUser } from './api';

/** Shows the page only to the given roles. The server decides access; this is for clarity. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useSignedInUser();
  const t = useTexts(pageTexts);
  if (roles.includes(me.role)) return children;
  return (
    <VStack gap="space-16">
      <PageHeading>{t.noAccessTitle}</PageHeading>
      <Alert variant="warning">{t.noAccessBody}</Alert>
    </VStack>
  );
}
