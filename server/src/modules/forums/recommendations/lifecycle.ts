import { recordAudit } from '../../../platform/audit/audit.js';
import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { loadBody, type Db, type ForumCtx, type Tx } from '../access.js';
import { quorumCheck } from '../domain/quorum.js';
import { outcomeText, refusal, searchTextOf } from '../domain/recommendation-versions.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting, membersOnDay } from '../meetings/load.js';
import { latestVersion, loadRecommendation, requireRecommendationAccess, stateOf, type RecommendationRow } from './load.js';
import { osloDate } from '../../../platform/oslo-date.js';

export type ForumDeps = ForumCtx & { config: Pick<Config, 'publicUrl'> };

/** Locks the recommendation after checking the actor may manage it, and refuses the step when its state does. */
async function lockFor(tx: Tx, id: string, step: 'approve' | 'publish' | 'withdraw'): Promise<RecommendationRow> {
  const row = await loadRecommendation(tx, id, true);
  const refused = refusal(stateOf(row), step);
  if (refused) throw new AppError(refused);
  return row;
}

/**
 * Approval of the newest version at a held meeting of the body itself, whose members present
 * (those with a term covering the meeting's day) make a quorum.
 */
export async function approveRecommendation(db: Db, ctx: ForumCtx, id: string, meetingId: string): Promise<void> {
  await requireRecommendationAccess(db, ctx, await loadRecommendation(db, id), true);
  await db.transaction().execute(async (tx) => {
    const row = await lockFor(tx, id, 'approve');
    const meeting = await loadMeeting(tx, meetingId);
    if (meeting.body_id !== row.body_id || meeting.status !== 'held') throw new AppError('FORUM_APPROVAL_MEETING_INVALID');
    const body = await loadBody(tx, row.body_id!);
    const current = await membersOnDay(tx, body.id, osloDate(meeting.starts_at));
    const quorum = quorumCheck(body, meeting.present_member_ids, current.map((m) => m.id));
    if (!quorum.met) throw new AppError('FORUM_QUORUM_NOT_MET', { needed: quorum.needed, present: quorum.present });
    const latest = await latestVersion(tx, id);
    const now = ctx.clock.now();
    await tx.updateTable('forum_recommendation_version').set({ approved_at: now, approved_meeting_id: meetingId }).where('recommendation_id', '=', id).where('version', '=', latest.version).execute();
    await tx.updateTable('forum_recommendation').set({ status: 'approved', updated_at: now }).where('id', '=', id).execute();
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_recommendation', objectId: id, purpose: FORUM_AUDIT_PURPOSE, detail: { approved: latest.version, meetingId, present: quorum.present } });
  });
}

/**
 * Publishes the approved version: it becomes the public text (and what search finds), the cases
 * it answers are answered with it, and their submitters are told.
 */
export async function publishRecommendation(db: Db, deps: ForumDeps, id: string): Promise<void> {
  await requireRecommendationAccess(db, deps, await loadRecommendation(db, id), true);
  await db.transaction().execute(async (tx) => {
    const row = await lockFor(tx, id, 'publish');
    const latest = await latestVersion(tx, id);
    const now = deps.clock.now();
    await tx.updateTable('forum_recommendation_version').set({ published_at: now }).where('recommendation_id', '=', id).where('version', '=', latest.version).execute();
    await tx
      .updateTable('forum_recommendation')
      .set({ status: 'published', published_version: latest.version, search_text: searchTextOf(latest, row.themes), updated_at: now })
      .where('id', '=', id)
      .execute();
    const told = await answerCases(tx, deps, id, latest.title);
    await recordAudit(tx, deps, { action: 'update', objectType: 'forum_recommendation', objectId: id, purpose: FORUM_AUDIT_PURPOSE, detail: { published: latest.version, casesAnswered: told } });
  });
}

/** Sets the outcome of the cases the recommendation answers and tells their submitters (and those of cases merged into them). */
async function answerCases(tx: Tx, deps: ForumDeps, id: string, title: string): Promise<number> {
  const cases = await tx
    .selectFrom('forum_recommendation_case as c')
    .innerJoin('forum_submission as s', 's.id', 'c.submission_id')
    .where('c.recommendation_id', '=', id)
    .where('s.status', 'in', ['accepted', 'in_assessment', 'assessed', 'answered', 'forwarded'])
    .select(['s.id', 's.submitted_by'])
    .execute();
  if (cases.length === 0) return 0;
  const caseIds = cases.map((c) => c.id);
  const now = deps.clock.now();
  const text = outcomeText(title);
  await tx.updateTable('forum_submission').set({ status: 'answered', outcome: text.nb, outcome_at: now, updated_at: now }).where('id', 'in', caseIds).execute();
  const merged = await tx.selectFrom('forum_submission').where('merged_into', 'in', caseIds).select('submitted_by').execute();
  const userIds = [...cases, ...merged].map((c) => c.submitted_by).filter((u): u is string => u !== null);
  if (userIds.length > 0) {
    await notify(
      tx,
      deps.clock,
      { userIds, event: 'answer_received', title: { nb: 'Innmeldingen din er besvart', en: 'Your submission has been answered' }, body: text, link: '/mine-innmeldinger' },
      deps.config,
    );
  }
  return cases.length;
}

/** Withdrawal with a reason: every version stays readable, marked withdrawn. */
export async function withdrawRecommendation(db: Db, ctx: ForumCtx, id: string, reason: string): Promise<void> {
  await requireRecommendationAccess(db, ctx, await loadRecommendation(db, id), true);
  const text = reason.trim();
  if (text === '') throw new AppError('FORUM_REASON_MISSING');
  if (text.length > 2000) throw new AppError('FORUM_TEXT_TOO_LONG', { field: 'reason', max: 2000 });
  await db.transaction().execute(async (tx) => {
    await lockFor(tx, id, 'withdraw');
    const now = ctx.clock.now();
    await tx.updateTable('forum_recommendation').set({ status: 'withdrawn', withdrawn_reason: text, withdrawn_at: now, updated_at: now }).where('id', '=', id).execute();
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_recommendation', objectId: id, purpose: FORUM_AUDIT_PURPOSE, detail: { withdrawn: true } });
  });
}
