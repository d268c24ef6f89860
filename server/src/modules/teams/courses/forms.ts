import type { Selectable, Transaction } from 'kysely';
import type { Database, TeamCourseFormTable, TeamFormRound } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { FUNCTION_IN_WORK_KEY, JOB_SUPPORT_PLAN_KEY, submitValues, validateValues, type FormValues } from '../../forms/domain/index.js';
import { templateOf, type Templates } from '../../forms/templates.js';
import type { CourseRow, Db, TeamDeps } from '../access.js';
import type { CourseAction } from './actions.js';
import { auditWrite, courseFor, lockCourse } from './load.js';

/**
 * The course's forms on the form-template engine: "Funksjon i arbeid" at the start and the end
 * (compared in the view), and the job-support plan. A form keeps the template version it was made
 * with; drafts are checked as drafts (never wrong, maybe incomplete), completion as a submit.
 */
type CourseFormRow = Selectable<TeamCourseFormTable>;
export type FormDeps = TeamDeps & { templates: Templates };

/** The templates a course uses, and the action that writes each. */
const COURSE_TEMPLATES: Readonly<Record<string, CourseAction>> = {
  [FUNCTION_IN_WORK_KEY]: 'edit_forms',
  [JOB_SUPPORT_PLAN_KEY]: 'edit_job_support_plan',
};

/** "Funksjon i arbeid" names its own round; a new form starts with it filled in. */
const MAPPING_ROUND: Readonly<Record<TeamFormRound, string>> = { start: 'start', end: 'end', other: 'follow_up' };

function actionFor(templateKey: string): CourseAction {
  const action = COURSE_TEMPLATES[templateKey];
  if (!action) throw new AppError('TEAM_FORM_TEMPLATE_NOT_FOR_COURSE', { templateKey, allowed: Object.keys(COURSE_TEMPLATES) });
  return action;
}

function requireActive(course: CourseRow) {
  if (course.status !== 'active') throw new AppError('TEAM_COURSE_CLOSED', { status: course.status });
}

export async function startCourseForm(db: Db, deps: FormDeps, courseId: string, input: { templateKey: string; round: TeamFormRound }): Promise<string> {
  await courseFor(db, deps, courseId, actionFor(input.templateKey));
  const template = await templateOf(deps.templates, input.templateKey);
  const values: FormValues = template.key === FUNCTION_IN_WORK_KEY ? { round: MAPPING_ROUND[input.round] } : {};
  return db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, courseId);
    requireActive(course);
    // One start and one end round of each form; 'other' rounds (follow-ups) as many as needed.
    if (input.round !== 'other') {
      const taken = await tx.selectFrom('team_course_form').where('course_id', '=', courseId).where('template_key', '=', template.key).where('round', '=', input.round).select('id').executeTakeFirst();
      if (taken) throw new AppError('TEAM_FORM_ROUND_TAKEN', { formId: taken.id });
    }
    const now = deps.clock.now();
    const row = await tx
      .insertInto('team_course_form')
      .values({ course_id: courseId, template_key: template.key, template_version: template.version, round: input.round, values: JSON.stringify(values), updated_by_name: deps.actor.name, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditWrite(tx, deps, course, 'team_course_form', row.id, 'create', { template: template.key, version: template.version, round: input.round });
    return row.id;
  });
}

/** A form to write in, with its template version, locked with its course; refused once completed. */
async function writableForm(db: Db, deps: FormDeps, formId: string, work: (form: CourseFormRow, course: CourseRow, tx: Transaction<Database>) => Promise<void>): Promise<string> {
  const first = await db.selectFrom('team_course_form').where('id', '=', formId).select(['course_id', 'template_key']).executeTakeFirst();
  if (!first) throw new AppError('TEAM_FORM_NOT_FOUND');
  await courseFor(db, deps, first.course_id, actionFor(first.template_key));
  await db.transaction().execute(async (tx) => {
    const course = await lockCourse(tx, first.course_id);
    requireActive(course);
    const form = await tx.selectFrom('team_course_form').where('id', '=', formId).selectAll().executeTakeFirstOrThrow();
    if (form.completed_at) throw new AppError('TEAM_FORM_COMPLETED');
    await work(form, course, tx);
  });
  return first.course_id;
}

export async function saveCourseForm(db: Db, deps: FormDeps, formId: string, values: Record<string, unknown>): Promise<string> {
  return writableForm(db, deps, formId, async (form, course, tx) => {
    const template = await templateOf(deps.templates, form.template_key, form.template_version);
    const problems = validateValues(template, values, { mode: 'draft' });
    if (problems.length > 0) throw new AppError('FORM_VALUES_INVALID', { problems });
    await tx.updateTable('team_course_form').set({ values: JSON.stringify(values), updated_by_name: deps.actor.name, updated_at: deps.clock.now() }).where('id', '=', formId).execute();
    await auditWrite(tx, deps, course, 'team_course_form', formId, 'update', { draft: true });
  });
}

export async function completeCourseForm(db: Db, deps: FormDeps, formId: string): Promise<string> {
  return writableForm(db, deps, formId, async (form, course, tx) => {
    const template = await templateOf(deps.templates, form.template_key, form.template_version);
    const result = submitValues(template, form.values);
    if (!result.ok) throw new AppError('FORM_VALUES_INVALID', { problems: result.problems });
    const now = deps.clock.now();
    await tx.updateTable('team_course_form').set({ values: JSON.stringify(result.values), completed_at: now, updated_by_name: deps.actor.name, updated_at: now }).where('id', '=', formId).execute();
    await auditWrite(tx, deps, course, 'team_course_form', formId, 'update', { completed: true });
  });
}
