import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { RequireRole } from '../../../app/session/RequireRole';
import { CaseSlotPage } from './pages/CaseSlotPage';
import { CaseSlotsPage } from './pages/CaseSlotsPage';
import '../visits/outreach.css';

/** Case slots (issue 10 point 5), loaded on demand: the adviser who books them and the GP they are with. */
export const CASE_SLOT_ROLES: readonly Role[] = ['nav_adviser', 'nav_manager', 'gp'];

const forRoles = (page: ReactNode) => <RequireRole roles={CASE_SLOT_ROLES}>{page}</RequireRole>;

export const CaseSlotsRoute = () => forRoles(<CaseSlotsPage />);
export const CaseSlotRoute = () => forRoles(<CaseSlotPage />);
