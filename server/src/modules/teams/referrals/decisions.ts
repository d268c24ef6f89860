import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { purposeOf, referralAccess, type Db, type ReferralAccess, type ReferralRow, type TeamDeps } from '../access.js';
import { placementFor } from '../domain/capacity.js';
import { sideOfRole } from '../domain/visibility.js';
import { tellGp } from '../gp-updates.js';
import { capacityOfTeam, expectedStartFor, lockTeam, promoteWaiting, queuePositions, tellIntake, todayOf } from './queue.js';
import { declinedText, waitingText } from './texts.js';

/**
 * The decisions on a referral besides acceptance (accept.ts): the GP's approval of a referral made
 * by someone else, the referrer's withdrawal, and the team's waiting list and decline. Each is one
 * transaction with the team locked, tells the GP, and promotes the waiting list when a place frees.
 */
const OPEN: ReadonlySet<ReferralRow['status']> = new Set(['pending_gp_approval', 'submitted', 'waiting']);

/** A treating member of the team (not the job specialist or NAV) whose side the consent names. */
export function requireTreatingMember(access: ReferralAccess): void {
  const treating = access.viewer.kind === 'member' && access.viewer.roles.some((r) => sideOfRole(r) === 'therapist');
  if (!treating) throw new AppError(access.viewer.kind === 'member' ? 'ACCESS_DENIED_ROLE' : 'TEAM_NOT_A_MEMBER');
}

/** The referral row again, locked, inside the transaction: its status may have moved since the access check. */
export async function lockedReferral(tx: Transaction<Database>, referralId: string, allowed: readonly ReferralRow['status'][]): Promise<ReferralRow> {
  const row = await tx.selectFrom('team_referral').where('id', '=', referralId).forUpdate().selectAll().executeTakeFirstOrThrow();
  if (!allowed.includes(row.status)) throw new AppError('TEAM_REFERRAL_NOT_OPEN', { status: row.status });
  return row;
}

async function audit(tx: Transaction<Database>, deps: TeamDeps, referral: ReferralRow, detail: Record<string, unknown>) {
  await recordAudit(tx, deps, { action: 'update', citizenId: referral.citizen_id, objectType: 'team_referral', objectId: referral.id, purpose: purposeOf(deps.actor), detail });
}

/** The person's GP approves a referral made by someone else: it then goes to intake or the waiting list. */
export async function approveReferral(db: Db, deps: TeamDeps, referralId: string) {
  const access = await referralAccess(db, deps, referralId, 'referral');
  if (deps.actor.role !== 'gp' || !deps.actor.personId || deps.actor.personId !== access.referral.gp_person_id) throw new AppError('ACCESS_DENIED_ROLE');
  return db.transaction().execute(async (tx) => {
    const team = await lockTeam(tx, access.referral.team_id);
    const referral = await lockedReferral(tx, referralId, ['pending_gp_approval']);
    const capacity = await capacityOfTeam(tx, team);
    const placement = placementFor(capacity);
    const expectedStart = await expectedStartFor(tx, team, capacity, placement, todayOf(deps));
    const now = deps.clock.now();
    await tx
      .updateTable('team_referral')
      .set({ status: placement.status, gp_approved_at: now, waiting_since: placement.status === 'waiting' ? now : null, expected_start: expectedStart, updated_at: now })
      .where('id', '=', referral.id)
      .execute();
    await audit(tx, deps, referral, { gpApproved: true, status: placement.status });
    if (placement.status === 'submitted') await tellIntake(tx, deps, team.id);
    else await tellGp(tx, deps, { referralId, kind: 'waiting', ...waitingText({ teamName: team.name, position: placement.position, expectedStart, byTeam: false }) });
    return { status: placement.status, waitingPosition: placement.status === 'waiting' ? placement.position : null, expectedStart };
  });
}

