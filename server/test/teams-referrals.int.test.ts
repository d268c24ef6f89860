import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface Created {
  id: string;
  status: string;
  waitingPosition: number | null;
  expectedStart: string | null;
  outsideCriteria: boolean;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const todayIso = () => new Date().toISOString().slice(0, 10);

/** A staff user of the demo who can sign in, for a second member or another team's member. */
async function staffUser(t: TestApp, given: string, family: string, organisationId: string, role = 'team_member'): Promise<string> {
  const d = t.database.db;
  const now = new Date();
  const person = await d.insertInto('person').values({ given_name: given, family_name: family, hpr_number: null, phone: null, email: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  const user = await d
    .insertInto('app_user')
    .values({ role, person_id: person.id, citizen_id: null, organisation_id: organisationId, oidc_subject: null, is_demo: true, description: `${given} ${family} (test)` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return user.id;
}

describe.each(DB_KINDS)('teams, referrals, intake and consent (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let gp: TestClient;
  let otherGp: TestClient;
  let adviser: TestClient;
  let therapist: TestClient;
  let jobSpecialist: TestClient;
  let outsider: TestClient;
  let patient: TestClient;
  let gpOffice: string;
  let teamId: string;
  let otherTeamId: string;
  let patientCitizen: string;
  let secondCitizen: string;
  let referralA: Created;
  let courseA: string;

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    admin = await t.signIn('admin');
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    therapist = await t.signIn('team_member');
    patient = await t.signIn('patient', 'Sykmeldt');
    gpOffice = gp.me.organisation!.id;
    patientCitizen = patient.me.citizenId!;
    jobSpecialist = await signInAs(t.request, await staffUser(t, 'Jonas', 'Jobbspesialist', gpOffice));
    outsider = await signInAs(t.request, await staffUser(t, 'Olga', 'Annetteam', gpOffice));
    // A second patient of the demo GP, inside the age range and not on sick leave ("at risk").
    const d = t.database.db;
    const second = await d
      .selectFrom('citizen')
      .where('regular_gp_person_id', '=', gp.me.personId)
      .where('protection', '=', 'none')
      .where('shielded', '=', false)
      .where('id', '!=', patientCitizen)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('sick_case').whereRef('sick_case.citizen_id', '=', 'citizen.id').where('status', 'in', ['active', 'graded', 'pending', 'fit_for_job_placement']).select('id'))))
      .select('id')
      .executeTakeFirstOrThrow();
    secondCitizen = second.id;
    await d.updateTable('citizen').set({ birth_date: '1990-02-01' }).where('id', '=', secondCitizen).execute();
  });
  afterAll(() => t?.close());

  const workFocusTeam = (name: string, extra: Record<string, unknown> = {}) => ({
    kind: 'work_focus',
    name,
    trialSite: 'Larvik',
    hostOrganisationId: gpOffice,
    servedOrganisationIds: [gpOffice],
    referralPolicy: 'gp_only',
    capacity: 1,
    ...extra,
  });
  const allCriteria = { age_18_55: true, early_sick_leave: true, mild_moderate: true, wants_simultaneous_help: true };
  const refer = (client: TestClient, body: Record<string, unknown>, key?: string) =>
    client.request({ method: 'POST', url: '/api/team-referrals', payload: body, headers: key ? { 'idempotency-key': key } : {} });
  const consent = (scope: string[]) => ({ scope, givenOn: todayIso() });

  it('an admin sets up a work-focus team with report 003’s criteria, members with presence, and capacity', async () => {
    expect((await gp.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Nope') })).json().code).toBe('ACCESS_DENIED_ROLE');
    const created = await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Arbeidsfokus Larvik (test)') });
    expect(created.statusCode, created.body).toBe(201);
    const team = created.json();
    teamId = team.id;
    expect(team).toMatchObject({ kind: 'work_focus', ageMin: 18, ageMax: 55, maxSickLeaveWeeks: 8, firstSessionTargetDays: 7, capacity: { places: 1, active: 0, free: 1, waiting: 0 } });
    expect(team.criteria.map((c: { key: string }) => c.key)).toEqual(['age_18_55', 'early_sick_leave', 'mild_moderate', 'wants_simultaneous_help']);

    const presence = [{ organisationId: gpOffice, weekday: 2, from: '09:00', to: '15:00' }];
    const badTime = await admin.request({ method: 'PUT', url: `/api/teams/${teamId}/members`, payload: { members: [{ userId: therapist.userId, role: 'cognitive_therapist', presence: [{ ...presence[0], from: '15:00', to: '09:00' }] }] } });
    expect(badTime.json().code).toBe('TEAM_PRESENCE_INVALID');
    const patientAsMember = await admin.request({ method: 'PUT', url: `/api/teams/${teamId}/members`, payload: { members: [{ userId: patient.userId, role: 'other', presence: [] }] } });
    expect(patientAsMember.json().code).toBe('TEAM_MEMBER_USER_INVALID');
    const members = await admin.request({
      method: 'PUT',
      url: `/api/teams/${teamId}/members`,
      payload: { members: [{ userId: therapist.userId, role: 'cognitive_therapist', presence }, { userId: jobSpecialist.userId, role: 'job_specialist', presence: [] }] },
    });
    expect(members.statusCode, members.body).toBe(200);
    expect(members.json().members).toMatchObject([{ role: 'cognitive_therapist', presence: [{ weekday: 2, from: '09:00', to: '15:00' }] }, { role: 'job_specialist', name: 'Jonas Jobbspesialist' }]);

    const other = await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Et annet team (test)', { capacity: 5 }) });
    otherTeamId = other.json().id;
    await admin.request({ method: 'PUT', url: `/api/teams/${otherTeamId}/members`, payload: { members: [{ userId: outsider.userId, role: 'cognitive_therapist', presence: [] }] } });

    // The GP sees the teams serving their office; the member their own team; another GP neither.
    expect((await gp.request({ method: 'GET', url: '/api/teams' })).json().map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([teamId, otherTeamId]));
    expect((await therapist.request({ method: 'GET', url: '/api/teams' })).json().find((x: { id: string }) => x.id === teamId)).toMatchObject({ myRoles: ['cognitive_therapist'] });
    expect((await otherGp.request({ method: 'GET', url: '/api/teams' })).json().map((x: { id: string }) => x.id)).not.toContain(teamId);
    expect((await otherGp.request({ method: 'GET', url: `/api/teams/${teamId}` })).json().code).toBe('TEAM_NOT_FOUND');
  });

  it('the GP gets a referral form filled with what the platform knows, and only for their own patients', async () => {
    const draft = await gp.request({ method: 'GET', url: `/api/teams/referral-draft?citizenId=${patientCitizen}` });
    expect(draft.statusCode, draft.body).toBe(200);
    const body = draft.json();
    expect(body.person).toMatchObject({ citizenId: patientCitizen });
    expect(['at_risk', 'sick_listed_full', 'sick_listed_graded']).toContain(body.sickLeave.status);
    expect(body.teams.find((x: { id: string }) => x.id === teamId)).toMatchObject({ capacity: { free: 1 }, waitingPosition: null, expectedStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await otherGp.request({ method: 'GET', url: `/api/teams/referral-draft?citizenId=${patientCitizen}` })).statusCode).toBe(403);
    expect((await therapist.request({ method: 'GET', url: `/api/teams/referral-draft?citizenId=${patientCitizen}` })).statusCode).toBe(403);
  });

  it('refuses a referral without consent, without the treating side, or outside the criteria without a reason', async () => {
    const base = { teamId, citizenId: patientCitizen, criteria: allCriteria, reason: 'Angst og søvnvansker, ønsker å stå i jobb' };
    expect((await refer(gp, base)).json().code).toBe('TEAM_CONSENT_MISSING');
    expect((await refer(gp, { ...base, consent: { scope: [], givenOn: todayIso() } })).json().code).toBe('TEAM_CONSENT_MISSING');
    expect((await refer(gp, { ...base, consent: consent(['nav']) })).json().code).toBe('TEAM_CONSENT_THERAPIST_REQUIRED');
    expect((await refer(gp, { ...base, consent: { scope: ['therapist'], givenOn: '2099-01-01' } })).json().code).toBe('TEAM_CONSENT_DATE_INVALID');
    const outside = await refer(gp, { ...base, criteria: { ...allCriteria, mild_moderate: false }, consent: consent(['therapist']) });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'TEAM_OUTSIDE_CRITERIA_REASON_MISSING', details: { misses: expect.arrayContaining([{ kind: 'criterion_not_met', key: 'mild_moderate' }]) } });
    expect((await refer(otherGp, { ...base, consent: consent(['therapist']) })).statusCode).toBe(403);
    expect((await refer(adviser, { ...base, consent: consent(['therapist']) })).json().code).toBe('TEAM_REFERRER_NOT_ALLOWED');
    const count = await t.database.db.selectFrom('team_referral').where('team_id', '=', teamId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('the GP refers with consent in one request; a double click is one referral, a second referral is refused', async () => {
    const draft = (await gp.request({ method: 'GET', url: `/api/teams/referral-draft?citizenId=${patientCitizen}` })).json();
    const outside = draft.sickLeave.weeks !== null && draft.sickLeave.weeks > 8;
    const body = {
      teamId,
      citizenId: patientCitizen,
      criteria: allCriteria,
      reason: 'Angst og søvnvansker, ønsker å stå i jobb',
      ...(outside ? { outsideCriteriaReason: 'Lenger sykmeldt, men klar for arbeidsrettet hjelp' } : {}),
      consent: consent(['therapist', 'job_specialist']),
    };
    const first = await refer(gp, body, 'referral-a-0001');
    expect(first.statusCode, first.body).toBe(201);
    referralA = first.json();
    expect(referralA).toMatchObject({ status: 'submitted', waitingPosition: null, outsideCriteria: outside });
    const again = await refer(gp, body, 'referral-a-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(referralA.id);
    expect((await refer(gp, { ...body, reason: 'Noe annet' }, 'referral-a-0001')).json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await refer(gp, body)).json().code).toBe('TEAM_ALREADY_REFERRED');
    // The referral's facts are registered on it; the team's treating member is told, without names.
    const stored = await t.database.db.selectFrom('team_referral').where('id', '=', referralA.id).selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ gp_person_id: gp.me.personId, sick_leave_status: draft.sickLeave.status, age_at_referral: draft.person.age });
    const told = await t.database.db.selectFrom('notification').where('user_id', '=', therapist.userId).where('event', '=', 'request_received').select(['title_nb', 'body_nb']).execute();
    expect(told.length).toBeGreaterThan(0);
  });

  it('the team sees the intake and accepts with the first session booked; the GP is told the time and who', async () => {
    const intakeView = await therapist.request({ method: 'GET', url: `/api/teams/${teamId}/intake` });
    expect(intakeView.statusCode, intakeView.body).toBe(200);
    const entry = intakeView.json().submitted.find((r: { id: string }) => r.id === referralA.id);
    expect(entry).toMatchObject({ reason: 'Angst og søvnvansker, ønsker å stå i jobb', criteriaAnswers: allCriteria, consent: { scope: ['therapist', 'job_specialist'] } });
    expect((await outsider.request({ method: 'GET', url: `/api/teams/${teamId}/intake` })).json().code).toBe('TEAM_NOT_A_MEMBER');

    const accept = (client: TestClient, startsAt: string) =>
      client.request({ method: 'POST', url: `/api/team-referrals/${referralA.id}/accept`, payload: { firstSession: { startsAt, durationMinutes: 60 }, workStatusStart: 'sick_listed_full' } });
    expect((await accept(therapist, inDays(-1))).json().code).toBe('TEAM_FIRST_SESSION_IN_PAST');
    expect((await accept(jobSpecialist, inDays(3))).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await accept(outsider, inDays(3))).json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    const accepted = await accept(therapist, inDays(3));
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ status: 'accepted', lateStart: false });
    courseA = accepted.json().courseId;
    const session = await t.database.db.selectFrom('team_session').where('course_id', '=', courseA).selectAll().execute();
    expect(session).toMatchObject([{ kind: 'assessment', status: 'booked', duration_minutes: 60, organisation_id: gpOffice }]);

    const list = await gp.request({ method: 'GET', url: '/api/gp/team-referrals' });
    expect(list.statusCode, list.body).toBe(200);
    const mine = list.json().referrals.find((r: { id: string }) => r.id === referralA.id);
    expect(mine).toMatchObject({ status: 'accepted', courseId: courseA, unread: 1, updates: [{ kind: 'accepted', title: 'Henvisningen er tatt imot', readAt: null }] });
    expect(mine.updates[0].body).toMatch(/vurderingssamtale/);
    const gpTold = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('event', '=', 'team_update').select(['title_nb', 'link']).execute();
    expect(gpTold).toContainEqual({ title_nb: 'Nytt fra teamet', link: '/henvisninger' });
    const read = await gp.request({ method: 'POST', url: `/api/team-updates/${mine.updates[0].id}/read` });
    expect(read.statusCode).toBe(200);
    expect((await otherGp.request({ method: 'POST', url: `/api/team-updates/${mine.updates[0].id}/read` })).json().code).toBe('TEAM_UPDATE_NOT_FOUND');
  });

  it('a referral to a full team goes to the waiting list with its position; the team cannot accept it', async () => {
    const again = await refer(gp, { teamId, citizenId: patientCitizen, criteria: allCriteria, reason: 'Ny henvisning', outsideCriteriaReason: 'Uansett utenfor? Nei.', consent: consent(['therapist']) });
    expect(again.json().code).toBe('TEAM_COURSE_ALREADY_ACTIVE');
    const waiting = await refer(gp, { teamId, citizenId: secondCitizen, criteria: allCriteria, reason: 'Nakkesmerter og stress, i risiko for sykmelding', consent: consent(['therapist', 'nav']) });
    expect(waiting.statusCode, waiting.body).toBe(201);
    expect(waiting.json()).toMatchObject({ status: 'waiting', waitingPosition: 1, expectedStart: expect.stringMatching(/^\d{4}-/) });
    const waitingId = waiting.json().id;
    const stored = await t.database.db.selectFrom('team_referral').where('id', '=', waitingId).select(['sick_leave_status', 'sick_leave_weeks']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ sick_leave_status: 'at_risk', sick_leave_weeks: null });
    const intakeView = (await therapist.request({ method: 'GET', url: `/api/teams/${teamId}/intake` })).json();
    expect(intakeView.waiting).toMatchObject([{ id: waitingId, waitingPosition: 1 }]);
    const accept = await therapist.request({ method: 'POST', url: `/api/team-referrals/${waitingId}/accept`, payload: { firstSession: { startsAt: inDays(2), durationMinutes: 45 }, workStatusStart: 'at_risk' } });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().code).toBe('TEAM_FULL');
    const updates = (await gp.request({ method: 'GET', url: '/api/gp/team-referrals' })).json().referrals.find((r: { id: string }) => r.id === waitingId).updates;
    expect(updates).toMatchObject([{ kind: 'waiting', title: 'Henvisningen står på venteliste' }]);
    expect(updates[0].body).toMatch(/Plass i køen: 1/);
  });

  it('consent decides what each side sees, and never opens the person’s sick-leave case', async () => {
    // The job specialist sees the referral while the consent names them.
    expect((await jobSpecialist.request({ method: 'GET', url: `/api/team-referrals/${referralA.id}` })).statusCode).toBe(200);
    expect((await outsider.request({ method: 'GET', url: `/api/team-referrals/${referralA.id}` })).json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    const sickCase = await t.database.db.selectFrom('sick_case').where('citizen_id', '=', patientCitizen).select('id').executeTakeFirstOrThrow();
    expect((await gp.request({ method: 'GET', url: `/api/cases/${sickCase.id}` })).statusCode).toBe(200);
    const asTherapist = await therapist.request({ method: 'GET', url: `/api/cases/${sickCase.id}` });
    expect(asTherapist.statusCode).toBe(403);
    expect(asTherapist.json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    // Narrowing takes effect at once; widening needs the day it was given.
    const narrowed = await patient.request({ method: 'PUT', url: `/api/team-referrals/${referralA.id}/consent`, payload: { scope: ['therapist'] } });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    expect(narrowed.json().consent.scope).toEqual(['therapist']);
    const denied = await jobSpecialist.request({ method: 'GET', url: `/api/team-referrals/${referralA.id}` });
    expect(denied.json().code).toBe('TEAM_CONSENT_NOT_COVERING');
    expect((await patient.request({ method: 'PUT', url: `/api/team-referrals/${referralA.id}/consent`, payload: { scope: ['therapist', 'job_specialist'] } })).json().code).toBe('TEAM_CONSENT_DATE_REQUIRED');
    expect((await jobSpecialist.request({ method: 'PUT', url: `/api/team-referrals/${referralA.id}/consent`, payload: { scope: ['therapist'] } })).statusCode).toBe(403);
    const denial = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', jobSpecialist.userId).where('outcome', '=', 'denied').select(['citizen_id', 'object_type']).execute();
    expect(denial).toContainEqual({ citizen_id: patientCitizen, object_type: 'team_referral' });
  });

  it('the person sees their own referral, course and consent', async () => {
    const mine = await patient.request({ method: 'GET', url: '/api/me/team-courses' });
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.referrals.find((r: { id: string }) => r.id === referralA.id)).toMatchObject({ status: 'accepted', consent: { scope: ['therapist'], withdrawnAt: null } });
    expect(body.courses.find((c: { id: string }) => c.id === courseA)).toMatchObject({ status: 'active', sessions: [{ kind: 'assessment', status: 'booked' }] });
  });

  it('withdrawn consent ends the course, stops sharing at once, and gives the place to the next in the queue', async () => {
    const withdrawn = await patient.request({ method: 'POST', url: `/api/team-referrals/${referralA.id}/consent/withdraw` });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ courseEnded: true, consent: { withdrawnAt: expect.any(String) } });
    const course = await t.database.db.selectFrom('team_course').where('id', '=', courseA).select(['status', 'closure_reason']).executeTakeFirstOrThrow();
    expect(course).toEqual({ status: 'dropped_out', closure_reason: 'consent_withdrawn' });
    expect((await therapist.request({ method: 'GET', url: `/api/team-referrals/${referralA.id}` })).json().code).toBe('TEAM_CONSENT_NOT_COVERING');
    expect((await patient.request({ method: 'POST', url: `/api/team-referrals/${referralA.id}/consent/withdraw` })).json().code).toBe('TEAM_CONSENT_WITHDRAWN');
    // The GP keeps the referral and the updates already sent, and is told.
    const gpView = (await gp.request({ method: 'GET', url: '/api/gp/team-referrals' })).json().referrals;
    expect(gpView.find((r: { id: string }) => r.id === referralA.id).updates[0]).toMatchObject({ kind: 'dropped_out', title: 'Samtykket er trukket tilbake' });
    const promoted = gpView.find((r: { status: string; person: { citizenId: string } | null }) => r.person?.citizenId === secondCitizen);
    expect(promoted).toMatchObject({ status: 'submitted', waitingPosition: null });
    expect(promoted.updates[0]).toMatchObject({ kind: 'changed', title: 'Ledig plass: henvisningen er til vurdering' });
  });

  it('the team declines with a reason and a recommendation, and the GP reads both', async () => {
    const intakeView = (await therapist.request({ method: 'GET', url: `/api/teams/${teamId}/intake` })).json();
    const next = intakeView.submitted.find((r: { person: { citizenId: string } }) => r.person.citizenId === secondCitizen);
    expect((await therapist.request({ method: 'POST', url: `/api/team-referrals/${next.id}/decline`, payload: { reason: '  ' } })).json().code).toBe('TEAM_DECISION_REASON_MISSING');
    const declined = await therapist.request({ method: 'POST', url: `/api/team-referrals/${next.id}/decline`, payload: { reason: 'Plagene er mer alvorlige enn teamet kan hjelpe med', recommendation: 'Henvis til DPS' } });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Plagene er mer alvorlige enn teamet kan hjelpe med', recommendation: 'Henvis til DPS' });
    const update = (await gp.request({ method: 'GET', url: '/api/gp/team-referrals' })).json().referrals.find((r: { id: string }) => r.id === next.id).updates[0];
    expect(update).toMatchObject({ kind: 'declined', title: 'Henvisningen er avslått' });
    expect(update.body).toMatch(/Anbefaling videre: Henvis til DPS/);
    expect((await therapist.request({ method: 'POST', url: `/api/team-referrals/${next.id}/waitlist`, payload: { reason: 'x' } })).json().code).toBe('TEAM_REFERRAL_NOT_OPEN');
  });

  it('a referral by someone other than the GP waits for the GP’s approval when the team allows it', async () => {
    const team = await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Arbeidsfokus med godkjenning (test)', { referralPolicy: 'gp_approval', capacity: 3 }) });
    const approvalTeam = team.json().id;
    const made = await refer(adviser, { teamId: approvalTeam, citizenId: secondCitizen, criteria: allCriteria, reason: 'Foreslått av NAV-veileder', consent: consent(['therapist', 'nav']) });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ status: 'pending_gp_approval', expectedStart: null });
    expect((await otherGp.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/gp-approval` })).statusCode).toBe(403);
    const approved = await gp.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/gp-approval` });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'submitted', waitingPosition: null });
    expect((await gp.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/gp-approval` })).json().code).toBe('TEAM_REFERRAL_NOT_OPEN');
    // Accepted with a consent naming NAV: the person's NAV office is told too, with a link to the course.
    await admin.request({ method: 'PUT', url: `/api/teams/${approvalTeam}/members`, payload: { members: [{ userId: therapist.userId, role: 'cognitive_therapist', presence: [] }] } });
    const accepted = await therapist.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/accept`, payload: { firstSession: { startsAt: inDays(20), durationMinutes: 60 }, workStatusStart: 'at_risk' } });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json().lateStart).toBe(true);
    const update = await t.database.db.selectFrom('team_gp_update').where('referral_id', '=', made.json().id).where('kind', '=', 'accepted').select(['sent_to_nav', 'body']).executeTakeFirstOrThrow();
    expect(update.sent_to_nav).toBe(true);
    expect(update.body).toMatch(/senere enn teamets mål/);
    const navTold = await t.database.db.selectFrom('notification').where('user_id', '=', adviser.userId).where('event', '=', 'team_update').select('link').execute();
    expect(navTold).toContainEqual({ link: `/team/forlop/${accepted.json().courseId}` });
  });

  it('tells the adviser who follows the person’s sick-leave case, not the whole office', async () => {
    const d = t.database.db;
    const office = adviser.me.organisation!.id;
    const sickCase = await d
      .selectFrom('sick_case as sc')
      .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
      .where('c.regular_gp_person_id', '=', gp.me.personId)
      .where('sc.nav_office_id', '=', office)
      .where('c.protection', '=', 'none')
      .where('c.shielded', '=', false)
      .where('c.id', 'not in', [patientCitizen, secondCitizen])
      .where('sc.status', 'in', ['active', 'graded'])
      .select(['sc.id', 'sc.citizen_id'])
      .orderBy('sc.first_day', 'desc')
      .orderBy('sc.id')
      .executeTakeFirstOrThrow();
    const follower = await staffUser(t, 'Frida', 'Saksfølger', office, 'nav_adviser');
    await d.updateTable('sick_case').set({ assigned_user_id: follower }).where('id', '=', sickCase.id).execute();
    await d.updateTable('citizen').set({ birth_date: '1990-02-01' }).where('id', '=', sickCase.citizen_id).execute();
    const team = (await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Arbeidsfokus med saksfølger (test)', { capacity: 3 }) })).json();
    await admin.request({ method: 'PUT', url: `/api/teams/${team.id}/members`, payload: { members: [{ userId: therapist.userId, role: 'cognitive_therapist', presence: [] }] } });
    const made = await refer(gp, {
      teamId: team.id,
      citizenId: sickCase.citizen_id,
      caseId: sickCase.id,
      criteria: allCriteria,
      outsideCriteriaReason: 'Har vært sykmeldt lenger, men er motivert for arbeid nå',
      reason: 'Samtidig hjelp med helse og arbeid',
      consent: consent(['therapist', 'nav']),
    });
    expect(made.statusCode, made.body).toBe(201);
    const accepted = await therapist.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/accept`, payload: { firstSession: { startsAt: inDays(3), durationMinutes: 60 }, workStatusStart: 'sick_listed_full' } });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const told = await d.selectFrom('notification').where('event', '=', 'team_update').where('link', '=', `/team/forlop/${accepted.json().courseId}`).select('user_id').execute();
    expect(told.map((row) => row.user_id)).toEqual([follower]);
  });

  it('the referrer withdraws an open referral, whatever their role', async () => {
    const team = await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Godkjenning 2 (test)', { referralPolicy: 'gp_approval', capacity: 3 }) });
    const made = await refer(adviser, { teamId: team.json().id, citizenId: secondCitizen, criteria: allCriteria, reason: 'Foreslått av NAV-veileder', consent: consent(['therapist']) });
    expect(made.json().status).toBe('pending_gp_approval');
    expect((await otherGp.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/withdraw` })).statusCode).toBe(403);
    const withdrawn = await adviser.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/withdraw` });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await gp.request({ method: 'POST', url: `/api/team-referrals/${made.json().id}/gp-approval` })).json().code).toBe('TEAM_REFERRAL_NOT_OPEN');
  });

  it('two identical referrals sent at once under one key make one referral', async () => {
    const team = (await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Dobbeltklikk (test)', { capacity: 2 }) })).json();
    const body = { teamId: team.id, citizenId: secondCitizen, criteria: allCriteria, reason: 'Samtidig', consent: consent(['therapist']) };
    const answers = await Promise.all([refer(gp, body, 'same-key-at-once'), refer(gp, body, 'same-key-at-once')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
  });

  it('promotes the waiting list in order when a place frees, never beyond the places', async () => {
    const d = t.database.db;
    const team = (await admin.request({ method: 'POST', url: '/api/teams', payload: workFocusTeam('Kø-team (test)', { capacity: 1 }) })).json();
    await admin.request({ method: 'PUT', url: `/api/teams/${team.id}/members`, payload: { members: [{ userId: therapist.userId, role: 'team_lead', presence: [] }] } });
    const people = await d
      .selectFrom('citizen')
      .where('regular_gp_person_id', '=', gp.me.personId)
      .where('protection', '=', 'none')
      .where('shielded', '=', false)
      .select('id')
      .orderBy('id')
      .limit(4)
      .execute();
    await d.updateTable('citizen').set({ birth_date: '1985-05-05' }).where('id', 'in', people.map((p) => p.id)).execute();
    const made: Created[] = [];
    for (const person of people) {
      const response = await refer(gp, { teamId: team.id, citizenId: person.id, criteria: allCriteria, reason: 'Kø', outsideCriteriaReason: 'Testperson i kø, kriterier ikke vurdert', consent: consent(['therapist']) });
      expect(response.statusCode, response.body).toBe(201);
      made.push(response.json());
    }
    expect(made.map((m) => [m.status, m.waitingPosition])).toEqual([['submitted', null], ['waiting', 1], ['waiting', 2], ['waiting', 3]]);
    // More places promote the earliest waiting referrals, as many as the new places.
    const bigger = await admin.request({ method: 'PUT', url: `/api/teams/${team.id}`, payload: workFocusTeam('Kø-team (test)', { capacity: 3 }) });
    expect(bigger.json().capacity).toMatchObject({ places: 3, pendingIntake: 3, waiting: 1, free: 0 });
    const statuses = await d.selectFrom('team_referral').where('team_id', '=', team.id).select(['id', 'status']).execute();
    const statusOf = (id: string) => statuses.find((s) => s.id === id)!.status;
    expect(made.map((m) => statusOf(m.id))).toEqual(['submitted', 'submitted', 'submitted', 'waiting']);
    // Withdrawing one in intake gives its place to the last in the queue.
    expect((await gp.request({ method: 'POST', url: `/api/team-referrals/${made[0]!.id}/withdraw` })).statusCode).toBe(200);
    expect((await d.selectFrom('team_referral').where('id', '=', made[3]!.id).select('status').executeTakeFirstOrThrow()).status).toBe('submitted');
    // The team may still put one in intake on the waiting list; it keeps its place by referral time.
    const waitlisted = await therapist.request({ method: 'POST', url: `/api/team-referrals/${made[3]!.id}/waitlist`, payload: { reason: 'Venter til terapeuten er tilbake' } });
    expect(waitlisted.statusCode, waitlisted.body).toBe(200);
    expect(waitlisted.json()).toMatchObject({ status: 'waiting', waitingPosition: 1, expectedStart: expect.stringMatching(/^\d{4}-/) });
    // Every list read is audited, naming everyone it showed.
    await therapist.request({ method: 'GET', url: `/api/teams/${team.id}/intake` });
    const audited = await d.selectFrom('audit_log').where('actor_user_id', '=', therapist.userId).where('object_type', '=', 'team_intake').select('subject_set_id').execute();
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.every((a) => a.subject_set_id !== null)).toBe(true);
  });
});
