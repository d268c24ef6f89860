import type { Lang } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { compareRounds, FUNCTION_IN_WORK_KEY, JOB_SUPPORT_PLAN_KEY, type TemplateRegistry } from '../../forms/domain/index.js';
import type { Executor, TeamCtx } from '../access.js';
import { jointMeetingDue } from '../domain/cadence.js';
import { refreshersUsed, regularUsed, sessionsHeld } from '../domain/course-rules.js';
import { missingSections } from '../domain/final-report.js';
import { sessionTariff } from '../domain/gp-texts.js';
import { ageOn } from '../domain/inclusion.js';
import type { CoursePart, Viewer } from '../domain/visibility.js';
import { currentWorkStatus } from '../domain/work-status.js';
import { courseActions } from './actions.js';
import { consentState, factOf, memberNames, type CourseAccess } from './load.js';
import { osloDate } from '../../../platform/oslo-date.js';

/**
 * The one shared view of a course (issue 8: everyone on the course sees one summary, so the person
 * does not repeat their story), cut by what the viewer may see: a part they may not see is null,
 * never an empty list that would look like "nothing there". Parts are decided by visibleParts.
 */
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The GP's tariff concerns the GP, the team that suggests it and NAV; not the person or the employer. */
const seesTariff = (viewer: Viewer) => viewer.kind === 'gp' || viewer.kind === 'member' || viewer.kind === 'nav_office';

export interface ViewDeps {
  ctx: TeamCtx;
  registry: TemplateRegistry;
  lang: Lang;
}

function loadParts(db: Executor, access: CourseAccess, sees: (part: CoursePart) => boolean) {
  const { course } = access;
  return Promise.all([
    db.selectFrom('citizen').where('id', '=', course.citizen_id).select(['given_name', 'family_name', 'birth_date']).executeTakeFirstOrThrow(),
    db
      .selectFrom('team_session as s')
      .leftJoin('organisation as o', 'o.id', 's.organisation_id')
      .where('s.course_id', '=', course.id)
      .selectAll('s')
      .select('o.name as organisation_name')
      .orderBy('s.starts_at')
      .orderBy('s.created_at')
      .execute(),
    sees('goals') ? db.selectFrom('team_goal').where('course_id', '=', course.id).selectAll().orderBy('created_at').execute() : Promise.resolve([]),
    sees('mapping_forms') || sees('job_support_plan') ? db.selectFrom('team_course_form').where('course_id', '=', course.id).selectAll().orderBy('created_at').execute() : Promise.resolve([]),
    sees('gp_updates') ? db.selectFrom('team_gp_update').where('referral_id', '=', course.referral_id).selectAll().orderBy('created_at').execute() : Promise.resolve([]),
    memberNames(db, [course.therapist_member_id, course.job_specialist_member_id]),
  ]);
}

