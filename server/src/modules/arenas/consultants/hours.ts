/**
 * A practice consultant's work: hours logged per date with what was done (optionally for one of
 * the arenas they run), the arenas they run, and honoraria per month of a period.
 */
import { AppError } from '../../../platform/errors.js';
import { auditArena, isIsoDate, osloToday, userSummaries, type Db, type Executor, type OutreachCtx } from '../visits/outreach-access.js';
import { honorariaByMonth, withinPost } from './domain/honoraria.js';
import { loadPost, postView, requirePostAccess, type PostRow } from './posts.js';

export interface HoursInput {
  workedOn: string;
  hours: number;
  activity: string;
  arenaId?: string | null;
}

/** Arenas the post's holder runs: organises, or co-organises. */
function arenasRun(db: Executor, userId: string) {
  return db
    .selectFrom('arena as a')
    .where((eb) =>
      eb.or([
        eb('a.organiser_user_id', '=', userId),
        eb.exists(eb.selectFrom('arena_participant as p').whereRef('p.arena_id', '=', 'a.id').where('p.user_id', '=', userId).where('p.part', '=', 'co_organiser').where('p.status', '=', 'signed_up').select('p.id')),
      ]),
    )
    .select(['a.id', 'a.kind', 'a.title', 'a.status'])
    .orderBy('a.created_at', 'desc');
}

/** The consultant logs their own hours; a manager of the post may log them too. The date must lie in the post's period. */
export async function logConsultantHours(db: Db, ctx: OutreachCtx, postId: string, input: HoursInput): Promise<{ id: string }> {
  const post = await loadPost(db, postId);
  await requirePostAccess(db, ctx.actor, post);
  if (!isIsoDate(input.workedOn)) throw new AppError('VALIDATION_FAILED', { field: 'workedOn' });
  if (!withinPost(input.workedOn, { periodFrom: post.period_from, periodTo: post.period_to })) {
    throw new AppError('ARENA_CONSULTANT_HOURS_OUTSIDE_POST', { periodFrom: post.period_from, periodTo: post.period_to });
  }
  if (input.arenaId) {
    const runs = await arenasRun(db, post.user_id).where('a.id', '=', input.arenaId).executeTakeFirst();
    if (!runs) throw new AppError('ARENA_CONSULTANT_ARENA_INVALID');
  }
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('arena_consultant_hours')
      .values({ post_id: postId, worked_on: input.workedOn, hours: input.hours, activity: input.activity.trim(), arena_id: input.arenaId ?? null, created_by: ctx.actor.userId, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_consultant_hours', objectId: row.id, detail: { postId } });
    return { id: row.id };
  });
}

/** Removes a wrongly logged entry: the consultant or a manager of the post. */
export async function deleteConsultantHours(db: Db, ctx: OutreachCtx, hoursId: string): Promise<void> {
  const entry = await db.selectFrom('arena_consultant_hours').where('id', '=', hoursId).select(['id', 'post_id']).executeTakeFirst();
  if (!entry) throw new AppError('NOT_FOUND');
  await requirePostAccess(db, ctx.actor, await loadPost(db, entry.post_id));
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('arena_consultant_hours').where('id', '=', hoursId).execute();
    await auditArena(tx, ctx, { action: 'delete', objectType: 'arena_consultant_hours', objectId: hoursId, detail: { postId: entry.post_id } });
  });
}

/** The default period of the honoraria: this year so far, within the post's period. */
function defaultPeriod(post: PostRow, today: string) {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const from = post.period_from > yearStart ? post.period_from : yearStart;
  const to = post.period_to !== null && post.period_to < today ? post.period_to : today;
  return from <= to ? { from, to } : { from: post.period_from, to: post.period_to ?? post.period_from };
}

/** The post with the arenas its holder runs, the hours of the period and the honoraria per month. */
export async function readPost(db: Db, ctx: OutreachCtx, postId: string, period: { from?: string; to?: string }) {
  const post = await loadPost(db, postId);
  const access = await requirePostAccess(db, ctx.actor, post);
  const fallback = defaultPeriod(post, osloToday(ctx.clock));
  const from = period.from ?? fallback.from;
  const to = period.to ?? fallback.to;
  if (to < from) throw new AppError('PERIOD_INVALID');
  const [host, names, arenas, hours] = await Promise.all([
    db.selectFrom('organisation').where('id', '=', post.host_organisation_id).select('name').executeTakeFirst(),
    userSummaries(db, [post.user_id]),
    arenasRun(db, post.user_id).execute(),
    db.selectFrom('arena_consultant_hours').where('post_id', '=', postId).where('worked_on', '>=', from).where('worked_on', '<=', to).selectAll().orderBy('worked_on', 'desc').orderBy('created_at', 'desc').execute(),
  ]);
  const rate = { percent: Number(post.honorarium_percent), baseNokPerHour: post.base_nok_per_hour === null ? null : Number(post.base_nok_per_hour) };
  const honoraria = honorariaByMonth(hours.map((h) => ({ workedOn: h.worked_on, hours: Number(h.hours) })), from, to, rate);
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_consultant_post', objectId: postId, detail: { from, to } });
  const arenaTitles = new Map(arenas.map((a) => [a.id, a.title]));
  return {
    ...postView(post, names, host?.name ?? null),
    canManage: access.manager,
    canLog: access.own || access.manager,
    arenas: arenas.map((a) => ({ id: a.id, kind: a.kind, title: a.title, status: a.status })),
    from,
    to,
    hours: hours.map((h) => ({ id: h.id, workedOn: h.worked_on, hours: Number(h.hours), activity: h.activity, arenaId: h.arena_id, arenaTitle: h.arena_id ? (arenaTitles.get(h.arena_id) ?? null) : null })),
    honoraria: { ...honoraria, honorariumPercent: rate.percent, baseNokPerHour: rate.baseNokPerHour },
  };
}
