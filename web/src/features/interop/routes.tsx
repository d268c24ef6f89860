import { RequireRole } from '../../app/session/RequireRole';
import { InteropLogPage } from './pages/InteropLogPage';
import { InteropMessagePage } from './pages/InteropMessagePage';

/** `/admin/meldinger` and `/admin/meldinger/:id`, loaded on demand; admin only (the server refuses other roles). */
export function InteropLogRoute() {
  return (
    <RequireRole roles={['admin']}>
      <InteropLogPage />
    </RequireRole>
  );
}

export function InteropMessageRoute() {
  return (
    <RequireRole roles={['admin']}>
      <InteropMessagePage />
    </RequireRole>
  );
}
