import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { NAV_ROLES, type Role } from '../../platform/access/roles.js';
import { recordAudit, type AuditAction, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import type { ArenaKind, ArenaParticipantTable, ArenaSessionTable, ArenaTable } from '../../platform/db/schema-arenas.js';
import { AppError } from '../../platform/errors.js';
import { inArea } from './domain/area.js';

/**
 * Who may do what with an arena (ADR 0006 "Core"). Organisers — the arena's organiser, its
 * co-organisers and admins — manage it; users whose organisation lies in the arena's area see it
 * (unless it is a draft) and, with a role the kind takes, sign up; participants always see theirs.
 * Decided here for every part of the module, the outreach parts included.
 */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type ArenaCtx = AuditContext & { actor: Actor };
export type ArenaRow = Selectable<ArenaTable>;
export type SessionRow = Selectable<ArenaSessionTable>;
export type ParticipantRow = Selectable<ArenaParticipantTable>;

/** Who may create an arena. */
export const CREATOR_ROLES: ReadonlySet<Role> = new Set<Role>([
  'advisory_physician',
  'coordinating_physician',
  'nav_manager',
  'nav_adviser',
  'municipal_physician',
  'practice_consultant',
  'admin',
]);

/** Everyone but patients and employers: arenas are for the professionals. */
export const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>([
  'gp',
  'nav_adviser',
  'nav_manager',
  'advisory_physician',
  'coordinating_physician',
  'municipal_physician',
  'practice_consultant',
  'forum_member',
  'forum_secretary',
  'team_member',
  'admin',
]);

const GP_AND_NAV: ReadonlySet<Role> = new Set<Role>(['gp', ...NAV_ROLES]);

/** Who may sign up, by kind: small groups are for GPs; courses for GPs and NAV staff. */
export const SIGNUP_ROLES: Readonly<Record<ArenaKind, ReadonlySet<Role>>> = {
  small_group_series: new Set<Role>(['gp']),
  course: GP_AND_NAV,
  joint_meeting: new Set<Role>([...GP_AND_NAV, 'municipal_physician', 'practice_consultant']),
  meeting_place: new Set<Role>([...GP_AND_NAV, 'municipal_physician', 'practice_consultant']),
  case_slots: new Set<Role>(),
};

/** Statuses that hold or want a place (as opposed to cancelled, declined or only nominated). */
export const ACTIVE_STATUSES = ['signed_up', 'waiting'] as const;

export interface Standing {
  admin: boolean;
  organiser: boolean;
  coOrganiser: boolean;
  /** Organiser, co-organiser or admin. */
  manager: boolean;
  /** The actor's own row (participant, guest, speaker or co-organiser), if any. */
  participant: ParticipantRow | null;
  municipality: string | null;
  inArea: boolean;
  canSee: boolean;
}

export const isNavRole = (role: Role) => NAV_ROLES.has(role);

/** The municipality of the actor's organisation (their workplace), or null. */
export async function actorMunicipality(db: Executor, actor: Actor): Promise<string | null> {
  if (!actor.organisationId) return null;
  const org = await db.selectFrom('organisation').where('id', '=', actor.organisationId).select('municipality_number').executeTakeFirst();
  return org?.municipality_number ?? null;
}

/** The arena, locked for the rest of the transaction when `lock` (sign-ups and promotions are serialised per arena). */
export async function loadArena(db: Executor, arenaId: string, lock = false): Promise<ArenaRow> {
  let query = db.selectFrom('arena').where('id', '=', arenaId).selectAll();
  if (lock) query = query.forUpdate();
  const arena = await query.executeTakeFirst();
  if (!arena) throw new AppError('ARENA_NOT_FOUND');
  return arena;
}

export async function arenaStanding(db: Executor, actor: Actor, arena: ArenaRow): Promise<Standing> {
  const [participant, municipality] = await Promise.all([
    db.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('user_id', '=', actor.userId).selectAll().executeTakeFirst(),
    actorMunicipality(db, actor),
  ]);
  const admin = actor.role === 'admin';
  const organiser = arena.organiser_user_id === actor.userId;
  const coOrganiser = participant?.part === 'co_organiser' && participant.status === 'signed_up';
  const manager = admin || organiser || coOrganiser;
  const area = inArea(arena, municipality) && STAFF_ROLES.has(actor.role);
  return {
    admin,
    organiser,
    coOrganiser,
    manager,
    participant: participant ?? null,
    municipality,
    inArea: area,
    canSee: manager || participant !== undefined || (area && arena.status !== 'draft'),
  };
}

/** The arena and the actor's standing; 404 for an unknown arena, 403 for one the actor may not see. */
export async function requireVisible(db: Executor, ctx: ArenaCtx, arenaId: string, lock = false): Promise<{ arena: ArenaRow; standing: Standing }> {
  const arena = await loadArena(db, arenaId, lock);
  const standing = await arenaStanding(db, ctx.actor, arena);
  if (!standing.canSee) throw new AppError('ARENA_NOT_VISIBLE');
  return { arena, standing };
}

/** The arena for its organisers only (organiser, co-organisers, admins). */
export async function requireManager(db: Executor, ctx: ArenaCtx, arenaId: string, lock = false): Promise<{ arena: ArenaRow; standing: Standing }> {
  const found = await requireVisible(db, ctx, arenaId, lock);
  if (!found.standing.manager) throw new AppError('ARENA_NOT_ORGANISER');
  return found;
}

/** Refuses changes to a cancelled arena. */
export function requireNotCancelled(arena: ArenaRow): void {
  if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
}

export function requireCreator(actor: Actor): void {
  if (!CREATOR_ROLES.has(actor.role)) throw new AppError('ARENA_CREATE_ROLE');
}

/** A session of the arena (with the arena), or 404. */
export async function loadSession(db: Executor, sessionId: string): Promise<SessionRow> {
  const session = await db.selectFrom('arena_session').where('id', '=', sessionId).selectAll().executeTakeFirst();
  if (!session) throw new AppError('ARENA_SESSION_NOT_FOUND');
  return session;
}

/** SQL: the arena is in the area of someone working in `municipality` (the same rule as domain/area.ts). */
export function inAreaSql(municipality: string) {
  return sql<boolean>`(${sql.ref('a.municipality_numbers')} @> array[${municipality}]::text[] or (cardinality(${sql.ref('a.municipality_numbers')}) = 0 and ${sql.ref('a.county_number')} = ${municipality.slice(0, 2)}))`;
}

/**
 * The audit entry of an arena read or write. Arenas carry no patient data, so no citizen is named;
 * the participants are professionals whose sign-ups, attendance and claims are recorded here.
 */
export function auditArena(
  executor: Executor,
  ctx: AuditContext,
  entry: { action: AuditAction; objectType: string; objectId?: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  return recordAudit(executor, ctx, { purpose: 'professional_arena', ...entry });
}

/** Minutes between two instants. */
export const minutesBetween = (start: Date, end: Date) => Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
