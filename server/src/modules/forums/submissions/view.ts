import type { Selectable } from 'kysely';
import type { ForumSubmissionTable } from '../../../platform/db/schema-forums.js';
import { AppError } from '../../../platform/errors.js';
import { bodyRole, osloToday, type Executor, type ForumCtx } from '../access.js';
import { followedOutcome } from '../domain/submission-state.js';
import { attachmentsOf, type AttachmentView } from './attachments/list.js';

export type SubmissionRow = Selectable<ForumSubmissionTable>;

/** Every column but the search vector (a tsvector is not for the API). */
export const SUBMISSION_COLUMNS = [
  'id', 'body_id', 'kind', 'status', 'title', 'fields', 'themes', 'submitted_by', 'submitter_name', 'submitter_role', 'merged_into', 'forwarded_to',
  'forward_due_on', 'reject_reason', 'outcome', 'outcome_at', 'ready_for_meeting', 'search_text', 'created_at', 'updated_at',
] as const;

// The reminder's bookkeeping is the reminder job's, not the API's.
export type StoredSubmission = Omit<SubmissionRow, 'search_vector' | 'forward_reminded_at'>;

export async function loadSubmission(db: Executor, id: string, lock = false): Promise<StoredSubmission> {
  let query = db.selectFrom('forum_submission').where('id', '=', id).select(SUBMISSION_COLUMNS);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('FORUM_SUBMISSION_NOT_FOUND');
  return row;
}

/**
 * What the API shows of a case. A merged case follows the status and outcome of the case it
 * joined (`ownStatus` keeps its own). Members see the whole case; the submitter sees their own.
 */
export function submissionView(
  row: StoredSubmission,
  extra: { bodyName: string; mine: boolean; target: StoredSubmission | null; assessmentId: string | null; recommendations: RecommendationRef[]; attachments: AttachmentView[] },
) {
  const followed = followedOutcome(row, extra.target);
  return {
    id: row.id,
    bodyId: row.body_id,
    bodyName: extra.bodyName,
    kind: row.kind,
    status: followed.status,
    ownStatus: row.status,
    title: row.title,
    fields: row.fields,
    themes: row.themes,
    submitterName: row.submitter_name,
    submitterRole: row.submitter_role,
    mine: extra.mine,
    mergedInto: row.merged_into,
    forwardedTo: row.forwarded_to,
    forwardDueOn: row.forward_due_on,
    rejectReason: row.reject_reason,
    outcome: followed.outcome,
    outcomeAt: followed.outcome_at?.toISOString() ?? null,
    readyForMeeting: row.ready_for_meeting,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    assessmentId: extra.assessmentId,
    recommendations: extra.recommendations,
    attachments: extra.attachments,
    canAddAttachments: extra.mine && row.status === 'received',
  };
}

export type SubmissionView = ReturnType<typeof submissionView>;
export interface RecommendationRef {
  id: string;
  slug: string;
  title: string;
  status: string;
}

/** The extras of a list of cases in four queries: merge targets, assessments, recommendations answering them, attachments. */
export async function viewsOf(db: Executor, ctx: ForumCtx, rows: readonly StoredSubmission[]): Promise<SubmissionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const targetIds = [...new Set(rows.map((r) => r.merged_into).filter((id): id is string => id !== null))];
  const bodyIds = [...new Set(rows.map((r) => r.body_id))];
  const [targets, bodies, assessments, recommendations, attachments] = await Promise.all([
    targetIds.length ? db.selectFrom('forum_submission').where('id', 'in', targetIds).select(SUBMISSION_COLUMNS).execute() : [],
    db.selectFrom('forum_body').where('id', 'in', bodyIds).select(['id', 'name']).execute(),
    db.selectFrom('forum_assessment').where('submission_id', 'in', [...ids, ...targetIds]).select(['id', 'submission_id']).execute(),
    db
      .selectFrom('forum_recommendation_case as c')
      .innerJoin('forum_recommendation as r', 'r.id', 'c.recommendation_id')
      .leftJoin('forum_recommendation_version as v', (join) => join.onRef('v.recommendation_id', '=', 'r.id').onRef('v.version', '=', 'r.published_version'))
      .where('c.submission_id', 'in', [...ids, ...targetIds])
      .where('r.status', 'in', ['published', 'withdrawn'])
      .select(['c.submission_id', 'r.id', 'r.slug', 'r.status', 'v.title'])
      .execute(),
    attachmentsOf(db, ids),
  ]);
  return rows.map((row) => {
    const target = targets.find((t) => t.id === row.merged_into) ?? null;
    const followId = target ? target.id : row.id;
    return submissionView(row, {
      bodyName: bodies.find((b) => b.id === row.body_id)?.name ?? '',
      mine: row.submitted_by === ctx.actor.userId,
      target,
      assessmentId: assessments.find((a) => a.submission_id === followId)?.id ?? null,
      recommendations: recommendations.filter((r) => r.submission_id === followId).map((r) => ({ id: r.id, slug: r.slug, title: r.title ?? '', status: r.status })),
      attachments: attachments.get(row.id) ?? [],
    });
  });
}

/** The submitter sees their own case; members of its body (current term) and admins see every case. */
export async function readableBy(db: Executor, ctx: ForumCtx, row: StoredSubmission): Promise<'submitter' | 'member'> {
  const standing = await bodyRole(db, ctx.actor, row.body_id, osloToday(ctx.clock));
  if (standing?.kind === 'admin' || (standing?.kind === 'member' && standing.termCurrent)) return 'member';
  if (row.submitted_by === ctx.actor.userId) return 'submitter';
  if (standing?.kind === 'member') throw new AppError('FORUM_TERM_ENDED');
  throw new AppError('FORUM_NOT_A_MEMBER');
}
