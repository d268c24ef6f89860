/**
 * Practice consultants (PKO; issue 10 point 4, report 000): GPs in part-time posts at NAV or a
 * hospital as bridge builders. A post has a share of full time, a host organisation and a period;
 * the consultant runs arenas, logs hours, and is paid honoraria. NAV managers, coordinating
 * physicians and admins keep the posts of their county; the consultant sees their own.
 */
import type { Selectable } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import type { Role } from '../../../platform/access/roles.js';
import type { ArenaConsultantPostTable } from '../../../platform/db/schema-arena-outreach.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { activeUsers, auditArena, isIsoDate, userSummaries, type Db, type Executor, type OutreachCtx } from '../visits/outreach-access.js';
import { DEFAULT_HONORARIUM_PERCENT } from './domain/honoraria.js';

export type PostRow = Selectable<ArenaConsultantPostTable>;

export const POST_MANAGER_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'nav_manager', 'coordinating_physician']);
/** A practice consultant is a GP: the post's holder has the PKO role or is a GP with a second hat. */
const HOLDER_ROLES: ReadonlySet<string> = new Set(['practice_consultant', 'gp']);
const HOST_KINDS: ReadonlySet<string> = new Set(['nav_office', 'hospital', 'municipality']);

export interface PostInput {
  userId: string;
  sharePercent: number;
  hostOrganisationId: string;
  periodFrom: string;
  periodTo?: string | null;
  honorariumPercent?: number;
  baseNokPerHour?: number | null;
  note?: string;
}

export async function loadPost(db: Executor, postId: string): Promise<PostRow> {
  const post = await db.selectFrom('arena_consultant_post').where('id', '=', postId).selectAll().executeTakeFirst();
  if (!post) throw new AppError('ARENA_CONSULTANT_POST_NOT_FOUND');
  return post;
}

async function countyOf(db: Executor, organisationId: string | null): Promise<string | null> {
  if (!organisationId) return null;
  const org = await db.selectFrom('organisation').where('id', '=', organisationId).select('municipality_number').executeTakeFirst();
  return org?.municipality_number?.slice(0, 2) ?? null;
}

/** Admins manage every post; NAV managers and coordinating physicians those hosted in their county. */
export async function managesPost(db: Executor, actor: Actor, post: Pick<PostRow, 'host_organisation_id'>): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (!POST_MANAGER_ROLES.has(actor.role)) return false;
  const mine = await countyOf(db, actor.organisationId);
  return mine !== null && mine === (await countyOf(db, post.host_organisation_id));
}

/** The consultant themself, or one who manages the post. */
export async function requirePostAccess(db: Executor, actor: Actor, post: PostRow): Promise<{ manager: boolean; own: boolean }> {
  const own = post.user_id === actor.userId;
  const manager = await managesPost(db, actor, post);
  if (!own && !manager) throw new AppError('ARENA_CONSULTANT_NOT_ALLOWED');
  return { manager, own };
}

async function checkedColumns(db: Db, input: PostInput) {
  if (!isIsoDate(input.periodFrom) || (input.periodTo && !isIsoDate(input.periodTo))) throw new AppError('VALIDATION_FAILED', { field: 'period' });
  if (input.periodTo && input.periodTo < input.periodFrom) throw new AppError('ARENA_CONSULTANT_PERIOD_INVALID');
  const [holder] = await activeUsers(db, [input.userId]);
  if (!holder || !HOLDER_ROLES.has(holder.role)) throw new AppError('ARENA_USER_INVALID', { field: 'userId' });
  const host = await db.selectFrom('organisation').where('id', '=', input.hostOrganisationId).select('kind').executeTakeFirst();
  if (!host || !HOST_KINDS.has(host.kind)) throw new AppError('ARENA_CONSULTANT_HOST_INVALID');
  return {
    user_id: input.userId,
    share_percent: input.sharePercent,
    host_organisation_id: input.hostOrganisationId,
    period_from: input.periodFrom,
    period_to: input.periodTo ?? null,
    honorarium_percent: input.honorariumPercent ?? DEFAULT_HONORARIUM_PERCENT,
    base_nok_per_hour: input.baseNokPerHour ?? null,
    note: input.note?.trim() ?? '',
  };
}

export async function createPost(db: Db, ctx: OutreachCtx, input: PostInput): Promise<{ id: string }> {
  const columns = await checkedColumns(db, input);
  if (!(await managesPost(db, ctx.actor, columns))) throw new AppError('ARENA_CONSULTANT_NOT_ALLOWED');
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('arena_consultant_post').values({ ...columns, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_consultant_post', objectId: row.id, detail: { userId: input.userId } });
    return { id: row.id };
  });
}

