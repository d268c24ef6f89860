import { sql } from 'kysely';
import type { ArenaKind } from '../../../platform/db/schema-arenas.js';
import { AppError } from '../../../platform/errors.js';
import { actorMunicipality, auditArena, inAreaSql, isNavRole, requireVisible, SIGNUP_ROLES, STAFF_ROLES, type ArenaCtx, type ArenaRow, type Db, type Standing } from '../access.js';
import { courseSettings, feeOf, seriesSettings } from '../domain/settings.js';
import { placeOnList } from '../signup/place.js';
import { signupRefusal } from '../signup/signup.js';
import { countsFor, iso, sessionDto, userNames, type ArenaCounts } from './view.js';

/** The arena page and the lists of arenas (ADR 0006 "Core"). */

function summaryOf(arena: ArenaRow, counts: ArenaCounts, standing: { manager: boolean; status: string | null; part: string | null }) {
  return {
    id: arena.id,
    kind: arena.kind,
    title: arena.title,
    status: arena.status,
    location: arena.location,
    countyNumber: arena.county_number,
    municipalityNumbers: arena.municipality_numbers,
    capacity: arena.capacity,
    signedUp: counts.signedUp,
    waiting: counts.waiting,
    signupDeadline: iso(arena.signup_deadline),
    nextSessionAt: counts.nextSessionAt,
    sessionCount: counts.sessionCount,
    myStatus: standing.status as never,
    myPart: standing.part as never,
    canManage: standing.manager,
  };
}

async function meOf(db: Db, ctx: ArenaCtx, arena: ArenaRow, standing: Standing) {
  const own = standing.participant;
  const refusal = signupRefusal(arena, standing, ctx.actor, ctx.clock.now());
  const waitingPlace = own?.status === 'waiting' ? await placeOnList(db, arena.id, own.id) : null;
  const attended = own && own.is_gp && feeOf(arena.kind, arena.settings)
    ? await db.selectFrom('arena_attendance').where('participant_id', '=', own.id).where('attended', '=', true).select('session_id').executeTakeFirst()
    : undefined;
  const series = arena.kind === 'small_group_series';
  return {
    canManage: standing.manager,
    canSignUp: refusal === null,
    signupRefusal: refusal,
    canPropose: series && arena.status !== 'cancelled' && (standing.manager || (isNavRole(ctx.actor.role) && standing.inArea) || own?.status === 'signed_up'),
    canNominate: (series || arena.kind === 'course') && arena.status === 'open' && (standing.manager || (isNavRole(ctx.actor.role) && standing.inArea)),
    participantId: own?.id ?? null,
    status: own?.status ?? null,
    part: own?.part ?? null,
    waitingPlace,
    feeClaim: attended !== undefined,
  };
}

export async function arenaDetail(db: Db, ctx: ArenaCtx, arenaId: string) {
  const { arena, standing } = await requireVisible(db, ctx, arenaId);
  const [sessions, coOrganisers, invitations, host, counts] = await Promise.all([
    db.selectFrom('arena_session').where('arena_id', '=', arena.id).selectAll().orderBy('ordinal').execute(),
    db.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('part', '=', 'co_organiser').where('status', '=', 'signed_up').select('user_id').execute(),
    db.selectFrom('arena_invitation').where('arena_id', '=', arena.id).selectAll().orderBy('sent_at', 'desc').limit(20).execute(),
    arena.host_organisation_id ? db.selectFrom('organisation').where('id', '=', arena.host_organisation_id).select(['id', 'name']).executeTakeFirst() : undefined,
    countsFor(db, [arena.id], ctx.clock.now()),
  ]);
  const names = await userNames(db, [arena.organiser_user_id, ...coOrganisers.map((c) => c.user_id)]);
  const person = (userId: string) => ({ userId, ...(names.get(userId) ?? { name: '—', role: '' }) });
  const series = arena.kind === 'small_group_series' ? seriesSettings(arena.settings) : null;
  await auditArena(db, ctx, { action: 'read', objectType: 'arena', objectId: arena.id });
  return {
    ...summaryOf(arena, counts.get(arena.id)!, { manager: standing.manager, status: standing.participant?.status ?? null, part: standing.participant?.part ?? null }),
    description: arena.description,
    cancelReason: arena.cancel_reason,
    organiser: person(arena.organiser_user_id),
    hostOrganisation: host ?? null,
    coOrganisers: coOrganisers.map((c) => person(c.user_id)),
    series: series && { holidays: series.holidays, fee: series.fee, agendaTemplate: series.agendaTemplate, guests: series.guests, reminderHours: series.reminderHours },
    course: arena.kind === 'course' ? courseSettings(arena.settings) : null,
    sessions: sessions.map(sessionDto),
    invitations: invitations.map((i) => ({ id: i.id, viaName: i.via_name, sentAt: iso(i.sent_at)!, recipientCount: i.recipient_count })),
    me: await meOf(db, ctx, arena, standing),
  };
}

