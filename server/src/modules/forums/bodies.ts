import { osloDate } from '../../platform/oslo-date.js';
import type { ForumBodyKind, CompositionRule } from '../../platform/db/schema-forums.js';
import { AppError } from '../../platform/errors.js';
import {
  auditForum,
  isClinician,
  loadBody,
  osloToday,
  requireAdmin,
  requireBodyManager,
  requireBodyMember,
  termIsCurrent,
  type BodyRow,
  type BodyStanding,
  type Db,
  type ForumCtx,
  type MemberRow,
} from './access.js';
import { checkComposition, compositionProblem, type CompositionCheck } from './domain/composition.js';

/**
 * Bodies (issue 9, point 1): an admin sets up a forum or committee — its kind, mandate, owner,
 * composition rules, quorum and honorarium rate; its leader or secretary may keep it up to date.
 * Members see the whole body with its composition check; any clinician sees the list of bodies
 * to submit to (name, kind, mandate).
 */
export interface BodyInput {
  kind: ForumBodyKind;
  name: string;
  slug: string;
  mandate?: string;
  owner?: string;
  compositionRules?: CompositionRule[];
  quorum?: number | null;
  honorariumPercent?: number;
  honorariumBaseNokPerHour?: number | null;
  openMeetingsPerYear?: number;
  active?: boolean;
}

function bodyColumns(input: BodyInput) {
  const rules = input.compositionRules ?? [];
  const problem = compositionProblem(rules);
  if (problem) throw new AppError('FORUM_COMPOSITION_INVALID', { reason: problem });
  if (!input.name.trim()) throw new AppError('FORUM_TEXT_EMPTY', { field: 'name' });
  return {
    kind: input.kind,
    name: input.name.trim(),
    slug: input.slug,
    mandate: (input.mandate ?? '').trim(),
    owner: (input.owner ?? '').trim(),
    composition_rules: JSON.stringify(rules),
    quorum: input.quorum ?? null,
    honorarium_percent: input.honorariumPercent ?? 89,
    honorarium_base_nok_per_hour: input.honorariumBaseNokPerHour === undefined || input.honorariumBaseNokPerHour === null ? null : String(input.honorariumBaseNokPerHour),
    open_meetings_per_year: input.openMeetingsPerYear ?? 0,
    active: input.active ?? true,
  };
}

async function refuseTakenSlug(db: Db, slug: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('forum_body').where('slug', '=', slug).select('id');
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new AppError('FORUM_SLUG_TAKEN');
}

/**
 * An admin or a forum secretary sets up a body. A secretary who does takes its secretary's seat
 * at once (appointed, from today), so the body they made is theirs to run.
 */
export async function createBody(db: Db, ctx: ForumCtx, input: BodyInput): Promise<string> {
  if (ctx.actor.role !== 'forum_secretary') requireAdmin(ctx.actor);
  const columns = bodyColumns(input);
  await refuseTakenSlug(db, input.slug);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const { id } = await tx.insertInto('forum_body').values({ ...columns, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    if (ctx.actor.role === 'forum_secretary') {
      await tx
        .insertInto('forum_member')
        .values({ body_id: id, user_id: ctx.actor.userId, person_id: ctx.actor.personId, name: ctx.actor.name, represents: 'secretariat', role: 'secretary', appointed_how: 'appointed', term_start: osloDate(now), created_at: now })
        .execute();
    }
    await auditForum(tx, ctx, { action: 'create', objectType: 'forum_body', objectId: id, purpose: 'directory_administration' });
    return id;
  });
}

export async function updateBody(db: Db, ctx: ForumCtx, bodyId: string, input: BodyInput): Promise<void> {
  await requireBodyManager(db, ctx, bodyId);
  const columns = bodyColumns(input);
  await refuseTakenSlug(db, input.slug, bodyId);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('forum_body').set({ ...columns, updated_at: ctx.clock.now() }).where('id', '=', bodyId).execute();
    await auditForum(tx, ctx, { action: 'update', objectType: 'forum_body', objectId: bodyId, purpose: 'directory_administration' });
  });
}

