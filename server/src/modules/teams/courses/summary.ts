import { AppError } from '../../../platform/errors.js';
import type { Db, TeamDeps } from '../access.js';
import { auditWrite, courseFor, lockCourse } from './load.js';

/**
 * The one shared summary of a course, so the person does not tell their story again to each one
 * who helps. `basedOn` is the time of the summary the writer saw (absent or null: they saw none
 * saved): a save over a newer one is refused with the current text, so nothing is overwritten
 * unseen when the therapist and the job specialist write at once.
 */
export async function saveSummary(db: Db, deps: TeamDeps, courseId: string, input: { text: string; basedOn?: string | null | undefined }): Promise<void> {
  await courseFor(db, deps, courseId, 'edit_summary');
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    if (course.status !== 'active') throw new AppError('TEAM_COURSE_CLOSED', { status: course.status });
    const stored = course.summary_updated_at ? new Date(course.summary_updated_at).getTime() : null;
    const seen = input.basedOn ? new Date(input.basedOn).getTime() : null;
    if (stored !== seen) {
      throw new AppError('TEAM_SUMMARY_CONFLICT', {
        current: { text: course.summary, updatedAt: course.summary_updated_at ? new Date(course.summary_updated_at).toISOString() : null, updatedByName: course.summary_updated_by_name },
      });
    }
    const now = deps.clock.now();
    await tx.updateTable('team_course').set({ summary: input.text.trim(), summary_updated_at: now, summary_updated_by_name: deps.actor.name, updated_at: now }).where('id', '=', courseId).execute();
    await auditWrite(tx, deps, course, 'team_course', courseId, 'update', { part: 'summary' });
  });
}
