import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runArenaReminders } from '../src/modules/arenas/calendar/reminders.js';
import { dateIn, notificationsOf, pdfText, staffIn } from './arenas-support.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const LARVIK = '3805';
const VALID_FNR = '15057523414';

interface Detail {
  id: string;
  status: string;
  capacity: number | null;
  signedUp: number;
  waiting: number;
  sessions: Array<{ id: string; ordinal: number; startsAt: string; status: string; agenda: Array<{ kind: string; title: string; by?: string }> }>;
  coOrganisers: Array<{ userId: string }>;
  me: { canManage: boolean; canSignUp: boolean; signupRefusal: string | null; status: string | null; waitingPlace: number | null; feeClaim: boolean; participantId: string | null };
}

/** The first Wednesday of the month `monthsAgo` months back (a series that started then has held sessions). */
function firstOfMonthAgo(monthsAgo: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo);
  return d.toISOString().slice(0, 10);
}

describe.each(DB_KINDS)('small-group series (%s)', (db) => {
  let t: TestApp;
  let organiser: TestClient;
  let municipalPhysician: TestClient;
  let adviser: TestClient;
  let gp: TestClient;
  let gp2: TestClient;
  let gp3: TestClient;
  let gp4: TestClient;
  let farGp: TestClient;
  let arenaId: string;
  let detail: Detail;

  const get = async (client: TestClient, id = arenaId) => (await client.request({ method: 'GET', url: `/api/arenas/${id}` })).json() as Detail;
  const signUp = (client: TestClient, id = arenaId) => client.request({ method: 'POST', url: `/api/arenas/${id}/signup`, payload: {} });
  const seriesBody = (extra: object = {}) => ({
    title: 'Smågruppe om sykefravær (test)',
    municipalityNumbers: [LARVIK],
    location: 'NAV Larvik, møterom Fjorden',
    capacity: 2,
    rule: { rule: { pattern: 'monthly_weekday', weekday: 3, week: 1 }, firstDate: firstOfMonthAgo(2), count: 6, startTime: '18:00', durationMinutes: 90 },
    guests: [{ name: 'Kari Veileder', organisation: 'Jobbmestringssenteret', topic: 'Jobbmestring' }],
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    organiser = await t.signIn('advisory_physician');
    municipalPhysician = await t.signIn('municipal_physician');
    adviser = await t.signIn('nav_adviser', 'Veileder for sykefraværsoppfølging');
    gp = await t.signIn('gp', '80 %');
    farGp = await t.signIn('gp', 'Kristiansand');
    gp2 = await staffIn(t, 'gp', LARVIK, 'Andresen');
    gp3 = await staffIn(t, 'gp', LARVIK, 'Berg');
    gp4 = await staffIn(t, 'gp', LARVIK, 'Dahl');
  });
  afterAll(async () => t?.close());

  describe('the demo series', () => {
    it('has GPs signed up and two sessions held; the demo GP gets its invitation through the municipal physician and may sign up', async () => {
      const open = (await gp.request({ method: 'GET', url: '/api/arenas?scope=open&kind=small_group_series' })).json() as Array<{ id: string }>;
      expect(open).toHaveLength(1);
      const demo = await get(gp, open[0]!.id);
      expect(demo.sessions.filter((s) => s.status === 'held')).toHaveLength(2);
      expect(demo.signedUp).toBeGreaterThanOrEqual(5);
      expect(demo.me).toMatchObject({ canSignUp: true, status: null });
      const sent = await municipalPhysician.request({ method: 'POST', url: `/api/arenas/${demo.id}/invitations`, payload: {} });
      expect(sent.statusCode, sent.body).toBe(201);
      const told = (await notificationsOf(t, gp.userId)).find((n) => n.link.startsWith(`/moteplasser/${demo.id}?invitasjon=`));
      expect(told?.title_nb).toMatch(/^Invitasjon: /);
      const courses = (await gp.request({ method: 'GET', url: '/api/arenas?scope=open&kind=course' })).json() as Array<{ signedUp: number; capacity: number }>;
      expect(courses.some((c) => c.signedUp >= 50 && c.capacity === 140)).toBe(true);
    });
  });

  describe('creating a series', () => {
    it('refuses a GP as organiser', async () => {
      const res = await gp.request({ method: 'POST', url: '/api/arenas/series', payload: seriesBody() });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ARENA_CREATE_ROLE');
    });

    it('refuses a series whose sessions overlap, naming them', async () => {
      const res = await organiser.request({
        method: 'POST',
        url: '/api/arenas/series',
        payload: {
          title: 'Overlapp',
          municipalityNumbers: [LARVIK],
          sessions: [
            { startsAt: '2030-03-06T17:00:00Z', endsAt: '2030-03-06T18:30:00Z' },
            { startsAt: '2030-03-06T18:00:00Z', endsAt: '2030-03-06T19:30:00Z' },
          ],
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'ARENA_SESSIONS_OVERLAP', details: { sessions: [1, 2] } });
      expect(await t.database.db.selectFrom('arena').where('title', '=', 'Overlapp').select('id').execute()).toEqual([]);
    });

    it.each([
      [{ rule: { rule: { pattern: 'monthly_weekday', weekday: 3, week: 1 }, firstDate: '2030-01-01', count: 0, startTime: '18:00', durationMinutes: 90 } }, 'ARENA_SETTINGS_INVALID'],
      [{ municipalityNumbers: ['38O5'] }, 'ARENA_AREA_INVALID'],
      [{ agendaTemplate: [{ kind: 'talk', title: 'Langt innlegg', minutes: 200 }] }, 'ARENA_AGENDA_TOO_LONG'],
      [{ rule: undefined, sessions: [{ startsAt: '2030-03-06T18:00:00Z', endsAt: '2030-03-06T17:00:00Z' }] }, 'ARENA_SESSION_TIME_INVALID'],
      [{ rule: undefined, sessions: [{ startsAt: '2030-03-06T17:00:00Z', endsAt: '2030-03-06T18:30:00Z', agenda: [{ kind: 'talk', title: 'Bare innlegg', minutes: 30 }] }] }, 'ARENA_NAV_MEASURES_REQUIRED'],
    ])('refuses bad input %#: %s', async (change, code) => {
      const res = await organiser.request({ method: 'POST', url: '/api/arenas/series', payload: seriesBody(change) });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe(code);
    });

    it('creates six monthly sessions at 18.00 Oslo time with NAV\'s measures as a standing item and the municipal physician as co-organiser', async () => {
      const res = await organiser.request({ method: 'POST', url: '/api/arenas/series', payload: seriesBody({ municipalPhysicianUserId: municipalPhysician.userId }) });
      expect(res.statusCode, res.body).toBe(201);
      detail = res.json();
      arenaId = detail.id;
      expect(detail.sessions).toHaveLength(6);
      for (const s of detail.sessions) {
        expect(s.agenda.map((i) => i.kind)).toContain('nav_measures');
        expect(new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(new Date(s.startsAt))).toBe('18:00');
      }
      expect(detail.sessions[0]!.agenda.find((i) => i.kind === 'guest')?.by).toBe('Kari Veileder (Jobbmestringssenteret)');
      expect(detail.coOrganisers.map((c) => c.userId)).toEqual([municipalPhysician.userId]);
      expect(detail.me.canManage).toBe(true);
    });
  });

  describe('invitations through the municipal physician', () => {
    it('refuses invitations to a series without a municipal physician', async () => {
      const other = (await organiser.request({ method: 'POST', url: '/api/arenas/series', payload: seriesBody({ title: 'Uten kommuneoverlege' }) })).json() as Detail;
      const res = await organiser.request({ method: 'POST', url: `/api/arenas/${other.id}/invitations`, payload: {} });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('ARENA_INVITATION_NEEDS_MUNICIPAL_PHYSICIAN');
    });

    it('tells every GP of the area, naming the municipal physician, with a link to the series', async () => {
      const res = await municipalPhysician.request({ method: 'POST', url: `/api/arenas/${arenaId}/invitations`, payload: { message: 'Velkommen!' } });
      expect(res.statusCode, res.body).toBe(201);
      const invitation = res.json();
      expect(invitation.recipientCount).toBeGreaterThanOrEqual(4);
      expect(invitation.viaName).toContain('kommuneoverlege');
      const told = (await notificationsOf(t, gp.userId)).find((n) => n.link.includes(arenaId));
      expect(told?.link).toBe(`/moteplasser/${arenaId}?invitasjon=${invitation.id}`);
      expect(told?.body_nb).toContain('hele serien');
      expect((await notificationsOf(t, farGp.userId)).some((n) => n.link.includes(arenaId))).toBe(false);
    });
  });

  describe('signing up for the whole series', () => {
    it('signs up the invited GP with one participant row for all sessions', async () => {
      const res = await signUp(gp);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ status: 'signed_up', waitingPlace: null, notice: null });
      const rows = await t.database.db.selectFrom('arena_participant').where('arena_id', '=', arenaId).where('user_id', '=', gp.userId).selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ is_gp: true, municipality_number: LARVIK });
    });

    it('refuses signing up twice', async () => {
      const res = await signUp(gp);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ARENA_ALREADY_SIGNED_UP');
    });

    it('refuses NAV staff (small groups are for GPs) and GPs from another area', async () => {
      const nav = await signUp(adviser);
      expect(nav.statusCode).toBe(403);
      expect(nav.json().code).toBe('ARENA_SIGNUP_ROLE');
      const far = await signUp(farGp);
      expect(far.statusCode).toBe(403);
      expect(far.json().code).toBe('ARENA_NOT_VISIBLE');
    });

    it('puts the next GP on the waiting list when full, with its place, and says so', async () => {
      expect((await signUp(gp2)).json().status).toBe('signed_up');
      const res = await signUp(gp3);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'waiting', waitingPlace: 1, notice: { code: 'ARENA_FULL_WAITING_LIST' } });
      expect(res.json().notice.message).toContain('venteliste');
      expect((await get(gp3)).me).toMatchObject({ status: 'waiting', waitingPlace: 1 });
    });

    it('promotes the first on the waiting list when someone cancels, and tells them', async () => {
      const res = await gp2.request({ method: 'DELETE', url: `/api/arenas/${arenaId}/signup` });
      expect(res.statusCode, res.body).toBe(200);
      expect((await get(gp3)).me.status).toBe('signed_up');
      expect((await notificationsOf(t, gp3.userId)).some((n) => n.title_nb.startsWith('Du har fått plass'))).toBe(true);
      const detailNow = await get(organiser);
      expect(detailNow).toMatchObject({ signedUp: 2, waiting: 0 });
    });

    it('lets an adviser nominate a GP, who accepts and goes on the waiting list of the full series', async () => {
      const nominated = await adviser.request({ method: 'POST', url: `/api/arenas/${arenaId}/nominations`, payload: { userId: gp4.userId, note: 'Mange sykmeldte' } });
      expect(nominated.statusCode, nominated.body).toBe(201);
      expect((await get(gp4)).me.status).toBe('nominated');
      const twice = await adviser.request({ method: 'POST', url: `/api/arenas/${arenaId}/nominations`, payload: { userId: gp4.userId } });
      expect(twice.json().code).toBe('ARENA_ALREADY_SIGNED_UP');
      const notGp = await adviser.request({ method: 'POST', url: `/api/arenas/${arenaId}/nominations`, payload: { userId: farGp.userId } });
      expect(notGp.statusCode).toBe(422);
      expect(notGp.json().code).toBe('ARENA_NOMINEE_INVALID');
      const answer = await gp4.request({ method: 'POST', url: `/api/arenas/${arenaId}/nomination`, payload: { accept: true } });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json().result).toMatchObject({ status: 'waiting', waitingPlace: 1 });
    });

    it('refuses sign-ups after the deadline', async () => {
      const closed = await organiser.request({ method: 'PUT', url: `/api/arenas/${arenaId}`, payload: { signupDeadline: new Date(Date.now() - 60_000).toISOString() } });
      expect(closed.statusCode, closed.body).toBe(200);
      const late = await staffIn(t, 'gp', LARVIK, 'Sen');
      const res = await signUp(late);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ARENA_SIGNUP_CLOSED');
      expect((await get(late)).me).toMatchObject({ canSignUp: false, signupRefusal: 'ARENA_SIGNUP_CLOSED' });
    });
  });

  describe('topics and anonymised cases', () => {
    it('refuses a case that identifies a patient, with the same kind of explanation as the forums', async () => {
      const res = await gp.request({ method: 'POST', url: `/api/arenas/${arenaId}/proposals`, payload: { kind: 'case', title: 'Langvarig ryggsmerte', text: `Pasient ${VALID_FNR} har vært sykmeldt lenge` } });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'ARENA_PERSONAL_DATA', details: { field: 'text', kind: 'identity_number' } });
      expect(res.body).not.toContain(VALID_FNR);
    });

    it('lets an adviser propose a topic the organiser takes into a session, before NAV\'s measures', async () => {
      const res = await adviser.request({ method: 'POST', url: `/api/arenas/${arenaId}/proposals`, payload: { kind: 'topic', title: 'Arbeidsrettet rehabilitering', text: 'Hva AiR kan tilby' } });
      expect(res.statusCode, res.body).toBe(201);
      const proposal = res.json()[0];
      const third = detail.sessions[2]!;
      const accepted = await organiser.request({ method: 'POST', url: `/api/arena-proposals/${proposal.id}/accept`, payload: { sessionId: third.id, minutes: 10 } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      const agenda = (accepted.json() as Detail).sessions[2]!.agenda;
      const at = agenda.findIndex((i) => i.title === 'Arbeidsrettet rehabilitering');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(agenda[at]!.by).toBe(adviser.me.name);
      expect(agenda.at(-1)!.kind).toBe('nav_measures');
      const again = await organiser.request({ method: 'POST', url: `/api/arena-proposals/${proposal.id}/decline` });
      expect(again.json().code).toBe('ARENA_PROPOSAL_DECIDED');
    });
  });

  describe('attendance and the meeting-fee claim', () => {
    it('refuses an attendance record for someone not signed up, writing nothing', async () => {
      const participants = (await organiser.request({ method: 'GET', url: `/api/arenas/${arenaId}/participants` })).json() as Array<{ id: string; userId: string; status: string }>;
      const cancelled = participants.find((p) => p.userId === gp2.userId)!;
      const own = participants.find((p) => p.userId === gp.userId)!;
      expect(cancelled.status).toBe('cancelled');
      const res = await organiser.request({
        method: 'PUT',
        url: `/api/arena-sessions/${detail.sessions[0]!.id}/attendance`,
        payload: { records: [{ participantId: own.id, attended: true }, { participantId: cancelled.id, attended: true }] },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'ARENA_NOT_SIGNED_UP', details: { participantIds: [cancelled.id] } });
      expect(await t.database.db.selectFrom('arena_attendance').where('session_id', '=', detail.sessions[0]!.id).select('participant_id').execute()).toEqual([]);
    });

    it('refuses attendance for a session that has not started, and from someone who is not an organiser', async () => {
      const future = detail.sessions[5]!;
      const own = (await get(gp)).me.participantId!;
      const res = await organiser.request({ method: 'PUT', url: `/api/arena-sessions/${future.id}/attendance`, payload: { records: [{ participantId: own, attended: true }] } });
      expect(res.json().code).toBe('ARENA_SESSION_NOT_STARTED');
      const byGp = await gp.request({ method: 'PUT', url: `/api/arena-sessions/${detail.sessions[0]!.id}/attendance`, payload: { records: [{ participantId: own, attended: true }] } });
      expect(byGp.statusCode).toBe(403);
    });

    it('records attendance at two sessions; the GP downloads a claim of 6 half hours, 5 454 NOK', async () => {
      const own = (await get(gp)).me.participantId!;
      for (const session of detail.sessions.slice(0, 2)) {
        const res = await organiser.request({ method: 'PUT', url: `/api/arena-sessions/${session.id}/attendance`, payload: { records: [{ participantId: own, attended: true }] } });
        expect(res.statusCode, res.body).toBe(200);
        expect((res.json() as Detail).sessions.find((s) => s.id === session.id)!.status).toBe('held');
      }
      expect((await get(gp)).me.feeClaim).toBe(true);
      const claim = await gp.request({ method: 'GET', url: `/api/arenas/${arenaId}/fee-claim` });
      expect(claim.statusCode, claim.body).toBe(200);
      expect(claim.json()).toMatchObject({ code: '14', rateNok: 909, totalMinutes: 180, totalUnits: 6, totalNok: 5454 });
      const pdf = await gp.request({ method: 'GET', url: `/api/arenas/${arenaId}/fee-claim.pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = await pdfText(new Uint8Array(pdf.rawPayload));
      expect(text).toContain('takst 14');
      expect(text).toContain('5 454 kr');
      expect(text).toContain(gp.me.name);
      const audit = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'arena_fee_claim').where('actor_user_id', '=', gp.userId).select('purpose').execute();
      expect(audit.length).toBeGreaterThanOrEqual(2);
      expect(audit[0]!.purpose).toBe('professional_arena');
    });

    it('gives no claim to someone who attended nothing, nor someone else\'s to a GP', async () => {
      const none = await gp3.request({ method: 'GET', url: `/api/arenas/${arenaId}/fee-claim` });
      expect(none.statusCode).toBe(409);
      expect(none.json().code).toBe('ARENA_NO_ATTENDANCE');
      const own = (await get(gp)).me.participantId!;
      const others = await gp3.request({ method: 'GET', url: `/api/arenas/${arenaId}/fee-claim?participantId=${own}` });
      expect(others.statusCode).toBe(403);
    });
  });

  describe('calendar, reminders and cancellation', () => {
    it('lists my upcoming sessions and gives .ics files in Oslo time', async () => {
      const mine = (await gp.request({ method: 'GET', url: '/api/me/arenas' })).json() as Array<{ arenaId: string; startsAt: string }>;
      const upcoming = mine.filter((m) => m.arenaId === arenaId);
      expect(upcoming.length).toBeGreaterThanOrEqual(3);
      expect(upcoming.every((m) => new Date(m.startsAt) > new Date(Date.now() - 2 * 3_600_000))).toBe(true);
      const ics = await gp.request({ method: 'GET', url: `/api/arena-sessions/${detail.sessions[4]!.id}/calendar.ics` });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('DTSTART;TZID=Europe/Oslo:');
      expect(ics.body).toContain('T180000');
      const all = await gp.request({ method: 'GET', url: `/api/arenas/${arenaId}/calendar.ics` });
      expect(all.body.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    });

    it('shows the county calendar, filterable by kind, without names', async () => {
      const from = firstOfMonthAgo(3);
      const res = await adviser.request({ method: 'GET', url: `/api/arena-calendar?county=38&from=${from}&to=${dateIn(200)}&kind=small_group_series` });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.countyName).toBe('Vestfold og Telemark');
      expect(body.sessions.filter((s: { arenaId: string }) => s.arenaId === arenaId)).toHaveLength(6);
      const courses = await adviser.request({ method: 'GET', url: `/api/arena-calendar?county=38&from=${from}&to=${dateIn(200)}&kind=course` });
      expect(courses.json().sessions.some((s: { arenaId: string }) => s.arenaId === arenaId)).toBe(false);
      // A browser asks for gzip and gets the same answer compressed.
      const zipped = await adviser.request({ method: 'GET', url: `/api/arena-calendar?county=38&from=${from}&to=${dateIn(200)}&kind=small_group_series`, headers: { 'accept-encoding': 'gzip, br' } });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(body);
      const tooLong = await adviser.request({ method: 'GET', url: `/api/arena-calendar?county=38&from=2020-01-01&to=2030-01-01` });
      expect(tooLong.statusCode).toBe(400);
    });

    it('reminds those signed up once before a session, never twice', async () => {
      const next = detail.sessions[2]!;
      const clock = { now: () => new Date(new Date(next.startsAt).getTime() - 3 * 3_600_000) };
      expect(await runArenaReminders(t.database.db, clock, t.config)).toBeGreaterThanOrEqual(1);
      expect(await runArenaReminders(t.database.db, clock, t.config)).toBe(0);
      const reminders = (await notificationsOf(t, gp.userId)).filter((n) => n.event === 'arena_update' && n.title_nb.startsWith('Påminnelse') && n.link.includes(arenaId));
      expect(reminders).toHaveLength(1);
      const row = await t.database.db.selectFrom('arena_session').where('id', '=', next.id).select('reminded_at').executeTakeFirstOrThrow();
      expect(row.reminded_at).not.toBeNull();
    });

    it('tells everyone signed up when a session is cancelled; its .ics says CANCELLED', async () => {
      const session = detail.sessions[3]!;
      const noReason = await organiser.request({ method: 'POST', url: `/api/arena-sessions/${session.id}/cancel`, payload: { reason: ' ' } });
      expect(noReason.json().code).toBe('ARENA_REASON_MISSING');
      const res = await organiser.request({ method: 'POST', url: `/api/arena-sessions/${session.id}/cancel`, payload: { reason: 'Sykdom' } });
      expect(res.statusCode, res.body).toBe(200);
      expect((await notificationsOf(t, gp3.userId)).some((n) => n.title_nb.startsWith('Samling avlyst'))).toBe(true);
      const ics = await gp.request({ method: 'GET', url: `/api/arena-sessions/${session.id}/calendar.ics` });
      expect(ics.body).toContain('METHOD:CANCEL');
      expect(ics.body).toContain('STATUS:CANCELLED');
    });

    it('cancels the whole series, tells everyone, and refuses changes afterwards', async () => {
      const res = await organiser.request({ method: 'POST', url: `/api/arenas/${arenaId}/cancel`, payload: { reason: 'For få deltakere' } });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as Detail).sessions.filter((s) => s.status === 'planned')).toEqual([]);
      for (const client of [gp, gp3, gp4, municipalPhysician]) expect((await notificationsOf(t, client.userId)).some((n) => n.title_nb.startsWith('Avlyst'))).toBe(true);
      const after = await signUp(gp2);
      expect(after.statusCode).toBe(409);
      expect(after.json().code).toBe('ARENA_CANCELLED');
    });
  });
});
