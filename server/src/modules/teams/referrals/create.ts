import type { Transaction } from 'kysely';
import { authorizeCitizen } from '../../../platform/access/guard.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { ConsentRecipient, Database } from '../../../platform/db/schema.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { AppError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { purposeOf, type Db, type Executor, type ReferralRow, type TeamDeps, type TeamRow } from '../access.js';
import { placementFor } from '../domain/capacity.js';
import { checkNewConsent, normaliseScope } from '../domain/consent.js';
import { checkInclusion, outsideReasonProblem, type InclusionResult } from '../domain/inclusion.js';
import { GP_REFERRALS_PATH, tellGp } from '../gp-updates.js';
import { openReferralOrCourse, requireReferrerRole } from './draft.js';
import { personFacts, servingOrganisationIds, sickLeaveFacts, type PersonFacts, type SickLeaveFacts } from './person-facts.js';
import { capacityOfTeam, expectedStartFor, lockTeam, queuePositions, tellIntake, todayOf } from './queue.js';
import { waitingText } from './texts.js';

export interface ReferralInput {
  teamId: string;
  citizenId: string;
  caseId?: string;
  criteria: Record<string, boolean>;
  outsideCriteriaReason?: string;
  reason: string;
  consent?: { scope: ConsentRecipient[]; givenOn?: string };
}

export interface ReferralCreated {
  id: string;
  status: ReferralRow['status'];
  waitingPosition: number | null;
  expectedStart: string | null;
  outsideCriteria: boolean;
  replayed: boolean;
}

interface Checked {
  team: TeamRow;
  person: PersonFacts;
  sickLeave: SickLeaveFacts;
  inclusion: InclusionResult;
  gpPersonId: string | null;
  today: string;
}

/**
 * A GP refers a person to a team (issue 8, "referral in one minute"). Everything is checked before
 * anything is written: the consent (required, naming the treating side), the relationship to the
 * person, that the team serves them and takes referrals from this referrer, the inclusion criteria
 * (outside them only with a reason the team sees). Then, with the team locked, no second open
 * referral or active course, and the place: intake when free, else the waiting list with its
 * position and an expected start. `Idempotency-Key` makes a double click one referral.
 */
export async function createReferral(db: Db, deps: TeamDeps, input: ReferralInput, key?: string): Promise<ReferralCreated> {
  requireReferrerRole(deps.actor);
  if (!input.reason.trim()) throw new AppError('TEAM_REASON_MISSING');
  const today = todayOf(deps);
  const consentProblem = checkNewConsent(input.consent, today);
  if (consentProblem) throw new AppError(consentProblem);
  await authorizeCitizen(db, deps, input.citizenId, 'citizen.read', 'team_referral');
  const replay = await replayed(db, deps, input, key);
  if (replay) return replay;
  const checked = await checkReferral(db, deps, input, today);
  try {
    return await db.transaction().execute((tx) => writeReferral(tx, deps, input, checked, key));
  } catch (error) {
    // Two requests with one key at the same moment: the second answers with what the first stored.
    if (key && isUniqueViolation(error, 'idempotency')) {
      const winner = await replayed(db, deps, input, key);
      if (winner) return winner;
    }
    throw error;
  }
}

async function checkReferral(db: Db, deps: TeamDeps, input: ReferralInput, today: string): Promise<Checked> {
  const team = await db.selectFrom('team').where('id', '=', input.teamId).selectAll().executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  if (!team.active) throw new AppError('TEAM_INACTIVE');
  const person = await personFacts(db, input.citizenId, today);
  const serving = await servingOrganisationIds(db, person, deps.actor.organisationId);
  const served = serving.length > 0 && (await db.selectFrom('team_served_organisation').where('team_id', '=', team.id).where('organisation_id', 'in', serving).select('team_id').executeTakeFirst());
  if (!served) throw new AppError('TEAM_NOT_SERVING');
  const isGp = deps.actor.role === 'gp';
  if (!isGp && team.referral_policy === 'gp_only') throw new AppError('TEAM_REFERRER_NOT_ALLOWED');
  const gpPersonId = isGp ? deps.actor.personId : person.regularGpPersonId;
  if (!gpPersonId && !isGp) throw new AppError('TEAM_GP_MISSING');
  const sickLeave = await sickLeaveFacts(db, input.citizenId, today, input.caseId);
  const inclusion = checkInclusion(
    { criteria: team.criteria, ageMin: team.age_min, ageMax: team.age_max, maxSickLeaveWeeks: team.max_sick_leave_weeks },
    { birthDate: person.birthDate, on: today, sickLeaveStatus: sickLeave.status, sickLeaveWeeks: sickLeave.weeks },
    input.criteria,
  );
  const problem = outsideReasonProblem(inclusion, input.outsideCriteriaReason);
  if (problem) throw new AppError(problem, { misses: inclusion.misses });
  return { team, person, sickLeave, inclusion, gpPersonId, today };
}

async function writeReferral(tx: Transaction<Database>, deps: TeamDeps, input: ReferralInput, checked: Checked, key?: string): Promise<ReferralCreated> {
  const team = await lockTeam(tx, input.teamId);
  // The same key again while the first was being written: it waited for the lock, and answers as a replay.
  const replay = await replayed(tx, deps, input, key);
  if (replay) return replay;
  const existing = await openReferralOrCourse(tx, team.id, input.citizenId);
  if (existing === 'course') throw new AppError('TEAM_COURSE_ALREADY_ACTIVE');
  if (existing === 'referral') throw new AppError('TEAM_ALREADY_REFERRED');
  const now = deps.clock.now();
  const needsApproval = deps.actor.role !== 'gp';
  const capacity = await capacityOfTeam(tx, team);
  const placement = needsApproval ? null : placementFor(capacity);
  const expectedStart = placement ? await expectedStartFor(tx, team, capacity, placement, checked.today) : null;
  const { sickLeave, person, inclusion } = checked;
  const referral = await tx
    .insertInto('team_referral')
    .values({
      team_id: team.id,
      citizen_id: input.citizenId,
      case_id: sickLeave.caseId,
      referred_by: deps.actor.userId,
      referred_by_role: deps.actor.role,
      referred_by_name: deps.actor.name,
      gp_person_id: checked.gpPersonId,
      gp_approved_at: needsApproval ? null : now,
      status: placement?.status ?? 'pending_gp_approval',
      criteria_answers: JSON.stringify(inclusion.answers),
      outside_criteria_reason: inclusion.inside ? null : input.outsideCriteriaReason!.trim(),
      reason: input.reason.trim(),
      age_at_referral: person.age,
      sick_leave_status: sickLeave.status,
      sick_leave_grade: sickLeave.grade,
      sick_leave_weeks: sickLeave.weeks,
      nav_office_id: sickLeave.navOfficeId ?? person.navOfficeId,
      waiting_since: placement?.status === 'waiting' ? now : null,
      expected_start: expectedStart,
      idempotency_key: key ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning(['id', 'status'])
    .executeTakeFirstOrThrow();
  const scope = normaliseScope(input.consent!.scope);
  await tx
    .insertInto('team_consent')
    .values({ referral_id: referral.id, citizen_id: input.citizenId, team_id: team.id, scope, given_on: input.consent!.givenOn!, recorded_by: deps.actor.userId, recorded_by_name: deps.actor.name, created_at: now })
    .execute();
  await recordAudit(tx, deps, {
    action: 'create',
    citizenId: input.citizenId,
    objectType: 'team_referral',
    objectId: referral.id,
    purpose: purposeOf(deps.actor),
    detail: { teamId: team.id, status: referral.status, outsideCriteria: !inclusion.inside, consentScope: scope },
  });
  const waitingPosition = placement?.status === 'waiting' ? placement.position : null;
  await announce(tx, deps, { team, referralId: referral.id, status: referral.status, waitingPosition, expectedStart, gpPersonId: checked.gpPersonId });
  return { id: referral.id, status: referral.status, waitingPosition, expectedStart, outsideCriteria: !inclusion.inside, replayed: false };
}

/** Who hears of a new referral: the team's intake when it has a place; the GP when it waits or needs their approval. */
async function announce(
  tx: Transaction<Database>,
  deps: TeamDeps,
  a: { team: TeamRow; referralId: string; status: ReferralRow['status']; waitingPosition: number | null; expectedStart: string | null; gpPersonId: string | null },
): Promise<void> {
  if (a.status === 'submitted') await tellIntake(tx, deps, a.team.id);
  if (a.status === 'waiting') {
    await tellGp(tx, deps, { referralId: a.referralId, kind: 'waiting', ...waitingText({ teamName: a.team.name, position: a.waitingPosition!, expectedStart: a.expectedStart, byTeam: false }) });
  }
  if (a.status === 'pending_gp_approval' && a.gpPersonId) {
    const gpUsers = await tx.selectFrom('app_user').where('person_id', '=', a.gpPersonId).where('role', '=', 'gp').where('active', '=', true).select('id').execute();
    if (gpUsers.length > 0) {
      await notify(
        tx,
        deps.clock,
        {
          userIds: gpUsers.map((u) => u.id),
          event: 'team_update',
          title: { nb: 'En henvisning venter på din godkjenning', en: 'A referral awaits your approval' },
          body: { nb: 'En henvisning til et team må godkjennes av fastlegen før teamet ser den.', en: 'A referral to a team must be approved by the GP before the team sees it.' },
          link: GP_REFERRALS_PATH,
        },
        deps.config,
      );
    }
  }
}

/** The referral this user already made under this key: the same one again is answered as before; another is refused. */
async function replayed(db: Executor, deps: TeamDeps, input: ReferralInput, key: string | undefined): Promise<ReferralCreated | null> {
  if (!key) return null;
  const previous = await db.selectFrom('team_referral').where('referred_by', '=', deps.actor.userId).where('idempotency_key', '=', key).selectAll().executeTakeFirst();
  if (!previous) return null;
  if (previous.team_id !== input.teamId || previous.citizen_id !== input.citizenId || previous.reason !== input.reason.trim()) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  const position = previous.status === 'waiting' ? ((await queuePositions(db, previous.team_id)).get(previous.id) ?? null) : null;
  return { id: previous.id, status: previous.status, waitingPosition: position, expectedStart: previous.expected_start, outsideCriteria: previous.outside_criteria_reason !== null, replayed: true };
}
