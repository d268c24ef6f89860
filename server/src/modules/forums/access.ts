import { osloDate } from '../../platform/oslo-date.js';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import type { Role } from '../../platform/access/roles.js';
import { recordAudit, type AuditAction, type AuditContext, type AuditPurpose } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import type { ForumBodyTable, ForumMemberRole, ForumMemberTable } from '../../platform/db/schema-forums.js';
import { AppError } from '../../platform/errors.js';

/**
 * Who may do what in a forum or committee (docs/adr/0005-forums.md): any signed-in clinician
 * submits and follows their own submissions; members with a current term see what their body
 * handles; the leader and the secretary (or an admin) manage it. A member whose term has ended
 * is refused with FORUM_TERM_ENDED, so the others can tell them why.
 */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type ForumCtx = AuditContext & { actor: Actor };

export type BodyRow = Selectable<ForumBodyTable>;
export type MemberRow = Selectable<ForumMemberTable>;

/** Roles that may submit deviations and proposals: health personnel and the forums' own people. */
export const CLINICIAN_ROLES: ReadonlySet<Role> = new Set<Role>([
  'gp',
  'municipal_physician',
  'practice_consultant',
  'advisory_physician',
  'coordinating_physician',
  'team_member',
  'forum_member',
  'forum_secretary',
]);

export const MANAGER_ROLES: readonly ForumMemberRole[] = ['leader', 'secretary'];

export type BodyStanding =
  | { kind: 'admin' }
  | { kind: 'member'; memberId: string; role: ForumMemberRole; termCurrent: boolean };

/** Today's date in Norway ('YYYY-MM-DD'): terms are dates, and end at the end of their last day. */
export function osloToday(clock: Clock): string {
  return osloDate(clock.now());
}

export function termIsCurrent(member: Pick<MemberRow, 'term_start' | 'term_end'>, today: string): boolean {
  return member.term_start <= today && (member.term_end === null || member.term_end >= today);
}

export function isClinician(actor: Actor): boolean {
  return CLINICIAN_ROLES.has(actor.role);
}

export function requireClinician(actor: Actor): void {
  if (!isClinician(actor) && actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
}

export async function loadBody(db: Executor, bodyId: string): Promise<BodyRow> {
  const body = await db.selectFrom('forum_body').where('id', '=', bodyId).selectAll().executeTakeFirst();
  if (!body) throw new AppError('FORUM_BODY_NOT_FOUND');
  return body;
}

/**
 * How the actor stands to a body: admin, a member (their strongest seat: a current one before an
 * ended one, leader before secretary before member), or null. `today` defaults to the real date.
 */
export async function bodyRole(db: Executor, actor: Actor, bodyId: string, today: string = osloToday({ now: () => new Date() })): Promise<BodyStanding | null> {
  if (actor.role === 'admin') return { kind: 'admin' };
  const seats = await db.selectFrom('forum_member').where('body_id', '=', bodyId).where('user_id', '=', actor.userId).selectAll().execute();
  if (seats.length === 0) return null;
  const rank = (m: MemberRow) => (termIsCurrent(m, today) ? 0 : 10) + ['leader', 'secretary', 'member', 'deputy'].indexOf(m.role);
  const best = [...seats].sort((a, b) => rank(a) - rank(b))[0]!;
  return { kind: 'member', memberId: best.id, role: best.role, termCurrent: termIsCurrent(best, today) };
}

/**
 * Refuses anyone who is not a member of the body with a current term (an admin passes), and,
 * when roles are given, a member without one of them. Returns the standing for the caller.
 */
export async function requireBodyMember(db: Executor, ctx: ForumCtx, bodyId: string, roles?: readonly ForumMemberRole[]): Promise<BodyStanding> {
  await loadBody(db, bodyId);
  const standing = await bodyRole(db, ctx.actor, bodyId, osloToday(ctx.clock));
  if (!standing) throw new AppError('FORUM_NOT_A_MEMBER');
  if (standing.kind === 'admin') return standing;
  if (!standing.termCurrent) throw new AppError('FORUM_TERM_ENDED');
  if (roles && !roles.includes(standing.role)) throw new AppError('FORUM_NOT_A_MANAGER');
  return standing;
}

/** The leader or the secretary of the body (with a current term), or an admin. */
export function requireBodyManager(db: Executor, ctx: ForumCtx, bodyId: string): Promise<BodyStanding> {
  return requireBodyMember(db, ctx, bodyId, MANAGER_ROLES);
}

/** The member id acting, or null for an admin acting without a seat. */
export const memberIdOf = (standing: BodyStanding): string | null => (standing.kind === 'member' ? standing.memberId : null);

/**
 * The audit entry of a forum read or write. Bodies, members and submissions carry no patient data
 * (submissions are checked on entry), so no citizen is named: administration of bodies is
 * 'directory_administration', the cases are the forum's own work ('collaboration_forum').
 */
export function auditForum(
  executor: Executor,
  ctx: AuditContext,
  entry: { action: AuditAction; objectType: string; objectId?: string | null; purpose?: AuditPurpose; detail?: Record<string, unknown> },
): Promise<void> {
  return recordAudit(executor, ctx, { purpose: 'collaboration_forum', ...entry });
}
