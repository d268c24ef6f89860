import type { Insertable } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import type { InclusionCriterion, TeamJointCadence, TeamKind, TeamMemberRole, TeamReferralPolicy, TeamTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { Db, TeamDeps } from './access.js';
import { criteriaProblem, WORK_FOCUS_CRITERIA, WORK_FOCUS_LIMITS } from './domain/inclusion.js';
import { lockTeam, promoteWaiting } from './referrals/queue.js';

/**
 * Team administration (issue 8, "Teams"): an admin sets up a team — its kind, the organisations it
 * serves, inclusion criteria, who may refer, capacity and the course's defaults — and its members
 * with roles and where and when each is present. Team settings are not personal data; the members
 * are the platform's own users.
 */
export interface TeamInput {
  kind: TeamKind;
  name: string;
  description?: string | null;
  trialSite?: string | null;
  hostOrganisationId?: string | null;
  servedOrganisationIds: string[];
  criteria?: InclusionCriterion[];
  ageMin?: number | null;
  ageMax?: number | null;
  maxSickLeaveWeeks?: number | null;
  referralPolicy: TeamReferralPolicy;
  capacity: number;
  sessionBudget?: number;
  refresherLimit?: number;
  firstSessionTargetDays?: number;
  jobSpecialistCaseload?: number;
  jointMeetingCadence?: TeamJointCadence;
  gpJoinsLastMinutes?: number;
  active?: boolean;
}

export interface MemberInput {
  userId: string;
  role: TeamMemberRole;
  presence: { organisationId: string; weekday: number; from: string; to: string }[];
}

/** Roles that can never be team members: the person themselves, admins, employers. */
const NOT_MEMBERS: ReadonlySet<string> = new Set(['patient', 'admin', 'employer']);

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
}

const trimmedOrNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** The stored columns for a team: a work-focus team gets report 003's criteria and limits unless given. */
function teamColumns(input: TeamInput): Omit<Insertable<TeamTable>, 'created_at' | 'updated_at'> {
  const workFocus = input.kind === 'work_focus';
  const criteria = input.criteria ?? (workFocus ? [...WORK_FOCUS_CRITERIA] : []);
  const problem = criteriaProblem(criteria);
  if (problem) throw new AppError('TEAM_CRITERIA_INVALID', { reason: problem });
  const limit = <K extends keyof typeof WORK_FOCUS_LIMITS>(given: number | null | undefined, key: K) => (given !== undefined ? given : workFocus ? WORK_FOCUS_LIMITS[key] : null);
  const ageMin = limit(input.ageMin, 'ageMin');
  const ageMax = limit(input.ageMax, 'ageMax');
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) throw new AppError('TEAM_AGE_RANGE_INVALID');
  if (!input.name.trim()) throw new AppError('VALIDATION_FAILED', { field: 'name', reason: 'required' });
  return {
    kind: input.kind,
    name: input.name.trim(),
    description: trimmedOrNull(input.description),
    trial_site: trimmedOrNull(input.trialSite),
    host_organisation_id: input.hostOrganisationId ?? null,
    criteria: JSON.stringify(criteria),
    age_min: ageMin,
    age_max: ageMax,
    max_sick_leave_weeks: limit(input.maxSickLeaveWeeks, 'maxSickLeaveWeeks'),
    referral_policy: input.referralPolicy,
    capacity: input.capacity,
    ...(input.sessionBudget !== undefined ? { session_budget: input.sessionBudget } : {}),
    ...(input.refresherLimit !== undefined ? { refresher_limit: input.refresherLimit } : {}),
    ...(input.firstSessionTargetDays !== undefined ? { first_session_target_days: input.firstSessionTargetDays } : {}),
    ...(input.jobSpecialistCaseload !== undefined ? { job_specialist_caseload: input.jobSpecialistCaseload } : {}),
    ...(input.jointMeetingCadence !== undefined ? { joint_meeting_cadence: input.jointMeetingCadence } : {}),
    ...(input.gpJoinsLastMinutes !== undefined ? { gp_joins_last_minutes: input.gpJoinsLastMinutes } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
}

/** The organisations named exist; those a team serves are GP offices or municipalities. */
async function checkOrganisations(db: Db, input: TeamInput): Promise<void> {
  const ids = [...new Set([...input.servedOrganisationIds, ...(input.hostOrganisationId ? [input.hostOrganisationId] : [])])];
  if (ids.length === 0) return;
  const found = await db.selectFrom('organisation').where('id', 'in', ids).select(['id', 'kind']).execute();
  const kinds = new Map(found.map((o) => [o.id, o.kind]));
  const missing = ids.filter((id) => !kinds.has(id));
  if (missing.length > 0) throw new AppError('ORGANISATION_NOT_FOUND', { ids: missing });
  const wrong = input.servedOrganisationIds.filter((id) => !['gp_office', 'municipality'].includes(kinds.get(id)!));
  if (wrong.length > 0) throw new AppError('VALIDATION_FAILED', { field: 'servedOrganisationIds', reason: 'a team serves GP offices and municipalities', ids: wrong });
}

export async function createTeam(db: Db, deps: TeamDeps, input: TeamInput): Promise<string> {
  requireAdmin(deps.actor);
  const columns = teamColumns(input);
  await checkOrganisations(db, input);
  const now = deps.clock.now();
  return db.transaction().execute(async (tx) => {
    const team = await tx.insertInto('team').values({ ...columns, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    const served = [...new Set(input.servedOrganisationIds)];
    if (served.length > 0) await tx.insertInto('team_served_organisation').values(served.map((organisation_id) => ({ team_id: team.id, organisation_id }))).execute();
    return team.id;
  });
}

/** Replaces the team's settings; more places promote the waiting list at once. */
export async function updateTeam(db: Db, deps: TeamDeps, teamId: string, input: TeamInput): Promise<void> {
  requireAdmin(deps.actor);
  const columns = teamColumns(input);
  await checkOrganisations(db, input);
  await db.transaction().execute(async (tx) => {
    await lockTeam(tx, teamId);
    await tx.updateTable('team').set({ ...columns, updated_at: deps.clock.now() }).where('id', '=', teamId).execute();
    await tx.deleteFrom('team_served_organisation').where('team_id', '=', teamId).execute();
    const served = [...new Set(input.servedOrganisationIds)];
    if (served.length > 0) await tx.insertInto('team_served_organisation').values(served.map((organisation_id) => ({ team_id: teamId, organisation_id }))).execute();
    await promoteWaiting(tx, deps, teamId);
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkPresence(members: readonly MemberInput[]): void {
  for (const [index, member] of members.entries()) {
    for (const p of member.presence) {
      if (!Number.isInteger(p.weekday) || p.weekday < 1 || p.weekday > 7 || !TIME.test(p.from) || !TIME.test(p.to) || p.from >= p.to) {
        throw new AppError('TEAM_PRESENCE_INVALID', { member: index, presence: p });
      }
    }
  }
}

/**
 * Replaces the member list: members named are active (with their presence), members not named
 * become inactive — their history on courses stays, their access ends.
 */
export async function setMembers(db: Db, deps: TeamDeps, teamId: string, members: readonly MemberInput[]): Promise<void> {
  requireAdmin(deps.actor);
  checkPresence(members);
  const userIds = [...new Set(members.map((m) => m.userId))];
  const users = userIds.length > 0 ? await db.selectFrom('app_user').where('id', 'in', userIds).select(['id', 'role', 'active']).execute() : [];
  const usable = new Set(users.filter((u) => u.active && !NOT_MEMBERS.has(u.role)).map((u) => u.id));
  const refused = userIds.filter((id) => !usable.has(id));
  if (refused.length > 0) throw new AppError('TEAM_MEMBER_USER_INVALID', { userIds: refused });
  const organisations = [...new Set(members.flatMap((m) => m.presence.map((p) => p.organisationId)))];
  if (organisations.length > 0) {
    const found = await db.selectFrom('organisation').where('id', 'in', organisations).select('id').execute();
    const missing = organisations.filter((id) => !found.some((o) => o.id === id));
    if (missing.length > 0) throw new AppError('ORGANISATION_NOT_FOUND', { ids: missing });
  }
  const now = deps.clock.now();
  await db.transaction().execute(async (tx) => {
    await lockTeam(tx, teamId);
    const existing = await tx.selectFrom('team_member').where('team_id', '=', teamId).select(['id', 'user_id', 'role']).execute();
    const keyOf = (m: { user_id: string; role: string }) => `${m.user_id}/${m.role}`;
    const byKey = new Map(existing.map((m) => [keyOf(m), m.id]));
    if (existing.length > 0) {
      await tx.updateTable('team_member').set({ active: false }).where('team_id', '=', teamId).execute();
      await tx.deleteFrom('team_presence').where('member_id', 'in', existing.map((m) => m.id)).execute();
    }
    for (const member of members) {
      let memberId = byKey.get(keyOf({ user_id: member.userId, role: member.role }));
      if (memberId) await tx.updateTable('team_member').set({ active: true }).where('id', '=', memberId).execute();
      else {
        memberId = (await tx.insertInto('team_member').values({ team_id: teamId, user_id: member.userId, role: member.role, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
        byKey.set(keyOf({ user_id: member.userId, role: member.role }), memberId);
      }
      if (member.presence.length > 0) {
        await tx
          .insertInto('team_presence')
          .values(member.presence.map((p) => ({ member_id: memberId, organisation_id: p.organisationId, weekday: p.weekday, from_time: `${p.from}:00`, to_time: `${p.to}:00` })))
          .execute();
      }
    }
  });
}
