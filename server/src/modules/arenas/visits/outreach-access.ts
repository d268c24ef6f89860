/**
 * What the outreach parts of the arenas module share (visit rounds, joint meetings, practice
 * consultants, case slots; docs/adr/0006-arenas.md, section "Outreach"): executor and context
 * types, the audit entry with the arenas' purpose (which, unlike the core's `auditArena`, may name
 * the citizen of a case listed in a case slot), and names of users. Who may see and manage an
 * arena is the core's decision (arenas/access.ts); visit rounds have rules of their own.
 */
import { isValid, parseISO } from 'date-fns';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { NAV_ROLES, type Role } from '../../../platform/access/roles.js';
import { recordAudit, type AuditAction, type AuditContext } from '../../../platform/audit/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { ArenaTable, Database } from '../../../platform/db/schema.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { osloDate } from '../../../platform/oslo-date.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type OutreachCtx = AuditContext & { actor: Actor };
export type ArenaRow = Selectable<ArenaTable>;

export const isNav = (actor: Actor) => NAV_ROLES.has(actor.role);

export function osloToday(clock: Clock): string {
  return osloDate(clock.now());
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

/** Every outreach read and write of personal data is audited as arena work. */
export function auditArena(
  executor: Executor,
  ctx: AuditContext,
  entry: { action: AuditAction; objectType: string; objectId?: string | null; citizenId?: string | null; subjectSetId?: string; detail?: Record<string, unknown> },
): Promise<void> {
  return recordAudit(executor, ctx, { purpose: 'professional_arena', ...entry });
}

/** Throws the given error with details taken from a pure rule's problem object. */
export function refuse(problem: { code: string } & Record<string, unknown>): never {
  const { code, ...details } = problem;
  throw new AppError(code as ErrorCode, Object.keys(details).length > 0 ? details : undefined);
}

export interface UserSummary {
  userId: string;
  name: string;
  role: Role;
  organisationName: string | null;
}

/** Names, roles and organisations of users, for lists of participants and owners. */
export async function userSummaries(db: Executor, userIds: readonly string[]): Promise<Map<string, UserSummary>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.id', 'in', ids)
    .select(['u.id', 'u.role', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .execute();
  return new Map(rows.map((r) => [r.id, { userId: r.id, name: personName(r.given_name, r.family_name) || r.role, role: r.role as Role, organisationName: r.organisation_name }]));
}

/** Active users by id with their role and organisation: what the checks on people named in a request need. */
export async function activeUsers(db: Executor, userIds: readonly string[]) {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  return db
    .selectFrom('app_user as u')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.id', 'in', ids)
    .where('u.active', '=', true)
    .select(['u.id', 'u.role', 'u.person_id', 'u.organisation_id', 'o.municipality_number', 'o.kind as organisation_kind'])
    .execute();
}
