import type { Actor } from './actor.js';
import type { Role } from './roles.js';
import type { Protection } from '../db/schema.js';

/**
 * The one place that decides who may see a citizen's personal data: role × relationship ×
 * protection. Pure: the facts are loaded by the caller (see citizen-facts.ts), so every rule
 * can be tested as a table without HTTP or SQL.
 */
export interface CitizenFacts {
  citizenId: string;
  protection: Protection;
  shielded: boolean;
  regularGpPersonId: string | null;
  navOfficeId: string | null;
  employerId: string | null;
  /** Directory persons who have issued a sick note for this citizen (filled by the sick-leave module). */
  sickNoteIssuerPersonIds: readonly string[];
  /** Users with an explicit, current assignment (an adviser from another office, a consulted advisory physician, a team member with consent). */
  assignedUserIds: readonly string[];
}

export type CitizenAction =
  /** Identity, contact details and the relationships of the person. */
  | 'citizen.read'
  /** The employer's view: name and employment only, never health data. */
  | 'citizen.read_employment';

export type Decision =
  | { allowed: true; addressVisible: boolean; basis: string }
  | { allowed: false; code: 'ACCESS_DENIED_NO_RELATIONSHIP' | 'ACCESS_DENIED_PROTECTED' | 'ACCESS_DENIED_SHIELDED' | 'ACCESS_DENIED_ROLE' };

const deny = (code: Extract<Decision, { allowed: false }>['code']): Decision => ({ allowed: false, code });

const NAV_CASE_ROLES: ReadonlySet<Role> = new Set(['nav_adviser', 'nav_manager']);

export function decideCitizenAccess(actor: Actor, action: CitizenAction, facts: CitizenFacts): Decision {
  const hasProtectedGrant = actor.grants.has('protected_address');
  // A protected address is shown only to specially authorised NAV staff, never to health
  // personnel, employers or others; the person sees their own.
  const addressVisible = facts.protection === 'none' || hasProtectedGrant || actor.citizenId === facts.citizenId;
  const allow = (basis: string): Decision => ({ allowed: true, addressVisible, basis });

  if (actor.role === 'patient') {
    return actor.citizenId === facts.citizenId ? allow('self') : deny('ACCESS_DENIED_NO_RELATIONSHIP');
  }

  if (action === 'citizen.read_employment') {
    if (actor.role !== 'employer') return decideCitizenAccess(actor, 'citizen.read', facts);
    if (facts.protection === 'strengt_fortrolig') return deny('ACCESS_DENIED_PROTECTED');
    return actor.organisationId !== null && actor.organisationId === facts.employerId
      ? allow('employer')
      : deny('ACCESS_DENIED_NO_RELATIONSHIP');
  }

  if (actor.role === 'gp') {
    // Skjerming concerns NAV's own staff; a GP keeps treating a shielded patient.
    if (actor.personId === null) return deny('ACCESS_DENIED_NO_RELATIONSHIP');
    if (facts.regularGpPersonId === actor.personId) return allow('regular_gp');
    if (facts.sickNoteIssuerPersonIds.includes(actor.personId)) return allow('sick_note_issuer');
    return deny('ACCESS_DENIED_NO_RELATIONSHIP');
  }

  if (NAV_CASE_ROLES.has(actor.role) || actor.role === 'advisory_physician' || actor.role === 'coordinating_physician') {
    if (facts.shielded && !actor.grants.has('shielded')) return deny('ACCESS_DENIED_SHIELDED');
    if (facts.protection === 'strengt_fortrolig' && !hasProtectedGrant) return deny('ACCESS_DENIED_PROTECTED');
    if (assigned(actor, facts)) return allow('assigned');
    // Advisory physicians advise on cases they are consulted on; they never see an office's caseload.
    if (NAV_CASE_ROLES.has(actor.role) && actor.organisationId !== null && actor.organisationId === facts.navOfficeId) {
      return allow('nav_office');
    }
    return deny('ACCESS_DENIED_NO_RELATIONSHIP');
  }

  if (actor.role === 'team_member') {
    return assigned(actor, facts) ? allow('team_referral') : deny('ACCESS_DENIED_NO_RELATIONSHIP');
  }

  // Admins, municipal physicians, practice consultants, forum members and employers (for health
  // data) never see individual citizens.
  return deny('ACCESS_DENIED_ROLE');
}

function assigned(actor: Actor, facts: CitizenFacts): boolean {
  return facts.assignedUserIds.includes(actor.userId);
}
