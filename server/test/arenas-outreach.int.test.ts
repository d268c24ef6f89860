import { addDays, formatISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '../src/platform/oslo-date.js';
import { isWorkingDay } from '../src/platform/working-days.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const DAY = 86_400_000;

/** The next working day (no weekend, no public holiday) at least `days` from now, as 'YYYY-MM-DD'. */
function weekdayIn(days: number): string {
  let date = addDays(new Date(), days);
  while (!isWorkingDay(formatISO(date, { representation: 'date' }))) date = addDays(date, 1);
  return formatISO(date, { representation: 'date' });
}

describe.each(DB_KINDS)('outreach arenas: visit rounds, joint meetings, practice consultants, case slots (%s)', (kind) => {
  let t: TestApp;
  let adviser: TestClient;
  let gp: TestClient;
  let consultant: TestClient;
  let coordinator: TestClient;
  let otherGp: TestClient;
  let larvikOffices: number;

  beforeAll(async () => {
    t = await startTestApp({ db: kind });
    adviser = await t.signIn('nav_adviser', 'Veileder for sykefraværsoppfølging');
    gp = await t.signIn('gp', 'Fastlege med 80 %');
    consultant = await t.signIn('practice_consultant');
    coordinator = await t.signIn('coordinating_physician');
    otherGp = await t.signIn('gp', 'Fastlege i Kristiansand');
    const offices = await t.database.db.selectFrom('organisation').where('kind', '=', 'gp_office').where('active', '=', true).where('municipality_number', '=', '3805').select('id').execute();
    larvikOffices = offices.length;
  }, 120_000);
  afterAll(async () => t?.close());

  describe('visit rounds', () => {
    let roundId: string;
    let offices: Array<{ id: string; stage: string; version: number; organisation: { name: string } }>;

    const move = (client: TestClient, id: string, payload: object) => client.request({ method: 'POST', url: `/api/visit-offices/${id}/move`, payload });
    const coverage = async () => (await adviser.request({ method: 'GET', url: `/api/visit-rounds/${roundId}/coverage` })).json();

    it('sets a round up over every GP office of the area, each not contacted, and refuses an area without offices and a GP as organiser', async () => {
      const created = await adviser.request({ method: 'POST', url: '/api/visit-rounds', payload: { title: 'Besøk Larvik', municipalityNumbers: ['3805'] } });
      expect(created.statusCode, created.body).toBe(201);
      roundId = created.json().id;
      expect(created.json().offices).toBe(larvikOffices);
      expect(larvikOffices).toBeGreaterThanOrEqual(3);
      const round = (await adviser.request({ method: 'GET', url: `/api/visit-rounds/${roundId}` })).json();
      offices = round.offices;
      expect(offices.every((o) => o.stage === 'not_contacted')).toBe(true);
      expect(round.coverage.municipalities).toEqual([expect.objectContaining({ municipalityNumber: '3805', municipalityName: 'Larvik', offices: larvikOffices, contacted: 0, done: 0, shareDonePercent: 0 })]);

      const empty = await adviser.request({ method: 'POST', url: '/api/visit-rounds', payload: { title: 'Ingen kontor', municipalityNumbers: ['9999'] } });
      expect(empty.statusCode).toBe(422);
      expect(empty.json().code).toBe('ARENA_VISIT_AREA_EMPTY');
      const byGp = await gp.request({ method: 'POST', url: '/api/visit-rounds', payload: { title: 'Nei', municipalityNumbers: ['3805'] } });
      expect(byGp.statusCode).toBe(403);
      expect(byGp.json().code).toBe('ARENA_VISIT_NOT_ALLOWED');
      expect((await gp.request({ method: 'GET', url: `/api/visit-rounds/${roundId}` })).statusCode).toBe(403);
    });

    it('refuses illegal moves through the pipeline, naming the moves allowed', async () => {
      const office = offices[0]!;
      for (const to of ['done', 'booked', 'declined']) {
        const response = await move(adviser, office.id, { to, reason: 'ingen kompensasjon', visitAt: new Date(Date.now() - DAY).toISOString() });
        expect(response.statusCode, to).toBe(409);
        expect(response.json()).toMatchObject({ code: 'ARENA_VISIT_MOVE_INVALID', details: { from: 'not_contacted', to, allowed: ['letter_sent', 'called'] } });
      }
      const after = (await adviser.request({ method: 'GET', url: `/api/visit-offices/${office.id}` })).json();
      expect(after.stage).toBe('not_contacted');
      expect(after.history).toEqual([]);
    });

    it('refuses a decline without a reason, and keeps the reason given', async () => {
      const office = offices[1]!;
      expect((await move(adviser, office.id, { to: 'called' })).statusCode).toBe(200);
      const bare = await move(adviser, office.id, { to: 'declined' });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().code).toBe('ARENA_VISIT_DECLINE_REASON_MISSING');
      const declined = await move(adviser, office.id, { to: 'declined', reason: 'Ingen kompensasjon' });
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({ stage: 'declined', declineReason: 'Ingen kompensasjon', allowedMoves: ['called'] });
      expect((await coverage()).total).toMatchObject({ contacted: 1, declined: 1, done: 0 });
    });

    it('refuses a visit length outside the round’s bounds (30–45 minutes by default) and a participant who is not NAV staff', async () => {
      const office = offices[2]!;
      for (const lengthMinutes of [20, 60]) {
        const response = await adviser.request({ method: 'PUT', url: `/api/visit-offices/${office.id}`, payload: { lengthMinutes } });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'ARENA_VISIT_LENGTH_INVALID', details: { minMinutes: 30, maxMinutes: 45 } });
      }
      const ok = await adviser.request({ method: 'PUT', url: `/api/visit-offices/${office.id}`, payload: { lengthMinutes: 40, format: 'morning_meeting', participantUserIds: [adviser.userId, coordinator.userId] } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ lengthMinutes: 40, format: 'morning_meeting' });
      expect(ok.json().participants.map((p: { userId: string }) => p.userId).sort()).toEqual([adviser.userId, coordinator.userId].sort());
      const withGp = await adviser.request({ method: 'PUT', url: `/api/visit-offices/${office.id}`, payload: { participantUserIds: [gp.userId] } });
      expect(withGp.statusCode).toBe(422);
      expect(withGp.json().code).toBe('ARENA_USER_INVALID');
    });

    it('moves an office to done through letter, call and booking; the coverage summary follows, and a stale version is refused', async () => {
      const office = offices[2]!;
      const current = (await adviser.request({ method: 'GET', url: `/api/visit-offices/${office.id}` })).json();
      const stale = await move(adviser, office.id, { to: 'letter_sent', version: current.version - 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('ARENA_VISIT_STALE');
      expect((await move(adviser, office.id, { to: 'letter_sent', version: current.version })).statusCode).toBe(200);
      expect((await move(adviser, office.id, { to: 'called' })).statusCode).toBe(200);
      const noTime = await move(adviser, office.id, { to: 'booked' });
      expect(noTime.json().code).toBe('ARENA_VISIT_TIME_MISSING');
      const future = await move(adviser, office.id, { to: 'booked', visitAt: new Date(Date.now() + 3 * DAY).toISOString() });
      expect(future.statusCode).toBe(200);
      const early = await move(adviser, office.id, { to: 'done' });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('ARENA_VISIT_NOT_YET_HELD');
      const rescheduled = await adviser.request({ method: 'PUT', url: `/api/visit-offices/${office.id}`, payload: { visitAt: new Date(Date.now() - DAY).toISOString() } });
      expect(rescheduled.statusCode).toBe(200);
      const done = await move(adviser, office.id, { to: 'done', note: 'Lunsjmøte med fire leger' });
      expect(done.statusCode).toBe(200);
      expect(done.json().allowedMoves).toEqual([]);
      expect((await coverage()).total).toMatchObject({ offices: larvikOffices, contacted: 2, booked: 0, done: 1, declined: 1, shareDonePercent: Math.round(100 / larvikOffices) });
      const history = (await adviser.request({ method: 'GET', url: `/api/visit-offices/${office.id}` })).json().history;
      expect(history.map((h: { to: string }) => h.to)).toEqual(['letter_sent', 'called', 'booked', 'done']);
    });

    it('keeps agreed follow-ups with owner and due date, done or not done', async () => {
      const office = offices[2]!;
      const added = await adviser.request({ method: 'POST', url: `/api/visit-offices/${office.id}/follow-ups`, payload: { text: 'Sende oversikt over virkemidler', ownerUserId: adviser.userId, dueOn: osloDate(new Date(Date.now() + 7 * DAY)) } });
      expect(added.statusCode, added.body).toBe(201);
      const followUp = added.json().followUps[0];
      expect(followUp).toMatchObject({ text: 'Sende oversikt over virkemidler', done: false, overdue: false, owner: { userId: adviser.userId } });
      const done = await adviser.request({ method: 'PUT', url: `/api/visit-follow-ups/${followUp.id}`, payload: { done: true } });
      expect(done.json().followUps[0].done).toBe(true);
      const patientOwner = await adviser.request({ method: 'POST', url: `/api/visit-offices/${office.id}/follow-ups`, payload: { text: 'x', ownerUserId: (await t.signIn('patient')).userId, dueOn: '2030-01-01' } });
      expect(patientOwner.json().code).toBe('ARENA_USER_INVALID');
    });
  });

  describe('joint meetings and meeting places', () => {
    let arenaId: string;
    let sessionId: string;
    const evening = (days: number) => ({ startsAt: new Date(`${weekdayIn(days)}T18:00:00+01:00`).toISOString(), endsAt: new Date(`${weekdayIn(days)}T20:30:00+01:00`).toISOString() });

    it('refuses an evening session unless evening slots are allowed, and notes that it counts towards specialisation', async () => {
      const base = { kind: 'joint_meeting', title: 'Fellesmøte', municipalityNumbers: ['3805'], sessions: [evening(30)] };
      const refused = await consultant.request({ method: 'POST', url: '/api/joint-meetings', payload: base });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('ARENA_EVENING_NOT_ALLOWED');
      const created = await consultant.request({ method: 'POST', url: '/api/joint-meetings', payload: { ...base, eveningSlots: true, countsTowardsSpecialisation: true, specialisationNote: 'Emnekurs, 3 timer' } });
      expect(created.statusCode, created.body).toBe(201);
      arenaId = created.json().id;
      const view = (await gp.request({ method: 'GET', url: `/api/joint-meetings/${arenaId}` })).json();
      expect(view.settings).toEqual({ eveningSlots: true, countsTowardsSpecialisation: true, specialisationNote: 'Emnekurs, 3 timer' });
      expect(view.sessions).toHaveLength(1);
      expect(view.sessions[0].evening).toBe(true);
      sessionId = view.sessions[0].id;
      expect(view.canManage).toBe(false);
      expect((await otherGp.request({ method: 'GET', url: `/api/joint-meetings/${arenaId}` })).json().code).toBe('ARENA_NOT_VISIBLE');
    });

    it('takes agenda proposals from both sides, refuses one that names a patient, and puts an accepted one on the programme once', async () => {
      const fromGp = await gp.request({ method: 'POST', url: `/api/joint-meetings/${arenaId}/proposals`, payload: { title: 'Kortere forespørsler', description: 'Hva trenger NAV egentlig?' } });
      expect(fromGp.statusCode, fromGp.body).toBe(201);
      const fromNav = await adviser.request({ method: 'POST', url: `/api/joint-meetings/${arenaId}/proposals`, payload: { title: 'Aktivitetskravet' } });
      expect(fromNav.statusCode).toBe(201);
      const identifying = await gp.request({ method: 'POST', url: `/api/joint-meetings/${arenaId}/proposals`, payload: { title: 'Sak', description: 'Gjelder Kari Nordmann født 01.02.1980' } });
      expect(identifying.statusCode).toBe(422);
      expect(identifying.json().code).toBe('ARENA_PERSONAL_DATA');
      const byGp = await gp.request({ method: 'POST', url: `/api/joint-meeting-proposals/${fromGp.json().id}/decision`, payload: { accept: false } });
      expect(byGp.json().code).toBe('ARENA_NOT_ORGANISER');
      const accepted = await consultant.request({ method: 'POST', url: `/api/joint-meeting-proposals/${fromGp.json().id}/decision`, payload: { accept: true, sessionId, minutes: 20 } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const again = await consultant.request({ method: 'POST', url: `/api/joint-meeting-proposals/${fromGp.json().id}/decision`, payload: { accept: false } });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('ARENA_PROPOSAL_DECIDED');
      const view = (await consultant.request({ method: 'GET', url: `/api/joint-meetings/${arenaId}` })).json();
      expect(view.proposals.map((p: { side: string; status: string }) => [p.side, p.status])).toEqual([['gp', 'accepted'], ['nav', 'proposed']]);
      expect(view.sessions[0].agenda).toEqual([{ kind: 'other', title: 'Kortere forespørsler', minutes: 20, by: 'Fastlegene' }]);
    });

    it('refuses turning evening slots off while an evening session is planned, and gives a statistics pack for the area', async () => {
      const off = await consultant.request({ method: 'PUT', url: `/api/joint-meetings/${arenaId}/settings`, payload: { eveningSlots: false } });
      expect(off.json().code).toBe('ARENA_EVENING_NOT_ALLOWED');
      const stats = await consultant.request({ method: 'GET', url: `/api/joint-meetings/${arenaId}/statistics` });
      expect(stats.statusCode, stats.body).toBe(200);
      expect(stats.json().gpOffices).toBe(larvikOffices);
      expect(stats.json().sickLeave.byWeeks).toHaveLength(6);
      expect(stats.json().sickLeave.openCases).toBeGreaterThan(0);
    });
  });

  describe('practice consultants', () => {
    let postId: string;
    const year = new Date().getFullYear();

    it('keeps a post with share, host and period; only managers of the county create one', async () => {
      const payload = { userId: consultant.userId, sharePercent: 20, hostOrganisationId: coordinator.me.organisation!.id, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, baseNokPerHour: 1000 };
      const byGp = await gp.request({ method: 'POST', url: '/api/consultant-posts', payload });
      expect(byGp.json().code).toBe('ARENA_CONSULTANT_NOT_ALLOWED');
      const backwards = await coordinator.request({ method: 'POST', url: '/api/consultant-posts', payload: { ...payload, periodTo: `${year - 1}-12-31` } });
      expect(backwards.json().code).toBe('ARENA_CONSULTANT_PERIOD_INVALID');
      const created = await coordinator.request({ method: 'POST', url: '/api/consultant-posts', payload });
      expect(created.statusCode, created.body).toBe(201);
      postId = created.json().id;
      const mine = (await consultant.request({ method: 'GET', url: '/api/consultant-posts' })).json();
      expect(mine.posts.map((p: { id: string }) => p.id)).toContain(postId);
    });

    it('refuses hours on a date outside the post’s period, and pays 89 % of the base rate for the hours inside it', async () => {
      const outside = await consultant.request({ method: 'POST', url: `/api/consultant-posts/${postId}/hours`, payload: { workedOn: `${year + 1}-01-05`, hours: 2, activity: 'Møte' } });
      expect(outside.statusCode).toBe(422);
      expect(outside.json().code).toBe('ARENA_CONSULTANT_HOURS_OUTSIDE_POST');
      const logged = await consultant.request({ method: 'POST', url: `/api/consultant-posts/${postId}/hours`, payload: { workedOn: `${year}-01-05`, hours: 2.5, activity: 'Møte med NAV-veiledere' } });
      expect(logged.statusCode, logged.body).toBe(201);
      const notMine = await consultant.request({ method: 'POST', url: `/api/consultant-posts/${postId}/hours`, payload: { workedOn: `${year}-01-06`, hours: 1, activity: 'x', arenaId: '00000000-0000-4000-8000-000000000000' } });
      expect(notMine.json().code).toBe('ARENA_CONSULTANT_ARENA_INVALID');
      const post = (await consultant.request({ method: 'GET', url: `/api/consultant-posts/${postId}?from=${year}-01-01&to=${year}-02-28` })).json();
      expect(post.honoraria.months).toEqual([
        { month: `${year}-01`, hours: 2.5, honorariumNok: 2225 },
        { month: `${year}-02`, hours: 0, honorariumNok: 0 },
      ]);
      expect(post.honoraria).toMatchObject({ totalHours: 2.5, totalHonorariumNok: 2225, ratePerHourNok: 890, honorariumPercent: 89 });
      expect(post.arenas.some((a: { kind: string }) => a.kind === 'joint_meeting')).toBe(true);
      expect((await otherGp.request({ method: 'GET', url: `/api/consultant-posts/${postId}` })).json().code).toBe('ARENA_CONSULTANT_NOT_ALLOWED');
    });
  });

  describe('case slots', () => {
    let arenaId: string;
    let upcoming: string;
    const caseOf = async (where: { gpPersonId?: string; notGpPersonId?: string; officeId: string }) => {
      let query = t.database.db
        .selectFrom('sick_case as sc')
        .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
        .where('c.nav_office_id', '=', where.officeId)
        .where('c.protection', '=', 'none')
        .where('c.shielded', '=', false)
        .where('sc.status', 'in', ['active', 'graded', 'pending'])
        .select('sc.id');
      if (where.gpPersonId) query = query.where('c.regular_gp_person_id', '=', where.gpPersonId);
      if (where.notGpPersonId) query = query.where('c.regular_gp_person_id', '!=', where.notGpPersonId).where((eb) => eb.not(eb.exists(eb.selectFrom('sick_note as n').whereRef('n.citizen_id', '=', 'c.id').where('n.issuer_person_id', '=', where.notGpPersonId!).select('n.id'))));
      return (await query.executeTakeFirstOrThrow()).id;
    };

    it('lets an adviser book monthly slots with one GP, as arena sessions both of them see', async () => {
      const refused = await gp.request({ method: 'POST', url: '/api/case-slots', payload: { gpUserId: gp.userId, firstDate: weekdayIn(10), startTime: '14:00', durationMinutes: 45, perMonth: 1, count: 3 } });
      expect(refused.json().code).toBe('ARENA_CASE_SLOTS_ROLE');
      const past = await adviser.request({ method: 'POST', url: '/api/case-slots', payload: { gpUserId: gp.userId, firstDate: '2020-01-07', startTime: '14:00', durationMinutes: 45, perMonth: 1, count: 3 } });
      expect(past.json()).toMatchObject({ code: 'ARENA_CASE_SLOTS_SCHEDULE_INVALID', details: { field: 'firstDate' } });
      const booked = await adviser.request({ method: 'POST', url: '/api/case-slots', payload: { gpUserId: gp.userId, firstDate: weekdayIn(10), startTime: '14:00', durationMinutes: 45, perMonth: 1, count: 3 } });
      expect(booked.statusCode, booked.body).toBe(201);
      arenaId = booked.json().id;
      expect(booked.json().sessions).toBe(3);
      const sessions = await t.database.db.selectFrom('arena_session').where('arena_id', '=', arenaId).select(['ordinal', 'status']).orderBy('ordinal').execute();
      expect(sessions).toEqual([1, 2, 3].map((ordinal) => ({ ordinal, status: 'planned' })));
      const forGp = (await gp.request({ method: 'GET', url: '/api/case-slots' })).json();
      expect(forGp.find((s: { id: string }) => s.id === arenaId)).toMatchObject({ mine: 'gp', perMonth: 1 });
      const view = (await gp.request({ method: 'GET', url: `/api/case-slots/${arenaId}` })).json();
      upcoming = view.sessions[0].id;
      expect((await otherGp.request({ method: 'GET', url: `/api/case-slots/${arenaId}` })).json().code).toBe('ARENA_NOT_VISIBLE');
    });

    it('lists a case both may see, and refuses a case the adviser may not see, one the GP may not see, and the same case twice', async () => {
      const shared = await caseOf({ gpPersonId: gp.me.personId!, officeId: adviser.me.organisation!.id });
      const candidates = (await adviser.request({ method: 'GET', url: `/api/case-slots/${arenaId}/candidates` })).json();
      expect(candidates.map((c: { caseId: string }) => c.caseId)).toContain(shared);
      const listed = await adviser.request({ method: 'POST', url: `/api/case-slot-sessions/${upcoming}/cases`, payload: { caseId: shared, note: 'Gradering?' } });
      expect(listed.statusCode, listed.body).toBe(201);
      const twice = await adviser.request({ method: 'POST', url: `/api/case-slot-sessions/${upcoming}/cases`, payload: { caseId: shared } });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe('ARENA_CASE_SLOT_CASE_DUPLICATE');

      const kristiansandOffice = (await t.database.db.selectFrom('organisation').where('name', '=', 'NAV Kristiansand').select('id').executeTakeFirstOrThrow()).id;
      const otherOffice = await caseOf({ officeId: kristiansandOffice });
      const notAdvisers = await adviser.request({ method: 'POST', url: `/api/case-slot-sessions/${upcoming}/cases`, payload: { caseId: otherOffice } });
      expect(notAdvisers.statusCode).toBe(403);
      expect(notAdvisers.json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');

      const notGps = await caseOf({ notGpPersonId: gp.me.personId!, officeId: adviser.me.organisation!.id });
      const refused = await adviser.request({ method: 'POST', url: `/api/case-slot-sessions/${upcoming}/cases`, payload: { caseId: notGps } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('ARENA_CASE_SLOT_GP_NO_ACCESS');

      const byGp = await gp.request({ method: 'POST', url: `/api/case-slot-sessions/${upcoming}/cases`, payload: { caseId: shared } });
      expect(byGp.json().code).toBe('ARENA_NOT_ORGANISER');
      const view = (await gp.request({ method: 'GET', url: `/api/case-slots/${arenaId}` })).json();
      expect(view.sessions[0].cases).toEqual([expect.objectContaining({ caseId: shared, status: 'listed', note: 'Gradering?' })]);
    });

    it('turns a listed case into a dialogue meeting with the GP invited, through the meetings module', async () => {
      const view = (await adviser.request({ method: 'GET', url: `/api/case-slots/${arenaId}` })).json();
      const slotCase = view.sessions[0].cases[0];
      const startsAt = new Date(`${weekdayIn(21)}T10:00:00+01:00`).toISOString();
      const convened = await adviser.request({ method: 'POST', url: `/api/case-slot-cases/${slotCase.id}/dialogue-meeting`, payload: { kind: 'dm2', startsAt, durationMinutes: 60, place: { kind: 'nav_office' }, confirmOverlap: true } });
      expect(convened.statusCode, convened.body).toBe(201);
      const meeting = await t.database.db.selectFrom('dialogue_meeting').where('id', '=', convened.json().dialogueMeetingId).select(['case_id', 'gp_invited', 'gp_person_id']).executeTakeFirstOrThrow();
      expect(meeting).toEqual({ case_id: slotCase.caseId, gp_invited: true, gp_person_id: gp.me.personId });
      const again = await adviser.request({ method: 'POST', url: `/api/case-slot-cases/${slotCase.id}/dialogue-meeting`, payload: { kind: 'dm2', startsAt, durationMinutes: 60, place: { kind: 'nav_office' } } });
      expect(again.json().code).toBe('ARENA_CASE_SLOT_CASE_STATE');
    });
  });

  it('audits outreach work as professional arena work', async () => {
    const rows = await t.database.db.selectFrom('audit_log').where('purpose', '=', 'professional_arena').select(['object_type']).distinct().execute();
    const types = rows.map((r) => r.object_type);
    for (const type of ['arena_visit_round', 'arena_visit_office', 'arena_agenda_proposal', 'arena_consultant_hours', 'arena_case_slot_case']) expect(types).toContain(type);
  });
});
