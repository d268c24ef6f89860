import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_IN_WORK_LATER, FUNCTION_IN_WORK_START, JOB_SUPPORT_PLAN_EXAMPLE } from '../src/modules/forms/domain/templates/examples.js';
import { ManualClock } from '../src/platform/clock.js';
import type { ConsentRecipient } from '../src/platform/db/schema.js';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

/**
 * The shared course (forløp) through the API, on PGlite and PostgreSQL: a team and an accepted
 * referral are made directly in the database (the referrals API is its own suite), then the
 * therapist, the job specialist, the GP, NAV, the employer and the person drive and read the course.
 */
interface Course {
  id: string;
  status: string;
  createdId?: string;
  sessionBudget: number;
  workStatus: string;
  person: { name: string; age: number | null } | null;
  summary: { text: string; updatedAt: string | null } | null;
  sessions: Array<{ id: string; kind: string; status: string; gpLastMinutes: number | null; gpTariff: { code: string | null } | null }> | null;
  goals: Array<{ id: string; parentId: string | null; area: string; status: string }> | null;
  forms: Array<{ id: string; templateKey: string; round: string; completedAt: string | null }> | null;
  mappingComparison: { changes: Array<{ fieldId: string; earlier: number | null; later: number | null; meaning: string | null }> } | null;
  finalReport: Record<string, string> | null;
  finalReportMissing: string[] | null;
  gpUpdates: Array<{ kind: string; title: string; body: string; tariffHint: string | null; sentToNav: boolean }> | null;
  jobSpecialist: { memberId: string } | null;
  jointMeeting: { applies: boolean } | null;
  allowedActions: string[];
}

const DAY = 86_400_000;
const REPORT = {
  background: 'Henvist av fastlegen i uke 3 av sykmeldingen, med angst og søvnvansker.',
  courseSummary: 'Ni samtaler og to felles møter med jobbspesialisten. Samtale med leder om oppgaver.',
  functionAssessment: 'Klarer kasse fire timer med pauser. Lager og bestilling går som før.',
  goalsOutcome: 'Hovedmålet, 60 % innen mai, er nådd.',
  relapsePrevention: 'Varselsignaler: søvn under seks timer i en uke. Da tar hun kontakt med fastlegen.',
  recommendations: 'Gradert sykmelding 40 % i fire uker til, så full jobb.',
};

