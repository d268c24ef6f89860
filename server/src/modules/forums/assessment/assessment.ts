import type { Selectable } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { ForumAssessmentTable, ForumSubmissionTable } from '../../../platform/db/schema-forums.js';
import { AppError } from '../../../platform/errors.js';
import { osloToday, requireBodyManager, requireBodyMember, termIsCurrent, type BodyStanding, type Db, type Executor, type ForumCtx, type Tx } from '../access.js';
import { answerProblems } from '../domain/assessment-template.js';
import { findPersonalData } from '../domain/identifier-detector.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { currentTemplate } from './template.js';

export type AssessmentRow = Selectable<ForumAssessmentTable>;
type SubmissionRow = Pick<Selectable<ForumSubmissionTable>, 'id' | 'body_id' | 'status' | 'title'>;

export const CONCLUSION_MAX_LENGTH = 10_000;

export async function loadSubmission(db: Executor, submissionId: string): Promise<SubmissionRow> {
  const row = await db.selectFrom('forum_submission').where('id', '=', submissionId).select(['id', 'body_id', 'status', 'title']).executeTakeFirst();
  if (!row) throw new AppError('FORUM_SUBMISSION_NOT_FOUND');
  return row;
}

/** The assessment with its case, locked for the transaction when asked (answers and the conclusion race). */
export async function loadAssessment(db: Executor, assessmentId: string, forUpdate = false): Promise<{ assessment: AssessmentRow; submission: SubmissionRow }> {
  let query = db.selectFrom('forum_assessment').where('id', '=', assessmentId).selectAll();
  if (forUpdate) query = query.forUpdate();
  const assessment = await query.executeTakeFirst();
  if (!assessment) throw new AppError('FORUM_ASSESSMENT_NOT_FOUND');
  return { assessment, submission: await loadSubmission(db, assessment.submission_id) };
}

/** Refuses member ids that are not members of the body with a current term (each must be one). */
async function requireCurrentMembers(db: Executor, ctx: ForumCtx, bodyId: string, memberIds: readonly string[]): Promise<void> {
  const unique = [...new Set(memberIds)];
  const rows = unique.length === 0 ? [] : await db.selectFrom('forum_member').where('id', 'in', unique).where('body_id', '=', bodyId).select(['id', 'term_start', 'term_end']).execute();
  const today = osloToday(ctx.clock);
  const current = rows.filter((m) => termIsCurrent(m, today));
  if (unique.length === 0 || current.length !== unique.length) throw new AppError('FORUM_ASSIGNEE_INVALID');
}

/**
 * Begins the assessment of an accepted case against the body's current template version, with
 * the members assigned to it. The case moves to in_assessment.
 */
