import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { ManualClock } from '../src/platform/clock.js';
import { isWorkingDay } from '../src/platform/working-days.js';
import { parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { standardsDir } from '../src/modules/interop/domain/xml/test-fixtures.js';
import { produceOwedDocuments } from '../src/modules/interop/outbound/produce.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Meeting {
  id: string;
  status: string;
  startsAt: string;
  participants: Array<{ id: string; role: string; reply: string | null; replyChannel: string | null; window: { startsAt: string; endsAt: string }; attended: boolean | null; email: string | null }>;
  minutes: null | { version: number; medicalInformation?: string | null; tasks: Array<{ owner: string; text: string }> };
  gpTariff: null | { code: string };
  conversationId: string | null;
  allowedActions: string[];
}

/** A case of the demo GP's patients, at the demo adviser's office, with the demo employer as employer. */
async function caseWithEmployer(t: TestApp, gp: TestClient, employer: TestClient) {
  const row = await t.database.db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('c.regular_gp_person_id', '=', gp.me.personId)
    .where('sc.employer_id', '=', employer.me.organisation!.id)
    .where('sc.status', 'in', ['active', 'graded'])
    .where('c.protection', '=', 'none')
    .where('c.shielded', '=', false)
    .select(['sc.id', 'sc.citizen_id'])
    .orderBy('sc.id')
    .executeTakeFirst();
  if (row) return row;
  // Not every demo draw gives the employer one of the GP's patients: make one so.
  const any = await t.database.db
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('c.regular_gp_person_id', '=', gp.me.personId)
    .where('sc.status', 'in', ['active', 'graded'])
    .where('c.protection', '=', 'none')
    .where('c.shielded', '=', false)
    .select(['sc.id', 'sc.citizen_id'])
    .orderBy('sc.id')
    .executeTakeFirstOrThrow();
  await t.database.db.updateTable('sick_case').set({ employer_id: employer.me.organisation!.id }).where('id', '=', any.id).execute();
  await t.database.db.updateTable('citizen').set({ employer_id: employer.me.organisation!.id }).where('id', '=', any.citizen_id).execute();
  return any;
}

const at = (clock: ManualClock, ms: number) => new Date(clock.now().getTime() + ms).toISOString();
const osloDay = (instant: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(instant);

/** 10:00 in Oslo on the next Saturday. */
function nextSaturday(from: Date): string {
  let day = osloDay(from);
  do day = osloDay(new Date(new Date(`${day}T12:00:00Z`).getTime() + DAY));
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 6);
  return new TZDate(`${day}T10:00:00`, 'Europe/Oslo').toISOString();
}

/** The first working day at least `days` after `from`, at `hour`:00 in Oslo (meetings are held on working days). */
function workdayAt(from: Date, days: number, hour = 10): Date {
  let day = osloDay(new Date(from.getTime() + days * DAY));
  while (!isWorkingDay(day)) day = osloDay(new Date(new Date(`${day}T12:00:00Z`).getTime() + DAY));
  return new Date(new TZDate(`${day}T${String(hour).padStart(2, '0')}:00:00`, 'Europe/Oslo').getTime());
}

