import { recordAudit, type ListReadAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { purposeOf, referralAccess, requireTeamMember, type ConsentRow, type Db, type Executor, type ReferralRow, type TeamDeps } from '../access.js';
import { visibleParts, type CoursePart, type Viewer } from '../domain/visibility.js';
import { queuePositions } from './queue.js';
import { referralView, type ReferralView } from './view.js';

/**
 * The reads of referrals: one referral, a team's intake, the GP's referrals with the team's
 * updates, and the person's own. Every read of personal data is audited; a list read names
 * everyone it showed in one entry.
 */
async function latestConsents(db: Executor, referralIds: readonly string[]): Promise<Map<string, ConsentRow>> {
  if (referralIds.length === 0) return new Map();
  const rows = await db.selectFrom('team_consent').where('referral_id', 'in', [...referralIds]).selectAll().orderBy('created_at', 'asc').execute();
  return new Map(rows.map((r) => [r.referral_id, r]));
}

/** Everything the view needs about many referrals, in a few queries. */
async function extrasFor(db: Executor, rows: readonly ReferralRow[]) {
  const ids = rows.map((r) => r.id);
  const teamIds = [...new Set(rows.map((r) => r.team_id))];
  const citizenIds = [...new Set(rows.map((r) => r.citizen_id))];
  if (rows.length === 0) return { teams: new Map(), people: new Map(), consents: new Map(), courses: new Map(), positions: new Map<string, number>() };
  const [teams, people, consents, courses] = await Promise.all([
    db.selectFrom('team').where('id', 'in', teamIds).select(['id', 'name', 'kind', 'criteria']).execute(),
    db.selectFrom('citizen').where('id', 'in', citizenIds).select(['id', 'given_name', 'family_name', 'birth_date']).execute(),
    latestConsents(db, ids),
    db.selectFrom('team_course').where('referral_id', 'in', ids).select(['id', 'referral_id', 'status', 'final_report']).execute(),
  ]);
  const positions = new Map<string, number>();
  for (const teamId of new Set(rows.filter((r) => r.status === 'waiting').map((r) => r.team_id))) for (const [id, p] of await queuePositions(db, teamId)) positions.set(id, p);
  return {
    teams: new Map(teams.map((t) => [t.id, t])),
    people: new Map(people.map((p) => [p.id, { citizenId: p.id, name: personName(p.given_name, p.family_name), birthDate: p.birth_date }])),
    consents,
    courses: new Map(courses.map((c) => [c.referral_id, c])),
    positions,
  };
}

type Extras = Awaited<ReturnType<typeof extrasFor>>;

function viewOf(row: ReferralRow, extras: Extras, viewer: Viewer): { view: ReferralView; parts: ReadonlySet<CoursePart> } {
  const consent = extras.consents.get(row.id) ?? null;
  const parts = visibleParts(viewer, consent ? { scope: consent.scope, withdrawn: consent.withdrawn_at !== null } : null);
  const course = extras.courses.get(row.id);
  const view = referralView(row, {
    team: extras.teams.get(row.team_id)!,
    person: extras.people.get(row.citizen_id) ?? null,
    consent,
    course: course ? { id: course.id, status: course.status } : null,
    waitingPosition: extras.positions.get(row.id) ?? null,
    parts,
  });
  return { view, parts };
}

/** One referral as the viewer may see it (`GET /team-referrals/:id`). */
export async function readReferral(db: Db, deps: TeamDeps, referralId: string) {
  const access = await referralAccess(db, deps, referralId, 'referral');
  const extras = await extrasFor(db, [access.referral]);
  await recordAudit(db, deps, { action: 'read', citizenId: access.referral.citizen_id, objectType: 'team_referral', objectId: referralId, purpose: purposeOf(deps.actor) });
  return viewOf(access.referral, extras, access.viewer).view;
}

const RECENT_DAYS = 30;

/**
 * The team's intake (`GET /teams/:id/intake`): referrals waiting for a decision, the waiting list in
 * queue order, and the decisions of the last 30 days. A member sees a referral only through the
 * consent side of their role.
 */
export async function intake(db: Db, deps: TeamDeps, teamId: string, listReads: ListReadAudit) {
  const memberships = await requireTeamMember(db, deps, teamId);
  const viewer: Viewer = { kind: 'member', roles: memberships.map((m) => m.role) };
  const since = new Date(deps.clock.now().getTime() - RECENT_DAYS * 86_400_000);
  const rows = await db
    .selectFrom('team_referral')
    .where('team_id', '=', teamId)
    .where((eb) => eb.or([eb('status', 'in', ['submitted', 'waiting']), eb.and([eb('status', 'in', ['accepted', 'declined', 'withdrawn']), eb('updated_at', '>=', since)])]))
    .selectAll()
    .orderBy('created_at')
    .limit(500)
    .execute();
  const extras = await extrasFor(db, rows);
  const seen = rows.map((row) => ({ row, ...viewOf(row, extras, viewer) })).filter((v) => v.parts.has('referral'));
  await listReads.record(deps, seen.map((v) => v.row.citizen_id), { objectType: 'team_intake', purpose: purposeOf(deps.actor), rows: seen.length });
  const byPosition = (a: ReferralView, b: ReferralView) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0);
  return {
    submitted: seen.filter((v) => v.row.status === 'submitted').map((v) => v.view),
    waiting: seen.filter((v) => v.row.status === 'waiting').map((v) => v.view).sort(byPosition),
    recent: seen.filter((v) => !['submitted', 'waiting'].includes(v.row.status)).map((v) => v.view).reverse(),
  };
}

