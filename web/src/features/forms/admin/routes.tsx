import { RequireRole } from '../../../app/session/RequireRole';
import './form-templates.css';
import { FormTemplateAdminPage } from './FormTemplateAdminPage';

/** `/admin/skjemamaler`, loaded on demand. */
export function FormTemplateAdminRoute() {
  return (
    <RequireRole roles={['admin']}>
      <FormTemplateAdminPage />
    </RequireRole>
  );
}
