import { RequireRole } from '../../app/session/RequireRole';
import { AdvisoryPhysiciansPage } from './pages/AdvisoryPhysiciansPage';
import { CallbackQueuePage } from './pages/CallbackQueuePage';
import { RotaAdminPage } from './pages/RotaAdminPage';

/** Reachability pages, loaded on demand. The server decides access; the role checks are for clarity. */

export function AdvisoryPhysiciansRoute() {
  return (
    <RequireRole roles={['gp', 'nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician', 'admin']}>
      <AdvisoryPhysiciansPage />
    </RequireRole>
  );
}

export function CallbackQueueRoute() {
  return (
    <RequireRole roles={['advisory_physician', 'coordinating_physician']}>
      <CallbackQueuePage />
    </RequireRole>
  );
}

export function RotaRoute() {
  return (
    <RequireRole roles={['admin', 'coordinating_physician']}>
      <RotaAdminPage />
    </RequireRole>
  );
}