function updateView(u: { id: string; kind: string; title: string; body: string; tariff_hint: string | null; sent_to_nav: boolean; read_at: Date | null; created_at: Date; created_by_name: string; course_id: string | null }) {
  return { id: u.id, kind: u.kind, title: u.title, body: u.body, tariffHint: u.tariff_hint, sentToNav: u.sent_to_nav, readAt: u.read_at ? u.read_at.toISOString() : null, createdAt: u.created_at.toISOString(), createdByName: u.created_by_name, courseId: u.course_id };
}

/** The GP's referrals (as the person's GP or the referrer) with the team's updates, those with unread updates first. */
export async function gpReferrals(db: Db, deps: TeamDeps, listReads: ListReadAudit) {
  const { actor } = deps;
  if (actor.role !== 'gp') throw new AppError('ACCESS_DENIED_ROLE');
  const rows = await db
    .selectFrom('team_referral')
    .where((eb) => eb.or([eb('referred_by', '=', actor.userId), ...(actor.personId ? [eb('gp_person_id', '=', actor.personId)] : [])]))
    .selectAll()
    .orderBy('updated_at', 'desc')
    .limit(200)
    .execute();
  const extras = await extrasFor(db, rows);
  const updates = rows.length > 0 ? await db.selectFrom('team_gp_update').where('referral_id', 'in', rows.map((r) => r.id)).selectAll().orderBy('created_at', 'desc').execute() : [];
  const referrals = rows.map((row) => {
    const { view, parts } = viewOf(row, extras, { kind: 'gp' });
    const own = updates.filter((u) => u.referral_id === row.id);
    const course = extras.courses.get(row.id);
    return { ...view, updates: own.map(updateView), unread: own.filter((u) => u.read_at === null).length, finalReport: parts.has('final_report') ? (course?.final_report ?? null) : null };
  });
  referrals.sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0));
  await listReads.record(deps, rows.map((r) => r.citizen_id), { objectType: 'team_referral', purpose: purposeOf(actor), rows: rows.length });
  return { referrals };
}

/** The GP marks an update read; only updates about their own referrals. */
export async function markUpdateRead(db: Db, deps: TeamDeps, updateId: string) {
  const { actor } = deps;
  const row = await db
    .selectFrom('team_gp_update as u')
    .innerJoin('team_referral as r', 'r.id', 'u.referral_id')
    .where('u.id', '=', updateId)
    .select(['u.id', 'u.read_at', 'r.referred_by', 'r.gp_person_id'])
    .executeTakeFirst();
  const mine = row && actor.role === 'gp' && (row.referred_by === actor.userId || (actor.personId !== null && row.gp_person_id === actor.personId));
  if (!row || !mine) throw new AppError('TEAM_UPDATE_NOT_FOUND');
  const readAt = row.read_at ?? deps.clock.now();
  if (!row.read_at) await db.updateTable('team_gp_update').set({ read_at: readAt }).where('id', '=', updateId).execute();
  return { id: row.id, readAt: readAt.toISOString() };
}

/** The person's own referrals, consents and courses (`GET /me/team-courses`): they see everything about themselves. */
export async function myTeamCourses(db: Db, deps: TeamDeps) {
  const { actor } = deps;
  if (actor.role !== 'patient' || !actor.citizenId) throw new AppError('ACCESS_DENIED_ROLE');
  const rows = await db.selectFrom('team_referral').where('citizen_id', '=', actor.citizenId).selectAll().orderBy('created_at', 'desc').execute();
  const extras = await extrasFor(db, rows);
  const referrals = rows.map((row) => viewOf(row, extras, { kind: 'patient' }).view);
  const courseIds = [...extras.courses.values()].map((c) => c.id);
  const [courses, sessions, goals, updates] = courseIds.length === 0
    ? [[], [], [], []]
    : await Promise.all([
        db.selectFrom('team_course').where('id', 'in', courseIds).select(['id', 'team_id', 'status', 'started_on', 'closed_at', 'final_report']).orderBy('started_on', 'desc').execute(),
        db.selectFrom('team_session').where('course_id', 'in', courseIds).select(['id', 'course_id', 'kind', 'status', 'starts_at', 'duration_minutes', 'gp_last_minutes', 'attendees']).orderBy('starts_at').execute(),
        db.selectFrom('team_goal').where('course_id', 'in', courseIds).select(['id', 'course_id', 'parent_id', 'area', 'text', 'status', 'target_date', 'reached_at']).orderBy('created_at').execute(),
        db.selectFrom('team_gp_update').where('course_id', 'in', courseIds).selectAll().orderBy('created_at', 'desc').execute(),
      ]);
  await recordAudit(db, deps, { action: 'list', citizenId: actor.citizenId, objectType: 'team_referral', objectId: actor.citizenId, purpose: 'own_data', detail: { rows: rows.length } });
  return {
    referrals,
    courses: courses.map((c) => ({
      id: c.id,
      team: { id: c.team_id, name: extras.teams.get(c.team_id)?.name ?? '' },
      status: c.status,
      startedOn: c.started_on,
      closedAt: c.closed_at ? c.closed_at.toISOString() : null,
      sessions: sessions
        .filter((s) => s.course_id === c.id)
        .map((s) => ({ id: s.id, kind: s.kind, status: s.status, startsAt: s.starts_at.toISOString(), durationMinutes: s.duration_minutes, gpLastMinutes: s.gp_last_minutes, attendees: s.attendees })),
      goals: goals
        .filter((g) => g.course_id === c.id)
        .map((g) => ({ id: g.id, parentId: g.parent_id, area: g.area, text: g.text, status: g.status, targetDate: g.target_date, reachedAt: g.reached_at ? g.reached_at.toISOString() : null })),
      finalReport: c.final_report,
      gpUpdates: updates.filter((u) => u.course_id === c.id).map(updateView),
    })),
  };
}
