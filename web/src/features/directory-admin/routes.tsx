import { RequireRole } from '../../app/session/RequireRole';
import { NewOrganisationPage } from './pages/NewOrganisationPage';
import { NewPersonPage } from './pages/NewPersonPage';

/** Directory administration pages, loaded on demand (admin only; the server refuses others too). */
export function NewOrganisationRoute() {
  return (
    <RequireRole roles={['admin']}>
      <NewOrganisationPage />
    </RequireRole>
  );
}

export function NewPersonRoute() {
  return (
    <RequireRole roles={['admin']}>
      <NewPersonPage />
    </RequireRole>
  );
}
