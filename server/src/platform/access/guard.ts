import type { Kysely } from 'kysely';
import { recordAudit, type AuditContext, type AuditPurpose } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { decideCitizenAccess, type CitizenAction, type CitizenFacts } from './citizen-access.js';
import { loadCitizenFacts } from './citizen-facts.js';

/** The purpose recorded in the audit log follows from why the actor may see the person. */
export function purposeOf(actor: Actor): AuditPurpose {
  switch (actor.role) {
    case 'patient':
      return 'own_data';
    case 'gp':
    case 'team_member':
      return 'health_care';
    case 'employer':
      return 'employer_follow_up';
    default:
      return 'sick_leave_follow_up';
  }
}

/**
 * Decides access to one citizen for a module: loads the facts, applies the rules, and audits a
 * denial before refusing (a denied attempt is itself a fact the person may see).
 */
export async function authorizeCitizen(
  db: Kysely<Database>,
  ctx: AuditContext & { actor: Actor },
  citizenId: string,
  action: CitizenAction,
  objectType: string,
  /** Relationships that come from the object itself, e.g. the employer named on a sick-leave case. */
  objectFacts: Partial<Pick<CitizenFacts, 'employerId'>> = {},
) {
  const loaded = await loadCitizenFacts(db, citizenId);
  if (!loaded) throw new AppError('CITIZEN_NOT_FOUND');
  return authorizeCitizenFacts(db, ctx, { ...loaded, ...objectFacts }, action, objectType);
}

/**
 * The same decision for a caller that loaded the facts with its own query (a hot path that reads
 * the case and the person together). The rules and the audit of a denial are the same.
 */
export async function authorizeCitizenFacts(db: Kysely<Database>, ctx: AuditContext & { actor: Actor }, facts: CitizenFacts, action: CitizenAction, objectType: string) {
  const decision = decideCitizenAccess(ctx.actor, action, facts);
  if (!decision.allowed) {
    await recordAudit(db, ctx, {
      action: 'read',
      outcome: 'denied',
      citizenId: facts.citizenId,
      objectType,
      objectId: facts.citizenId,
      purpose: purposeOf(ctx.actor),
      detail: { reason: decision.code, attempted: action },
    });
    throw new AppError(decision.code);
  }
  return decision;
}
