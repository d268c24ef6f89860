import { sql } from 'kysely';
import type { ForumSubmissionStatus } from '../../../platform/db/schema-forums.js';
import { auditForum, requireBodyMember, type Db, type ForumCtx } from '../access.js';
import { loadSubmission, readableBy, SUBMISSION_COLUMNS, viewsOf, type SubmissionView } from './view.js';

const LIST_LIMIT = 200;

/** The submitter's own cases, newest first, each with the status and outcome it follows. */
export async function mySubmissions(db: Db, ctx: ForumCtx): Promise<SubmissionView[]> {
  const rows = await db.selectFrom('forum_submission').where('submitted_by', '=', ctx.actor.userId).select(SUBMISSION_COLUMNS).orderBy('created_at', 'desc').limit(LIST_LIMIT).execute();
  await auditForum(db, ctx, { action: 'list', objectType: 'forum_submission', detail: { own: true, rows: rows.length } });
  return viewsOf(db, ctx, rows);
}

export interface SubmissionFilter {
  status?: ForumSubmissionStatus;
  theme?: string;
  kind?: 'deviation' | 'proposal';
  ready?: boolean;
  /** Full-text search over title and texts (PostgreSQL, Norwegian configuration). */
  q?: string;
}

/** The cases a body handles, for its members: filtered by status, theme, kind, and searched. */
export async function bodySubmissions(db: Db, ctx: ForumCtx, bodyId: string, filter: SubmissionFilter): Promise<SubmissionView[]> {
  await requireBodyMember(db, ctx, bodyId);
  let query = db.selectFrom('forum_submission').where('body_id', '=', bodyId).select(SUBMISSION_COLUMNS);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.ready !== undefined) query = query.where('ready_for_meeting', '=', filter.ready);
  if (filter.theme) query = query.where(sql<boolean>`${filter.theme} = any(themes)`);
  const q = filter.q?.trim();
  if (q) {
    const tsQuery = sql`websearch_to_tsquery('norwegian', ${q})`;
    query = query.where(sql<boolean>`search_vector @@ ${tsQuery}`).orderBy(sql`ts_rank(search_vector, ${tsQuery})`, 'desc');
  }
  const rows = await query.orderBy('created_at', 'desc').limit(LIST_LIMIT).execute();
  await auditForum(db, ctx, { action: q ? 'search' : 'list', objectType: 'forum_submission', objectId: bodyId, detail: { status: filter.status, theme: filter.theme, kind: filter.kind, ready: filter.ready, searched: Boolean(q), rows: rows.length } });
  return viewsOf(db, ctx, rows);
}

export async function readSubmission(db: Db, ctx: ForumCtx, id: string): Promise<SubmissionView> {
  const row = await loadSubmission(db, id);
  const as = await readableBy(db, ctx, row);
  await auditForum(db, ctx, { action: 'read', objectType: 'forum_submission', objectId: id, detail: { as } });
  return (await viewsOf(db, ctx, [row]))[0]!;
}
