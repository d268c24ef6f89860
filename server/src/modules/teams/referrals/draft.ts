import type { Actor } from '../../../platform/access/actor.js';
import { authorizeCitizen } from '../../../platform/access/guard.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { purposeOf, type Db, type Executor, type TeamDeps, type TeamRow } from '../access.js';
import { placementFor } from '../domain/capacity.js';
import { personFacts, servingOrganisationIds, sickLeaveFacts, type PersonFacts } from './person-facts.js';
import { capacitiesOf, expectedStartFor, todayOf } from './queue.js';
import { capacityView } from './team-view.js';

/** Who may refer at all: staff with a relationship to the person — never the person, their employer or an admin. */
export function requireReferrerRole(actor: Actor): void {
  if (actor.role === 'patient' || actor.role === 'employer' || actor.role === 'admin') throw new AppError('ACCESS_DENIED_ROLE');
}

/** The active teams serving the person's GP office, the referrer's organisation or the person's municipality. */
export async function teamsServing(db: Executor, organisationIds: readonly string[]): Promise<TeamRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('team')
    .where('active', '=', true)
    .where('id', 'in', db.selectFrom('team_served_organisation').where('organisation_id', 'in', [...organisationIds]).select('team_id'))
    .selectAll()
    .orderBy('name')
    .execute();
}

/**
 * The referral form, filled with what the platform already knows (issue 8, "referral in one
 * minute"): the person, the sick-leave status, grade and weeks, and the teams that can take them
 * with their criteria, free places and expected start. The referrer must have a relationship with
 * the person by the platform's citizen rules; the read is audited.
 */
export async function referralDraft(db: Db, deps: TeamDeps, citizenId: string, caseId?: string) {
  requireReferrerRole(deps.actor);
  await authorizeCitizen(db, deps, citizenId, 'citizen.read', 'team_referral');
  const today = todayOf(deps);
  const person = await personFacts(db, citizenId, today);
  const sickLeave = await sickLeaveFacts(db, citizenId, today, caseId);
  const teams = await teamsServing(db, await servingOrganisationIds(db, person, deps.actor.organisationId));
  const capacities = await capacitiesOf(db, teams);
  const navOfficeId = sickLeave.navOfficeId ?? person.navOfficeId;
  const navOffice = navOfficeId ? await db.selectFrom('organisation').where('id', '=', navOfficeId).select(['id', 'name']).executeTakeFirst() : undefined;
  const teamViews = [];
  for (const team of teams) {
    const capacity = capacities.get(team.id)!;
    const placement = placementFor(capacity);
    teamViews.push({
      id: team.id,
      kind: team.kind,
      name: team.name,
      description: team.description,
      criteria: team.criteria,
      ageMin: team.age_min,
      ageMax: team.age_max,
      maxSickLeaveWeeks: team.max_sick_leave_weeks,
      referralPolicy: team.referral_policy,
      capacity: capacityView(capacity),
      waitingPosition: placement.status === 'waiting' ? placement.position : null,
      expectedStart: await expectedStartFor(db, team, capacity, placement, today),
      alreadyReferred: await openReferralOrCourse(db, team.id, citizenId),
    });
  }
  await recordAudit(db, deps, { action: 'read', citizenId, objectType: 'team_referral_draft', objectId: caseId ?? citizenId, purpose: purposeOf(deps.actor) });
  return {
    person: personView(person),
    caseId: sickLeave.caseId,
    sickLeave: { status: sickLeave.status, grade: sickLeave.grade, weeks: sickLeave.weeks, firstDay: sickLeave.firstDay },
    navOffice: navOffice ?? null,
    teams: teamViews,
  };
}

const personView = (person: PersonFacts) => ({ citizenId: person.citizenId, name: person.name, age: person.age });

/** An open referral or an active course of the person in the team: a second one is refused. */
export async function openReferralOrCourse(db: Executor, teamId: string, citizenId: string): Promise<'referral' | 'course' | null> {
  const course = await db.selectFrom('team_course').where('team_id', '=', teamId).where('citizen_id', '=', citizenId).where('status', '=', 'active').select('id').executeTakeFirst();
  if (course) return 'course';
  const open = await db
    .selectFrom('team_referral')
    .where('team_id', '=', teamId)
    .where('citizen_id', '=', citizenId)
    .where('status', 'in', ['pending_gp_approval', 'submitted', 'waiting'])
    .select('id')
    .executeTakeFirst();
  return open ? 'referral' : null;
}
