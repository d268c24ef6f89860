import { RequireRole } from '../../app/session/RequireRole';
import { CoursePage } from './pages/CoursePage';
import { EvaluationPage } from './pages/EvaluationPage';
import { GpReferralsPage } from './pages/GpReferralsPage';
import { MyCoursePage } from './pages/MyCoursePage';
import { MyTeamsPage } from './pages/MyTeamsPage';
import { ReferralPage } from './pages/ReferralPage';
import { TeamAdminPage } from './pages/TeamAdminPage';
import { TeamBoardPage } from './pages/TeamBoardPage';
// The course page reuses the forms feature's editor, which is styled there.
import '../forms/forms.css';
import './teams.css';

/**
 * Teams and referrals (issue 8), loaded on demand. The server decides access (team membership and
 * the patient's consent); the role checks here only keep a page from opening for a role that never
 * has it.
 */

/** Who may start a referral: the GP, and others when a team lets them refer with the GP's approval. */
const REFERRER_ROLES = ['gp', 'nav_adviser', 'nav_manager', 'team_member', 'municipal_physician'] as const;
/** Team members have the app role `team_member`, or are NAV advisers in the team. */
const MEMBER_ROLES = ['team_member', 'nav_adviser', 'nav_manager', 'admin'] as const;

export function ReferralRoute() {
  return (
    <RequireRole roles={REFERRER_ROLES}>
      <ReferralPage />
    </RequireRole>
  );
}

export function GpReferralsRoute() {
  return (
    <RequireRole roles={['gp']}>
      <GpReferralsPage />
    </RequireRole>
  );
}

export function MyTeamsRoute() {
  return (
    <RequireRole roles={MEMBER_ROLES}>
      <MyTeamsPage />
    </RequireRole>
  );
}

export function TeamBoardRoute() {
  return (
    <RequireRole roles={MEMBER_ROLES}>
      <TeamBoardPage />
    </RequireRole>
  );
}

/** The shared course page: members by consent; the GP, NAV, the employer and the person by the visibility rule. */
export function CourseRoute() {
  return <CoursePage />;
}

export function EvaluationRoute() {
  return (
    <RequireRole roles={['team_member', 'admin', 'nav_adviser', 'nav_manager']}>
      <EvaluationPage />
    </RequireRole>
  );
}

export function TeamAdminRoute() {
  return (
    <RequireRole roles={['admin']}>
      <TeamAdminPage />
    </RequireRole>
  );
}

export function MyCourseRoute() {
  return (
    <RequireRole roles={['patient']}>
      <MyCoursePage />
    </RequireRole>
  );
}