describe.each(DB_KINDS)('dialogue meetings (%s)', (db) => {
  let t: TestApp;
  let clock: ManualClock;
  let adviser: TestClient;
  let gp: TestClient;
  let otherGp: TestClient;
  let employer: TestClient;
  let caseId: string;
  let start: Date;

  beforeAll(async () => {
    // The tests run on the morning of a working day, whatever day the suite runs.
    start = workdayAt(new Date(), 1, 8);
    clock = new ManualClock(start);
    t = await startTestApp({ db, clock, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    employer = await t.signIn('employer');
    caseId = (await caseWithEmployer(t, gp, employer)).id;
  });
  afterAll(() => t?.close());

  const convene = (over: Record<string, unknown> = {}, key?: string, client = adviser, id = caseId) =>
    client.request({
      method: 'POST',
      url: `/api/cases/${id}/meetings`,
      headers: key ? { 'idempotency-key': key } : {},
      payload: {
        kind: 'dm2',
        startsAt: workday(3),
        durationMinutes: 60,
        place: { kind: 'nav_office', text: 'Møterom 2' },
        gp: { invite: true, part: { kind: 'last_minutes', minutes: 15 } },
        // The person may have no platform user: an address reaches them.
        employee: { email: 'arbeidstaker@example.no' },
        employer: { invite: true },
        others: [{ role: 'interpreter', name: 'Tolk Tolkesen', language: 'arabisk', email: 'tolk@example.no' }],
        ...over,
      },
    });
  const workday = (days: number) => workdayAt(clock.now(), days).toISOString();
  const get = async (client: TestClient, id: string) => (await client.request({ method: 'GET', url: `/api/meetings/${id}` })).json() as Meeting;
  const produce = async () => {
    const sent = new Map<string, string>();
    await produceOwedDocuments({ db: t.database.db, clock: t.clock, config: t.config, transport: { send: async (name: string, xml: string) => void sent.set(name, xml) } });
    return sent;
  };

  it('convenes meeting 2 with the GP for the last 15 minutes: invitations stored and queued for every participant', async () => {
    const response = await convene({}, 'convene-key-0001');
    expect(response.statusCode).toBe(201);
    const meeting = response.json().meeting as Meeting;
    expect(meeting).toMatchObject({ status: 'invited' });
    expect(meeting.participants.map((p) => p.role).sort()).toEqual(['employee', 'employer', 'gp', 'interpreter', 'nav_adviser']);
    const gpPart = meeting.participants.find((p) => p.role === 'gp')!;
    expect(new Date(gpPart.window.endsAt).getTime() - new Date(gpPart.window.startsAt).getTime()).toBe(15 * 60_000);

    // The same form under the same key is the same meeting.
    const again = await convene({}, 'convene-key-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json().meeting.id).toBe(meeting.id);

    const d = t.database.db;
    // The GP's invitation is a message in the meeting's GP thread, owed as a national document.
    const invitation = await d.selectFrom('dialogue_message').where('meeting_id', '=', meeting.id).selectAll().executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ code_system: 8125, code: 1, sender_side: 'nav', conversation_id: meeting.conversationId });
    expect(invitation.body).toMatch(/siste 15 minutt/);
    expect(invitation.body).toMatch(/Takst/);
    const owed = await d.selectFrom('interop_message').where('dialogue_message_id', '=', invitation.id).select(['status', 'code_system', 'code']).executeTakeFirstOrThrow();
    expect(owed).toMatchObject({ status: 'ordered', code_system: 8125, code: 1 });
    // The GP and the employer are told in the platform; the interpreter gets an e-mail with the calendar invitation.
    const told = await d.selectFrom('notification').where('link', '=', `/dialogmoter/${meeting.id}`).select(['user_id', 'event']).execute();
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([gp.userId, employer.userId]));
    const mail = await d.selectFrom('email_outbox').where('to_address', '=', 'tolk@example.no').selectAll().executeTakeFirstOrThrow();
    expect(mail.calendar_method).toBe('REQUEST');
    expect(mail.body_text).not.toMatch(new RegExp(meeting.participants.find((p) => p.role === 'employee')!.id));
    const event = new ICAL.Component(ICAL.parse(mail.calendar_ics!));
    expect(event.getFirstPropertyValue('method')).toBe('REQUEST');
    const audit = await d.selectFrom('audit_log').where('object_id', '=', meeting.id).where('action', '=', 'create').select('object_type').executeTakeFirstOrThrow();
    expect(audit.object_type).toBe('dialogue_meeting');

    // The national document is schema-valid and carries 8125/1.
    const documents = await produce();
    const xml = documents.get(`${invitation.id}.xml`)!;
    const parsed = parseDialogmelding(Buffer.from(xml), { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.schemaWarnings).toEqual([]);
    expect(parsed.message.body.theme).toMatchObject({ list: 8125, code: 1 });
  });

  it('gives each participant a calendar file for their own part, under a UID that a move keeps and a SEQUENCE that grows', async () => {
    const meeting = (await convene({ startsAt: workday(4) , confirmOverlap: true })).json().meeting as Meeting;
    const icsOf = async (client: TestClient) => {
      const response = await client.request({ method: 'GET', url: `/api/meetings/${meeting.id}/calendar.ics` });
      expect(response.headers['content-type']).toMatch(/text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(response.body));
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      return { method: calendar.getFirstPropertyValue('method'), uid: vevent.getFirstPropertyValue('uid'), sequence: Number(vevent.getFirstPropertyValue('sequence')), start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(), status: vevent.getFirstPropertyValue('status') };
    };
    const first = await icsOf(gp);
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0 });
    expect(first.start.getTime()).toBe(new Date(meeting.startsAt).getTime() + 45 * 60_000);

    const moved = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/move`, payload: { startsAt: workday(5), reason: 'Legen kan ikke den dagen', confirmOverlap: true } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'new_time_place' });
    const second = await icsOf(gp);
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBe(1);

    const cancelled = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/cancel`, payload: { reason: 'Arbeidstakeren er friskmeldt' } });
    expect(cancelled.statusCode).toBe(200);
    const third = await icsOf(gp);
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2, status: 'CANCELLED' });
    // The GP got an invitation, a change (8125/2) and a cancellation (8127/4), in one thread.
    const letters = await t.database.db.selectFrom('dialogue_message').where('meeting_id', '=', meeting.id).select(['code_system', 'code']).orderBy('created_at').execute();
    expect(letters.map((l) => `${l.code_system}/${l.code}`)).toEqual(['8125/1', '8125/2', '8127/4']);
    // Each is produced as a schema-valid national document with its letter as PDF.
    const documents = await produce();
    const ids = await t.database.db.selectFrom('dialogue_message').where('meeting_id', '=', meeting.id).select('id').orderBy('created_at').execute();
    const themes = ids.map(({ id }) => {
      const parsed = parseDialogmelding(Buffer.from(documents.get(`${id}.xml`)!), { allowSynthetic: true, maxBytes: 10_000_000 });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.schemaWarnings).toEqual([]);
      expect(parsed.message.attachments[0]?.mediaType).toBe('application/pdf');
      return `${parsed.message.body.theme.list}/${parsed.message.body.theme.code}`;
    });
    expect(themes).toEqual(['8125/1', '8125/2', '8127/4']);
    const moveAgain = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/move`, payload: { startsAt: workday(6), reason: 'likevel' } });
    expect(moveAgain.json().code).toBe('MEETING_CANCELLED');
  });

  it('refuses bad input, each with its own code', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: at(clock, -HOUR) }, 'MEETING_IN_PAST'],
      [{ startsAt: nextSaturday(clock.now()) }, 'MEETING_NOT_A_WORKING_DAY'],
      [{ place: { kind: 'video', videoUrl: 'http://video.example.no/rom' } }, 'MEETING_VIDEO_LINK_NOT_HTTPS'],
      [{ others: [{ role: 'other', name: 'Ekstern', email: 'ikke en adresse' }] }, 'MEETING_EMAIL_INVALID'],
      [{ others: [{ role: 'other', name: 'Ekstern uten kanal' }] }, 'MEETING_PARTICIPANT_UNREACHABLE'],
      [{ gp: undefined }, 'MEETING_GP_DECISION_MISSING'],
      [{ gp: { invite: false, reason: '' } }, 'MEETING_GP_REASON_MISSING'],
      [{ gp: { invite: true, part: { kind: 'last_minutes', minutes: 90 } } }, 'MEETING_GP_PART_INVALID'],
      [{ durationMinutes: 5 }, 'MEETING_DURATION_INVALID'],
    ];
    const before = await t.database.db.selectFrom('dialogue_meeting').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    for (const [over, code] of cases) {
      const response = await convene(over);
      expect(response.statusCode, code).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, code).toBeLessThan(500);
      expect(response.json().code).toBe(code);
    }
    const after = await t.database.db.selectFrom('dialogue_meeting').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    expect((await convene({}, undefined, gp)).json().code).toBe('ACCESS_DENIED_ROLE');
  });

  it('warns of another meeting for the person at the same time until the adviser confirms', async () => {
    const startsAt = workday(10);
    expect((await convene({ startsAt })).statusCode).toBe(201);
    const clash = await convene({ startsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000).toISOString() });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'MEETING_OVERLAP_UNCONFIRMED' });
    expect(clash.json().details.overlapping).toHaveLength(1);
    const confirmed = await convene({ startsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000).toISOString(), confirmOverlap: true });
    expect(confirmed.statusCode).toBe(201);
    // Back to back is no clash.
    expect((await convene({ startsAt: new Date(new Date(startsAt).getTime() + 3 * HOUR).toISOString(), durationMinutes: 60 })).statusCode).toBe(201);
  });

  it('the GP replies coming, the adviser completes the minutes with a task for the GP, and each sees what they may', async () => {
    const meeting = (await convene({ startsAt: workday(20), confirmOverlap: true })).json().meeting as Meeting;
    expect((await otherGp.request({ method: 'POST', url: `/api/meetings/${meeting.id}/reply`, payload: { reply: 'coming' } })).statusCode).toBe(403);
    expect((await gp.request({ method: 'POST', url: `/api/meetings/${meeting.id}/reply`, payload: { reply: 'not_coming' } })).json().code).toBe('MEETING_REPLY_REASON_MISSING');
    const replied = await gp.request({ method: 'POST', url: `/api/meetings/${meeting.id}/reply`, payload: { reply: 'coming' } });
    expect(replied.statusCode).toBe(200);
    const seen = await get(adviser, meeting.id);
    expect(seen.participants.find((p) => p.role === 'gp')).toMatchObject({ reply: 'coming', replyChannel: 'platform' });
    const thread = await t.database.db.selectFrom('dialogue_message').where('conversation_id', '=', meeting.conversationId).where('code_system', '=', 8126).select(['code', 'sender_side']).executeTakeFirstOrThrow();
    expect(thread).toMatchObject({ code: 1, sender_side: 'gp' });

    const minutes = (participants: Meeting['participants']) => ({
      situation: 'Arbeidstakeren er i gradert arbeid og ønsker å øke.',
      conclusion: 'Økning til 60 % fra neste måned.',
      medicalInformation: 'Søvnproblemer bedres med behandling.',
      tasks: [
        { owner: 'gp', text: 'Vurdere gradering ved neste konsultasjon' },
        { owner: 'employer', text: 'Tilrettelegge arbeidstid', dueOn: '2099-01-01' },
      ],
      attendance: participants.map((p) => ({ participantId: p.id, attended: true })),
    });
    const early = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/complete`, payload: minutes(seen.participants) });
    expect(early.json().code).toBe('MEETING_NOT_STARTED');

    clock.set(new Date(new Date(meeting.startsAt).getTime() + 70 * 60_000));
    // Sessions end after hours; the day of the meeting, everyone signs in again.
    const [adviserThen, gpThen, employerThen] = [await t.signIn('nav_adviser', 'Veileder for'), await t.signIn('gp', '80 %'), await t.signIn('employer')];
    try {
      const adviser = adviserThen;
      const gp = gpThen;
      const employer = employerThen;
      expect((await gp.request({ method: 'POST', url: `/api/meetings/${meeting.id}/reply`, payload: { reply: 'coming' } })).json().code).toBe('MEETING_REPLY_TOO_LATE');
      const noGp = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/complete`, payload: { ...minutes(seen.participants), attendance: [] } });
      expect(noGp.json().code).toBe('MEETING_GP_ATTENDANCE_MISSING');
      const done = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/complete`, payload: minutes(seen.participants) });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ status: 'completed', gpTariff: { code: 'DM' } });

      // The GP sees the minutes (with the medical part) and their task on the case.
      const gpView = await get(gp, meeting.id);
      expect(gpView.minutes).toMatchObject({ version: 1, medicalInformation: 'Søvnproblemer bedres med behandling.' });
      const task = await t.database.db.selectFrom('case_task').where('meeting_id', '=', meeting.id).where('owner_kind', '=', 'gp').selectAll().executeTakeFirstOrThrow();
      expect(task).toMatchObject({ owner_person_id: gp.me.personId, status: 'open', text: 'Vurdere gradering ved neste konsultasjon' });
      const caseView = (await gp.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
      expect(caseView.tasks.some((x: { kind: string; text: string }) => x.kind === 'meeting_task' && x.text === 'Vurdere gradering ved neste konsultasjon')).toBe(true);
      // The employer's copy has no medical information and no tariff.
      const employerView = await employer.request({ method: 'GET', url: `/api/meetings/${meeting.id}` });
      expect(employerView.statusCode).toBe(200);
      expect(employerView.body).not.toMatch(/Søvnproblemer/);
      expect(employerView.json()).toMatchObject({ gpTariff: null, conversationId: null });
      // The minutes went to the GP as 8127/9; meeting 2 is held on the timeline.
      const sent = await t.database.db.selectFrom('dialogue_message').where('meeting_id', '=', meeting.id).where('code_system', '=', 8127).select('code').execute();
      expect(sent.map((s) => s.code)).toEqual([9]);
      const minutesDocument = [...(await produce()).values()].map((xml) => parseDialogmelding(Buffer.from(xml), { allowSynthetic: true, maxBytes: 10_000_000 })).find((p) => p.ok && p.message.body.theme.list === 8127 && p.message.body.theme.code === 9);
      expect(minutesDocument?.ok && minutesDocument.schemaWarnings).toEqual([]);
      const event = await t.database.db.selectFrom('case_event').where('case_id', '=', caseId).where('kind', '=', 'dialogue_meeting_2_held').select('occurred_on').executeTakeFirst();
      expect(event).toBeDefined();

      // A correction is a new version with its reason; the old tasks give way to the new.
      const noReason = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/minutes`, payload: { ...minutes(seen.participants), correctionReason: '' } });
      expect(noReason.json().code).toBe('MEETING_CORRECTION_REASON_MISSING');
      const corrected = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/minutes`, payload: { ...minutes(seen.participants), tasks: [{ owner: 'gp', text: 'Ny vurdering' }], correctionReason: 'Feil i oppgavene' } });
      expect(corrected.statusCode).toBe(200);
      expect(corrected.json().minutes).toMatchObject({ version: 2 });
      const tasks = await t.database.db.selectFrom('case_task').where('meeting_id', '=', meeting.id).select(['text', 'status']).orderBy('created_at').execute();
      expect(tasks.filter((x) => x.status === 'open').map((x) => x.text)).toEqual(['Ny vurdering']);

      expect((await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/cancel`, payload: { reason: 'for sent' } })).json().code).toBe('MEETING_COMPLETED');
      expect((await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/close` })).json()).toMatchObject({ status: 'closed' });
      expect((await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/move`, payload: { reason: 'x' } })).json().code).toBe('MEETING_CLOSED');
    } finally {
      clock.set(start);
    }
  });

  it('suggests the reduced tariff when NAV cancels less than 24 hours before', async () => {
    const meeting = (await convene({ startsAt: at(clock, 6 * HOUR), confirmOverlap: true })).json().meeting as Meeting;
    const cancelled = await adviser.request({ method: 'POST', url: `/api/meetings/${meeting.id}/cancel`, payload: { reason: 'Veileder syk' } });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', gpTariff: { code: 'DM-AVLYST' } });
  });

  it('shows the office a week of meetings with the replies counted, and the GP their invitations with replies pending first', async () => {
    const meeting = (await convene({ startsAt: workday(30), confirmOverlap: true })).json().meeting as Meeting;
    const week = (await adviser.request({ method: 'GET', url: '/api/meetings/calendar?scope=office' })).json();
    expect(week.week).toMatch(/^\d{4}-W\d{2}$/);
    const start = new Date(meeting.startsAt);
    const later = (await adviser.request({ method: 'GET', url: `/api/meetings/calendar?scope=office&week=${isoWeekOfTest(start)}` })).json();
    expect(later.meetings.find((m: { id: string }) => m.id === meeting.id)).toMatchObject({ replies: { coming: 0, pending: 4 } });
    const invitations = (await gp.request({ method: 'GET', url: '/api/meetings/invitations' })).json().meetings as Array<{ replyPending: boolean }>;
    const pending = invitations.filter((m) => m.replyPending);
    expect(invitations.slice(0, pending.length)).toEqual(pending);
    expect(pending.length).toBeGreaterThan(0);
    expect((await gp.request({ method: 'GET', url: '/api/meetings/calendar' })).statusCode).toBe(403);
  });

  it('registers meeting 1, records an exception from meeting 2 with its reason, and turns a need for a meeting into a task', async () => {
    const one = await employer.request({ method: 'POST', url: `/api/cases/${caseId}/meeting-1`, payload: { heldOn: '2020-01-01', gpTookPart: true } });
    expect(one.statusCode).toBe(201);
    expect((await employer.request({ method: 'POST', url: `/api/cases/${caseId}/meeting-1`, payload: { heldOn: '2999-01-01', gpTookPart: false } })).json().code).toBe('MEETING_1_IN_FUTURE');
    const need = await gp.request({ method: 'POST', url: `/api/cases/${caseId}/meeting-needs`, payload: { reason: 'Behov for avklaring med arbeidsgiver', gpWantsToTakePart: true, gpReason: 'Kjenner pasienten godt' } });
    expect(need.statusCode).toBe(201);
    const task = await t.database.db.selectFrom('case_task').where('id', '=', need.json().taskId).selectAll().executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'meeting_requested', owner_kind: 'nav_office', status: 'open' });
    const other = (await t.database.db.selectFrom('sick_case').where('status', 'in', ['active', 'graded']).where('nav_office_id', '=', adviser.me.organisation!.id).where('id', '!=', caseId).select('id').limit(20).execute()).map((r) => r.id);
    let recorded = false;
    for (const id of other) {
      const response = await adviser.request({ method: 'POST', url: `/api/cases/${id}/meeting-exception`, payload: { reason: 'fit_within_28_weeks', note: 'Forventet tilbake i full jobb' } });
      if (response.statusCode !== 201) continue;
      const listed = (await adviser.request({ method: 'GET', url: `/api/cases/${id}/meetings` })).json();
      expect(listed.meeting2).toMatchObject({ status: 'not_applicable', exception: { reason: 'fit_within_28_weeks' } });
      expect((await adviser.request({ method: 'POST', url: `/api/cases/${id}/meeting-exception`, payload: { reason: 'medical' } })).json().code).toBe('MEETING_2_EXCEPTION_EXISTS');
      recorded = true;
      break;
    }
    expect(recorded).toBe(true);
  });
});

/** ISO week of an instant in Oslo, computed independently of the server's helper. */
function isoWeekOfTest(instant: Date) {
  const oslo = new Date(instant.toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
  const d = new Date(Date.UTC(oslo.getFullYear(), oslo.getMonth(), oslo.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

describe('a GP system replies to an invitation by Dialogmelding (postgres)', () => {
  let t: TestApp;
  let adviser: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ db: 'postgres', env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
  });
  afterAll(() => t?.close());

  it("applies the national sample's 8126/1 to the GP's open invitation about the patient", async () => {
    const d = t.database.db;
    // The sample's patient on sick leave at NAV Larvik, with the sample's GP as regular GP.
    const patient = await d.selectFrom('citizen').where('fnr', '=', '01010142365').select(['id', 'nav_office_id', 'regular_gp_person_id']).executeTakeFirstOrThrow();
    const created = await d
      .insertInto('sick_case')
      .values({ citizen_id: patient.id, employer_id: null, nav_office_id: patient.nav_office_id, first_day: '2026-06-01', last_day: '2099-12-31', status: 'active', created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await d.insertInto('app_user').values({ role: 'patient', person_id: null, citizen_id: patient.id, organisation_id: null, oidc_subject: null, is_demo: false, description: null }).execute();
    const convened = await adviser.request({
      method: 'POST',
      url: `/api/cases/${created.id}/meetings`,
      payload: {
        kind: 'dm2',
        startsAt: new Date(Date.now() + 5 * DAY).toISOString(),
        durationMinutes: 60,
        place: { kind: 'gp_office' },
        gp: { invite: true, part: { kind: 'whole' }, personId: patient.regular_gp_person_id },
        employer: { invite: false },
      },
    });
    expect(convened.statusCode, convened.body).toBe(201);
    const meetingId = convened.json().meeting.id as string;

    const bytes = readFileSync(join(standardsDir(), 'samples', 'inbound', 'dialogmelding_dialog_svar_innkalling_dialogmote.xml'));
    const response = await t.request({ method: 'POST', url: '/api/interop/messages', headers: { authorization: 'Bearer demo-interop-token', 'content-type': 'application/xml' }, payload: bytes });
    expect(response.statusCode, response.body).toBe(200);
    const gp = await d.selectFrom('meeting_participant').where('meeting_id', '=', meetingId).where('role', '=', 'gp').selectAll().executeTakeFirstOrThrow();
    expect(gp).toMatchObject({ reply: 'coming', reply_channel: 'dialogmelding' });
    const stored = await d.selectFrom('dialogue_message as m').innerJoin('dialogue_meeting as dm', 'dm.conversation_id', 'm.conversation_id').where('dm.id', '=', meetingId).where('m.code_system', '=', 8126).select('m.sender_side').executeTakeFirstOrThrow();
    expect(stored.sender_side).toBe('gp');
  });
});
