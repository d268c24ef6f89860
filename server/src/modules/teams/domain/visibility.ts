import type { ConsentRecipient, TeamMemberRole } from '../../../platform/db/schema-teams.js';

/**
 * What of a referral and its course a viewer may see (issue 8). Consent decides for everyone but
 * the person themselves and their GP: a team member sees the course only through the side the
 * consent names for their role, NAV and the employer only when named, and withdrawn consent
 * shows nothing to anyone it covered. Pure, so a property test can hold it to that.
 */
export const COURSE_PARTS = ['identity', 'referral', 'summary', 'sessions', 'goals', 'mapping_forms', 'job_support_plan', 'final_report', 'gp_updates'] as const;
export type CoursePart = (typeof COURSE_PARTS)[number];

/** How the viewer stands to the person: as themselves, their GP, a member of the team, NAV of their office, their employer. */
export type Viewer =
  | { kind: 'patient' }
  | { kind: 'gp' }
  /** Someone other than the GP who made the referral (with the GP's approval): its status only. */
  | { kind: 'referrer' }
  | { kind: 'member'; roles: readonly TeamMemberRole[] }
  | { kind: 'nav_office' }
  | { kind: 'employer'; involved: boolean };

export interface ConsentState {
  scope: readonly ConsentRecipient[];
  withdrawn: boolean;
}

/** The consent side a team role acts on: the treating team, the job specialist, or NAV. */
export function sideOfRole(role: TeamMemberRole): ConsentRecipient {
  if (role === 'job_specialist') return 'job_specialist';
  if (role === 'nav_adviser') return 'nav';
  return 'therapist';
}

const ALL: ReadonlySet<CoursePart> = new Set(COURSE_PARTS);
const NONE: ReadonlySet<CoursePart> = new Set();

const BY_SIDE: Readonly<Record<ConsentRecipient, ReadonlySet<CoursePart>>> = {
  therapist: ALL,
  job_specialist: new Set(['identity', 'referral', 'summary', 'sessions', 'goals', 'mapping_forms', 'job_support_plan', 'final_report']),
  nav: new Set(['identity', 'summary', 'sessions', 'goals', 'final_report']),
  // The employer takes part in the work goals only; never health content or the job-support plan's openness notes.
  employer: new Set(['identity', 'goals']),
};

/** The GP referred (or is the person's GP): told at every decision; the job-support plan is the job specialist's and the person's. */
const GP_PARTS: ReadonlySet<CoursePart> = new Set(['identity', 'referral', 'summary', 'sessions', 'goals', 'mapping_forms', 'final_report', 'gp_updates']);
/** After withdrawal the GP keeps what was already sent to them: the referral and the updates. */
const GP_AFTER_WITHDRAWAL: ReadonlySet<CoursePart> = new Set(['identity', 'referral', 'gp_updates']);

const REFERRER_PARTS: ReadonlySet<CoursePart> = new Set(['identity', 'referral']);

export function visibleParts(viewer: Viewer, consent: ConsentState | null): ReadonlySet<CoursePart> {
  if (viewer.kind === 'patient') return ALL;
  if (viewer.kind === 'referrer') return REFERRER_PARTS;
  const active = consent !== null && !consent.withdrawn;
  if (viewer.kind === 'gp') return active ? GP_PARTS : GP_AFTER_WITHDRAWAL;
  if (!active) return NONE;
  const sides: ConsentRecipient[] =
    viewer.kind === 'member' ? viewer.roles.map(sideOfRole) : viewer.kind === 'nav_office' ? ['nav'] : viewer.involved ? ['employer'] : [];
  const parts = new Set<CoursePart>();
  for (const side of sides) if (consent.scope.includes(side)) for (const part of BY_SIDE[side]) parts.add(part);
  return parts;
}