/** Changes a post (only the fields given): a new period end, another share, the honorarium rate. */
export async function updatePost(db: Db, ctx: OutreachCtx, postId: string, changes: Partial<PostInput>): Promise<{ id: string }> {
  const post = await loadPost(db, postId);
  if (!(await managesPost(db, ctx.actor, post))) throw new AppError('ARENA_CONSULTANT_NOT_ALLOWED');
  const stored: PostInput = {
    userId: post.user_id,
    sharePercent: Number(post.share_percent),
    hostOrganisationId: post.host_organisation_id,
    periodFrom: post.period_from,
    periodTo: post.period_to,
    honorariumPercent: Number(post.honorarium_percent),
    baseNokPerHour: post.base_nok_per_hour === null ? null : Number(post.base_nok_per_hour),
    note: post.note,
  };
  const columns = await checkedColumns(db, { ...stored, ...changes });
  if (!(await managesPost(db, ctx.actor, columns))) throw new AppError('ARENA_CONSULTANT_NOT_ALLOWED');
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('arena_consultant_post').set({ ...columns, updated_at: ctx.clock.now() }).where('id', '=', postId).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_consultant_post', objectId: postId, detail: { fields: Object.keys(changes) } });
  });
  return { id: postId };
}

export function postView(post: PostRow, names: Map<string, { userId: string; name: string; role: Role; organisationName: string | null }>, hostName: string | null) {
  return {
    id: post.id,
    holder: names.get(post.user_id) ?? { userId: post.user_id, name: '', role: 'practice_consultant' as Role, organisationName: null },
    sharePercent: Number(post.share_percent),
    hostOrganisation: { id: post.host_organisation_id, name: hostName ?? '' },
    periodFrom: post.period_from,
    periodTo: post.period_to,
    honorariumPercent: Number(post.honorarium_percent),
    baseNokPerHour: post.base_nok_per_hour === null ? null : Number(post.base_nok_per_hour),
    note: post.note,
  };
}

/** Posts the actor may see: their own, and (managers) those hosted in their county; admins all. */
export async function listPosts(db: Db, ctx: OutreachCtx) {
  const { actor } = ctx;
  let query = db.selectFrom('arena_consultant_post as p').innerJoin('organisation as o', 'o.id', 'p.host_organisation_id').selectAll('p').select(['o.name as host_name']);
  if (actor.role !== 'admin') {
    const county = POST_MANAGER_ROLES.has(actor.role) ? await countyOf(db, actor.organisationId) : null;
    query = query.where((eb) => eb.or([eb('p.user_id', '=', actor.userId), ...(county ? [eb('o.municipality_number', 'like', `${county}%`)] : [])]));
  }
  const rows = await query.orderBy('p.period_from', 'desc').execute();
  const names = await userSummaries(db, rows.map((r) => r.user_id));
  await auditArena(db, ctx, { action: 'list', objectType: 'arena_consultant_post', detail: { rows: rows.length } });
  return { posts: rows.map((r) => postView(r, names, r.host_name)), canCreate: POST_MANAGER_ROLES.has(actor.role) };
}

/** Who can hold a post and which organisations can host one, in the manager's county (admins: everywhere). */
export async function postOptions(db: Db, ctx: OutreachCtx) {
  if (!POST_MANAGER_ROLES.has(ctx.actor.role)) throw new AppError('ARENA_CONSULTANT_NOT_ALLOWED');
  const county = ctx.actor.role === 'admin' ? null : await countyOf(db, ctx.actor.organisationId);
  if (ctx.actor.role !== 'admin' && !county) return { holders: [], hosts: [] };
  let holders = db
    .selectFrom('app_user as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.active', '=', true)
    .where('u.role', 'in', [...HOLDER_ROLES] as Role[])
    .select(['u.id', 'u.role', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .orderBy('p.family_name');
  let hosts = db.selectFrom('organisation').where('kind', 'in', [...HOST_KINDS] as Array<'nav_office' | 'hospital' | 'municipality'>).where('active', '=', true).select(['id', 'name', 'kind']).orderBy('name');
  if (county) {
    holders = holders.where('o.municipality_number', 'like', `${county}%`);
    hosts = hosts.where('municipality_number', 'like', `${county}%`);
  }
  const [h, o] = await Promise.all([holders.execute(), hosts.execute()]);
  return {
    holders: h.map((r) => ({ userId: r.id, name: personName(r.given_name, r.family_name), role: r.role, organisationName: r.organisation_name })),
    hosts: o.map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
  };
}
