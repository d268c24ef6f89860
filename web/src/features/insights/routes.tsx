import type { Role } from '../../api/types';
import { RequireRole } from '../../app/session/RequireRole';
import { InsightsPage } from './pages/InsightsPage';
import './insights.css';

/**
 * Insights (issue 12), loaded on demand. The server decides what each user may see (an office's
 * staff their office, the area roles any area, a GP their own figures); this only keeps the page
 * from opening for roles that never have figures.
 */
export const INSIGHT_ROLES: readonly Role[] = [
  'gp',
  'nav_adviser',
  'nav_manager',
  'municipal_physician',
  'advisory_physician',
  'coordinating_physician',
  'practice_consultant',
  'forum_member',
  'forum_secretary',
  'admin',
];

export const InsightsRoute = () => (
  <RequireRole roles={INSIGHT_ROLES}>
    <InsightsPage />
  </RequireRole>
);
