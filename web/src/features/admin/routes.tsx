import { RequireRole } from '../../app/session/RequireRole';
import { AuditPage } from './pages/AuditPage';
import { ImportPage } from './pages/ImportPage';

/** Admin pages, loaded on demand (they bring the date picker and file upload). */
export function AuditRoute() {
  return (
    <RequireRole roles={['admin']}>
      <AuditPage />
    </RequireRole>
  );
}

export function ImportRoute() {
  return (
    <RequireRole roles={['admin']}>
      <ImportPage />
    </RequireRole>
  );
}
