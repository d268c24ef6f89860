import type { Selectable } from 'kysely';
import type { ForumRecommendationTable, ForumRecommendationVersionTable } from '../../../platform/db/schema-forums.js';
import { AppError } from '../../../platform/errors.js';
import { requireBodyManager, requireBodyMember, requireAdmin, type BodyStanding, type Db, type Executor, type ForumCtx } from '../access.js';
import type { RecommendationState } from '../domain/recommendation-versions.js';

export type RecommendationRow = Selectable<ForumRecommendationTable>;
export type VersionRow = Selectable<ForumRecommendationVersionTable>;

/** The recommendation, locked for the rest of the transaction when asked (its steps race). */
export async function loadRecommendation(db: Executor, id: string, forUpdate = false): Promise<RecommendationRow> {
  let query = db.selectFrom('forum_recommendation').where('id', '=', id).selectAll();
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('FORUM_RECOMMENDATION_NOT_FOUND');
  return row;
}

export async function versionsOf(db: Executor, id: string): Promise<VersionRow[]> {
  return db.selectFrom('forum_recommendation_version').where('recommendation_id', '=', id).selectAll().orderBy('version', 'asc').execute();
}

export async function latestVersion(db: Executor, id: string): Promise<VersionRow> {
  return db.selectFrom('forum_recommendation_version').where('recommendation_id', '=', id).selectAll().orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
}

export const stateOf = (row: RecommendationRow): RecommendationState => ({ status: row.status, external: row.external, publishedVersion: row.published_version });

/**
 * Members of the recommendation's body read it; its leader or secretary (or an admin) acts on it.
 * External sources belong to no body: they are public anyway, so any signed-in user reads them,
 * and only an admin changes them.
 */
export async function requireRecommendationAccess(db: Db, ctx: ForumCtx, row: RecommendationRow, manage: boolean): Promise<BodyStanding | null> {
  if (row.body_id === null) {
    if (manage) requireAdmin(ctx.actor);
    return ctx.actor.role === 'admin' ? { kind: 'admin' } : null;
  }
  return manage ? requireBodyManager(db, ctx, row.body_id) : requireBodyMember(db, ctx, row.body_id);
}
