import { addDays, formatISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';
import { wholeWorkList } from './work-list.js';

const iso = (date: Date) => formatISO(date, { representation: 'date' });

/** One of the GP's patients with no sick-leave case yet, so each test builds its own history. */
async function freshPatient(t: TestApp, gp: TestClient) {
  const list = (await gp.request({ method: 'GET', url: '/api/citizens' })).json() as { id: string; protection: string; shielded: boolean }[];
  const withCases = new Set((await t.database.db.selectFrom('sick_case').select('citizen_id').execute()).map((r) => r.citizen_id));
  const citizen = list.find((c) => !withCases.has(c.id) && c.protection === 'none' && !c.shielded);
  if (!citizen) throw new Error('no patient without a case');
  const detail = (await gp.request({ method: 'GET', url: `/api/citizens/${citizen.id}` })).json();
  return { id: citizen.id as string, fnr: detail.fnr as string };
}

describe.each(DB_KINDS)('sick notes, cases and timelines (%s)', (db) => {
  let t: TestApp;
  let gp: TestClient;
  let otherGp: TestClient;
  let adviser: TestClient;
  let employerUser: TestClient;
  let patient: { id: string; fnr: string };
  let fnr: string;
  let employerOrgNumber: string;
  const today = new Date();
  const day = (offset: number) => iso(addDays(today, offset));

  const baseNote = (over: Record<string, unknown> = {}) => ({
    employerOrgNumber,
    diagnosis: { system: 'ICPC-2', code: 'L03', text: 'Korsryggsmerter' },
    periods: [
      { fom: day(-3), tom: day(10), grade: 100, type: 'full' },
      { fom: day(11), tom: day(24), grade: 50, type: 'graded' },
    ],
    symptomsFindings: 'Smerter i korsryggen, nedsatt bevegelighet',
    functionDailyLife: 'Klarer lett husarbeid',
    functionWork: 'Kan ikke løfte over 5 kg',
    remainingCapacity: 'Kan gjøre kontorarbeid i korte økter',
    fullLeaveJustification: 'Akutt fase, trenger ro de første dagene',
    followUpClass: 4,
    wantsEarlyMeeting: true,
    ...over,
  });
  const issue = (client: TestClient, body: unknown, personident = fnr) =>
    client.request({ method: 'POST', url: '/api/sick-notes', payload: body as object, headers: { 'nav-personident': personident } });

  beforeAll(async () => {
    t = await startTestApp({ db });
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    employerUser = await t.signIn('employer');
    patient = await freshPatient(t, gp);
    fnr = patient.fnr;
    const employer = (await gp.request({ method: 'GET', url: `/api/directory/organisations/${employerUser.me.organisation!.id}` })).json();
    employerOrgNumber = employer.orgNumber;
  });
  afterAll(() => t?.close());

  it('refuses bad notes with their own codes and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ periods: [{ fom: day(0), tom: day(10), grade: 100, type: 'full' }, { fom: day(5), tom: day(12), grade: 50, type: 'graded' }] }, 'PERIODS_OVERLAP'],
      [{ periods: [{ fom: day(0), tom: day(10), grade: 0, type: 'graded' }] }, 'GRADE_OUT_OF_RANGE'],
      [{ periods: [{ fom: day(10), tom: day(0), grade: 100, type: 'full' }] }, 'PERIOD_END_BEFORE_START'],
      [{ periods: [{ fom: day(-400), tom: day(-380), grade: 100, type: 'full' }] }, 'NOTE_STARTS_TOO_EARLY'],
      [{ periods: [{ fom: day(0), tom: day(400), grade: 100, type: 'full' }] }, 'NOTE_ENDS_TOO_LATE'],
      [{ fullLeaveJustification: undefined }, 'FULL_LEAVE_JUSTIFICATION_REQUIRED'],
      [{ periods: [{ fom: day(0), tom: day(10), grade: 60, type: 'full' }] }, 'GRADE_TYPE_MISMATCH'],
      [{ employerOrgNumber: '974760673' }, 'EMPLOYER_NOT_FOUND'],
      [{ employerOrgNumber: '123' }, 'ORG_NUMBER_INVALID'],
    ];
    for (const [over, code] of cases) {
      const response = await issue(gp, baseNote(over));
      expect(response.json().code, code).toBe(code);
      expect(response.statusCode).toBeLessThan(500);
    }
    expect((await issue(gp, baseNote(), '12345678901')).json().code).toBe('FNR_INVALID');
    expect((await gp.request({ method: 'POST', url: '/api/sick-notes', payload: baseNote() })).json().code).toBe('FNR_MISSING');
    expect((await issue(adviser, baseNote())).json().code).toBe('ACCESS_DENIED_ROLE');
    const stored = await t.database.db.selectFrom('sick_note').where('citizen_id', '=', patient.id).select('id').execute();
    expect(stored).toEqual([]);
  });

  it('issues a graded note with an early-meeting tick: a case, a timeline and a NAV task with a deadline', async () => {
    const response = await issue(gp, baseNote());
    expect(response.statusCode).toBe(201);
    const { caseId, tasks } = response.json();
    expect(tasks.map((task: { kind: string }) => task.kind).sort()).toEqual(['early_meeting_requested', 'nav_follow_up_now']);
    const detail = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(detail).toMatchObject({ status: 'graded', firstDay: day(-3), lastDay: day(24) });
    expect(detail.milestones.map((m: { key: string }) => m.key)).toEqual(expect.arrayContaining(['follow_up_plan', 'dialogue_meeting_1', 'activity_requirement', 'maksdato']));
    expect(detail.notes[0].navFirstOpenedAt).toBeNull();
  });

  it('recognises the same note sent twice and names the one already stored', async () => {
    const again = await issue(gp, baseNote());
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SICK_NOTE_DUPLICATE');
    const notes = await t.database.db.selectFrom('sick_note').where('citizen_id', '=', patient.id).select('id').execute();
    expect(notes).toHaveLength(1);
    expect(again.json().details.noteId).toBe(notes[0]!.id);
  });

  it('joins a follow-up note into the same case, and a note after a long gap starts a new one', async () => {
    const first = (await issue(gp, baseNote({ followUpClass: 1, wantsEarlyMeeting: false, periods: [{ fom: day(30), tom: day(40), grade: 50, type: 'graded' }] }))).json();
    const cases = await t.database.db.selectFrom('sick_case').where('citizen_id', '=', patient.id).select(['id', 'first_day', 'last_day']).execute();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: first.caseId, last_day: day(40) });
    const later = (await issue(gp, baseNote({ followUpClass: 1, wantsEarlyMeeting: false, periods: [{ fom: day(80), tom: day(90), grade: 50, type: 'graded' }] }))).json();
    expect(later.caseId).not.toBe(first.caseId);
  });

  it('shows the adviser the task in the office work list, and the GP sees that NAV has seen the note', async () => {
    const list = await wholeWorkList(adviser);
    const item = list.find((i) => i.citizen.id === patient.id)!;
    expect(item).toBeTruthy();
    const detail = (await adviser.request({ method: 'GET', url: `/api/cases/${item.caseId}` })).json();
    expect(detail.tasks.some((task: { kind: string }) => task.kind === 'early_meeting_requested')).toBe(true);
    const gpView = (await gp.request({ method: 'GET', url: `/api/cases/${item.caseId}` })).json();
    expect(gpView.notes[0].navFirstOpenedAt).toBeTruthy();
  });

  it('lists the GP’s sick-listed patients with the next thing due', async () => {
    const list = (await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { citizen: { id: string }; nextDue: { key: string } | null; maksdato: string }[];
    const mine = list.filter((i) => i.citizen.id === patient.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]!.nextDue).not.toBeNull();
    expect(mine[0]!.maksdato).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the employer the copy without diagnosis or medical text, and refuses other GPs', async () => {
    const caseId = (await t.database.db.selectFrom('sick_case').where('citizen_id', '=', patient.id).select('id').orderBy('first_day').executeTakeFirstOrThrow()).id;
    const copy = (await employerUser.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(copy.view).toBe('employer_copy');
    const text = JSON.stringify(copy);
    expect(text).not.toContain('L03');
    expect(text).not.toContain('Korsrygg');
    expect(text).not.toContain('Smerter');
    expect(copy.maksdato).toBeNull();
    expect((await otherGp.request({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(403);
  });
});

describe.each(DB_KINDS)('working a sick-leave case (%s)', (db) => {
  let t: TestApp;
  let gp: TestClient;
  let adviser: TestClient;
  let advisoryPhysician: TestClient;
  let employerUser: TestClient;
  let caseId: string;
  const today = new Date();
  const day = (offset: number) => iso(addDays(today, offset));

  beforeAll(async () => {
    t = await startTestApp({ db });
    gp = await t.signIn('gp', '80 %');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    advisoryPhysician = await t.signIn('advisory_physician');
    employerUser = await t.signIn('employer');
    const { fnr } = await freshPatient(t, gp);
    const employer = (await gp.request({ method: 'GET', url: `/api/directory/organisations/${employerUser.me.organisation!.id}` })).json();
    const issued = await gp.request({
      method: 'POST',
      url: '/api/sick-notes',
      headers: { 'nav-personident': fnr },
      payload: {
        employerOrgNumber: employer.orgNumber,
        diagnosis: { system: 'ICD-10', code: 'F32.1' },
        periods: [{ fom: day(-60), tom: day(20), grade: 100, type: 'full' }],
        symptomsFindings: 'Nedstemthet',
        functionDailyLife: 'Redusert energi',
        functionWork: 'Klarer ikke kundekontakt',
        remainingCapacity: 'Enkle oppgaver i korte økter',
        fullLeaveJustification: 'Alvorlig episode',
        followUpClass: 3,
        wantsEarlyDialogue: true,
        extendedQuestions: { week: 7, answers: { plan: 'Gradert tilbakeføring fra uke 10' } },
      },
    });
    expect(issued.statusCode).toBe(201);
    caseId = issued.json().caseId;
  });
  afterAll(() => t?.close());

  it('requires the week-7 extended questions when a note carries the case past week 7', async () => {
    const tasks = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json().milestones as { key: string; status: string }[];
    expect(tasks.find((m) => m.key === 'extended_questions_7')?.status).toBe('done');
  });

  it('lets the adviser take the early-dialogue task, and the GP sees it taken', async () => {
    const detail = (await adviser.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    const task = detail.tasks.find((x: { kind: string }) => x.kind === 'early_dialogue_requested');
    expect((await gp.request({ method: 'POST', url: `/api/tasks/${task.id}`, payload: { action: 'take' } })).statusCode).toBe(403);
    expect((await adviser.request({ method: 'POST', url: `/api/tasks/${task.id}`, payload: { action: 'take' } })).statusCode).toBe(200);
    const gpView = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(gpView.tasks.find((x: { id: string }) => x.id === task.id)).toMatchObject({ status: 'taken' });
    expect(gpView.tasks.find((x: { kind: string }) => x.kind === 'employer_adapt_work')).toMatchObject({ ownerKind: 'employer', status: 'open' });
  });

  it('records measures and decisions that complete milestones; the advisory physician cannot', async () => {
    expect((await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/measures`, payload: { code: 'no_such', startsOn: day(0) } })).json().code).toBe('VALIDATION_FAILED');
    const measure = await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/measures`, payload: { code: 'work_trial', startsOn: day(-5), endsOn: day(30) } });
    expect(measure.statusCode).toBe(201);
    expect((await adviser.request({ method: 'PATCH', url: `/api/measures/${measure.json().id}`, payload: { result: 'Gjennomført med godt resultat' } })).statusCode).toBe(200);
    const decision = await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { kind: 'activity_requirement_exception', decidedOn: day(-2), note: 'Medisinske grunner' } });
    expect(decision.statusCode).toBe(201);
    expect((await advisoryPhysician.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { kind: 'aap_granted', decidedOn: day(0) } })).json().code).toBe('ACCESS_DENIED_ROLE');
    const gpView = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(gpView.milestones.find((m: { key: string }) => m.key === 'activity_requirement')).toMatchObject({ status: 'done' });
    expect(gpView.measures[0]).toMatchObject({ code: 'work_trial', result: 'Gjennomført med godt resultat' });
    expect(gpView.decisions[0]).toMatchObject({ kind: 'activity_requirement_exception' });
  });

  it('lets the employer record the follow-up plan, but not NAV-only events', async () => {
    const plan = await employerUser.request({ method: 'POST', url: `/api/cases/${caseId}/events`, payload: { kind: 'follow_up_plan_received', occurredOn: day(-30) } });
    expect(plan.statusCode).toBe(201);
    expect((await employerUser.request({ method: 'POST', url: `/api/cases/${caseId}/events`, payload: { kind: 'dialogue_meeting_2_held', occurredOn: day(-1) } })).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await employerUser.request({ method: 'POST', url: `/api/cases/${caseId}/events`, payload: { kind: 'follow_up_plan_received', occurredOn: day(5) } })).json().code).toBe('VALIDATION_FAILED');
    const copy = (await employerUser.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(copy.milestones.find((m: { key: string }) => m.key === 'follow_up_plan')).toMatchObject({ status: 'done' });
  });

  it('assigns the case to an adviser at the office, and ends it when AAP is granted', async () => {
    expect((await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/assign`, payload: { userId: gp.userId } })).json().code).toBe('VALIDATION_FAILED');
    expect((await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/assign`, payload: { userId: adviser.userId } })).statusCode).toBe(200);
    const gpView = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(gpView.adviser.name).toBe(adviser.me.name);
    await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { kind: 'aap_granted', decidedOn: day(0), effectiveFrom: day(1) } });
    const ended = (await adviser.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(ended.status).toBe('moved_to_aap');
    const list = await wholeWorkList(adviser);
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((i) => i.caseId === caseId)).toBe(false);
  });
});

