import type { ReactNode } from 'react';
import type { Role } from '../../api/types';
import { RequireRole } from '../../app/session/RequireRole';
import { BodyPage } from './pages/BodyPage';
import { CasePage } from './pages/CasePage';
import { ForumMeetingPage } from './pages/ForumMeetingPage';
import { ForumsPage } from './pages/ForumsPage';
import { MySubmissionsPage } from './pages/MySubmissionsPage';
import { NewBodyPage } from './pages/NewBodyPage';
import { PublicForumPage } from './pages/PublicForumPage';
import { PublicRecommendationPage } from './pages/PublicRecommendationPage';
import { PublicRecommendationsPage } from './pages/PublicRecommendationsPage';
import { RecommendationPage } from './pages/RecommendationPage';
import { SubmitPage } from './pages/SubmitPage';
import './forums.css';

/**
 * Collaboration forums and committees (issue 9), loaded on demand. The server decides access
 * (membership with a current term, the leader's and secretary's rights); the role check here only
 * keeps the pages from opening for roles that never have them.
 */

/** Health personnel who submit deviations and proposals, and the forums' own people (server: CLINICIAN_ROLES). */
export const FORUM_ROLES: readonly Role[] = [
  'gp',
  'municipal_physician',
  'practice_consultant',
  'advisory_physician',
  'coordinating_physician',
  'team_member',
  'forum_member',
  'forum_secretary',
  'admin',
];

const forRoles = (page: ReactNode) => <RequireRole roles={FORUM_ROLES}>{page}</RequireRole>;

export const ForumsRoute = () => forRoles(<ForumsPage />);
export const SubmitRoute = () => forRoles(<SubmitPage />);
export const MySubmissionsRoute = () => forRoles(<MySubmissionsPage />);
export const BodyRoute = () => forRoles(<BodyPage />);
export const CaseRoute = () => forRoles(<CasePage />);
export const RecommendationRoute = () => forRoles(<RecommendationPage />);
export const ForumMeetingRoute = () => forRoles(<ForumMeetingPage />);
/** Setting up a body is for admins (server: POST /api/forums). */
export const NewBodyRoute = () => (
  <RequireRole roles={['admin']}>
    <NewBodyPage />
  </RequireRole>
);

// Public: no sign-in, no role.
export const PublicRecommendationsRoute = () => <PublicRecommendationsPage />;
export const PublicRecommendationRoute = () => <PublicRecommendationPage />;
export const PublicForumRoute = () => <PublicForumPage />;
