import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { isWorkingDay } from '../../../platform/working-days.js';
import { osloDate } from '../../dialogue/domain/deadlines.js';
import type { TeamDeps, Executor, TeamRow } from '../access.js';
import { capacityOf, expectedStartForPosition, expectedStartNow, promotions, queueOrder, type Capacity, type Placement } from '../domain/capacity.js';
import { sideOfRole } from '../domain/visibility.js';
import { tellGp } from '../gp-updates.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { purposeOf } from '../access.js';
import { promotedText } from './texts.js';

/**
 * A team's places and its waiting list, on the database. Every change that takes or frees a place
 * (a referral, an acceptance, a closed course, a withdrawal) locks the team's row first, so two at
 * once never hand out the same place or the same queue position.
 */
export async function lockTeam(tx: Transaction<Database>, teamId: string): Promise<TeamRow> {
  const team = await tx.selectFrom('team').where('id', '=', teamId).forUpdate().selectAll().executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  return team;
}

interface Counts {
  team_id: string;
  active: number;
  pending: number;
  waiting: number;
}

/** Places, active courses, referrals in intake and on the waiting list, for several teams in one query. */
export async function capacitiesOf(db: Executor, teams: readonly Pick<TeamRow, 'id' | 'capacity'>[]): Promise<Map<string, Capacity>> {
  const result = new Map<string, Capacity>();
  if (teams.length === 0) return result;
  const ids = teams.map((t) => t.id);
  const rows = await sql<Counts>`
    select t.id as team_id,
      (select count(*)::int from team_course c where c.team_id = t.id and c.status = 'active') as active,
      (select count(*)::int from team_referral r where r.team_id = t.id and r.status = 'submitted') as pending,
      (select count(*)::int from team_referral r where r.team_id = t.id and r.status = 'waiting') as waiting
    from team t where t.id in (${sql.join(ids)})`.execute(db);
  const byId = new Map(rows.rows.map((r) => [r.team_id, r]));
  for (const team of teams) {
    const c = byId.get(team.id);
    result.set(team.id, capacityOf({ places: team.capacity, active: c?.active ?? 0, pendingIntake: c?.pending ?? 0, waiting: c?.waiting ?? 0 }));
  }
  return result;
}

export async function capacityOfTeam(db: Executor, team: Pick<TeamRow, 'id' | 'capacity'>): Promise<Capacity> {
  return (await capacitiesOf(db, [team])).get(team.id)!;
}

export const todayOf = (deps: Pick<TeamDeps, 'clock'>) => osloDate(deps.clock.now());

/** The expected first session for a placement: soon with a free place, estimated for a waiting position. */
export async function expectedStartFor(db: Executor, team: TeamRow, capacity: Capacity, placement: Placement, today: string): Promise<string | null> {
  const target = { today, firstSessionTargetDays: team.first_session_target_days, isWorkingDay };
  if (placement.status === 'submitted') return expectedStartNow(target);
  const active = await db.selectFrom('team_course').where('team_id', '=', team.id).where('status', '=', 'active').select(['started_on', 'session_budget']).execute();
  return expectedStartForPosition(
    { ...target, places: capacity.places, pendingIntake: capacity.pendingIntake, active: active.map((c) => ({ startedOn: c.started_on, sessionBudget: c.session_budget })) },
    placement.position,
  );
}

/** The team's waiting referrals in queue order. */
export async function waitingQueue(db: Executor, teamId: string) {
  const rows = await db.selectFrom('team_referral').where('team_id', '=', teamId).where('status', '=', 'waiting').select(['id', 'waiting_since', 'created_at', 'citizen_id']).execute();
  return queueOrder(rows.map((r) => ({ ...r, waitingSince: (r.waiting_since ?? r.created_at).toISOString() })));
}

/** 1-based queue positions of the team's waiting referrals, by referral id. */
export async function queuePositions(db: Executor, teamId: string): Promise<Map<string, number>> {
  return new Map((await waitingQueue(db, teamId)).map((w, i) => [w.id, i + 1]));
}

/**
 * Moves the earliest waiting referrals to intake when places have freed (a course closed, a
 * referral was withdrawn or declined, the team got more places), tells each GP, and tells the
 * team's treating members there is something new in intake. Call it in the transaction that freed
 * the place; it locks the team. Returns the promoted referrals' ids.
 */
export async function promoteWaiting(tx: Transaction<Database>, deps: TeamDeps, teamId: string): Promise<string[]> {
  const team = await lockTeam(tx, teamId);
  const capacity = await capacityOfTeam(tx, team);
  const moved = promotions(await waitingQueue(tx, teamId), capacity);
  if (moved.length === 0) return [];
  const today = todayOf(deps);
  const expectedStart = expectedStartNow({ today, firstSessionTargetDays: team.first_session_target_days, isWorkingDay });
  const now = deps.clock.now();
  await tx.updateTable('team_referral').set({ status: 'submitted', expected_start: expectedStart, updated_at: now }).where('id', 'in', moved.map((m) => m.id)).execute();
  for (const referral of moved) {
    const text = promotedText(team.name, expectedStart);
    await tellGp(tx, deps, { referralId: referral.id, kind: 'changed', ...text });
  }
  await recordAudit(
    tx,
    deps,
    moved.map((m) => ({ action: 'update' as const, citizenId: m.citizen_id, objectType: 'team_referral', objectId: m.id, purpose: purposeOf(deps.actor), detail: { promotedFromWaitingList: true } })),
  );
  await tellIntake(tx, deps, teamId);
  return moved.map((m) => m.id);
}

/** Tells the team's treating members (not the job specialist or NAV) that a referral awaits intake; no names. */
export async function tellIntake(tx: Transaction<Database>, deps: TeamDeps, teamId: string): Promise<void> {
  const members = await tx.selectFrom('team_member').where('team_id', '=', teamId).where('active', '=', true).select(['user_id', 'role']).execute();
  const userIds = [...new Set(members.filter((m) => sideOfRole(m.role) === 'therapist').map((m) => m.user_id))].filter((id) => id !== deps.actor.userId);
  if (userIds.length === 0) return;
  await notify(
    tx,
    deps.clock,
    {
      userIds,
      event: 'request_received',
      title: { nb: 'Ny henvisning til teamet', en: 'A new referral to the team' },
      body: { nb: 'En henvisning venter på vurdering i inntaket.', en: 'A referral is waiting for assessment in intake.' },
      link: `/team/${teamId}`,
    },
    deps.config,
  );
}
