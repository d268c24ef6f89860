import { Link } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

/** An Aksel link that navigates inside the app without reloading the page. */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link as={RouterLink} to={to}>
      {children}
    </Link>
  );
}