export async function buildCourseView(db: Executor, access: CourseAccess, deps: ViewDeps) {
  const { course, team, viewer, parts } = access;
  const sees = (part: CoursePart) => parts.has(part);
  const now = deps.ctx.clock.now();
  const actions = courseActions(viewer, consentState(access.consent), course.status);
  const [citizen, sessionRows, goals, forms, updates, names] = await loadParts(db, access, sees);
  const facts = sessionRows.map(factOf);
  const tariffs = seesTariff(viewer) ? await db.selectFrom('tariff').where('code', '=', 'DM').select(['code', 'valid_from', 'text_nb', 'text_en', 'amount_nok']).orderBy('valid_from', 'desc').execute() : null;
  const member = (id: string | null) => (id ? { memberId: id, name: names.get(id) ?? '—' } : null);
  const visibleForms = forms.filter((f) => (f.template_key === JOB_SUPPORT_PLAN_KEY ? sees('job_support_plan') : sees('mapping_forms')));

  return {
    id: course.id,
    referralId: course.referral_id,
    team: { id: team.id, name: team.name, kind: team.kind, gpJoinsLastMinutes: team.gp_joins_last_minutes },
    // The employer knows the employee; their age is none of the employer's business.
    person: sees('identity') ? { citizenId: course.citizen_id, name: personName(citizen.given_name, citizen.family_name), age: viewer.kind === 'employer' ? null : ageOn(citizen.birth_date, osloDate(now)) } : null,
    status: course.status,
    startedOn: course.started_on,
    closedAt: iso(course.closed_at),
    closureReason: course.closure_reason,
    sessionBudget: course.session_budget,
    refresherLimit: team.refresher_limit,
    sessionsHeld: sessionsHeld(facts),
    regularUsed: regularUsed(facts),
    refreshersUsed: refreshersUsed(facts),
    workStatusStart: course.work_status_start,
    workStatus: currentWorkStatus(course),
    workStatusEnd: course.work_status_end,
    employerInvolved: course.employer_involved,
    therapist: member(course.therapist_member_id),
    jobSpecialist: member(course.job_specialist_member_id),
    referral: sees('referral') ? referralView(access.referral) : null,
    summary: sees('summary') ? { text: course.summary, updatedAt: iso(course.summary_updated_at), updatedByName: course.summary_updated_by_name } : null,
    sessions: sees('sessions') ? sessionRows.map((row) => sessionView(row, tariffs, deps.lang)) : null,
    jointMeeting: sees('sessions') ? jointView(course, team, facts, now) : null,
    // The employer takes part in the work goals only.
    goals: sees('goals') ? goals.filter((g) => viewer.kind !== 'employer' || g.area === 'work').map(goalView) : null,
    forms: sees('mapping_forms') || sees('job_support_plan') ? visibleForms.map((f) => formView(f, deps)) : null,
    mappingComparison: sees('mapping_forms') ? comparison(visibleForms, deps) : null,
    finalReport: sees('final_report') ? course.final_report : null,
    finalReportAt: sees('final_report') ? iso(course.final_report_at) : null,
    finalReportMissing: sees('final_report') ? missingSections(course.final_report) : null,
    gpUpdates: sees('gp_updates') ? updates.map(updateView) : null,
    consent: access.consent ? { scope: access.consent.scope, givenOn: access.consent.given_on, withdrawnAt: iso(access.consent.withdrawn_at) } : null,
    jobSpecialists: actions.has('assign_job_specialist') ? await jobSpecialistCandidates(db, team.id, team.job_specialist_caseload) : null,
    allowedActions: [...actions],
  };
}

type Loaded = Awaited<ReturnType<typeof loadParts>>;
type TariffRows = { code: string; valid_from: string; text_nb: string; text_en: string; amount_nok: string | null }[];

function referralView(referral: CourseAccess['referral']) {
  return {
    id: referral.id,
    reason: referral.reason,
    outsideCriteriaReason: referral.outside_criteria_reason,
    sickLeaveStatus: referral.sick_leave_status,
    sickLeaveGrade: referral.sick_leave_grade,
    sickLeaveWeeks: referral.sick_leave_weeks,
    referredByName: referral.referred_by_name,
    referredAt: iso(referral.created_at)!,
  };
}

/** A session, with the GP's suggested tariff for those the GP was invited to (for the viewers who see tariffs). */
function sessionView(s: Loaded[1][number], tariffs: TariffRows | null, lang: Lang) {
  const suggestion = tariffs && s.gp_last_minutes !== null ? sessionTariff({ gpLastMinutes: s.gp_last_minutes, status: s.status, attendees: s.attendees, startsAt: new Date(s.starts_at) }) : null;
  const row = suggestion?.code ? tariffs!.find((t) => t.code === suggestion.code && t.valid_from <= osloDate(new Date(s.starts_at))) : undefined;
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    startsAt: iso(s.starts_at)!,
    durationMinutes: s.duration_minutes,
    organisationId: s.organisation_id,
    organisationName: s.organisation_name,
    gpLastMinutes: s.gp_last_minutes,
    attendees: s.attendees,
    note: s.note,
    pastReason: s.past_reason,
    createdByName: s.created_by_name,
    gpTariff: suggestion
      ? { code: suggestion.code, reason: suggestion.reason, text: row ? (lang === 'en' ? row.text_en : row.text_nb) : suggestion.code, amountNok: row?.amount_nok ? Number(row.amount_nok) : null }
      : null,
  };
}

