import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateIn, notificationsOf, staffIn } from './arenas-support.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const LARVIK = '3805';

interface Plan {
  tableCount: number;
  seatsPerTable: number;
  tables: Array<{ number: number; people: Array<{ participantId: string; isGp: boolean; isNav: boolean; municipalityNumber: string | null }> }>;
  unseated: Array<{ participantId: string }>;
  warnings: Array<{ kind: string; table?: number; participantId?: string }>;
  mixedTables: number;
}

const programme = [
  { kind: 'talk', title: 'Sykmelding og aktivitetskrav', minutes: 60, by: 'Rådgivende lege' },
  { kind: 'questions', title: 'Spørsmål', minutes: 30 },
  { kind: 'other', title: 'Gruppearbeid ved bordene', minutes: 90 },
];

describe.each(DB_KINDS)('courses (%s)', (db) => {
  let t: TestApp;
  let organiser: TestClient;
  let gp: TestClient;
  let adviser: TestClient;
  let gpA: TestClient;
  let gpB: TestClient;
  let navA: TestClient;
  let navB: TestClient;
  let courseId: string;

  const course = (extra: object = {}) => ({
    title: 'Sykefraværskurs for fastleger og NAV (test)',
    municipalityNumbers: [LARVIK],
    location: 'Hotell ved Mjøsa',
    capacity: 4,
    days: [
      { date: dateIn(40), startTime: '09:00', endTime: '16:00', programme },
      { date: dateIn(41), startTime: '08:30', endTime: '14:00', programme: programme.slice(0, 2) },
    ],
    overnightStay: true,
    accommodation: 'Enkeltrom',
    coursePoints: 12,
    approval: { status: 'approved', by: 'Legeforeningen' },
    ...extra,
  });
  const signUp = (client: TestClient, id = courseId) => client.request({ method: 'POST', url: `/api/arenas/${id}/signup`, payload: {} });
  const create = async (extra: object = {}) => {
    const res = await organiser.request({ method: 'POST', url: '/api/arenas/courses', payload: course(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; sessions: Array<{ id: string; agenda: Array<{ by?: string }> }>; course: Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    organiser = await t.signIn('coordinating_physician');
    gp = await t.signIn('gp', '80 %');
    adviser = await t.signIn('nav_adviser', 'Veileder for sykefraværsoppfølging');
    gpA = await staffIn(t, 'gp', LARVIK, 'Aas');
    gpB = await staffIn(t, 'gp', LARVIK, 'Bakke');
    navA = await staffIn(t, 'nav_adviser', LARVIK, 'Aune');
    navB = await staffIn(t, 'nav_manager', LARVIK, 'Bø');
  });
  afterAll(async () => t?.close());

  it('creates a two-day course with programme, speakers, overnight stay, approval and course points', async () => {
    const created = await create();
    courseId = created.id;
    expect(created.sessions).toHaveLength(2);
    expect(created.sessions[0]!.agenda[0]!.by).toBe('Rådgivende lege');
    expect(created.course).toMatchObject({ overnightStay: true, coursePoints: 12, approval: { status: 'approved', by: 'Legeforeningen' }, gpPriority: true, allocation: 'first_come' });
  });

  it.each([
    [{ days: [{ date: '2030-02-30', startTime: '09:00', endTime: '16:00' }] }, 'ARENA_SESSION_TIME_INVALID'],
    [{ days: [{ date: '2030-03-04', startTime: '16:00', endTime: '09:00' }] }, 'ARENA_SESSION_TIME_INVALID'],
    [{ days: [] }, 'ARENA_SESSIONS_MISSING'],
    [{ municipalityNumbers: [] }, 'ARENA_AREA_INVALID'],
  ])('refuses a bad course %#: %s', async (change, code) => {
    const res = await organiser.request({ method: 'POST', url: '/api/arenas/courses', payload: course(change) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe(code);
  });

  it('refuses a programme longer than the day', async () => {
    const res = await organiser.request({ method: 'POST', url: '/api/arenas/courses', payload: course({ days: [{ date: dateIn(40), startTime: '09:00', endTime: '10:00', programme }] }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ARENA_AGENDA_TOO_LONG');
  });

  it('takes GPs and NAV staff; GPs go ahead of NAV staff on the waiting list', async () => {
    for (const client of [adviser, navA, gp]) expect((await signUp(client)).json().status).toBe('signed_up');
    expect((await signUp(gpA)).json().status).toBe('signed_up');
    const nav = (await signUp(navB)).json();
    expect(nav).toMatchObject({ status: 'waiting', waitingPlace: 1, notice: { code: 'ARENA_FULL_WAITING_LIST' } });
    const later = (await signUp(gpB)).json();
    expect(later).toMatchObject({ status: 'waiting', waitingPlace: 1 });
    // A seat frees: the GP who came later gets it before the NAV manager.
    expect((await navA.request({ method: 'DELETE', url: `/api/arenas/${courseId}/signup` })).statusCode).toBe(200);
    const participants = (await organiser.request({ method: 'GET', url: `/api/arenas/${courseId}/participants` })).json() as Array<{ userId: string; status: string; waitingPlace: number | null }>;
    expect(participants.find((p) => p.userId === gpB.userId)?.status).toBe('signed_up');
    expect(participants.find((p) => p.userId === navB.userId)).toMatchObject({ status: 'waiting', waitingPlace: 1 });
  });

  it('refuses a table plan with more people than seats', async () => {
    const res = await organiser.request({ method: 'POST', url: `/api/arenas/${courseId}/table-plan`, payload: { tableCount: 1, seatsPerTable: 3 } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ARENA_TABLE_PLAN_OVER_CAPACITY', details: { people: 4, seats: 3 } });
    expect(await t.database.db.selectFrom('arena_table_plan').where('arena_id', '=', courseId).select('arena_id').execute()).toEqual([]);
  });

  it('computes a plan that mixes GPs and NAV staff at every table, then moves a person by hand with warnings', async () => {
    const res = await organiser.request({ method: 'POST', url: `/api/arenas/${courseId}/table-plan`, payload: { tableCount: 3, seatsPerTable: 2 } });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as Plan;
    const used = plan.tables.filter((tbl) => tbl.people.length > 0);
    expect(used).toHaveLength(2);
    expect(plan.mixedTables).toBe(1); // one NAV person signed up (the adviser): only one table can mix
    expect(plan.tables).toHaveLength(3);
    expect(plan.unseated).toEqual([]);
    const seated = plan.tables.flatMap((tbl) => tbl.people.map((p) => p.participantId));
    expect(new Set(seated).size).toBe(4);

    const full = used[1]!.number;
    const someone = used[0]!.people[0]!.participantId;
    const refused = await organiser.request({ method: 'POST', url: `/api/arenas/${courseId}/table-plan/moves`, payload: { participantId: someone, tableNumber: full } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ARENA_TABLE_FULL');

    const navSeat = plan.tables.find((tbl) => tbl.people.some((p) => p.isNav))!;
    const gpAtNavTable = navSeat.people.find((p) => p.isGp)!;
    const moved = await organiser.request({ method: 'POST', url: `/api/arenas/${courseId}/table-plan/moves`, payload: { participantId: gpAtNavTable.participantId, tableNumber: 3 } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.json() as Plan).warnings).toContainEqual({ kind: 'table_without_gp', table: navSeat.number });

    const waitingNav = ((await organiser.request({ method: 'GET', url: `/api/arenas/${courseId}/participants` })).json() as Array<{ id: string; userId: string }>).find((p) => p.userId === navB.userId)!;
    const notSigned = await organiser.request({ method: 'POST', url: `/api/arenas/${courseId}/table-plan/moves`, payload: { participantId: waitingNav.id, tableNumber: 1 } });
    expect(notSigned.statusCode).toBe(422);
    expect(notSigned.json().code).toBe('ARENA_NOT_SIGNED_UP');
  });

  it('shows a new participant as unseated and drops the seat of one who cancels', async () => {
    expect((await gp.request({ method: 'DELETE', url: `/api/arenas/${courseId}/signup` })).statusCode).toBe(200);
    const plan = (await organiser.request({ method: 'GET', url: `/api/arenas/${courseId}/table-plan` })).json() as Plan;
    // The NAV manager moved up from the waiting list into the freed seat and is not seated yet.
    expect(plan.unseated).toHaveLength(1);
    expect(plan.warnings.some((w) => w.kind === 'unseated')).toBe(true);
    expect(plan.tables.flatMap((tbl) => tbl.people)).toHaveLength(3);
  });

  it('keeps the table plan to organisers and to courses', async () => {
    expect((await gpA.request({ method: 'GET', url: `/api/arenas/${courseId}/table-plan` })).statusCode).toBe(403);
    const series = await organiser.request({
      method: 'POST',
      url: '/api/arenas/series',
      payload: { title: 'Smågruppe', municipalityNumbers: [LARVIK], sessions: [{ startsAt: '2030-03-06T17:00:00Z', endsAt: '2030-03-06T18:30:00Z' }] },
    });
    const res = await organiser.request({ method: 'POST', url: `/api/arenas/${series.json().id}/table-plan`, payload: { tableCount: 2, seatsPerTable: 4 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ARENA_NOT_A_COURSE');
  });

  it('allocates seats at the deadline, GPs first', async () => {
    const allocated = await create({ capacity: 2, allocation: 'at_deadline', signupDeadline: new Date(Date.now() + 3_600_000).toISOString() });
    const nav = (await signUp(adviser, allocated.id)).json();
    expect(nav).toMatchObject({ status: 'waiting', notice: { code: 'ARENA_WAITING_FOR_ALLOCATION' } });
    await signUp(navA, allocated.id);
    await signUp(gpA, allocated.id);
    await signUp(gpB, allocated.id);
    const early = await organiser.request({ method: 'POST', url: `/api/arenas/${allocated.id}/allocate` });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ARENA_ALLOCATION_NOT_DUE');
    await organiser.request({ method: 'PUT', url: `/api/arenas/${allocated.id}`, payload: { signupDeadline: new Date(Date.now() - 60_000).toISOString() } });
    const res = await organiser.request({ method: 'POST', url: `/api/arenas/${allocated.id}/allocate` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ promoted: 2, waiting: 2 });
    const people = (await organiser.request({ method: 'GET', url: `/api/arenas/${allocated.id}/participants` })).json() as Array<{ userId: string; status: string; waitingPlace: number | null }>;
    expect(people.filter((p) => p.status === 'signed_up').map((p) => p.userId).sort()).toEqual([gpA.userId, gpB.userId].sort());
    expect(people.find((p) => p.userId === adviser.userId)).toMatchObject({ status: 'waiting', waitingPlace: 1 });
    expect((await notificationsOf(t, navA.userId)).some((n) => n.title_nb.startsWith('Plassene er fordelt'))).toBe(true);
  });

  describe('evaluation on the last day', () => {
    it('is not open before the last day', async () => {
      const res = await gpA.request({ method: 'PUT', url: `/api/arenas/${courseId}/evaluation`, payload: { values: { useful: 5, acquainted: 5, collaboration: 5 } } });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('ARENA_EVALUATION_NOT_OPEN');
    });

    it('takes answers on the last day and gives the organiser next year\'s topic list without names', async () => {
      const running = await create({ days: [{ date: dateIn(-1), startTime: '09:00', endTime: '16:00' }, { date: dateIn(0), startTime: '00:00', endTime: '23:00' }] });
      await signUp(gpA, running.id);
      await signUp(adviser, running.id);
      const form = (await gpA.request({ method: 'GET', url: `/api/arenas/${running.id}/evaluation` })).json();
      expect(form).toMatchObject({ open: true, canAnswer: true, answers: null, template: { key: 'arena-course-evaluation' } });
      const bad = await gpA.request({ method: 'PUT', url: `/api/arenas/${running.id}/evaluation`, payload: { values: { useful: 9 } } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('ARENA_EVALUATION_INVALID');
      const ok = await gpA.request({ method: 'PUT', url: `/api/arenas/${running.id}/evaluation`, payload: { values: { useful: 5, acquainted: 4, collaboration: 5, nextYearTopics: 'Graderte sykmeldinger\nArbeidsavklaringspenger' } } });
      expect(ok.statusCode, ok.body).toBe(200);
      await adviser.request({ method: 'PUT', url: `/api/arenas/${running.id}/evaluation`, payload: { values: { useful: 4, acquainted: 5, collaboration: 4, nextYearTopics: 'graderte sykmeldinger' } } });
      const outsider = await gpB.request({ method: 'PUT', url: `/api/arenas/${running.id}/evaluation`, payload: { values: { useful: 4, acquainted: 5, collaboration: 4 } } });
      expect(outsider.json().code).toBe('ARENA_NOT_SIGNED_UP');
      const summary = await organiser.request({ method: 'GET', url: `/api/arenas/${running.id}/evaluation/summary` });
      expect(summary.statusCode, summary.body).toBe(200);
      expect(summary.json()).toMatchObject({ answers: 2, participants: 2, averages: { useful: 4.5 }, nextYearTopics: [{ topic: 'Graderte sykmeldinger', count: 2 }, { topic: 'Arbeidsavklaringspenger', count: 1 }] });
      expect(summary.body).not.toContain(gpA.me.name);
      expect((await gpA.request({ method: 'GET', url: `/api/arenas/${running.id}/evaluation/summary` })).statusCode).toBe(403);
    });
  });

  it('lists open courses for a GP of the area and the organiser\'s own under "mine"', async () => {
    const open = (await gpB.request({ method: 'GET', url: '/api/arenas?scope=open&kind=course' })).json() as Array<{ id: string }>;
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((a) => a.id === courseId)).toBe(false); // gpB is signed up to it already
    const mine = (await organiser.request({ method: 'GET', url: '/api/arenas?scope=mine' })).json() as Array<{ id: string; canManage: boolean }>;
    expect(mine.find((a) => a.id === courseId)?.canManage).toBe(true);
    const patient = await t.signIn('patient');
    expect((await patient.request({ method: 'GET', url: '/api/arenas' })).statusCode).toBe(403);
  });
});
