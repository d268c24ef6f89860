import type { Transaction, Updateable } from 'kysely';
import type { Database, TeamCourseTable, WorkStatus } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import type { ConsentRow, CourseRow, Db, TeamDeps, TeamRow } from '../access.js';
import { checkBudget, checkJobSpecialistJoins } from '../domain/course-rules.js';
import { startedWorkText } from '../domain/gp-texts.js';
import { currentWorkStatus, startedWork } from '../domain/work-status.js';
import { tellGp } from '../gp-updates.js';
import type { CourseAction } from './actions.js';
import { auditWrite, citizenName, courseFor, factOf, lockCourse, refuse, sessionsOf } from './load.js';
import type { CoursePatch } from './schemas.js';

/**
 * Changes to the course itself: the work status now (moving into work tells the GP and, with
 * consent, NAV), the employer's involvement (only when the consent names the employer), the job
 * specialist joining (within their caseload), and the session budget.
 */
const ACTION_OF: Readonly<Record<keyof CoursePatch, CourseAction>> = {
  workStatus: 'set_work_status',
  employerInvolved: 'involve_employer',
  jobSpecialistMemberId: 'assign_job_specialist',
  sessionBudget: 'raise_budget',
};

export async function patchCourse(db: Db, deps: TeamDeps, courseId: string, patch: CoursePatch): Promise<void> {
  const asked = (Object.keys(patch) as (keyof CoursePatch)[]).filter((key) => patch[key] !== undefined);
  let access: Awaited<ReturnType<typeof courseFor>> | undefined;
  for (const key of asked) access = await courseFor(db, deps, courseId, ACTION_OF[key]);
  if (!access) throw new AppError('VALIDATION_FAILED', { reason: 'nothing to change' });
  const { team, consent } = access;
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    if (course.status !== 'active') throw new AppError('TEAM_COURSE_CLOSED', { status: course.status });
    const now = deps.clock.now();
    const set: Updateable<TeamCourseTable> = { updated_at: now };
    if (patch.employerInvolved !== undefined) set.employer_involved = employerInvolvement(consent, patch.employerInvolved);
    if (patch.jobSpecialistMemberId !== undefined) set.job_specialist_member_id = await jobSpecialistJoins(tx, course, team, consent, patch.jobSpecialistMemberId);
    if (patch.sessionBudget !== undefined) {
      const verdict = checkBudget({ status: course.status, sessionBudget: course.session_budget, sessions: (await sessionsOf(tx, courseId)).map(factOf) }, patch.sessionBudget);
      if (!verdict.ok) refuse(verdict);
      set.session_budget = patch.sessionBudget;
    }
    const before = currentWorkStatus(course);
    if (patch.workStatus !== undefined && patch.workStatus !== before) {
      set.work_status_current = patch.workStatus;
      set.work_status_changed_at = now;
    }
    await tx.updateTable('team_course').set(set).where('id', '=', courseId).execute();
    await auditWrite(tx, deps, course, 'team_course', courseId, 'update', { changed: asked });
    if (set.work_status_current && startedWork(before, set.work_status_current)) await tellStartedWork(tx, deps, course, before, set.work_status_current, now);
  });
}

function employerInvolvement(consent: ConsentRow | null, involved: boolean): boolean {
  if (involved && !(consent && consent.withdrawn_at === null && consent.scope.includes('employer'))) throw new AppError('TEAM_CONSENT_SCOPE_MISSING', { recipient: 'employer' });
  return involved;
}

/**
 * The job specialist joins (or leaves, with null). Their member row is locked while their caseload
 * is counted, so two courses at once cannot both take the last place.
 */
async function jobSpecialistJoins(tx: Transaction<Database>, course: CourseRow, team: TeamRow, consent: ConsentRow | null, memberId: string | null): Promise<string | null> {
  if (memberId === null || memberId === course.job_specialist_member_id) return memberId;
  const member = await tx.selectFrom('team_member').where('id', '=', memberId).forUpdate().select(['team_id', 'role', 'active']).executeTakeFirst();
  const caseload = await tx
    .selectFrom('team_course')
    .where('job_specialist_member_id', '=', memberId)
    .where('status', '=', 'active')
    .where('id', '<>', course.id)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const verdict = checkJobSpecialistJoins({
    courseStatus: course.status,
    consentNamesJobSpecialist: consent !== null && consent.withdrawn_at === null && consent.scope.includes('job_specialist'),
    isJobSpecialist: member !== undefined && member.team_id === team.id && member.role === 'job_specialist' && member.active,
    activeCaseload: Number(caseload.n),
    caseloadLimit: team.job_specialist_caseload,
  });
  if (!verdict.ok) refuse(verdict);
  return memberId;
}

async function tellStartedWork(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, from: WorkStatus, to: WorkStatus, on: Date) {
  const text = startedWorkText({ personName: await citizenName(tx, course.citizen_id), from, to, on });
  // NAV follows the sick leave: a start in work matters to them too, when the consent names NAV (tellGp checks).
  await tellGp(tx, deps, { referralId: course.referral_id, courseId: course.id, kind: 'started_work', title: text.title.nb, body: text.body.nb, alsoNav: true });
}
