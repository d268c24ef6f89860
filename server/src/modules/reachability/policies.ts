import type { Actor } from '../../platform/access/actor.js';
import type { Role } from '../../platform/access/roles.js';
import { AppError } from '../../platform/errors.js';

/**
 * Who may do what with reachability. The citizen behind a case is still checked by the platform's
 * access guard; these are the role rules around it.
 */
export const PHYSICIAN_ROLES: ReadonlySet<Role> = new Set(['advisory_physician', 'coordinating_physician']);
// Contacts, the physician directory and checklists are for people at work, not for patients or employers.
const NOT_STAFF: ReadonlySet<Role> = new Set(['patient', 'employer']);

function requireRole(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
}

export const requireStaff = (actor: Actor) => requireRole(actor, (role) => !NOT_STAFF.has(role));
export const requireGp = (actor: Actor) => requireRole(actor, (role) => role === 'gp');
export const requirePhysician = (actor: Actor) => requireRole(actor, (role) => PHYSICIAN_ROLES.has(role));
export const requireAdmin = (actor: Actor) => requireRole(actor, (role) => role === 'admin');
/** The rota is kept by administrators and by the coordinating physician (KROL) for their county. */
export const requireRotaEditor = (actor: Actor) => requireRole(actor, (role) => role === 'admin' || role === 'coordinating_physician');
/** The rota is read by those who keep it and those who are on it. */
export const requireRotaReader = (actor: Actor) => requireRole(actor, (role) => role === 'admin' || PHYSICIAN_ROLES.has(role));
