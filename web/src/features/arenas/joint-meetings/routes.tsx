import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { RequireRole } from '../../../app/session/RequireRole';
import { JointMeetingPage } from './pages/JointMeetingPage';
import { JointMeetingsPage } from './pages/JointMeetingsPage';
import '../visits/outreach.css';

/** Joint meetings and meeting places (issue 10 point 4), loaded on demand. The server decides who sees which. */
export const JOINT_ROLES: readonly Role[] = ['gp', 'nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician', 'municipal_physician', 'practice_consultant', 'admin'];

const forRoles = (page: ReactNode) => <RequireRole roles={JOINT_ROLES}>{page}</RequireRole>;

export const JointMeetingsRoute = () => forRoles(<JointMeetingsPage />);
export const JointMeetingRoute = () => forRoles(<JointMeetingPage />);
