import { recordAudit } from '../../../platform/audit/audit.js';
import { requireBodyMember, type Db, type Executor, type ForumCtx } from '../access.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { loadRecommendation, requireRecommendationAccess, versionsOf, type RecommendationRow, type VersionRow } from './load.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export const versionView = (v: VersionRow) => ({
  version: v.version,
  title: v.title,
  summary: v.summary,
  text: v.text,
  changeNote: v.change_note,
  approvedAt: iso(v.approved_at),
  approvedMeetingId: v.approved_meeting_id,
  publishedAt: iso(v.published_at),
  createdByName: v.created_by_name,
  createdAt: new Date(v.created_at).toISOString(),
});

export type RecommendationView = ReturnType<typeof recommendationView>;

function recommendationView(row: RecommendationRow, versions: VersionRow[], cases: Array<{ id: string; title: string; status: string }>) {
  return {
    id: row.id,
    bodyId: row.body_id,
    slug: row.slug,
    status: row.status,
    external: row.external,
    sourceName: row.source_name,
    sourceUrl: row.source_url,
    owner: row.owner,
    administrator: row.administrator,
    themes: row.themes,
    publishedVersion: row.published_version,
    withdrawnReason: row.withdrawn_reason,
    withdrawnAt: iso(row.withdrawn_at),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    versions: versions.map(versionView),
    submissionIds: cases.map((c) => c.id),
    cases,
  };
}

/** The whole recommendation as stored, for the body's own members (drafts included). */
export async function buildRecommendationView(db: Executor, id: string): Promise<RecommendationView> {
  const row = await loadRecommendation(db, id);
  const [versions, cases] = await Promise.all([
    versionsOf(db, id),
    db
      .selectFrom('forum_recommendation_case as c')
      .innerJoin('forum_submission as s', 's.id', 'c.submission_id')
      .where('c.recommendation_id', '=', id)
      .select(['s.id', 's.title', 's.status'])
      .orderBy('s.created_at')
      .execute(),
  ]);
  return recommendationView(row, versions, cases);
}

export async function readRecommendation(db: Db, ctx: ForumCtx, id: string): Promise<RecommendationView> {
  const row = await loadRecommendation(db, id);
  await requireRecommendationAccess(db, ctx, row, false);
  const view = await buildRecommendationView(db, id);
  await recordAudit(db, ctx, { action: 'read', objectType: 'forum_recommendation', objectId: id, purpose: FORUM_AUDIT_PURPOSE });
  return view;
}

/** A body's recommendations, newest first, for its members. */
export async function listBodyRecommendations(db: Db, ctx: ForumCtx, bodyId: string) {
  await requireBodyMember(db, ctx, bodyId);
  return db
    .selectFrom('forum_recommendation as r')
    .innerJoin('forum_recommendation_version as v', (join) => join.onRef('v.recommendation_id', '=', 'r.id'))
    .where('r.body_id', '=', bodyId)
    .where(({ eb, selectFrom }) => eb('v.version', '=', selectFrom('forum_recommendation_version as l').whereRef('l.recommendation_id', '=', 'r.id').select(({ fn }) => fn.max('l.version').as('m'))))
    .select(['r.id', 'r.slug', 'r.status', 'r.published_version as publishedVersion', 'v.title', 'v.version', 'r.updated_at as updatedAt'])
    .orderBy('r.updated_at', 'desc')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() })));
}
