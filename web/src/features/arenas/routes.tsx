import type { ReactNode } from 'react';
import { RequireRole } from '../../app/session/RequireRole';
import { ArenaPage } from './pages/ArenaPage';
import { ArenasPage } from './pages/ArenasPage';
import { EvaluationPage } from './pages/EvaluationPage';
import { NewCoursePage } from './pages/NewCoursePage';
import { NewSeriesPage } from './pages/NewSeriesPage';
import { TablePlanPage } from './pages/TablePlanPage';
import { ARENA_ROLES, CREATOR_ROLES } from './roles';
import './arenas.css';

/**
 * Arenas and meeting places (issue 10: small groups, courses, the calendar), loaded on demand.
 * The server decides access (organisers, the area, sign-up roles); the role check here only keeps
 * the pages from opening for roles that never have them.
 */
const forRoles = (page: ReactNode) => <RequireRole roles={ARENA_ROLES}>{page}</RequireRole>;
const forCreators = (page: ReactNode) => <RequireRole roles={CREATOR_ROLES}>{page}</RequireRole>;

export const ArenasRoute = () => forRoles(<ArenasPage />);
export const ArenaRoute = () => forRoles(<ArenaPage />);
export const NewSeriesRoute = () => forCreators(<NewSeriesPage />);
export const NewCourseRoute = () => forCreators(<NewCoursePage />);
export const TablePlanRoute = () => forCreators(<TablePlanPage />);
export const EvaluationRoute = () => forRoles(<EvaluationPage />);