export interface BodySummary {
  id: string;
  kind: ForumBodyKind;
  name: string;
  slug: string;
  mandate: string;
  active: boolean;
  /** The actor's seat: 'admin', a member role, or null (may submit only). */
  myRole: string | null;
  termCurrent: boolean | null;
}

/** Admin: every body; others: the active bodies, with their own seat where they have one. */
export async function listBodies(db: Db, ctx: ForumCtx): Promise<BodySummary[]> {
  const { actor } = ctx;
  const admin = actor.role === 'admin';
  let query = db.selectFrom('forum_body').select(['id', 'kind', 'name', 'slug', 'mandate', 'active']).orderBy('name');
  if (!admin) query = query.where('active', '=', true);
  const bodies = await query.execute();
  const seats = await db.selectFrom('forum_member').where('user_id', '=', actor.userId).selectAll().execute();
  if (!admin && !isClinician(actor) && seats.length === 0) throw new AppError('ACCESS_DENIED_ROLE');
  const today = osloToday(ctx.clock);
  await auditForum(db, ctx, { action: 'list', objectType: 'forum_body', purpose: 'directory_administration', detail: { rows: bodies.length } });
  return bodies.map((b) => {
    const seat = seats.filter((m) => m.body_id === b.id).sort((x, y) => Number(termIsCurrent(y, today)) - Number(termIsCurrent(x, today)))[0];
    return { ...b, myRole: admin ? 'admin' : (seat?.role ?? null), termCurrent: seat ? termIsCurrent(seat, today) : null };
  });
}

export function memberView(m: MemberRow, today: string) {
  return {
    id: m.id,
    userId: m.user_id,
    name: m.name,
    represents: m.represents,
    region: m.region,
    role: m.role,
    appointedHow: m.appointed_how,
    appointedBy: m.appointed_by,
    termStart: m.term_start,
    termEnd: m.term_end,
    current: termIsCurrent(m, today),
  };
}

export function bodySettingsView(body: BodyRow) {
  return {
    id: body.id,
    kind: body.kind,
    name: body.name,
    slug: body.slug,
    mandate: body.mandate,
    owner: body.owner,
    compositionRules: body.composition_rules,
    quorum: body.quorum,
    honorariumPercent: Number(body.honorarium_percent),
    honorariumBaseNokPerHour: body.honorarium_base_nok_per_hour === null ? null : Number(body.honorarium_base_nok_per_hour),
    openMeetingsPerYear: body.open_meetings_per_year,
    active: body.active,
  };
}

export type BodyDetail = ReturnType<typeof bodySettingsView> & {
  myRole: string;
  myMemberId: string | null;
  members: ReturnType<typeof memberView>[];
  composition: CompositionCheck;
};

const standingRole = (standing: BodyStanding) => (standing.kind === 'admin' ? 'admin' : standing.role);

/** The body with its members and composition check: for its members (with a current term) and admins. */
export async function bodyDetail(db: Db, ctx: ForumCtx, bodyId: string): Promise<BodyDetail> {
  const standing = await requireBodyMember(db, ctx, bodyId);
  const body = await loadBody(db, bodyId);
  const members = await db.selectFrom('forum_member').where('body_id', '=', bodyId).selectAll().orderBy('name').execute();
  const today = osloToday(ctx.clock);
  const composition = checkComposition(
    body.composition_rules,
    members.map((m) => ({ id: m.id, name: m.name, represents: m.represents, region: m.region, role: m.role, termStart: m.term_start, termEnd: m.term_end })),
    today,
  );
  await auditForum(db, ctx, { action: 'read', objectType: 'forum_body', objectId: bodyId, purpose: 'directory_administration' });
  return {
    ...bodySettingsView(body),
    myRole: standingRole(standing),
    myMemberId: standing.kind === 'member' ? standing.memberId : null,
    members: members.map((m) => memberView(m, today)),
    composition,
  };
}
