import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { membershipsOf, type Executor, type TeamRow } from '../access.js';
import type { Capacity } from '../domain/capacity.js';
import { capacitiesOf } from './queue.js';

/**
 * Teams as their readers see them (ADR 0004, `GET /teams`, `GET /teams/:id`): the admin all of
 * them; a member their own teams; a GP (and anyone else) the active teams serving their
 * organisation, which is where they refer from. No personal data of patients here.
 */
export function capacityView(c: Capacity) {
  return { places: c.places, active: c.active, free: c.free, waiting: c.waiting, pendingIntake: c.pendingIntake };
}

export function teamSummary(team: TeamRow, capacity: Capacity, myRoles: string[]) {
  return {
    id: team.id,
    kind: team.kind,
    name: team.name,
    description: team.description,
    trialSite: team.trial_site,
    active: team.active,
    referralPolicy: team.referral_policy,
    capacity: capacityView(capacity),
    myRoles,
  };
}

export async function listTeams(db: Executor, actor: Actor) {
  const memberships = await membershipsOf(db, actor.userId);
  const memberOf = [...new Set(memberships.map((m) => m.team_id))];
  let query = db.selectFrom('team').selectAll().orderBy('name');
  if (actor.role !== 'admin') {
    const servedHere = actor.organisationId
      ? db.selectFrom('team_served_organisation').where('organisation_id', '=', actor.organisationId).select('team_id')
      : null;
    query = query.where((eb) =>
      eb.or([
        ...(memberOf.length > 0 ? [eb('id', 'in', memberOf)] : []),
        ...(servedHere ? [eb.and([eb('active', '=', true), eb('id', 'in', servedHere)])] : []),
        sql<boolean>`false`,
      ]),
    );
  }
  const teams = await query.execute();
  const capacities = await capacitiesOf(db, teams);
  return teams.map((t) => teamSummary(t, capacities.get(t.id)!, memberships.filter((m) => m.team_id === t.id).map((m) => m.role)));
}

/** Whether the actor may read the team's settings and members. */
async function mayReadTeam(db: Executor, actor: Actor, team: TeamRow): Promise<string[] | null> {
  const roles = (await membershipsOf(db, actor.userId, team.id)).map((m) => m.role);
  if (actor.role === 'admin' || roles.length > 0) return roles;
  if (!actor.organisationId || !team.active) return null;
  const served = await db.selectFrom('team_served_organisation').where('team_id', '=', team.id).where('organisation_id', '=', actor.organisationId).select('team_id').executeTakeFirst();
  return served ? roles : null;
}

const hhmm = (time: string) => time.slice(0, 5);

export async function teamDetail(db: Executor, actor: Actor, teamId: string) {
  const team = await db.selectFrom('team').where('id', '=', teamId).selectAll().executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  const myRoles = await mayReadTeam(db, actor, team);
  if (!myRoles) throw new AppError('TEAM_NOT_FOUND');
  const [served, members, presence, host, capacities] = await Promise.all([
    db.selectFrom('team_served_organisation as s').innerJoin('organisation as o', 'o.id', 's.organisation_id').where('s.team_id', '=', teamId).select(['o.id', 'o.name', 'o.kind']).orderBy('o.name').execute(),
    db
      .selectFrom('team_member as m')
      .innerJoin('app_user as u', 'u.id', 'm.user_id')
      .leftJoin('person as p', 'p.id', 'u.person_id')
      .where('m.team_id', '=', teamId)
      .where('m.active', '=', true)
      .select(['m.id', 'm.user_id', 'm.role', 'm.active', 'p.given_name', 'p.family_name'])
      .orderBy('m.created_at')
      .execute(),
    db
      .selectFrom('team_presence as tp')
      .innerJoin('team_member as m', 'm.id', 'tp.member_id')
      .innerJoin('organisation as o', 'o.id', 'tp.organisation_id')
      .where('m.team_id', '=', teamId)
      .select(['tp.member_id', 'tp.organisation_id', 'o.name', 'tp.weekday', 'tp.from_time', 'tp.to_time'])
      .orderBy('tp.weekday')
      .orderBy('tp.from_time')
      .execute(),
    team.host_organisation_id ? db.selectFrom('organisation').where('id', '=', team.host_organisation_id).select(['id', 'name']).executeTakeFirst() : Promise.resolve(undefined),
    capacitiesOf(db, [team]),
  ]);
  return {
    ...teamSummary(team, capacities.get(team.id)!, myRoles),
    hostOrganisationId: team.host_organisation_id,
    hostOrganisation: host ?? null,
    servedOrganisations: served.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    criteria: team.criteria,
    ageMin: team.age_min,
    ageMax: team.age_max,
    maxSickLeaveWeeks: team.max_sick_leave_weeks,
    sessionBudget: team.session_budget,
    refresherLimit: team.refresher_limit,
    firstSessionTargetDays: team.first_session_target_days,
    jobSpecialistCaseload: team.job_specialist_caseload,
    jointMeetingCadence: team.joint_meeting_cadence,
    gpJoinsLastMinutes: team.gp_joins_last_minutes,
    members: members.map((m) => ({
      id: m.id,
      userId: m.user_id,
      name: personName(m.given_name, m.family_name),
      role: m.role,
      active: m.active,
      presence: presence
        .filter((p) => p.member_id === m.id)
        .map((p) => ({ organisationId: p.organisation_id, organisationName: p.name, weekday: p.weekday, from: hhmm(p.from_time), to: hhmm(p.to_time) })),
    })),
  };
}

/** Users an admin may make members: active staff (never patients, admins or employers). */
export async function memberCandidates(db: Executor) {
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.active', '=', true)
    .where('u.role', 'not in', ['patient', 'admin', 'employer'])
    .where('u.person_id', 'is not', null)
    .select(['u.id', 'u.role', 'p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .orderBy('p.family_name')
    .limit(1000)
    .execute();
  return rows.map((r) => ({ userId: r.id, name: personName(r.given_name, r.family_name), role: r.role, organisationName: r.organisation_name }));
}