describe('deadlines over time', () => {
  it('escalates an early-meeting request NAV has not handled to the office manager, once', async () => {
    const { ManualClock } = await import('../src/platform/clock.js');
    const { escalateOverdueTasks } = await import('../src/modules/sickleave/jobs.js');
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const t = await startTestApp({ db: 'pglite', clock });
    try {
      const gp = await t.signIn('gp', '80 %');
      const patient = await freshPatient(t, gp);
      const fnr = patient.fnr;
      const issued = await gp.request({
        method: 'POST',
        url: '/api/sick-notes',
        headers: { 'nav-personident': fnr },
        payload: {
          diagnosis: { system: 'ICPC-2', code: 'P74' },
          periods: [{ fom: '2026-03-02', tom: '2026-03-20', grade: 40, type: 'graded' }],
          symptomsFindings: 'Angst',
          functionDailyLife: 'Fungerer hjemme',
          functionWork: 'Strever i møter',
          remainingCapacity: '60 % i egne oppgaver',
          followUpClass: 1,
          wantsEarlyMeeting: true,
        },
      });
      expect(issued.json().tasks).toEqual([{ kind: 'early_meeting_requested', ownerKind: 'nav_office', dueOn: '2026-03-09' }]);
      const ours = () =>
        t.database.db.selectFrom('case_task').where('case_id', '=', issued.json().caseId).select('escalated_at').executeTakeFirstOrThrow();
      clock.set(new Date('2026-03-09T12:00:00Z'));
      await escalateOverdueTasks(t.database.db, clock);
      expect((await ours()).escalated_at).toBeNull();
      clock.set(new Date('2026-03-10T12:00:00Z'));
      expect(await escalateOverdueTasks(t.database.db, clock)).toBeGreaterThanOrEqual(1);
      const first = (await ours()).escalated_at;
      expect(first).not.toBeNull();
      clock.set(new Date('2026-03-11T12:00:00Z'));
      await escalateOverdueTasks(t.database.db, clock);
      expect((await ours()).escalated_at).toEqual(first);
      const manager = await t.signIn('nav_manager');
      const escalated = (await manager.request({ method: 'GET', url: '/api/nav/tasks?escalated=true' })).json() as { kind: string; citizen: { id: string } }[];
      expect(escalated).toContainEqual(expect.objectContaining({ kind: 'early_meeting_requested', citizen: expect.objectContaining({ id: patient.id }) }));
    } finally {
      await t.close();
    }
  });
});

