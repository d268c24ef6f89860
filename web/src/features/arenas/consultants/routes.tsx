import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { RequireRole } from '../../../app/session/RequireRole';
import { ConsultantPostPage } from './pages/ConsultantPostPage';
import { ConsultantPostsPage } from './pages/ConsultantPostsPage';
import '../visits/outreach.css';

/** Practice consultants (issue 10 point 4), loaded on demand: the consultants themselves and those who keep their posts. */
export const CONSULTANT_ROLES: readonly Role[] = ['practice_consultant', 'gp', 'nav_manager', 'coordinating_physician', 'admin'];

const forRoles = (page: ReactNode) => <RequireRole roles={CONSULTANT_ROLES}>{page}</RequireRole>;

export const ConsultantPostsRoute = () => forRoles(<ConsultantPostsPage />);
export const ConsultantPostRoute = () => forRoles(<ConsultantPostPage />);
