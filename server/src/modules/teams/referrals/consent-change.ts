import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { ConsentRecipient, Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { currentConsent, purposeOf, referralAccess, type ConsentRow, type Db, type ReferralAccess, type TeamDeps } from '../access.js';
import { planConsentChange } from '../domain/consent.js';
import { sideOfRole } from '../domain/visibility.js';
import { tellGp } from '../gp-updates.js';
import { consentView } from './view.js';
import { lockTeam, promoteWaiting, todayOf } from './queue.js';
import { consentWithdrawnText } from './texts.js';

/**
 * The person changes or withdraws their consent (or a treating member records it, e.g. given on
 * paper). Narrowing takes effect at once; widening needs the day it was given; dropping the
 * treating side is a withdrawal. Withdrawal stops all sharing at once (visibleParts shows nothing
 * to the sides it covered), ends an active course as dropped out ('consent_withdrawn'), closes an
 * open referral, tells the GP, and gives a freed place to the next in the queue.
 */
function requireConsentKeeper(access: ReferralAccess): void {
  const { viewer } = access;
  if (viewer.kind === 'patient') return;
  if (viewer.kind === 'member' && viewer.roles.some((r) => sideOfRole(r) === 'therapist')) return;
  throw new AppError('ACCESS_DENIED_ROLE');
}

/** A new consent row always sorts after the one it replaces, even when the clock stands still (tests). */
function nextCreatedAt(now: Date, previous: ConsentRow): Date {
  return now.getTime() > previous.created_at.getTime() ? now : new Date(previous.created_at.getTime() + 1);
}

export async function changeConsent(db: Db, deps: TeamDeps, referralId: string, input: { scope: ConsentRecipient[]; givenOn?: string }) {
  const access = await referralAccess(db, deps, referralId, 'referral');
  requireConsentKeeper(access);
  const current = access.consent;
  const plan = planConsentChange(current ? { scope: current.scope, givenOn: current.given_on, withdrawn: current.withdrawn_at !== null } : null, input, todayOf(deps));
  if ('problem' in plan) throw new AppError(plan.problem);
  if (plan.kind === 'same') return { consent: consentView(current), courseEnded: false };
  if (plan.kind === 'withdraw') return withdrawConsent(db, deps, referralId, access);
  return db.transaction().execute(async (tx) => {
    const latest = await currentConsent(tx, referralId);
    if (!latest || latest.id !== current!.id) throw new AppError('TEAM_REFERRAL_NOT_OPEN', { reason: 'the consent changed meanwhile' });
    const row = await tx
      .insertInto('team_consent')
      .values({
        referral_id: referralId,
        citizen_id: latest.citizen_id,
        team_id: latest.team_id,
        scope: plan.scope,
        given_on: plan.givenOn,
        recorded_by: deps.actor.userId,
        recorded_by_name: deps.actor.name,
        created_at: nextCreatedAt(deps.clock.now(), latest),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, deps, {
      action: 'update',
      citizenId: latest.citizen_id,
      objectType: 'team_consent',
      objectId: row.id,
      purpose: purposeOf(deps.actor),
      detail: { change: plan.kind, scope: plan.scope, removed: plan.removed, ...(plan.kind === 'widen' ? { added: plan.added } : {}) },
    });
    return { consent: consentView(row), courseEnded: false };
  });
}

export async function withdrawConsent(db: Db, deps: TeamDeps, referralId: string, checked?: ReferralAccess) {
  const access = checked ?? (await referralAccess(db, deps, referralId, 'referral'));
  requireConsentKeeper(access);
  return db.transaction().execute(async (tx) => {
    const team = await lockTeam(tx, access.referral.team_id);
    const consent = await currentConsent(tx, referralId);
    if (!consent || consent.withdrawn_at !== null) throw new AppError('TEAM_CONSENT_WITHDRAWN');
    const now = deps.clock.now();
    const withdrawn = await tx.updateTable('team_consent').set({ withdrawn_at: now, withdrawn_by_name: deps.actor.name }).where('id', '=', consent.id).returningAll().executeTakeFirstOrThrow();
    const ended = await endCourse(tx, referralId, now);
    const referral = await tx.selectFrom('team_referral').where('id', '=', referralId).forUpdate().select(['status', 'citizen_id']).executeTakeFirstOrThrow();
    const closesReferral = ['pending_gp_approval', 'submitted', 'waiting'].includes(referral.status);
    if (closesReferral) await tx.updateTable('team_referral').set({ status: 'withdrawn', updated_at: now }).where('id', '=', referralId).execute();
    await recordAudit(tx, deps, {
      action: 'update',
      citizenId: referral.citizen_id,
      objectType: 'team_consent',
      objectId: consent.id,
      purpose: purposeOf(deps.actor),
      detail: { change: 'withdraw', courseEnded: ended !== null, referralClosed: closesReferral },
    });
    await tellGp(tx, deps, { referralId, courseId: ended, kind: ended ? 'dropped_out' : 'changed', ...consentWithdrawnText(team.name, ended !== null) });
    if (ended || referral.status === 'submitted') await promoteWaiting(tx, deps, team.id);
    return { consent: consentView(withdrawn), courseEnded: ended !== null };
  });
}

/** Ends the referral's active course as dropped out because the consent was withdrawn; its id, or null when none ran. */
async function endCourse(tx: Transaction<Database>, referralId: string, now: Date): Promise<string | null> {
  const course = await tx
    .updateTable('team_course')
    .set({ status: 'dropped_out', closure_reason: 'consent_withdrawn', closed_at: now, updated_at: now })
    .where('referral_id', '=', referralId)
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  if (!course) return null;
  // Booked sessions will not be held: nobody may share with the team any more.
  await tx.updateTable('team_session').set({ status: 'cancelled', updated_at: now }).where('course_id', '=', course.id).where('status', '=', 'booked').execute();
  return course.id;
}