export type ListScope = 'mine' | 'open' | 'all';

/**
 * Arenas for the list page. `mine`: those I organise, co-organise or take part in; `open`: open
 * arenas of my area that my role may sign up to, deadline not passed, not already mine; `all`:
 * everything I may see (admins: all).
 */
export async function listArenas(db: Db, ctx: ArenaCtx, scope: ListScope, kind?: ArenaKind) {
  if (!STAFF_ROLES.has(ctx.actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
  const me = ctx.actor.userId;
  const now = ctx.clock.now();
  const municipality = await actorMunicipality(db, ctx.actor);
  const mineSql = sql<boolean>`(a.organiser_user_id = ${me} or exists (select 1 from arena_participant mp where mp.arena_id = a.id and mp.user_id = ${me} and mp.status not in ('cancelled', 'declined')))`;
  const areaSql = municipality ? inAreaSql(municipality) : sql<boolean>`false`;
  let query = db.selectFrom('arena as a').selectAll('a');
  if (kind) query = query.where('a.kind', '=', kind);
  if (scope === 'mine') query = query.where(mineSql);
  else if (scope === 'open') {
    const kinds = (Object.keys(SIGNUP_ROLES) as ArenaKind[]).filter((k) => SIGNUP_ROLES[k].has(ctx.actor.role));
    if (kinds.length === 0) return [];
    query = query
      .where('a.status', '=', 'open')
      .where('a.kind', 'in', kinds)
      .where(areaSql)
      .where((eb) => eb.or([eb('a.signup_deadline', 'is', null), eb('a.signup_deadline', '>=', now)]))
      .where(sql<boolean>`not exists (select 1 from arena_participant op where op.arena_id = a.id and op.user_id = ${me} and op.status in ('signed_up', 'waiting'))`);
  } else if (ctx.actor.role !== 'admin') {
    query = query.where((eb) => eb.or([mineSql, eb.and([areaSql, eb('a.status', '<>', 'draft')])]));
  }
  const arenas = await query.orderBy('a.created_at', 'desc').limit(300).execute();
  const ids = arenas.map((a) => a.id);
  const [counts, own] = await Promise.all([
    countsFor(db, ids, now),
    ids.length ? db.selectFrom('arena_participant').where('arena_id', 'in', ids).where('user_id', '=', me).select(['arena_id', 'status', 'part']).execute() : [],
  ]);
  const ownBy = new Map(own.map((o) => [o.arena_id, o]));
  const rows = arenas.map((a) => {
    const mine = ownBy.get(a.id);
    const manager = ctx.actor.role === 'admin' || a.organiser_user_id === me || (mine?.part === 'co_organiser' && mine.status === 'signed_up');
    return summaryOf(a, counts.get(a.id)!, { manager, status: mine?.status ?? null, part: mine?.part ?? null });
  });
  // Upcoming first, then by how soon they meet.
  return rows.sort((x, y) => (x.nextSessionAt ?? '9999') .localeCompare(y.nextSessionAt ?? '9999'));
}
