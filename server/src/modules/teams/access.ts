import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditContext, type AuditPurpose } from '../../platform/audit/audit.js';
import type { Config } from '../../platform/config.js';
import type { Database, TeamConsentTable, TeamCourseTable, TeamMemberRole, TeamMemberTable, TeamReferralTable, TeamTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { visibleParts, type CoursePart, type Viewer } from './domain/visibility.js';

export type Db = Kysely<Database>;
export type Executor = Db | Transaction<Database>;
export type TeamCtx = AuditContext & { actor: Actor };
/** What commands that tell people need besides the actor: the public URL for links in e-mails. */
export type TeamDeps = TeamCtx & { config: Pick<Config, 'publicUrl'> };

export type TeamRow = Selectable<TeamTable>;
export type MemberRow = Selectable<TeamMemberTable>;
export type ReferralRow = Selectable<TeamReferralTable>;
export type ConsentRow = Selectable<TeamConsentTable>;
export type CourseRow = Selectable<TeamCourseTable>;

/** The actor's active memberships (one row per role) in a team, or in all teams. */
export async function membershipsOf(db: Executor, userId: string, teamId?: string): Promise<MemberRow[]> {
  let query = db.selectFrom('team_member').where('user_id', '=', userId).where('active', '=', true).selectAll();
  if (teamId) query = query.where('team_id', '=', teamId);
  return query.execute();
}

/** Refuses anyone who is not an active member of the team (with one of the roles, when given). */
export async function requireTeamMember(db: Executor, ctx: TeamCtx, teamId: string, roles?: readonly TeamMemberRole[]): Promise<MemberRow[]> {
  const team = await db.selectFrom('team').where('id', '=', teamId).select('id').executeTakeFirst();
  if (!team) throw new AppError('TEAM_NOT_FOUND');
  const rows = await membershipsOf(db, ctx.actor.userId, teamId);
  if (rows.length === 0 || (roles && !rows.some((r) => roles.includes(r.role)))) throw new AppError('TEAM_NOT_A_MEMBER');
  return rows;
}

/** The current consent of a referral: the latest row, withdrawn or not. */
export async function currentConsent(db: Executor, referralId: string): Promise<ConsentRow | null> {
  const row = await db.selectFrom('team_consent').where('referral_id', '=', referralId).selectAll().orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return row ?? null;
}

export function purposeOf(actor: Actor): AuditPurpose {
  if (actor.role === 'patient') return 'own_data';
  if (actor.role === 'employer') return 'employer_follow_up';
  if (actor.role === 'nav_adviser' || actor.role === 'nav_manager') return 'sick_leave_follow_up';
  return 'health_care';
}

interface Standing {
  referral: ReferralRow;
  course: CourseRow | null;
  citizenEmployerId: string | null;
}

/** How the actor stands to the person of a referral, or null when not at all. */
export async function viewerOf(db: Executor, actor: Actor, standing: Standing): Promise<Viewer | null> {
  const viewer = await standingViewer(db, actor, standing);
  // Whoever made the referral may follow what became of it, even without a part in the course.
  return viewer ?? (actor.userId === standing.referral.referred_by ? { kind: 'referrer' } : null);
}

async function standingViewer(db: Executor, actor: Actor, standing: Standing): Promise<Viewer | null> {
  const { referral, course } = standing;
  switch (actor.role) {
    case 'patient':
      return actor.citizenId === referral.citizen_id ? { kind: 'patient' } : null;
    case 'gp':
      return actor.personId !== null && actor.personId === referral.gp_person_id ? { kind: 'gp' } : null;
    case 'employer':
      return actor.organisationId !== null && actor.organisationId === standing.citizenEmployerId ? { kind: 'employer', involved: course?.employer_involved ?? false } : null;
    case 'nav_adviser':
    case 'nav_manager': {
      const roles = (await membershipsOf(db, actor.userId, referral.team_id)).map((m) => m.role);
      if (roles.length > 0) return { kind: 'member', roles };
      return actor.organisationId !== null && actor.organisationId === referral.nav_office_id ? { kind: 'nav_office' } : null;
    }
    default: {
      const roles = (await membershipsOf(db, actor.userId, referral.team_id)).map((m) => m.role);
      return roles.length > 0 ? { kind: 'member', roles } : null;
    }
  }
}

export interface ReferralAccess extends Standing {
  team: TeamRow;
  consent: ConsentRow | null;
  viewer: Viewer;
  parts: ReadonlySet<CoursePart>;
}

async function standingOfReferral(db: Executor, referralId: string) {
  const referral = await db.selectFrom('team_referral').where('id', '=', referralId).selectAll().executeTakeFirst();
  if (!referral) return null;
  const [team, course, citizen, consent] = await Promise.all([
    db.selectFrom('team').where('id', '=', referral.team_id).selectAll().executeTakeFirstOrThrow(),
    db.selectFrom('team_course').where('referral_id', '=', referral.id).selectAll().executeTakeFirst(),
    db.selectFrom('citizen').where('id', '=', referral.citizen_id).select('employer_id').executeTakeFirstOrThrow(),
    currentConsent(db, referral.id),
  ]);
  return { referral, team, course: course ?? null, citizenEmployerId: citizen.employer_id, consent };
}

/**
 * The actor's right to a part of a referral and its course, decided by `visibleParts`. A refusal
 * is audited before it is thrown: a denied attempt is a fact the person may see.
 */
export async function referralAccess(db: Db, ctx: TeamCtx, referralId: string, need: CoursePart): Promise<ReferralAccess> {
  const loaded = await standingOfReferral(db, referralId);
  if (!loaded) throw new AppError('TEAM_REFERRAL_NOT_FOUND');
  return decide(db, ctx, loaded, need, 'team_referral', referralId);
}

export async function courseAccess(db: Db, ctx: TeamCtx, courseId: string, need: CoursePart): Promise<ReferralAccess & { course: CourseRow }> {
  const course = await db.selectFrom('team_course').where('id', '=', courseId).select('referral_id').executeTakeFirst();
  if (!course) throw new AppError('TEAM_COURSE_NOT_FOUND');
  const loaded = await standingOfReferral(db, course.referral_id);
  if (!loaded) throw new AppError('TEAM_COURSE_NOT_FOUND');
  const access = await decide(db, ctx, loaded, need, 'team_course', courseId);
  return access as ReferralAccess & { course: CourseRow };
}

async function decide(db: Db, ctx: TeamCtx, loaded: NonNullable<Awaited<ReturnType<typeof standingOfReferral>>>, need: CoursePart, objectType: string, objectId: string): Promise<ReferralAccess> {
  const viewer = await viewerOf(db, ctx.actor, loaded);
  const consent = loaded.consent ? { scope: loaded.consent.scope, withdrawn: loaded.consent.withdrawn_at !== null } : null;
  const parts = viewer ? visibleParts(viewer, consent) : new Set<CoursePart>();
  if (!viewer || !parts.has(need)) {
    const code = !viewer ? 'ACCESS_DENIED_NO_RELATIONSHIP' : 'TEAM_CONSENT_NOT_COVERING';
    await recordAudit(db, ctx, {
      action: 'read',
      outcome: 'denied',
      citizenId: loaded.referral.citizen_id,
      objectType,
      objectId,
      purpose: purposeOf(ctx.actor),
      detail: { reason: code, part: need },
    });
    throw new AppError(code);
  }
  return { ...loaded, viewer, parts };
}