/** The referrer (or the person's GP) withdraws an open referral; a place it held goes to the next in the queue. */
export async function withdrawReferral(db: Db, deps: TeamDeps, referralId: string) {
  const own = await db.selectFrom('team_referral').where('id', '=', referralId).select(['team_id', 'referred_by']).executeTakeFirst();
  if (!own) throw new AppError('TEAM_REFERRAL_NOT_FOUND');
  // The referrer withdraws what they sent, whatever their role; anyone else must be the person's GP.
  if (own.referred_by !== deps.actor.userId) {
    const access = await referralAccess(db, deps, referralId, 'referral');
    const isGp = deps.actor.role === 'gp' && deps.actor.personId !== null && deps.actor.personId === access.referral.gp_person_id;
    if (!isGp) throw new AppError('ACCESS_DENIED_ROLE');
  }
  await db.transaction().execute(async (tx) => {
    await lockTeam(tx, own.team_id);
    const referral = await lockedReferral(tx, referralId, [...OPEN]);
    await tx.updateTable('team_referral').set({ status: 'withdrawn', updated_at: deps.clock.now() }).where('id', '=', referral.id).execute();
    await audit(tx, deps, referral, { withdrawn: true, from: referral.status });
    if (referral.status === 'submitted') await promoteWaiting(tx, deps, referral.team_id);
  });
}

export interface DecisionInput {
  reason: string;
  recommendation?: string | null;
}

/** The team puts a referral in intake on the waiting list (e.g. when full), keeping its place by referral time. */
export async function waitlistReferral(db: Db, deps: TeamDeps, referralId: string, input: DecisionInput) {
  const access = await referralAccess(db, deps, referralId, 'referral');
  requireTreatingMember(access);
  return db.transaction().execute(async (tx) => {
    const team = await lockTeam(tx, access.referral.team_id);
    const referral = await lockedReferral(tx, referralId, ['submitted']);
    const now = deps.clock.now();
    // Waiting since the referral was made: it was there before those who went straight to the queue.
    await tx.updateTable('team_referral').set({ status: 'waiting', waiting_since: referral.created_at, updated_at: now }).where('id', '=', referral.id).execute();
    const position = (await queuePositions(tx, team.id)).get(referral.id)!;
    const capacity = await capacityOfTeam(tx, team);
    const expectedStart = await expectedStartFor(tx, team, capacity, { status: 'waiting', position }, todayOf(deps));
    await tx.updateTable('team_referral').set({ expected_start: expectedStart }).where('id', '=', referral.id).execute();
    await audit(tx, deps, referral, { waitlisted: true, position });
    await tellGp(tx, deps, { referralId, kind: 'waiting', ...waitingText({ teamName: team.name, position, expectedStart, byTeam: true, reason: input.reason }) });
    return { status: 'waiting' as const, waitingPosition: position, expectedStart };
  });
}

/** The team declines with a reason and a recommendation back to the GP (e.g. a district psychiatric centre). */
export async function declineReferral(db: Db, deps: TeamDeps, referralId: string, input: DecisionInput) {
  if (!input.reason.trim()) throw new AppError('TEAM_DECISION_REASON_MISSING');
  const access = await referralAccess(db, deps, referralId, 'referral');
  requireTreatingMember(access);
  await db.transaction().execute(async (tx) => {
    const team = await lockTeam(tx, access.referral.team_id);
    const referral = await lockedReferral(tx, referralId, ['submitted', 'waiting']);
    const recommendation = input.recommendation?.trim() ? input.recommendation.trim() : null;
    const now = deps.clock.now();
    await tx
      .updateTable('team_referral')
      .set({ status: 'declined', decline_reason: input.reason.trim(), recommendation, decided_at: now, decided_by_name: deps.actor.name, updated_at: now })
      .where('id', '=', referral.id)
      .execute();
    await audit(tx, deps, referral, { declined: true, from: referral.status });
    await tellGp(tx, deps, { referralId, kind: 'declined', ...declinedText({ teamName: team.name, reason: input.reason, recommendation }) });
    if (referral.status === 'submitted') await promoteWaiting(tx, deps, team.id);
  });
}