const goalView = (g: Loaded[2][number]) => ({ id: g.id, parentId: g.parent_id, area: g.area, text: g.text, status: g.status, targetDate: g.target_date, reachedAt: iso(g.reached_at) });

function formView(f: Loaded[3][number], deps: ViewDeps) {
  const found = deps.registry.get(f.template_key, f.template_version);
  return {
    id: f.id,
    templateKey: f.template_key,
    templateVersion: f.template_version,
    title: found.ok ? found.template.title[deps.lang] : f.template_key,
    round: f.round,
    values: f.values,
    completedAt: iso(f.completed_at),
    updatedByName: f.updated_by_name,
    updatedAt: iso(f.updated_at),
  };
}

const updateView = (u: Loaded[4][number]) => ({
  id: u.id,
  kind: u.kind,
  title: u.title,
  body: u.body,
  tariffHint: u.tariff_hint,
  sentToNav: u.sent_to_nav,
  readAt: iso(u.read_at),
  createdAt: iso(u.created_at)!,
  createdByName: u.created_by_name,
  courseId: u.course_id,
});

function jointView(course: CourseAccess['course'], team: CourseAccess['team'], facts: ReturnType<typeof factOf>[], now: Date) {
  const due = jointMeetingDue({ cadence: team.joint_meeting_cadence, hasJobSpecialist: course.job_specialist_member_id !== null, active: course.status === 'active', startedOn: course.started_on, sessions: facts, now });
  if (!due.applies) return { applies: false, cadence: team.joint_meeting_cadence, due: false, bookedAt: null, sessionsLeft: null, dueOn: null };
  return {
    applies: true,
    cadence: due.cadence,
    due: due.due,
    bookedAt: iso(due.bookedAt),
    sessionsLeft: due.cadence === 'every_4th_session' ? due.sessionsLeft : null,
    dueOn: due.cadence === 'monthly' ? due.dueOn : null,
  };
}

type FormRowLike = { id: string; template_key: string; template_version: number; round: string; values: Record<string, unknown> };

/** "Funksjon i arbeid" at the start against the end: what has moved, per area, read with the end round's template. */
function comparison(forms: readonly FormRowLike[], deps: ViewDeps) {
  const start = forms.find((f) => f.template_key === FUNCTION_IN_WORK_KEY && f.round === 'start');
  const end = forms.find((f) => f.template_key === FUNCTION_IN_WORK_KEY && f.round === 'end');
  if (!start || !end) return null;
  const found = deps.registry.get(end.template_key, end.template_version);
  if (!found.ok) return null;
  const changes = compareRounds(found.template, start.values, end.values).map((c) => ({
    fieldId: c.fieldId,
    label: c.label[deps.lang],
    earlier: c.earlier,
    later: c.later,
    comparable: c.comparable,
    change: c.comparable ? c.change : null,
    direction: c.comparable ? c.direction : null,
    meaning: c.comparable ? (c.meaning ?? null) : null,
  }));
  return { startFormId: start.id, endFormId: end.id, changes };
}

/** The team's job specialists with their caseload of active courses, for the choice of who joins. */
async function jobSpecialistCandidates(db: Executor, teamId: string, limit: number) {
  const rows = await db
    .selectFrom('team_member as tm')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('tm.team_id', '=', teamId)
    .where('tm.role', '=', 'job_specialist')
    .where('tm.active', '=', true)
    .select((eb) => [
      'tm.id',
      'p.given_name',
      'p.family_name',
      eb.selectFrom('team_course as c').whereRef('c.job_specialist_member_id', '=', 'tm.id').where('c.status', '=', 'active').select((e) => e.fn.countAll<number>().as('n')).as('caseload'),
    ])
    .execute();
  return rows.map((r) => ({ memberId: r.id, name: personName(r.given_name, r.family_name) || '—', caseload: Number(r.caseload ?? 0), limit }));
}

export type CourseView = Awaited<ReturnType<typeof buildCourseView>>;
