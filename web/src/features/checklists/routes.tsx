import { RequireRole } from '../../app/session/RequireRole';
import { ChecklistAdminPage } from './pages/ChecklistAdminPage';

/** `/admin/huskelister`, loaded on demand. */
export function ChecklistAdminRoute() {
  return (
    <RequireRole roles={['admin']}>
      <ChecklistAdminPage />
    </RequireRole>
  );
}
