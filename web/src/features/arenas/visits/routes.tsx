import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { RequireRole } from '../../../app/session/RequireRole';
import { VisitRoundPage } from './pages/VisitRoundPage';
import { VisitRoundsPage } from './pages/VisitRoundsPage';
import './outreach.css';

/** Visit rounds (issue 10 point 3), loaded on demand: NAV staff run them, practice consultants may go along. The server decides access. */
export const VISIT_ROLES: readonly Role[] = ['nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician', 'practice_consultant', 'admin'];

const forRoles = (page: ReactNode) => <RequireRole roles={VISIT_ROLES}>{page}</RequireRole>;

export const VisitRoundsRoute = () => forRoles(<VisitRoundsPage />);
export const VisitRoundRoute = () => forRoles(<VisitRoundPage />);