describe.each(DB_KINDS)('the shared course and the weekly board (%s)', (db) => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let gp: TestClient;
  let patient: TestClient;
  let employer: TestClient;
  let adviser: TestClient;
  let therapist: TestClient;
  let jobSpecialist: TestClient;
  let teamId: string;
  let courseId: string;
  let otherCourseId: string;
  let waitingReferralId: string;
  let caseId: string;
  let jsMemberId: string;
  const at = (days: number, hour = 9) => new Date(new Date(clock.now().getTime() + days * DAY).setUTCHours(hour, 0, 0, 0)).toISOString();
  const today = () => clock.now().toISOString().slice(0, 10);

  /** A professional user of the platform, made for the test. */
  async function staffUser(given: string, family: string, organisationId: string): Promise<string> {
    const d = t.database.db;
    const person = await d.insertInto('person').values({ given_name: given, family_name: family, hpr_number: null, phone: null, email: null }).returning('id').executeTakeFirstOrThrow();
    const user = await d
      .insertInto('app_user')
      .values({ role: 'team_member', person_id: person.id, citizen_id: null, organisation_id: organisationId, oidc_subject: null, is_demo: true, description: `${given} ${family} (test)` })
      .returning('id')
      .executeTakeFirstOrThrow();
    return user.id;
  }

  /** An accepted referral with its consent and active course, made as intake would leave them. */
  async function acceptedCourse(citizenId: string, scope: ConsentRecipient[], options: { caseId?: string | null; therapistMemberId: string; jobSpecialistMemberId?: string | null; budget?: number }) {
    const d = t.database.db;
    const now = clock.now();
    const referral = await d
      .insertInto('team_referral')
      .values({
        team_id: teamId,
        citizen_id: citizenId,
        case_id: options.caseId ?? null,
        referred_by: gp.userId,
        referred_by_role: 'gp',
        referred_by_name: gp.me.name,
        gp_person_id: gp.me.personId,
        status: 'accepted',
        reason: 'Angst og søvnvansker, redd for å falle ut av jobb.',
        age_at_referral: 41,
        sick_leave_status: 'sick_listed_full',
        sick_leave_grade: 100,
        sick_leave_weeks: 3,
        nav_office_id: adviser.me.organisation!.id,
        decided_at: now,
        decided_by_name: 'Test',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await d.insertInto('team_consent').values({ referral_id: referral.id, citizen_id: citizenId, team_id: teamId, scope, given_on: today(), recorded_by: gp.userId, recorded_by_name: gp.me.name, created_at: now }).execute();
    const course = await d
      .insertInto('team_course')
      .values({
        referral_id: referral.id,
        team_id: teamId,
        citizen_id: citizenId,
        status: 'active',
        therapist_member_id: options.therapistMemberId,
        job_specialist_member_id: options.jobSpecialistMemberId ?? null,
        session_budget: options.budget ?? 10,
        work_status_start: 'sick_listed_full',
        started_on: today(),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return course.id;
  }

  beforeAll(async () => {
    t = await startTestApp({ db, clock, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    gp = await t.signIn('gp', '80 %');
    patient = await t.signIn('patient', 'Sykmeldt');
    employer = await t.signIn('employer');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    const d = t.database.db;
    const office = gp.me.organisation!.id;
    therapist = await signInAs(t.request, await staffUser('Tora', 'Terapeut', office));
    jobSpecialist = await signInAs(t.request, await staffUser('Jon', 'Jobbspesialist', office));
    const now = clock.now();
    const team = await d
      .insertInto('team')
      .values({ kind: 'work_focus', name: 'Arbeidsfokus Test', trial_site: 'Test', host_organisation_id: office, capacity: 2, job_specialist_caseload: 1, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    teamId = team.id;
    await d.insertInto('team_served_organisation').values({ team_id: teamId, organisation_id: office }).execute();
    const therapistMember = await d.insertInto('team_member').values({ team_id: teamId, user_id: therapist.userId, role: 'cognitive_therapist', created_at: now }).returning('id').executeTakeFirstOrThrow();
    jsMemberId = (await d.insertInto('team_member').values({ team_id: teamId, user_id: jobSpecialist.userId, role: 'job_specialist', created_at: now }).returning('id').executeTakeFirstOrThrow()).id;

    const citizenId = patient.me.citizenId!;
    await d.updateTable('citizen').set({ employer_id: employer.me.organisation!.id }).where('id', '=', citizenId).execute();
    caseId = (await d.selectFrom('sick_case').where('citizen_id', '=', citizenId).select('id').orderBy('first_day', 'desc').executeTakeFirstOrThrow()).id;
    courseId = await acceptedCourse(citizenId, ['therapist', 'job_specialist', 'nav'], { caseId, therapistMemberId: therapistMember.id, budget: 3 });

    // Another participant, already with the job specialist, and a third on the waiting list: the team is full.
    const others = await d.selectFrom('citizen').where('id', '<>', citizenId).where('protection', '=', 'none').where('shielded', '=', false).select('id').orderBy('id').limit(2).execute();
    otherCourseId = await acceptedCourse(others[0]!.id, ['therapist', 'job_specialist'], { therapistMemberId: therapistMember.id, jobSpecialistMemberId: jsMemberId });
    const waiting = await d
      .insertInto('team_referral')
      .values({
        team_id: teamId,
        citizen_id: others[1]!.id,
        referred_by: gp.userId,
        referred_by_role: 'gp',
        referred_by_name: gp.me.name,
        gp_person_id: gp.me.personId,
        status: 'waiting',
        reason: 'Muskel- og skjelettplager, sykmeldt to uker.',
        age_at_referral: 30,
        sick_leave_status: 'sick_listed_full',
        waiting_since: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    waitingReferralId = waiting.id;
  });
  afterAll(() => t?.close());

  /** Travels in time; sessions expire meanwhile, so everyone signs in again. */
  async function travelDays(days: number) {
    clock.advanceDays(days);
    const again = (client: TestClient) => signInAs(t.request, client.userId);
    [gp, patient, employer, adviser, therapist, jobSpecialist] = await Promise.all([again(gp), again(patient), again(employer), again(adviser), again(therapist), again(jobSpecialist)]);
  }

  const get = async (client: TestClient, id = courseId) => {
    const response = await client.request({ method: 'GET', url: `/api/team-courses/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Course;
  };
  const send = (client: TestClient, method: 'POST' | 'PUT' | 'PATCH', url: string, payload?: Record<string, unknown>) => client.request({ method, url, ...(payload === undefined ? {} : { payload }) });
  const book = (client: TestClient, payload: Record<string, unknown>) => send(client, 'POST', `/api/team-courses/${courseId}/sessions`, payload);
  const updatesOf = () => t.database.db.selectFrom('team_gp_update').where('course_id', '=', courseId).selectAll().orderBy('created_at').execute();

  it('the weekly board lists the team’s active courses with what is overdue, for members only', async () => {
    const response = await therapist.request({ method: 'GET', url: `/api/teams/${teamId}/board` });
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json() as { courses: Array<{ courseId: string; participant: { name: string }; overdue: string[]; sessionBudget: number; jobSpecialistName: string | null }> };
    expect(board.courses.map((c) => c.courseId).sort()).toEqual([courseId, otherCourseId].sort());
    const mine = board.courses.find((c) => c.courseId === courseId)!;
    expect(mine).toMatchObject({ sessionBudget: 3, overdue: ['no_next_session'], jobSpecialistName: null });
    expect(board.courses.find((c) => c.courseId === otherCourseId)!.jobSpecialistName).toBe('Jon Jobbspesialist');
    // The job specialist sees the courses whose consent names the job specialist; others see no board at all.
    expect((await jobSpecialist.request({ method: 'GET', url: `/api/teams/${teamId}/board` })).json().courses).toHaveLength(2);
    expect((await adviser.request({ method: 'GET', url: `/api/teams/${teamId}/board` })).json().code).toBe('TEAM_NOT_A_MEMBER');
    // The read is one list entry naming everyone shown.
    const audit = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', therapist.userId).where('object_type', '=', 'team_course').where('action', '=', 'list').select('subject_set_id').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('books the assessment and a start session the GP joins for the last 15 minutes; the GP is told with the tariff', async () => {
    const assessment = await book(therapist, { kind: 'assessment', startsAt: at(1), durationMinutes: 60 });
    expect(assessment.statusCode, assessment.body).toBe(201);
    expect(await updatesOf()).toHaveLength(0);

    const start = await book(therapist, { kind: 'start', startsAt: at(3), durationMinutes: 60, organisationId: gp.me.organisation!.id });
    expect(start.statusCode, start.body).toBe(201);
    const view = start.json() as Course;
    expect(view.sessions!.find((s) => s.id === view.createdId)).toMatchObject({ kind: 'start', status: 'booked', gpLastMinutes: 15 });
    const [update] = await updatesOf();
    expect(update).toMatchObject({ kind: 'started', gp_person_id: gp.me.personId });
    expect(update!.body).toContain('Du er invitert til de siste 15 minuttene');
    expect(update!.body).toContain(gp.me.organisation!.name);
    expect(update!.tariff_hint).toMatch(/^Forslag til takst for din del \(de siste 15 minuttene\): DM – Legens deltakelse i dialogmøte/);
    // The notification says only that there is news: no name, no health data.
    const notice = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('event', '=', 'team_update').selectAll().orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(`${notice.title_nb} ${notice.body_nb}`).not.toContain(view.person!.name.split(' ')[0]!);
    // The GP is invited only to start and end sessions.
    expect((await book(therapist, { kind: 'regular', startsAt: at(5), durationMinutes: 45, gpLastMinutes: 15 })).json().code).toBe('TEAM_SESSION_GP_ONLY_START_END');
    expect((await book(therapist, { kind: 'start', startsAt: at(6), durationMinutes: 45 })).json().code).toBe('TEAM_SESSION_KIND_TAKEN');
  });

  it('refuses a session in the past without a reason, and keeps the regular sessions within the budget the team may raise', async () => {
    const past = await book(therapist, { kind: 'regular', startsAt: at(-2), durationMinutes: 45 });
    expect(past.statusCode).toBe(400);
    expect(past.json().code).toBe('TEAM_SESSION_IN_PAST_REASON_MISSING');
    const recorded = await book(therapist, { kind: 'regular', startsAt: at(-2), durationMinutes: 45, pastReason: 'Samtalen ble holdt før forløpet var registrert' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect((recorded.json() as Course).sessions!.find((s) => s.id === recorded.json().createdId)).toMatchObject({ status: 'held' });

    for (const day of [10, 17]) expect((await book(therapist, { kind: 'regular', startsAt: at(day), durationMinutes: 45 })).statusCode).toBe(201);
    const over = await book(therapist, { kind: 'regular', startsAt: at(24), durationMinutes: 45 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'TEAM_SESSION_BUDGET_EXCEEDED', details: { budget: 3, used: 3 } });
    expect((await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { sessionBudget: 2 })).json().code).toBe('TEAM_BUDGET_BELOW_USED');
    expect((await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { sessionBudget: 4 })).json()).toMatchObject({ sessionBudget: 4 });
    expect((await book(therapist, { kind: 'regular', startsAt: at(24), durationMinutes: 45 })).statusCode).toBe(201);
    // A refresher comes after the end session.
    expect((await book(therapist, { kind: 'refresher', startsAt: at(30), durationMinutes: 45 })).json().code).toBe('TEAM_REFRESHER_NOT_YET');
  });

  it('keeps main goals and sub-goals, work or study related', async () => {
    const main = await send(therapist, 'POST', `/api/team-courses/${courseId}/goals`, { area: 'work', text: 'Tilbake i 60 % innen mai', targetDate: at(60).slice(0, 10) });
    expect(main.statusCode, main.body).toBe(201);
    const mainId = (main.json() as Course).createdId!;
    const sub = await send(therapist, 'POST', `/api/team-courses/${courseId}/goals`, { parentId: mainId, area: 'health', text: 'Sove sju timer de fleste netter' });
    expect(sub.statusCode).toBe(201);
    const nested = await send(therapist, 'POST', `/api/team-courses/${courseId}/goals`, { parentId: sub.json().createdId, area: 'other', text: 'For dypt' });
    expect(nested.json().code).toBe('TEAM_GOAL_PARENT_INVALID');
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/goals`, { area: 'work', text: '   ' })).statusCode).toBe(400);
    expect((await get(therapist)).goals!.map((g) => [g.area, g.parentId === null])).toEqual([
      ['work', true],
      ['health', false],
    ]);
  });

  it('lets the job specialist join within the caseload, then hold joint meetings (and only those)', async () => {
    const full = await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { jobSpecialistMemberId: jsMemberId });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'TEAM_JOB_SPECIALIST_CASELOAD_FULL', details: { caseload: 1, limit: 1 } });
    expect((await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { jobSpecialistMemberId: therapist.userId })).json().code).toBe('TEAM_MEMBER_NOT_JOB_SPECIALIST');
    // The job specialist cannot add themselves: that is the treating side's decision with the participant.
    expect((await send(jobSpecialist, 'PATCH', `/api/team-courses/${courseId}`, { jobSpecialistMemberId: jsMemberId })).json().code).toBe('TEAM_COURSE_ACTION_NOT_ALLOWED');
    await t.database.db.updateTable('team').set({ job_specialist_caseload: 20 }).where('id', '=', teamId).execute();
    const joined = await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { jobSpecialistMemberId: jsMemberId });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json()).toMatchObject({ jobSpecialist: { memberId: jsMemberId }, jointMeeting: { applies: true } });

    expect((await book(jobSpecialist, { kind: 'joint', startsAt: at(12), durationMinutes: 60 })).statusCode).toBe(201);
    expect((await book(jobSpecialist, { kind: 'regular', startsAt: at(13), durationMinutes: 60 })).json().code).toBe('TEAM_COURSE_ACTION_NOT_ALLOWED');
  });

  it('fills in "Funksjon i arbeid" at start and end and compares them; the job specialist writes the job-support plan', async () => {
    const created = await send(therapist, 'POST', `/api/team-courses/${courseId}/forms`, { templateKey: 'function-in-work', round: 'start' });
    expect(created.statusCode, created.body).toBe(201);
    const startId = created.json().createdId as string;
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/forms`, { templateKey: 'function-in-work', round: 'start' })).json().code).toBe('TEAM_FORM_ROUND_TAKEN');
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/forms`, { templateKey: 'follow-up-plan', round: 'other' })).json().code).toBe('TEAM_FORM_TEMPLATE_NOT_FOR_COURSE');
    expect((await send(therapist, 'PUT', `/api/team-course-forms/${startId}`, { values: { concentration: 42 } })).json().code).toBe('FORM_VALUES_INVALID');
    expect((await send(therapist, 'POST', `/api/team-course-forms/${startId}/complete`)).json().code).toBe('FORM_VALUES_INVALID');
    expect((await send(therapist, 'PUT', `/api/team-course-forms/${startId}`, { values: FUNCTION_IN_WORK_START })).statusCode).toBe(200);
    expect((await send(therapist, 'POST', `/api/team-course-forms/${startId}/complete`)).statusCode).toBe(200);
    expect((await send(therapist, 'PUT', `/api/team-course-forms/${startId}`, { values: FUNCTION_IN_WORK_START })).json().code).toBe('TEAM_FORM_COMPLETED');

    const endId = (await send(therapist, 'POST', `/api/team-courses/${courseId}/forms`, { templateKey: 'function-in-work', round: 'end' })).json().createdId as string;
    expect((await send(therapist, 'PUT', `/api/team-course-forms/${endId}`, { values: { ...FUNCTION_IN_WORK_LATER, round: 'end' } })).statusCode).toBe(200);
    const completed = (await send(therapist, 'POST', `/api/team-course-forms/${endId}/complete`)).json() as Course;
    const concentration = completed.mappingComparison!.changes.find((c) => c.fieldId === 'concentration');
    expect(concentration).toMatchObject({ earlier: 3, later: 6, meaning: 'better' });

    const plan = await send(jobSpecialist, 'POST', `/api/team-courses/${courseId}/forms`, { templateKey: 'job-support-plan', round: 'other' });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().createdId as string;
    expect((await send(jobSpecialist, 'PUT', `/api/team-course-forms/${planId}`, { values: JOB_SUPPORT_PLAN_EXAMPLE })).statusCode).toBe(200);
    expect((await send(jobSpecialist, 'POST', `/api/team-course-forms/${planId}/complete`)).json().forms.find((f: { id: string }) => f.id === planId)).toMatchObject({ templateKey: 'job-support-plan', title: 'Jobbstøtteplan' });
  });

  it('keeps one shared summary, and refuses a save over a newer one with the current text', async () => {
    const first = await send(therapist, 'PUT', `/api/team-courses/${courseId}/summary`, { text: 'Kari jobber i dagligvare. Sover dårlig, gruer seg til kassen.', basedOn: null });
    expect(first.statusCode, first.body).toBe(200);
    const seen = (first.json() as Course).summary!;
    const stale = await send(jobSpecialist, 'PUT', `/api/team-courses/${courseId}/summary`, { text: 'Min versjon', basedOn: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'TEAM_SUMMARY_CONFLICT', details: { current: { text: seen.text, updatedAt: seen.updatedAt } } });
    const merged = await send(jobSpecialist, 'PUT', `/api/team-courses/${courseId}/summary`, { text: `${seen.text} Ønsker mer lager og mindre kasse.`, basedOn: seen.updatedAt });
    expect(merged.statusCode).toBe(200);
    expect((await get(gp)).summary!.text).toContain('mindre kasse');
  });

  it('tells the GP (and NAV, named in the consent) when the person starts work and when a work goal is reached', async () => {
    const moved = await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { workStatus: 'working_graded' });
    expect(moved.json()).toMatchObject({ workStatus: 'working_graded' });
    const goal = (moved.json() as Course).goals!.find((g) => g.area === 'work')!;
    expect((await send(jobSpecialist, 'PATCH', `/api/team-goals/${goal.id}`, { status: 'reached' })).statusCode).toBe(200);
    const kinds = (await updatesOf()).map((u) => [u.kind, u.sent_to_nav]);
    expect(kinds).toEqual([
      ['started', false],
      ['started_work', true],
      ['goal_reached', false],
    ]);
    const navNotice = await t.database.db.selectFrom('notification').where('user_id', '=', adviser.userId).where('event', '=', 'team_update').select('link').executeTakeFirstOrThrow();
    expect(navNotice.link).toBe(`/team/forlop/${courseId}`);
  });

  it('shows no part of the course to the employer without consent, and does not let them be involved', async () => {
    const response = await employer.request({ method: 'GET', url: `/api/team-courses/${courseId}` });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('TEAM_CONSENT_NOT_COVERING');
    expect((await send(therapist, 'PATCH', `/api/team-courses/${courseId}`, { employerInvolved: true })).json().code).toBe('TEAM_CONSENT_SCOPE_MISSING');
    const denied = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', employer.userId).where('object_type', '=', 'team_course').where('outcome', '=', 'denied').select('id').execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('never opens the person’s sick-leave case to the team through the consent', async () => {
    const response = await therapist.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(response.statusCode).toBe(403);
  });

  it('shows NAV of the person’s office what the consent names: the summary and the sessions, not the forms', async () => {
    const view = await get(adviser);
    expect(view.summary).not.toBeNull();
    expect(view.sessions).not.toBeNull();
    expect(view.forms).toBeNull();
    expect(view.gpUpdates).toBeNull();
    expect(view.allowedActions).toEqual([]);
  });

  it('refuses to close a completed course without the final report, then closes it and tells the GP with the report', async () => {
    await travelDays(4);
    const before = await get(therapist);
    const assessment = before.sessions!.find((s) => s.kind === 'assessment')!;
    const unrecorded = await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'dropped_out', reason: 'Flyttet fra kommunen' });
    expect(unrecorded.statusCode).toBe(409);
    expect(unrecorded.json()).toMatchObject({ code: 'TEAM_SESSIONS_UNRECORDED', details: { sessions: expect.arrayContaining([assessment.id]) } });
    expect((await send(therapist, 'PATCH', `/api/team-sessions/${assessment.id}`, { status: 'held', attendees: ['participant', 'therapist'], note: 'Kartlegging' })).statusCode).toBe(200);
    const start = before.sessions!.find((s) => s.kind === 'start')!;
    const held = await send(therapist, 'PATCH', `/api/team-sessions/${start.id}`, { status: 'held', attendees: ['participant', 'therapist', 'gp'] });
    expect(held.statusCode, held.body).toBe(200);
    expect((held.json() as Course).sessions!.find((s) => s.id === start.id)!.gpTariff).toMatchObject({ code: 'DM' });
    const future = before.sessions!.find((s) => s.kind === 'regular' && s.status === 'booked')!;
    expect((await send(therapist, 'PATCH', `/api/team-sessions/${future.id}`, { status: 'held' })).json().code).toBe('TEAM_SESSION_NOT_YET_HELD');

    const end = await book(therapist, { kind: 'end', startsAt: at(1), durationMinutes: 60, gpLastMinutes: 20 });
    expect(end.statusCode, end.body).toBe(201);
    expect((await updatesOf()).at(-1)).toMatchObject({ kind: 'changed' });
    expect((await updatesOf()).at(-1)!.tariff_hint).toContain('de siste 20 minuttene');

    const none = await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'completed', workStatusEnd: 'working_full' });
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'TEAM_FINAL_REPORT_MISSING', details: { missing: Object.keys(REPORT) } });
    const partial = await send(therapist, 'PUT', `/api/team-courses/${courseId}/final-report`, { background: REPORT.background });
    expect(partial.json().finalReportMissing).toHaveLength(5);
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'completed', workStatusEnd: 'working_full' })).json().details.missing).toHaveLength(5);
    expect((await send(therapist, 'PUT', `/api/team-courses/${courseId}/final-report`, { ...REPORT, background: 'x'.repeat(2001) })).json().code).toBe('TEAM_FINAL_REPORT_TOO_LONG');
    expect((await send(jobSpecialist, 'PUT', `/api/team-courses/${courseId}/final-report`, REPORT)).json().code).toBe('TEAM_COURSE_ACTION_NOT_ALLOWED');
    expect((await send(therapist, 'PUT', `/api/team-courses/${courseId}/final-report`, REPORT)).json().finalReportMissing).toEqual([]);
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'completed' })).json().code).toBe('TEAM_WORK_STATUS_END_MISSING');
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'dropped_out' })).json().code).toBe('TEAM_CLOSE_REASON_MISSING');

    const closed = await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'completed', workStatusEnd: 'working_full' });
    expect(closed.statusCode, closed.body).toBe(200);
    const view = closed.json() as Course;
    expect(view).toMatchObject({ status: 'completed', allowedActions: expect.arrayContaining(['book_session']) });
    // What was still booked ahead is cancelled with the closure.
    expect(view.sessions!.filter((s) => s.status === 'booked')).toEqual([]);

    const gpView = await get(gp);
    expect(gpView.finalReport).toEqual(REPORT);
    const report = gpView.gpUpdates!.at(-1)!;
    expect(report).toMatchObject({ kind: 'final_report', sentToNav: true });
    expect(report.body).toContain('Arbeidsstatus: «100 % sykmeldt» ved start, «I fullt arbeid» ved avslutning.');
    expect(report.body).toContain(REPORT.functionAssessment);
    // Filed to the sick-leave case, since the consent names NAV: the team and where to read, not the content.
    const event = await t.database.db.selectFrom('case_event').where('case_id', '=', caseId).where('kind', '=', 'team_final_report').select('detail').executeTakeFirstOrThrow();
    expect(event.detail).toBe(`Sluttrapport fra Arbeidsfokus Test: /team/forlop/${courseId}`);
    // The freed place goes to the waiting list.
    expect(await t.database.db.selectFrom('team_referral').where('id', '=', waitingReferralId).select('status').executeTakeFirstOrThrow()).toEqual({ status: 'submitted' });
    expect((await send(therapist, 'POST', `/api/team-courses/${courseId}/close`, { outcome: 'dropped_out', reason: 'x' })).json().code).toBe('TEAM_COURSE_CLOSED');
  });

  it('books refresher sessions after the closure, and nothing else', async () => {
    const refresher = await book(therapist, { kind: 'refresher', startsAt: at(30), durationMinutes: 45 });
    expect(refresher.statusCode, refresher.body).toBe(201);
    const regular = await book(therapist, { kind: 'regular', startsAt: at(31), durationMinutes: 45 });
    expect(regular.statusCode).toBe(409);
    expect(regular.json().code).toBe('TEAM_COURSE_CLOSED');
    expect((await send(therapist, 'PUT', `/api/team-courses/${courseId}/summary`, { text: 'x', basedOn: null })).json().code).toBe('TEAM_COURSE_CLOSED');
    const board = (await therapist.request({ method: 'GET', url: `/api/teams/${teamId}/board` })).json() as { courses: Array<{ courseId: string }> };
    expect(board.courses.map((c) => c.courseId)).toEqual([otherCourseId]);
  });

  it('shows the person their whole course, and who has read it', async () => {
    const view = await get(patient);
    expect(view).toMatchObject({ status: 'completed', finalReport: REPORT, allowedActions: ['withdraw_consent'] });
    expect(view.forms!.map((f) => f.templateKey).sort()).toEqual(['function-in-work', 'function-in-work', 'job-support-plan']);
    expect(view.sessions!.every((s) => s.gpTariff === null)).toBe(true);
    const log = (await patient.request({ method: 'GET', url: '/api/me/access-log' })).json() as Array<{ actorName: string | null; outcome: string }>;
    const names = new Set(log.map((entry) => entry.actorName));
    for (const reader of [therapist, jobSpecialist, gp, adviser, employer]) expect(names, reader.me.name).toContain(reader.me.name);
    expect(log.some((entry) => entry.actorName === employer.me.name && entry.outcome === 'denied')).toBe(true);
  });
});
