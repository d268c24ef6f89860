import { sql } from 'kysely';
import type { ListReadAudit } from '../../platform/audit/audit.js';
import type { ConsentRecipient, TeamMemberRole, TeamSessionKind, TeamSessionStatus } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { AppError } from '../../platform/errors.js';
import { purposeOf, type Db, type TeamCtx } from './access.js';
import { overdueFollowUps } from './domain/cadence.js';
import { regularUsed, sessionsHeld, type SessionFact } from './domain/course-rules.js';
import { sideOfRole } from './domain/visibility.js';

/**
 * The team's weekly review (issue 8 §7): every active course the member may see by consent, with
 * the next session, sessions held of the budget, open goals and the follow-ups that are overdue.
 * One query gathers it all per course (200 active courses answer in a few milliseconds); the flags
 * are the pure rules of cadence.ts. The read is audited as one list read naming everyone shown.
 */
interface BoardRow {
  id: string;
  citizen_id: string;
  given_name: string;
  family_name: string;
  started_on: string;
  created_at: Date;
  session_budget: number;
  has_job_specialist: boolean;
  therapist_given: string | null;
  therapist_family: string | null;
  js_given: string | null;
  js_family: string | null;
  sessions: { kind: TeamSessionKind; status: TeamSessionStatus; startsAt: string }[] | null;
  open_goals: number;
  end_mapping_completed: boolean;
  gp_told: boolean;
}

/** Updates the GP gets at intake are the referral's; the course's own start the board asks about. */
const INTAKE_KINDS = ['accepted', 'waiting', 'declined'];

export async function teamBoard(db: Db, ctx: TeamCtx, audit: ListReadAudit, teamId: string) {
  const team = await teamWithRoles(db, ctx, teamId);
  const sides: ConsentRecipient[] = [...new Set(team.roles.map(sideOfRole))];
  const result = await sql<BoardRow>`
      select c.id, c.citizen_id, ci.given_name, ci.family_name, c.started_on::text as started_on, c.created_at, c.session_budget,
             c.job_specialist_member_id is not null as has_job_specialist,
             tp.given_name as therapist_given, tp.family_name as therapist_family,
             jp.given_name as js_given, jp.family_name as js_family,
             (select json_agg(json_build_object('kind', s.kind, 'status', s.status, 'startsAt', s.starts_at) order by s.starts_at)
                from team_session s where s.course_id = c.id) as sessions,
             (select count(*)::int from team_goal g where g.course_id = c.id and g.status in ('open', 'in_progress')) as open_goals,
             exists (select 1 from team_course_form f where f.course_id = c.id and f.template_key = 'function-in-work'
                        and f.round = 'end' and f.completed_at is not null) as end_mapping_completed,
             exists (select 1 from team_gp_update u where u.referral_id = c.referral_id and u.course_id = c.id
                        and u.kind not in (${sql.join(INTAKE_KINDS)})) as gp_told
        from team_course c
        -- The current consent of each course's referral, by its index: whatever the table statistics say.
        join lateral (select scope, withdrawn_at from team_consent where referral_id = c.referral_id order by created_at desc limit 1) k on true
        join citizen ci on ci.id = c.citizen_id
        left join team_member tm on tm.id = c.therapist_member_id
        left join app_user tu on tu.id = tm.user_id
        left join person tp on tp.id = tu.person_id
        left join team_member jm on jm.id = c.job_specialist_member_id
        left join app_user ju on ju.id = jm.user_id
        left join person jp on jp.id = ju.person_id
       where c.team_id = ${teamId} and c.status = 'active'
         and k.withdrawn_at is null and k.scope && array[${sql.join(sides)}]::text[]
       order by ci.family_name, ci.given_name, c.id`.execute(db);
  const now = ctx.clock.now();
  const courses = result.rows.map((row) => boardLine(row, team, now));
  await audit.record(ctx, result.rows.map((r) => r.citizen_id), { objectType: 'team_course', purpose: purposeOf(ctx.actor), rows: courses.length });
  return { team: { id: team.id, name: team.name }, generatedAt: now.toISOString(), courses };
}

/** The team and the actor's roles in it, in one round trip (the board is read often during the weekly review). */
async function teamWithRoles(db: Db, ctx: TeamCtx, teamId: string) {
  const team = await db
    .selectFrom('team as t')
    .where('t.id', '=', teamId)
    .select((eb) => [
      't.id',
      't.name',
      't.joint_meeting_cadence',
      't.first_session_target_days',
      eb
        .selectFrom('team_member as m')
        .whereRef('m.team_id', '=', 't.id')
        .where('m.user_id', '=', ctx.actor.userId)
        .where('m.active', '=', true)
        .select(sql<TeamMemberRole[]>`coalesce(array_agg(m.role), '{}')`.as('roles'))
        .as('roles'),
    ])
    .executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  const roles = (team.roles ?? []) as TeamMemberRole[];
  if (roles.length === 0) throw new AppError('TEAM_NOT_A_MEMBER');
  return { ...team, roles };
}

function boardLine(row: BoardRow, team: { joint_meeting_cadence: 'every_4th_session' | 'monthly'; first_session_target_days: number }, now: Date) {
  const sessions: SessionFact[] = (row.sessions ?? []).map((s) => ({ kind: s.kind, status: s.status, startsAt: new Date(s.startsAt) }));
  const next = sessions.filter((s) => s.status === 'booked' && s.startsAt.getTime() >= now.getTime()).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const named = (given: string | null, family: string | null) => (given || family ? personName(given, family) : null);
  return {
    courseId: row.id,
    participant: { citizenId: row.citizen_id, name: personName(row.given_name, row.family_name) },
    therapistName: named(row.therapist_given, row.therapist_family),
    jobSpecialistName: named(row.js_given, row.js_family),
    startedOn: row.started_on,
    nextSession: next ? { startsAt: next.startsAt.toISOString(), kind: next.kind } : null,
    sessionsHeld: sessionsHeld(sessions),
    regularUsed: regularUsed(sessions),
    sessionBudget: row.session_budget,
    openGoals: row.open_goals,
    overdue: overdueFollowUps({
      cadence: team.joint_meeting_cadence,
      hasJobSpecialist: row.has_job_specialist,
      startedOn: row.started_on,
      acceptedAt: new Date(row.created_at),
      firstSessionTargetDays: team.first_session_target_days,
      sessions,
      endMappingCompleted: row.end_mapping_completed,
      gpTold: row.gp_told,
      now,
    }),
  };
}
