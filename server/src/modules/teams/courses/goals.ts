import type { Transaction } from 'kysely';
import type { Database, TeamGoalArea } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import type { CourseRow, Db, TeamDeps } from '../access.js';
import { goalReachedText } from '../domain/gp-texts.js';
import { tellGp } from '../gp-updates.js';
import { auditWrite, citizenName, courseFor, lockCourse } from './load.js';
import type { GoalInput, GoalPatch } from './schemas.js';

/**
 * Goals of a course: main goals and their sub-goals, work or study related (or health, other),
 * with their status. Reaching a work or study goal is a meaningful change the GP is told about.
 */
const TOLD_WHEN_REACHED: ReadonlySet<TeamGoalArea> = new Set(['work', 'study']);

function requireActive(course: CourseRow) {
  if (course.status !== 'active') throw new AppError('TEAM_COURSE_CLOSED', { status: course.status });
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError('VALIDATION_FAILED', { field: 'text', reason: 'empty' });
  return trimmed;
}

export async function addGoal(db: Db, deps: TeamDeps, courseId: string, input: GoalInput): Promise<string> {
  await courseFor(db, deps, courseId, 'edit_goals');
  const text = cleanText(input.text);
  return db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    requireActive(course);
    if (input.parentId) {
      // One level: a sub-goal hangs under a main goal of the same course.
      const parent = await tx.selectFrom('team_goal').where('id', '=', input.parentId).select(['course_id', 'parent_id']).executeTakeFirst();
      if (!parent || parent.course_id !== courseId || parent.parent_id !== null) throw new AppError('TEAM_GOAL_PARENT_INVALID');
    }
    const now = deps.clock.now();
    const status = input.status ?? 'open';
    const goal = await tx
      .insertInto('team_goal')
      .values({
        course_id: courseId,
        parent_id: input.parentId ?? null,
        area: input.area,
        text,
        status,
        target_date: input.targetDate ?? null,
        reached_at: status === 'reached' ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditWrite(tx, deps, course, 'team_goal', goal.id, 'create', { area: input.area, status });
    if (status === 'reached') await tellGoalReached(tx, deps, course, { text, area: input.area, main: !input.parentId });
    return goal.id;
  });
}

export async function changeGoal(db: Db, deps: TeamDeps, goalId: string, patch: GoalPatch): Promise<string> {
  const first = await db.selectFrom('team_goal').where('id', '=', goalId).select('course_id').executeTakeFirst();
  if (!first) throw new AppError('TEAM_GOAL_NOT_FOUND');
  await courseFor(db, deps, first.course_id, 'edit_goals');
  const text = patch.text === undefined ? undefined : cleanText(patch.text);
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, first.course_id);
    requireActive(course);
    const goal = await tx.selectFrom('team_goal').where('id', '=', goalId).selectAll().executeTakeFirstOrThrow();
    const now = deps.clock.now();
    const reachedNow = patch.status === 'reached' && goal.status !== 'reached';
    await tx
      .updateTable('team_goal')
      .set({
        ...(patch.area ? { area: patch.area } : {}),
        ...(text ? { text } : {}),
        ...(patch.targetDate !== undefined ? { target_date: patch.targetDate } : {}),
        ...(patch.status ? { status: patch.status, reached_at: patch.status === 'reached' ? (goal.reached_at ?? now) : null } : {}),
        updated_at: now,
      })
      .where('id', '=', goalId)
      .execute();
    await auditWrite(tx, deps, course, 'team_goal', goalId, 'update', { ...(patch.status ? { status: patch.status } : {}) });
    if (reachedNow) await tellGoalReached(tx, deps, course, { text: text ?? goal.text, area: patch.area ?? goal.area, main: goal.parent_id === null });
  });
  return first.course_id;
}

async function tellGoalReached(tx: Transaction<Database>, deps: TeamDeps, course: CourseRow, goal: { text: string; area: TeamGoalArea; main: boolean }) {
  if (!TOLD_WHEN_REACHED.has(goal.area)) return;
  const text = goalReachedText({ personName: await citizenName(tx, course.citizen_id), goal: goal.text, area: goal.area, main: goal.main });
  await tellGp(tx, deps, { referralId: course.referral_id, courseId: course.id, kind: 'goal_reached', title: text.title.nb, body: text.body.nb });
}
