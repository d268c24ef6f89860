import { sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { requireBodyManager, type Db, type Executor, type ForumCtx } from '../access.js';
import { buildAgenda, type PendingRecommendation, type ReadyCase } from '../domain/agenda.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting } from './load.js';

/** States in which a case can be discussed: taken in, and not yet answered or closed. */
export const DISCUSSABLE_STATES = ['accepted', 'in_assessment', 'assessed'] as const;

async function readyCases(db: Executor, bodyId: string): Promise<ReadyCase[]> {
  const rows = await db
    .selectFrom('forum_submission')
    .where('body_id', '=', bodyId)
    .where('ready_for_meeting', '=', true)
    .where('status', 'in', [...DISCUSSABLE_STATES])
    .select(['id', 'kind', 'title', 'created_at'])
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, createdAt: new Date(r.created_at).toISOString() }));
}

/** Recommendations whose newest version waits for approval (a new draft, or a revision of a published one). */
async function pendingRecommendations(db: Executor, bodyId: string): Promise<PendingRecommendation[]> {
  const rows = await db
    .selectFrom('forum_recommendation as r')
    .innerJoin('forum_recommendation_version as v', 'v.recommendation_id', 'r.id')
    .where('r.body_id', '=', bodyId)
    .where('r.status', '!=', 'withdrawn')
    .where('v.approved_at', 'is', null)
    .where('v.version', '=', sql<number>`(select max(version) from forum_recommendation_version where recommendation_id = r.id)`)
    .select(['r.id', 'v.title', 'v.version'])
    .orderBy('r.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, version: r.version }));
}

/**
 * Builds the agenda of a planned meeting from the cases marked ready and the recommendations to
 * approve, keeping what is already on it; extra items (e.g. "Orienteringssaker") are added last.
 */
export async function buildMeetingAgenda(db: Db, ctx: ForumCtx, meetingId: string, otherItems: readonly string[] = []): Promise<{ items: number }> {
  const meeting = await loadMeeting(db, meetingId);
  await requireBodyManager(db, ctx, meeting.body_id);
  return db.transaction().execute(async (tx) => {
    const locked = await loadMeeting(tx, meetingId, true);
    if (locked.status !== 'planned') throw new AppError('FORUM_MEETING_NOT_PLANNED');
    const existing = await tx.selectFrom('forum_meeting_item').where('meeting_id', '=', meetingId).select(['id', 'position', 'submission_id', 'recommendation_id', 'title']).execute();
    const agenda = buildAgenda(
      await readyCases(tx, locked.body_id),
      await pendingRecommendations(tx, locked.body_id),
      existing.map((e) => ({ position: e.position, submissionId: e.submission_id, recommendationId: e.recommendation_id, title: e.title })),
    );
    let position = agenda.reduce((max, i) => Math.max(max, i.position), 0);
    const titles = new Set(existing.map((e) => e.title));
    const extra = otherItems.map((t) => t.trim()).filter((t) => t && !titles.has(t));
    const added = [...agenda.slice(existing.length), ...extra.map((title) => ({ position: ++position, submissionId: null, recommendationId: null, title }))];
    const now = ctx.clock.now();
    if (added.length > 0) {
      await tx
        .insertInto('forum_meeting_item')
        .values(added.map((i) => ({ meeting_id: meetingId, position: i.position, submission_id: i.submissionId, recommendation_id: i.recommendationId, title: i.title, created_at: now })))
        .execute();
    }
    await tx.updateTable('forum_meeting').set({ updated_at: now }).where('id', '=', meetingId).execute();
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_meeting_agenda', objectId: meetingId, purpose: FORUM_AUDIT_PURPOSE, detail: { added: added.length } });
    return { items: existing.length + added.length };
  });
}