export async function startAssessment(db: Db, ctx: ForumCtx, submissionId: string, memberIds: readonly string[]): Promise<string> {
  const submission = await loadSubmission(db, submissionId);
  await requireBodyManager(db, ctx, submission.body_id);
  return db.transaction().execute(async (tx) => {
    const locked = await tx.selectFrom('forum_submission').where('id', '=', submissionId).select('status').forUpdate().executeTakeFirstOrThrow();
    const existing = await tx.selectFrom('forum_assessment').where('submission_id', '=', submissionId).select('id').executeTakeFirst();
    if (existing) throw new AppError('FORUM_ASSESSMENT_EXISTS');
    if (locked.status !== 'accepted') throw new AppError('FORUM_ASSESSMENT_NOT_OPEN');
    await requireCurrentMembers(tx, ctx, submission.body_id, memberIds);
    const now = ctx.clock.now();
    const template = await currentTemplate(tx, submission.body_id, now);
    const row = await tx
      .insertInto('forum_assessment')
      .values({ submission_id: submissionId, template_id: template.id, assigned_member_ids: [...new Set(memberIds)], created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('forum_submission').set({ status: 'in_assessment', updated_at: now }).where('id', '=', submissionId).execute();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_assessment', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { submissionId, members: memberIds.length, templateVersion: template.version } });
    return row.id;
  });
}

function refusePersonalData(fields: Record<string, string>): void {
  const findings = findPersonalData(fields);
  if (findings.length > 0) throw new AppError('FORUM_PERSONAL_DATA', { findings });
}

/** An assigned member's answers, item by item; an empty answer clears the item. */
export async function saveAnswers(db: Db, ctx: ForumCtx, assessmentId: string, items: Record<string, string>): Promise<void> {
  const { submission } = await loadAssessment(db, assessmentId);
  const standing = await requireBodyMember(db, ctx, submission.body_id);
  await db.transaction().execute(async (tx) => {
    const { assessment } = await loadAssessment(tx, assessmentId, true);
    const memberId = assignedMemberId(standing, assessment);
    if (assessment.concluded_at !== null) throw new AppError('FORUM_ASSESSMENT_CONCLUDED');
    const template = await tx.selectFrom('forum_assessment_template').where('id', '=', assessment.template_id).select('definition').executeTakeFirstOrThrow();
    const problems = answerProblems(template.definition, items);
    if (problems.length > 0) throw new AppError('FORUM_ANSWER_INVALID', { problems });
    refusePersonalData(items);
    await writeAnswers(tx, ctx, assessmentId, memberId, items);
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_assessment', objectId: assessmentId, purpose: FORUM_AUDIT_PURPOSE, detail: { items: Object.keys(items) } });
  });
}

function assignedMemberId(standing: BodyStanding, assessment: AssessmentRow): string {
  if (standing.kind !== 'member' || !assessment.assigned_member_ids.includes(standing.memberId)) throw new AppError('FORUM_NOT_ASSIGNED');
  return standing.memberId;
}

async function writeAnswers(tx: Tx, ctx: ForumCtx, assessmentId: string, memberId: string, items: Record<string, string>): Promise<void> {
  const now = ctx.clock.now();
  const entries = Object.entries(items);
  const cleared = entries.filter(([, text]) => text.trim() === '').map(([key]) => key);
  const written = entries.filter(([, text]) => text.trim() !== '').map(([item_key, answer]) => ({ assessment_id: assessmentId, member_id: memberId, item_key, answer, updated_at: now }));
  if (cleared.length > 0) await tx.deleteFrom('forum_assessment_answer').where('assessment_id', '=', assessmentId).where('member_id', '=', memberId).where('item_key', 'in', cleared).execute();
  if (written.length > 0) {
    await tx
      .insertInto('forum_assessment_answer')
      .values(written)
      .onConflict((oc) => oc.columns(['assessment_id', 'member_id', 'item_key']).doUpdateSet((eb) => ({ answer: eb.ref('excluded.answer'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }
  await tx.updateTable('forum_assessment').set({ updated_at: now }).where('id', '=', assessmentId).execute();
}

/** The leader's consolidated conclusion: the assessment closes and the case is assessed. */
export async function concludeAssessment(db: Db, ctx: ForumCtx, assessmentId: string, text: string): Promise<void> {
  const { submission } = await loadAssessment(db, assessmentId);
  const standing = await requireBodyMember(db, ctx, submission.body_id);
  if (standing.kind === 'member' && standing.role !== 'leader') throw new AppError('FORUM_NOT_LEADER');
  const conclusion = text.trim();
  if (conclusion === '') throw new AppError('FORUM_TEXT_EMPTY', { field: 'text' });
  if (conclusion.length > CONCLUSION_MAX_LENGTH) throw new AppError('FORUM_TEXT_TOO_LONG', { field: 'text', max: CONCLUSION_MAX_LENGTH });
  refusePersonalData({ text: conclusion });
  await db.transaction().execute(async (tx) => {
    const { assessment } = await loadAssessment(tx, assessmentId, true);
    if (assessment.concluded_at !== null) throw new AppError('FORUM_ASSESSMENT_CONCLUDED');
    const now = ctx.clock.now();
    await tx.updateTable('forum_assessment').set({ conclusion, concluded_at: now, concluded_by_name: ctx.actor.name, updated_at: now }).where('id', '=', assessmentId).execute();
    await tx.updateTable('forum_submission').set({ status: 'assessed', updated_at: now }).where('id', '=', assessment.submission_id).where('status', '=', 'in_assessment').execute();
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_assessment', objectId: assessmentId, purpose: FORUM_AUDIT_PURPOSE, detail: { concluded: true } });
  });
}