describe('the person’s and the employer’s own lists', () => {
  it('shows the patient their cases and the employer its employees’ cases without medical data', async () => {
    const t = await startTestApp({ db: 'pglite' });
    try {
      const patient = await t.signIn('patient', 'pasient hos');
      const mine = (await patient.request({ method: 'GET', url: '/api/me/cases' })).json() as { caseId: string }[];
      const inDb = await t.database.db.selectFrom('sick_case').where('citizen_id', '=', patient.me.citizenId!).select('id').execute();
      expect(mine.map((c) => c.caseId).sort()).toEqual(inDb.map((c) => c.id).sort());
      const employer = await t.signIn('employer');
      const response = await employer.request({ method: 'GET', url: '/api/employer/cases' });
      const cases = response.json() as { caseId: string; nextDue: { key: string } | null }[];
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.every((c) => !c.nextDue || ['follow_up_plan', 'dialogue_meeting_1'].includes(c.nextDue.key))).toBe(true);
      expect(response.body).not.toMatch(/diagnos|ICPC|L03|P74/i);
      expect((await employer.request({ method: 'GET', url: '/api/me/cases' })).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});

describe('a year with the controllable clock', () => {
  it('travels 52 weeks through one case: milestones fall due and are done as the case is worked', async () => {
    const { ManualClock } = await import('../src/platform/clock.js');
    const clock = new ManualClock(new Date('2026-01-05T08:00:00Z'));
    const t = await startTestApp({ db: 'pglite', clock });
    try {
      const statusesOf = async (client: TestClient, caseId: string) =>
        Object.fromEntries(
          ((await client.request({ method: 'GET', url: `/api/cases/${caseId}` })).json().milestones as { key: string; status: string }[]).map((m) => [m.key, m.status]),
        );
      let gp = await t.signIn('gp', '80 %');
      const patient = await freshPatient(t, gp);
      const note = (fom: string, tom: string, week?: 7 | 17 | 39) => ({
        diagnosis: { system: 'ICPC-2', code: 'L84' },
        periods: [{ fom, tom, grade: 100, type: 'full' }],
        symptomsFindings: 'Ryggsmerter',
        functionDailyLife: 'Begrenset',
        functionWork: 'Kan ikke løfte',
        remainingCapacity: 'Lett arbeid',
        fullLeaveJustification: 'Akutt',
        followUpClass: 2,
        ...(week ? { extendedQuestions: { week, answers: { plan: 'Opptrapping' } } } : {}),
      });
      const first = await gp.request({ method: 'POST', url: '/api/sick-notes', headers: { 'nav-personident': patient.fnr }, payload: note('2026-01-05', '2026-02-15') });
      const caseId = first.json().caseId;
      expect(await statusesOf(gp, caseId)).toMatchObject({ sick_note_issued: 'done', follow_up_plan: 'planned', activity_requirement: 'planned' });

      clock.set(new Date('2026-02-01T08:00:00Z')); // week 4: the follow-up plan is due soon
      gp = await t.signIn('gp', '80 %');
      expect((await statusesOf(gp, caseId)).follow_up_plan).toBe('due_soon');

      // The GP extends past week 7 and must answer the week-7 questions.
      const refused = await gp.request({ method: 'POST', url: '/api/sick-notes', headers: { 'nav-personident': patient.fnr }, payload: note('2026-02-16', '2026-04-30') });
      expect(refused.json()).toMatchObject({ code: 'EXTENDED_QUESTIONS_REQUIRED', details: { week: 7 } });
      expect((await gp.request({ method: 'POST', url: '/api/sick-notes', headers: { 'nav-personident': patient.fnr }, payload: note('2026-02-16', '2026-04-30', 7) })).json().caseId).toBe(caseId);

      clock.set(new Date('2026-03-10T08:00:00Z')); // week 10: meeting 1 and the activity requirement have passed
      gp = await t.signIn('gp', '80 %');
      expect(await statusesOf(gp, caseId)).toMatchObject({ follow_up_plan: 'overdue', dialogue_meeting_1: 'overdue', activity_requirement: 'overdue', extended_questions_7: 'done' });
      const adviser = await t.signIn('nav_adviser', 'Veileder for');
      await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload: { kind: 'activity_requirement_met', decidedOn: '2026-03-10' } });
      expect((await statusesOf(gp, caseId)).activity_requirement).toBe('done');

      clock.set(new Date('2027-01-04T08:00:00Z')); // week 53: past the 248th sick-pay day had the leave gone on
      gp = await t.signIn('gp', '80 %');
      const detail = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
      expect(detail.maksdato.usedDays).toBeGreaterThan(80);
      expect(detail.week).toBeGreaterThanOrEqual(53);
      // Every week-based deadline has come; only the maksdato still lies ahead of an open case.
      const weekBased = (detail.milestones as { week: number | null; status: string }[]).filter((m) => m.week !== null);
      expect(weekBased.every((m) => m.status !== 'planned' && m.status !== 'due_soon')).toBe(true);
    } finally {
      await t.close();
    }
  });
});
