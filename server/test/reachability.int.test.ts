import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLocal, wallClock } from '../src/modules/reachability/domain/time.js';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface CallbackView {
  id: string;
  caseId: string;
  status: string;
  county: string | null;
  urgency: string;
  reason: string;
  claimedBy: { userId: string; name: string } | null;
  outcome: string | null;
  noAnswerCount: number;
  history: { status: string; at: string; by: string | null }[];
  citizen: { id: string; name: string | null };
}

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** This week's day (1 = Monday) at a local hour, as the demo rota was made for the current week. */
function thisWeek(weekday: number, hour: number): string {
  const today = wallClock(new Date());
  const date = new Date(Date.UTC(today.year, today.month, today.day - (today.weekday - 1) + (weekday - 1)));
  return atLocal(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour * 60).toISOString();
}

// The "at once" tests race real connections on PostgreSQL; PGlite's one connection serialises them,
// which must give the same answers.
describe.each(DB_KINDS)('reachability: contacts, advisory physicians, rota, call-backs and checklists (%s)', (db) => {
  let t: TestApp;
  let gp: TestClient;
  let otherGp: TestClient;
  let adviser: TestClient;
  let physician: TestClient;
  let coordinator: TestClient;
  let agderPhysician: TestClient;
  let admin: TestClient;
  let patient: TestClient;
  let caseId: string;
  let otherCaseId: string;

  const request = (input: Record<string, unknown> = {}) => ({
    reason: 'Usikker på om gradert sykmelding er riktig videre; ønsker råd.',
    urgency: 'within_2_days',
    preferredTimes: [{ from: inHours(1), to: inHours(3) }],
    phone: '+47 912 34 567',
    ...input,
  });
  const create = (client: TestClient, id: string, payload: Record<string, unknown>, key?: string) =>
    client.request({ method: 'POST', url: `/api/cases/${id}/callback-requests`, payload, headers: key ? { 'idempotency-key': key } : {} });
  const act = (client: TestClient, id: string, action: string, payload?: Record<string, unknown>) =>
    client.request({ method: 'POST', url: `/api/callback-requests/${id}/${action}`, ...(payload ? { payload } : {}) });
  const queueOf = async (client: TestClient) => (await client.request({ method: 'GET', url: '/api/callback-requests/queue' })).json() as { items: (CallbackView & { callableFrom: string })[]; youAreOnCall: boolean; onCall: unknown[]; area: { county: string | null } };
  const auditRows = (objectType: string, objectId?: string) => {
    let q = t.database.db.selectFrom('audit_log').where('object_type', '=', objectType).select(['action', 'outcome', 'actor_user_id', 'citizen_id', 'subject_set_id', 'purpose']);
    if (objectId) q = q.where('object_id', '=', objectId);
    return q.execute();
  };

  beforeAll(async () => {
    t = await startTestApp({ db });
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    physician = await t.signIn('advisory_physician');
    coordinator = await t.signIn('coordinating_physician');
    admin = await t.signIn('admin');
    patient = await t.signIn('patient', 'Sykmeldt');
    const mine = (await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string }[];
    caseId = mine[0]!.caseId;
    const theirs = (await otherGp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string }[];
    otherCaseId = theirs[0]!.caseId;
    // A physician serving another county, as a demo user of our own.
    const agder = await t.database.db
      .selectFrom('advisory_physician_profile as pr')
      .innerJoin('position as pos', 'pos.person_id', 'pr.person_id')
      .where('pr.county', '=', 'Agder')
      .where('pos.role', '=', 'advisory_physician')
      .select(['pr.person_id', 'pos.organisation_id'])
      .executeTakeFirstOrThrow();
    const { id } = await t.database.db
      .insertInto('app_user')
      .values({ role: 'advisory_physician', person_id: agder.person_id, organisation_id: agder.organisation_id, is_demo: true, description: 'Rådgivende lege i Agder (test)' })
      .returning('id')
      .executeTakeFirstOrThrow();
    agderPhysician = await signInAs(t.request, id);
  });
  afterAll(() => t?.close());

  describe('contacts', () => {
    it('shows the GP on a case the named NAV contact, the escalation contact, the NAV office and the clinicians’ line', async () => {
      const response = await gp.request({ method: 'GET', url: `/api/cases/${caseId}/contacts` });
      expect(response.statusCode).toBe(200);
      const contacts = response.json();
      expect(contacts.navOffice).toMatchObject({ name: 'NAV Larvik', openNow: expect.any(Boolean) });
      expect(contacts.navContacts).toHaveLength(1);
      expect(contacts.navContacts[0]).toMatchObject({ name: expect.any(String), title: 'Veileder sykefraværsoppfølging', organisationName: 'NAV Larvik', phone: expect.any(String) });
      expect(contacts.escalationContacts[0]).toMatchObject({ title: 'Avdelingsleder' });
      expect(contacts.callbackContacts[0]).toMatchObject({ title: 'Rådgivende lege' });
      expect(contacts.clinicianLine).toMatchObject({ phone: '23 45 67 89', openingHours: expect.arrayContaining([{ weekday: 1, opens: '09:00', closes: '15:00' }]) });
      expect(contacts.clinicianLine.openNow || contacts.clinicianLine.nextOpensAt !== null).toBe(true);
      const audit = await auditRows('case_contacts', caseId);
      expect(audit).toContainEqual(expect.objectContaining({ action: 'read', outcome: 'allowed', actor_user_id: gp.userId, purpose: 'health_care' }));
    });

    it('gives the NAV adviser the same contacts on the case, and refuses a GP without a relationship (audited)', async () => {
      expect((await adviser.request({ method: 'GET', url: `/api/cases/${caseId}/contacts` })).statusCode).toBe(200);
      const denied = await otherGp.request({ method: 'GET', url: `/api/cases/${caseId}/contacts` });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
      expect(await auditRows('case_contacts')).toContainEqual(expect.objectContaining({ outcome: 'denied', actor_user_id: otherGp.userId }));
      expect((await gp.request({ method: 'GET', url: '/api/cases/00000000-0000-4000-8000-000000000000/contacts' })).json().code).toBe('CASE_NOT_FOUND');
    });

    it('gives the contacts of the signed-in GP’s office, or of the office asked for', async () => {
      const own = await gp.request({ method: 'GET', url: '/api/reachability/contacts' });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ gpOffice: { id: gp.me.organisation!.id }, navOffice: { name: 'NAV Larvik' } });
      const kristiansand = await adviser.request({ method: 'GET', url: `/api/reachability/contacts?gpOfficeId=${otherGp.me.organisation!.id}` });
      expect(kristiansand.json().navOffice.name).toBe('NAV Kristiansand');
      expect((await adviser.request({ method: 'GET', url: '/api/reachability/contacts' })).json().code).toBe('VALIDATION_FAILED');
      expect((await adviser.request({ method: 'GET', url: `/api/reachability/contacts?gpOfficeId=${adviser.me.organisation!.id}` })).json().code).toBe('ORGANISATION_NOT_FOUND');
      expect((await patient.request({ method: 'GET', url: '/api/reachability/contacts' })).json().code).toBe('ACCESS_DENIED_ROLE');
    });
  });

  describe('advisory physicians and the on-call rota', () => {
    it('lists the advisory physicians with county and specialties, filtered by either', async () => {
      const all = (await gp.request({ method: 'GET', url: '/api/advisory-physicians' })).json();
      expect(all.counties).toEqual(['Agder', 'Akershus', 'Innlandet', 'Vestfold']);
      expect(all.items).toHaveLength(12);
      expect(all.items[0]).toMatchObject({ county: 'Agder', specialties: expect.arrayContaining([expect.objectContaining({ code: expect.any(String), label: expect.any(String) })]), navOffices: [{ name: 'NAV Kristiansand' }] });
      const vestfold = (await gp.request({ method: 'GET', url: '/api/advisory-physicians?county=Vestfold' })).json();
      expect(vestfold.items.map((p: { county: string }) => p.county)).toEqual(['Vestfold', 'Vestfold', 'Vestfold']);
      const psychiatry = (await adviser.request({ method: 'GET', url: '/api/advisory-physicians?specialty=psychiatry' })).json();
      expect(psychiatry.items.length).toBeGreaterThan(0);
      for (const p of psychiatry.items) expect(p.specialties.map((s: { code: string }) => s.code)).toContain('psychiatry');
      expect((await gp.request({ method: 'GET', url: '/api/advisory-physicians?specialty=astrology' })).statusCode).toBe(400);
      expect((await patient.request({ method: 'GET', url: '/api/advisory-physicians' })).json().code).toBe('ACCESS_DENIED_ROLE');
    });

    it('knows who is on call, including evenings and weekends outside 09–15', async () => {
      const onCall = async (at: string) => (await gp.request({ method: 'GET', url: `/api/advisory-physicians/on-call?at=${encodeURIComponent(at)}` })).json() as { county: string; name: string }[];
      const evening = await onCall(thisWeek(3, 17));
      expect(evening.map((p) => p.county).sort()).toEqual(['Agder', 'Akershus', 'Innlandet', 'Vestfold']);
      const morning = await onCall(thisWeek(3, 9));
      expect(morning).toHaveLength(4);
      expect(new Set([...morning, ...evening].map((p) => p.name)).size).toBe(8);
      expect(await onCall(thisWeek(6, 12))).toHaveLength(4);
      expect(await onCall(thisWeek(6, 22))).toEqual([]);
      expect((await gp.request({ method: 'GET', url: '/api/advisory-physicians/on-call?at=tomorrow' })).statusCode).toBe(400);
    });

    it('lets an administrator add and remove shifts, with specific codes for bad ones (audited)', async () => {
      const { personId } = (await physician.request({ method: 'GET', url: '/api/me' })).json() as { personId: string };
      const start = thisWeek(1, 20);
      const base = new Date(Date.parse(start) + 21 * 24 * HOUR); // three weeks on: no demo shifts
      const at = (hours: number) => new Date(base.getTime() + hours * HOUR).toISOString();
      const post = (client: TestClient, payload: Record<string, unknown>) => client.request({ method: 'POST', url: '/api/on-call/shifts', payload });

      const created = await post(admin, { personId, startsAt: at(0), endsAt: at(3), note: 'Kveldsvakt' });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect((await post(admin, { personId, startsAt: at(2), endsAt: at(5) })).json()).toMatchObject({ code: 'SHIFT_OVERLAPS', details: { shiftId: id } });
      expect((await post(admin, { personId, startsAt: at(3), endsAt: at(6) })).statusCode).toBe(201);
      expect((await post(admin, { personId, startsAt: at(10), endsAt: at(9) })).json().code).toBe('SHIFT_END_BEFORE_START');
      expect((await post(admin, { personId, startsAt: at(30), endsAt: at(55) })).json().code).toBe('SHIFT_TOO_LONG');
      expect((await post(admin, { personId: '00000000-0000-4000-8000-000000000000', startsAt: at(30), endsAt: at(31) })).json().code).toBe('PHYSICIAN_NOT_FOUND');
      expect((await post(gp, { personId, startsAt: at(30), endsAt: at(31) })).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await post(physician, { personId, startsAt: at(30), endsAt: at(31) })).json().code).toBe('ACCESS_DENIED_ROLE');

      const week = (await admin.request({ method: 'GET', url: `/api/on-call/shifts?from=${encodeURIComponent(at(-1))}&to=${encodeURIComponent(at(24))}` })).json();
      expect(week.map((s: { id: string }) => s.id)).toContain(id);
      expect((await physician.request({ method: 'GET', url: `/api/on-call/shifts?from=${encodeURIComponent(at(-1))}&to=${encodeURIComponent(at(24))}` })).statusCode).toBe(200);
      expect((await gp.request({ method: 'GET', url: `/api/on-call/shifts?from=${encodeURIComponent(at(-1))}&to=${encodeURIComponent(at(24))}` })).statusCode).toBe(403);

      expect((await admin.request({ method: 'DELETE', url: `/api/on-call/shifts/${id}` })).statusCode).toBe(204);
      expect((await admin.request({ method: 'DELETE', url: `/api/on-call/shifts/${id}` })).json().code).toBe('SHIFT_NOT_FOUND');
      expect((await auditRows('on_call_shift', id)).map((r) => r.action)).toEqual(['create', 'delete']);
    });

    it('lets the coordinating physician keep the rota of their own county only', async () => {
      const profiles = await t.database.db.selectFrom('advisory_physician_profile').select(['person_id', 'county']).execute();
      const vestfold = profiles.find((p) => p.county === 'Vestfold' && p.person_id !== coordinator.me.personId)!;
      const agder = profiles.find((p) => p.county === 'Agder')!;
      const startsAt = new Date(Date.parse(thisWeek(1, 21)) + 28 * 24 * HOUR).toISOString();
      const endsAt = new Date(Date.parse(startsAt) + 2 * HOUR).toISOString();
      expect((await coordinator.request({ method: 'POST', url: '/api/on-call/shifts', payload: { personId: vestfold.person_id, startsAt, endsAt } })).statusCode).toBe(201);
      const refused = await coordinator.request({ method: 'POST', url: '/api/on-call/shifts', payload: { personId: agder.person_id, startsAt, endsAt } });
      expect(refused.json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    });

    it('refuses one of two overlapping shifts written at the same moment', async () => {
      const personId = physician.me.personId;
      const startsAt = new Date(Date.parse(thisWeek(1, 6)) + 35 * 24 * HOUR);
      const payload = (offsetHours: number) => ({ personId, startsAt: new Date(startsAt.getTime() + offsetHours * HOUR).toISOString(), endsAt: new Date(startsAt.getTime() + (offsetHours + 4) * HOUR).toISOString() });
      const results = await Promise.all([0, 1, 2].map((o) => admin.request({ method: 'POST', url: '/api/on-call/shifts', payload: payload(o) })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    });
  });

  describe('call-back requests', () => {
    it('refuses bad requests with their own codes and stores nothing', async () => {
      const cases: [Record<string, unknown>, number, string][] = [
        [{ phone: '123' }, 400, 'PHONE_INVALID'],
        [{ phone: '01234567' }, 400, 'PHONE_INVALID'],
        [{ preferredTimes: [{ from: inHours(-3), to: inHours(-2) }] }, 400, 'PREFERRED_TIME_INVALID'],
        [{ preferredTimes: [{ from: inHours(3), to: inHours(2) }] }, 400, 'PREFERRED_TIME_INVALID'],
        [{ preferredTimes: Array.from({ length: 6 }, (_, i) => ({ from: inHours(i + 1), to: inHours(i + 2) })) }, 400, 'VALIDATION_FAILED'],
        [{ reason: 'x'.repeat(2001) }, 400, 'VALIDATION_FAILED'],
        [{ reason: '   ' }, 400, 'VALIDATION_FAILED'],
        [{ urgency: 'yesterday' }, 400, 'VALIDATION_FAILED'],
        [{ reason: undefined }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [over, status, code] of cases) {
        const response = await create(gp, caseId, request(over));
        expect(response.statusCode, JSON.stringify(over).slice(0, 80)).toBe(status);
        expect(response.json().code).toBe(code);
      }
      expect((await create(gp, caseId, request(), 'x'.repeat(201))).statusCode).toBe(400);
      expect((await create(adviser, caseId, request())).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await create(physician, caseId, request())).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await create(otherGp, caseId, request())).json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
      expect((await create(gp, '00000000-0000-4000-8000-000000000000', request())).json().code).toBe('CASE_NOT_FOUND');
      expect(await t.database.db.selectFrom('callback_request').select('id').execute()).toEqual([]);
    });

    it('creates a request once per Idempotency-Key, in the area of the case’s NAV office, and audits it', async () => {
      const first = await create(gp, caseId, request(), 'key-1');
      expect(first.statusCode).toBe(201);
      const body = first.json() as CallbackView;
      expect(body).toMatchObject({ caseId, status: 'requested', county: 'Vestfold', urgency: 'within_2_days', phone: '91234567', history: [{ status: 'requested' }] });
      const again = await create(gp, caseId, request({ reason: 'Sendt på nytt' }), 'key-1');
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(body);
      // Another user's identical key is their own.
      expect((await create(otherGp, otherCaseId, request(), 'key-1')).statusCode).toBe(201);
      expect(await t.database.db.selectFrom('callback_request').where('requested_by', '=', gp.userId).select('id').execute()).toHaveLength(1);
      expect(await auditRows('callback_request', body.id)).toContainEqual(expect.objectContaining({ action: 'create', purpose: 'health_care', actor_user_id: gp.userId }));
    });

    it('makes one request when the same key arrives twice at once', async () => {
      const results = await Promise.all([create(gp, caseId, request(), 'key-parallel'), create(gp, caseId, request(), 'key-parallel')]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
      expect(results[0]!.json().id).toBe(results[1]!.json().id);
      await act(gp, results[0]!.json().id, 'cancel');
    });

    it('shows the GP their own requests and those on the case; another GP gets 403', async () => {
      const mine = (await gp.request({ method: 'GET', url: '/api/callback-requests/mine' })).json() as CallbackView[];
      expect(mine.some((r) => r.caseId === caseId)).toBe(true);
      expect(mine.every((r) => r.caseId !== otherCaseId)).toBe(true);
      const onCase = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}/callback-requests` })).json() as CallbackView[];
      expect(onCase[0]).toMatchObject({ caseId, citizen: { name: expect.any(String) } });
      const id = onCase[0]!.id;
      expect((await gp.request({ method: 'GET', url: `/api/callback-requests/${id}` })).statusCode).toBe(200);
      const other = await otherGp.request({ method: 'GET', url: `/api/callback-requests/${id}` });
      expect(other.statusCode).toBe(403);
      expect((await otherGp.request({ method: 'GET', url: `/api/cases/${caseId}/callback-requests` })).statusCode).toBe(403);
      expect((await otherGp.request({ method: 'POST', url: `/api/callback-requests/${id}/cancel` })).statusCode).toBe(403);
      expect((await physician.request({ method: 'GET', url: '/api/callback-requests/mine' })).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await gp.request({ method: 'GET', url: '/api/callback-requests/00000000-0000-4000-8000-000000000000' })).json().code).toBe('CALLBACK_NOT_FOUND');
      expect(await auditRows('callback_request', id)).toContainEqual(expect.objectContaining({ action: 'read', outcome: 'allowed', actor_user_id: gp.userId }));
      expect((await auditRows('callback_request')).some((r) => r.action === 'list' && r.actor_user_id === gp.userId && r.subject_set_id !== null)).toBe(true);
    });

    it('puts requests in the queue of the physicians serving the area, most urgent first, marking who is on call', async () => {
      const urgent = (await create(gp, caseId, request({ urgency: 'today', preferredTimes: [] }))).json() as CallbackView;
      const queue = await queueOf(physician);
      expect(queue.area.county).toBe('Vestfold');
      expect(queue.items[0]!.id).toBe(urgent.id);
      expect(queue.items.map((i) => i.urgency)).toEqual([...queue.items.map((i) => i.urgency)].sort((a, b) => ['today', 'within_2_days', 'within_week'].indexOf(a) - ['today', 'within_2_days', 'within_week'].indexOf(b)));
      expect(queue.items.every((i) => i.county === 'Vestfold')).toBe(true);
      expect(typeof queue.youAreOnCall).toBe('boolean');
      const agder = await queueOf(agderPhysician);
      expect(agder.items.some((i) => i.id === urgent.id)).toBe(false);
      expect(agder.items.some((i) => i.caseId === otherCaseId)).toBe(true);
      expect((await gp.request({ method: 'GET', url: '/api/callback-requests/queue' })).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await auditRows('callback_request')).some((r) => r.action === 'list' && r.actor_user_id === physician.userId && r.purpose === 'sick_leave_follow_up')).toBe(true);
    });

    it('goes requested → claimed → no answer → claimed → called back, refusing what does not fit, and tells the GP each time', async () => {
      const { id } = (await create(gp, caseId, request({ urgency: 'today' }))).json() as CallbackView;
      const notificationsBefore = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('event', '=', 'callback_update').select('id').execute();

      expect((await act(gp, id, 'claim')).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await act(agderPhysician, id, 'claim')).json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
      expect((await act(physician, id, 'complete', { outcome: 'Snakket med fastlegen' })).json().code).toBe('CALLBACK_STATE_INVALID');
      const claimed = await act(physician, id, 'claim');
      expect(claimed.statusCode).toBe(200);
      expect(claimed.json()).toMatchObject({ status: 'claimed', claimedBy: { userId: physician.userId } });
      expect((await act(physician, id, 'claim')).statusCode).toBe(200);
      const taken = await act(coordinator, id, 'claim');
      expect(taken.statusCode).toBe(409);
      expect(taken.json().code).toBe('CALLBACK_ALREADY_CLAIMED');
      expect((await act(coordinator, id, 'complete', { outcome: 'x' })).json().code).toBe('CALLBACK_NOT_YOURS');

      const noAnswer = (await act(physician, id, 'no-answer')).json() as CallbackView;
      expect(noAnswer).toMatchObject({ status: 'no_answer', claimedBy: null, noAnswerCount: 1 });
      expect((await queueOf(coordinator)).items.some((i) => i.id === id)).toBe(true);
      expect((await act(coordinator, id, 'claim')).json().status).toBe('claimed');
      expect((await act(coordinator, id, 'complete', { outcome: '   ' })).statusCode).toBe(400);
      const done = (await act(coordinator, id, 'complete', { outcome: 'Drøftet gradering; fastlegen sender ny sykmelding.' })).json() as CallbackView;
      expect(done).toMatchObject({ status: 'called_back', outcome: 'Drøftet gradering; fastlegen sender ny sykmelding.' });
      expect(done.history.map((h) => h.status)).toEqual(['requested', 'claimed', 'no_answer', 'claimed', 'called_back']);
      expect((await act(coordinator, id, 'complete', { outcome: 'igjen' })).json().code).toBe('CALLBACK_STATE_INVALID');
      expect((await act(gp, id, 'cancel')).json().code).toBe('CALLBACK_STATE_INVALID');
      expect((await queueOf(physician)).items.some((i) => i.id === id)).toBe(false);

      const seen = (await gp.request({ method: 'GET', url: `/api/callback-requests/${id}` })).json() as CallbackView;
      expect(seen.status).toBe('called_back');
      const notes = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('event', '=', 'callback_update').select(['title_nb', 'body_nb', 'link']).execute();
      expect(notes.length - notificationsBefore.length).toBe(4);
      for (const note of notes) {
        expect(note.link).toBe(`/saker/${caseId}`);
        expect(`${note.title_nb} ${note.body_nb}`).not.toContain('gradering');
      }
      const updates = await auditRows('callback_request', id);
      expect(updates.filter((r) => r.action === 'update')).toHaveLength(4);
    });

    it('lets the GP who asked cancel, and nobody else', async () => {
      const { id } = (await create(gp, caseId, request({ urgency: 'within_week' }))).json() as CallbackView;
      expect((await act(physician, id, 'claim')).statusCode).toBe(200);
      expect((await act(physician, id, 'cancel')).json().code).toBe('ACCESS_DENIED_ROLE');
      const cancelled = await act(gp, id, 'cancel');
      expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
      const told = await t.database.db.selectFrom('notification').where('user_id', '=', physician.userId).where('event', '=', 'callback_update').where('link', '=', '/ringeliste').select('id').execute();
      expect(told.length).toBeGreaterThan(0);
      expect((await act(physician, id, 'no-answer')).json().code).toBe('CALLBACK_STATE_INVALID');
    });

    it('lets exactly one of two physicians claiming at once win', async () => {
      for (let round = 0; round < 5; round++) {
        const { id } = (await create(gp, caseId, request({ urgency: 'today' }))).json() as CallbackView;
        const results = await Promise.all([act(physician, id, 'claim'), act(coordinator, id, 'claim')]);
        expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const loser = results.find((r) => r.statusCode === 409)!;
        expect(loser.json().code).toBe('CALLBACK_ALREADY_CLAIMED');
        const events = await t.database.db.selectFrom('callback_request_event').where('request_id', '=', id).where('status', '=', 'claimed').select('id').execute();
        expect(events).toHaveLength(1);
        const winner = results.find((r) => r.statusCode === 200)!.json() as CallbackView;
        const stored = await t.database.db.selectFrom('callback_request').where('id', '=', id).select('claimed_by').executeTakeFirstOrThrow();
        expect(stored.claimed_by).toBe(winner.claimedBy!.userId);
      }
    });
  });

  describe('checklists', () => {
    it('shows the current version of a checklist to staff', async () => {
      const nav = await adviser.request({ method: 'GET', url: '/api/checklists/nav_request_to_gp' });
      expect(nav.statusCode).toBe(200);
      expect(nav.json()).toMatchObject({ key: 'nav_request_to_gp', audience: 'nav', version: 1 });
      expect(nav.json().items[0].nb).toContain('Send spissede spørsmål til fastlegen');
      expect(nav.json().items.some((i: { nb: string }) => i.nb.includes('(L40 eller L8)'))).toBe(true);
      const gpList = (await gp.request({ method: 'GET', url: '/api/checklists/gp_answer_to_nav' })).json();
      expect(gpList.items[0].nb).toContain('Svar konkret på spissede spørsmål');
      expect((await gp.request({ method: 'GET', url: '/api/checklists' })).json().map((c: { key: string }) => c.key)).toEqual(['gp_answer_to_nav', 'gp_sick_note', 'nav_request_to_gp']);
      expect((await gp.request({ method: 'GET', url: '/api/checklists/unknown_key' })).json().code).toBe('CHECKLIST_NOT_FOUND');
      expect((await gp.request({ method: 'GET', url: '/api/checklists/Bad-Key!' })).statusCode).toBe(400);
      expect((await patient.request({ method: 'GET', url: '/api/checklists/gp_sick_note' })).json().code).toBe('ACCESS_DENIED_ROLE');
    });

    it('lets an administrator add versions, keeps the old ones, and shows the newest published', async () => {
      const post = (client: TestClient, payload: Record<string, unknown>, key = 'gp_sick_note') => client.request({ method: 'POST', url: `/api/checklists/${key}/versions`, payload });
      const v2 = await post(admin, { items: [{ nb: ' Beskriv funksjon ', en: ' Describe function ' }, { nb: '', en: '' }] });
      expect(v2.statusCode).toBe(201);
      expect(v2.json()).toMatchObject({ version: 2, published: true });
      expect((await post(admin, { items: [{ nb: 'Utkast', en: 'Draft' }], published: false })).json().version).toBe(3);
      const current = (await gp.request({ method: 'GET', url: '/api/checklists/gp_sick_note' })).json();
      expect(current).toMatchObject({ version: 2, items: [{ nb: 'Beskriv funksjon', en: 'Describe function' }] });
      const versions = (await admin.request({ method: 'GET', url: '/api/checklists/gp_sick_note/versions' })).json();
      expect(versions.map((v: { version: number; published: boolean }) => [v.version, v.published])).toEqual([[3, false], [2, true], [1, true]]);
      expect(versions[2].items.length).toBeGreaterThan(3);
      expect(versions[0].createdBy).toEqual(expect.any(String));

      expect((await post(admin, { items: [] })).json().code).toBe('CHECKLIST_EMPTY');
      expect((await post(admin, { items: [{ nb: 'Bare norsk', en: ' ' }] })).json().code).toBe('CHECKLIST_EMPTY');
      expect((await post(admin, { items: [{ nb: 'x'.repeat(501), en: 'y' }] })).json().code).toBe('CHECKLIST_TOO_LONG');
      expect((await post(admin, { items: Array.from({ length: 31 }, () => ({ nb: 'a', en: 'b' })) })).json().code).toBe('CHECKLIST_TOO_LONG');
      expect((await post(admin, { items: [{ nb: 'a', en: 'b', extra: 1 }] })).statusCode).toBe(400);
      expect((await post(admin, { items: [{ nb: 'a', en: 'b' }] }, 'unknown_key')).json().code).toBe('CHECKLIST_NOT_FOUND');
      expect((await post(gp, { items: [{ nb: 'a', en: 'b' }] })).json().code).toBe('ACCESS_DENIED_ROLE');
      expect((await gp.request({ method: 'GET', url: '/api/checklists/gp_sick_note/versions' })).json().code).toBe('ACCESS_DENIED_ROLE');
      expect(await auditRows('checklist_version', 'gp_sick_note/2')).toHaveLength(1);
    });

    it('never changes a stored version', async () => {
      await expect(sql`update checklist_version set published = false where checklist_key = 'gp_answer_to_nav'`.execute(t.database.db)).rejects.toThrow(/never changed/);
      await expect(sql`delete from checklist_version where checklist_key = 'gp_answer_to_nav'`.execute(t.database.db)).rejects.toThrow(/never changed/);
    });
  });
});
