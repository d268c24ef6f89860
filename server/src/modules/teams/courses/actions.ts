import type { TeamCourseStatus } from '../../../platform/db/schema-teams.js';
import { sideOfRole, type ConsentState, type CoursePart, type Viewer } from '../domain/visibility.js';

/**
 * What a viewer may do in a course, beside what they may see (visibility.ts). Writing is the
 * team's, through the consent's sides: the treating side (therapist, team lead, nurse, resource
 * doctor) runs the course; the job specialist writes the summary, goals, forms and the job-support
 * plan and holds the joint meetings; NAV, the GP, the employer and the person read. Pure.
 */
export const COURSE_ACTIONS = [
  'edit_summary',
  'book_session',
  'record_session',
  'edit_goals',
  'edit_forms',
  'edit_job_support_plan',
  'set_work_status',
  'assign_job_specialist',
  'raise_budget',
  'involve_employer',
  'write_final_report',
  'close',
  'manage_consent',
  'withdraw_consent',
] as const;
export type CourseAction = (typeof COURSE_ACTIONS)[number];

/** The part a viewer must see before an action is even considered. */
export const PART_OF: Readonly<Record<CourseAction, CoursePart>> = {
  edit_summary: 'summary',
  book_session: 'sessions',
  record_session: 'sessions',
  edit_goals: 'goals',
  edit_forms: 'mapping_forms',
  edit_job_support_plan: 'job_support_plan',
  set_work_status: 'identity',
  assign_job_specialist: 'identity',
  raise_budget: 'sessions',
  involve_employer: 'identity',
  write_final_report: 'final_report',
  close: 'final_report',
  manage_consent: 'identity',
  withdraw_consent: 'identity',
};

const BOTH_SIDES: readonly CourseAction[] = ['edit_summary', 'book_session', 'record_session', 'edit_goals', 'edit_forms', 'edit_job_support_plan', 'set_work_status'];
const TREATING_ONLY: readonly CourseAction[] = ['assign_job_specialist', 'raise_budget', 'involve_employer', 'write_final_report', 'close', 'manage_consent'];
/** After the closure only refresher sessions are booked and recorded; consent may change whenever. */
const AFTER_CLOSURE: ReadonlySet<CourseAction> = new Set(['book_session', 'record_session']);
const ANY_TIME: ReadonlySet<CourseAction> = new Set(['manage_consent', 'withdraw_consent']);

export interface Sides {
  treating: boolean;
  jobSpecialist: boolean;
}

/** The member's sides the current consent names; none for anyone else, or when withdrawn. */
export function writingSides(viewer: Viewer, consent: ConsentState | null): Sides {
  if (viewer.kind !== 'member' || !consent || consent.withdrawn) return { treating: false, jobSpecialist: false };
  const sides = new Set(viewer.roles.map(sideOfRole).filter((side) => consent.scope.includes(side)));
  return { treating: sides.has('therapist'), jobSpecialist: sides.has('job_specialist') };
}

/** What the viewer's standing allows, whatever the course's state (the rules then say whether now). */
export function roleActions(viewer: Viewer, consent: ConsentState | null): Set<CourseAction> {
  const actions = new Set<CourseAction>();
  const sides = writingSides(viewer, consent);
  if (sides.treating || sides.jobSpecialist) for (const action of BOTH_SIDES) actions.add(action);
  if (sides.treating) for (const action of TREATING_ONLY) actions.add(action);
  if (viewer.kind === 'patient' && consent && !consent.withdrawn) actions.add('withdraw_consent');
  return actions;
}

/** What the viewer may do now: the UI's `allowedActions`. */
export function courseActions(viewer: Viewer, consent: ConsentState | null, status: TeamCourseStatus): Set<CourseAction> {
  const actions = roleActions(viewer, consent);
  if (status === 'active') return actions;
  const after = new Set([...actions].filter((action) => ANY_TIME.has(action)));
  // Refreshers follow a completed course; a dropped-out one takes a new referral.
  if (status === 'completed') for (const action of AFTER_CLOSURE) if (actions.has(action) && writingSides(viewer, consent).treating) after.add(action);
  return after;
}
