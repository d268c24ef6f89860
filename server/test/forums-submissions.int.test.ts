import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUFF_RULES } from '../src/modules/forums/domain/composition.js';
import { remindOverdueForwards } from '../src/modules/forums/reminders.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const VALID_FNR = '15057523414';

interface Submission {
  id: string;
  status: string;
  ownStatus: string;
  themes: string[];
  outcome: string | null;
  mergedInto: string | null;
  forwardedTo: string | null;
  rejectReason: string | null;
}

const deviation = (title: string, whatHappened: string, extra: Record<string, string> = {}) => ({
  kind: 'deviation',
  title,
  fields: { whatHappened, agreement: 'Delavtale om utskrivning', ...extra },
});

describe.each(DB_KINDS)('forum bodies, submissions and triage (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let gp: TestClient;
  let secretary: TestClient;
  let formerMember: TestClient;
  let outsider: TestClient;
  let bodyId: string;
  const ids: Record<string, string> = {};

  const submit = (client: TestClient, payload: unknown) => client.request({ method: 'POST', url: `/api/forums/${bodyId}/submissions`, payload: payload as object });
  const act = (action: string, id: string, payload: object = {}, method: 'POST' | 'PUT' = 'POST') => secretary.request({ method, url: `/api/forum-submissions/${id}/${action}`, payload });

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    admin = await t.signIn('admin');
    gp = await t.signIn('gp');
    secretary = await t.signIn('forum_secretary');
    formerMember = await t.signIn('forum_member');
    outsider = await t.signIn('municipal_physician');
  });
  afterAll(async () => t?.close());

  it('lets an admin set up a body with composition rules and members', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/forums',
      payload: { kind: 'committee', name: 'Samhandlingsutvalg (test)', slug: `suff-test-${db}`, mandate: 'Vurdere avvik og forslag', owner: 'Overordnet samarbeidsutvalg', compositionRules: SUFF_RULES, honorariumBaseNokPerHour: 1000 },
    });
    expect(created.statusCode, created.body).toBe(201);
    bodyId = created.json().id;
    const seats = [
      { userId: secretary.userId, name: secretary.me.name, represents: 'hospital', role: 'secretary', appointedHow: 'appointed', termStart: day(-100) },
      { userId: formerMember.userId, name: formerMember.me.name, represents: 'gp', region: 'Nord', role: 'member', appointedHow: 'elected', termStart: day(-800), termEnd: day(-1) },
      { name: 'Fastlege Sør', represents: 'gp', region: 'Sør', role: 'member', appointedHow: 'elected', termStart: day(-30), termEnd: day(30) },
      { name: 'Kommuneoverlege A', represents: 'municipal_physician', role: 'leader', appointedHow: 'appointed', termStart: day(-30) },
    ];
    for (const seat of seats) {
      const added = await admin.request({ method: 'POST', url: `/api/forums/${bodyId}/members`, payload: seat });
      expect(added.statusCode, added.body).toBe(201);
    }
  });

  it('lets a forum secretary set up a body, taking its secretary seat; other clinicians may not', async () => {
    const payload = { kind: 'working_group', name: 'Arbeidsgruppe epikriser', slug: `ag-epikriser-${db}`, mandate: 'Forbedre epikriser', owner: 'LSU' };
    expect((await gp.request({ method: 'POST', url: '/api/forums', payload })).json().code).toBe('ACCESS_DENIED_ROLE');
    const created = await secretary.request({ method: 'POST', url: '/api/forums', payload });
    expect(created.statusCode, created.body).toBe(201);
    const detail = await secretary.request({ method: 'GET', url: `/api/forums/${created.json().id}` });
    expect(detail.json()).toMatchObject({ myRole: 'secretary', canManage: true });
  });

  it('shows members the composition check: vacancies, ended terms and terms ending soon', async () => {
    const detail = await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}` });
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json();
    expect(body.myRole).toBe('secretary');
    expect(body.canManage).toBe(true);
    const byKey = Object.fromEntries(body.composition.rules.map((r: { key: string }) => [r.key, r]));
    expect(byKey.gp).toMatchObject({ wanted: 5, filled: 1, vacancies: 4, ok: false });
    expect(byKey.hospital).toMatchObject({ filled: 1, vacancies: 1 });
    expect(body.composition.termsEnding.map((e: { name: string }) => e.name)).toEqual(['Fastlege Sør']);
    expect(body.composition.ok).toBe(false);
  });

  it('lists the body to any clinician, with name, kind and mandate only', async () => {
    const list = await gp.request({ method: 'GET', url: '/api/forums' });
    expect(list.statusCode).toBe(200);
    const entry = list.json().find((b: { id: string }) => b.id === bodyId);
    expect(entry).toMatchObject({ name: 'Samhandlingsutvalg (test)', kind: 'committee', mandate: 'Vurdere avvik og forslag', myRole: null });
    expect(entry.members).toBeUndefined();
  });

  it('takes a deviation from a GP', async () => {
    const response = await submit(gp, { ...deviation('Epikrise uten legemiddelliste', 'Epikrisen manglet oppdatert legemiddelliste ved utskrivning.'), themes: ['discharge_summaries'] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'received', mine: true, themes: ['discharge_summaries'] });
    ids.first = response.json().id;
    for (const [key, title] of [['second', 'Prøvesvar uten ansvarlig lege'], ['third', 'Ønske om kaffe på møtene'], ['duplicate', 'Epikrise igjen uten liste']] as const) {
      const r = await submit(gp, deviation(title, `${title}: beskrivelse av hendelsen.`));
      expect(r.statusCode, r.body).toBe(201);
      ids[key] = r.json().id;
    }
  });

  it('refuses a deviation with a fødselsnummer, naming the field but never echoing the number, and stores nothing', async () => {
    const before = await t.database.db.selectFrom('forum_submission').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await submit(gp, deviation('Feil i epikrise', 'Gjaldt pasient 150575 23414 som ble skrevet ut.'));
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('FORUM_PERSONAL_DATA');
    expect(response.json().details).toMatchObject({ field: 'whatHappened', kind: 'identity_number' });
    expect(response.body).not.toContain('23414');
    const nameAndDate = await submit(gp, deviation('Feil i epikrise', 'Epikrise mangler', { consequences: 'Kari Nordmann, f. 01.02.1980, ble reinnlagt' }));
    expect(nameAndDate.json().details).toMatchObject({ field: 'consequences', kind: 'name_and_date' });
    const after = await t.database.db.selectFrom('forum_submission').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('allows numbers that merely look like identity numbers', async () => {
    const response = await submit(gp, deviation('Telefon og konto', `Ring 22 33 44 55. Saksnummer ${VALID_FNR.slice(0, 10)}9, konto 0101.90.12480.`));
    expect(response.statusCode, response.body).toBe(201);
  });

  it.each([
    ['an empty title', deviation(' ', 'x'), 'FORUM_TEXT_EMPTY', 400],
    ['a missing required text', { kind: 'proposal', title: 'Forslag', fields: { change: 'Ny rutine' } }, 'FORUM_TEXT_EMPTY', 400],
    ['an oversized text', deviation('Lang', 'x'.repeat(4001)), 'FORUM_TEXT_TOO_LONG', 400],
    ['an unknown field', { kind: 'deviation', title: 'T', fields: { whatHappened: 'x', patientName: 'y' } }, 'FORUM_FIELD_UNKNOWN', 400],
    ['an unknown theme', { ...deviation('T', 'x'), themes: ['weather'] }, 'FORUM_THEME_UNKNOWN', 400],
  ])('refuses %s with its own code', async (_what, payload, code, status) => {
    const response = await submit(gp, payload);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('lets the secretary list and search the body’s cases', async () => {
    const all = await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}/submissions` });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().length).toBeGreaterThanOrEqual(5);
    const found = await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}/submissions?q=legemiddellisten` });
    expect(found.json().map((s: { id: string }) => s.id)).toContain(ids.first);
    expect(found.json().map((s: { id: string }) => s.id)).not.toContain(ids.third);
    const byTheme = await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}/submissions?theme=discharge_summaries` });
    expect(byTheme.json().map((s: { id: string }) => s.id)).toEqual([ids.first]);
  });

  it('lets the secretary accept, tag, forward, reject and merge', async () => {
    expect((await act('accept', ids.first!)).json().status).toBe('accepted');
    const tagged = await act('themes', ids.first!, { themes: ['discharge_summaries', 'medication_lists'] }, 'PUT');
    expect(tagged.json().themes).toEqual(['discharge_summaries', 'medication_lists']);
    const forwarded = await act('forward', ids.second!, { to: 'Medisinsk klinikk, sykehuset', dueOn: day(14) });
    expect(forwarded.json()).toMatchObject({ status: 'forwarded', forwardedTo: 'Medisinsk klinikk, sykehuset' });
    const rejected = await act('reject', ids.third!, { reason: 'Ikke en samhandlingssak' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: 'Ikke en samhandlingssak' });
    const merged = await act('merge', ids.duplicate!, { intoId: ids.first });
    expect(merged.json()).toMatchObject({ status: 'accepted', ownStatus: 'merged', mergedInto: ids.first });
    expect((await act('ready', ids.first!, { ready: true }, 'PUT')).json().readyForMeeting).toBe(true);
  });

  it('refuses triage that the state does not allow, each with its code', async () => {
    expect((await act('accept', ids.first!)).json().code).toBe('FORUM_SUBMISSION_STATE');
    expect((await act('reject', ids.first!, { reason: ' ' })).json().code).toBe('FORUM_REASON_MISSING');
    expect((await act('forward', ids.first!, { to: 'Kommunen', dueOn: day(-1) })).json().code).toBe('FORUM_FORWARD_DUE_PAST');
    expect((await act('merge', ids.first!, { intoId: ids.first })).json().code).toBe('FORUM_MERGE_INVALID');
    expect((await act('merge', ids.first!, { intoId: ids.third })).json().code).toBe('FORUM_MERGE_INVALID');
  });

  it('refuses a member whose term has ended', async () => {
    const list = await formerMember.request({ method: 'GET', url: `/api/forums/${bodyId}/submissions` });
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('FORUM_TERM_ENDED');
    const read = await formerMember.request({ method: 'GET', url: `/api/forum-submissions/${ids.first}` });
    expect(read.json().code).toBe('FORUM_TERM_ENDED');
  });

  it('refuses a non-member with 403, and a GP triaging', async () => {
    const list = await outsider.request({ method: 'GET', url: `/api/forums/${bodyId}/submissions` });
    expect(list.statusCode).toBe(403);
    expect(list.json().code).toBe('FORUM_NOT_A_MEMBER');
    expect((await outsider.request({ method: 'GET', url: `/api/forum-submissions/${ids.first}` })).statusCode).toBe(403);
    expect((await outsider.request({ method: 'GET', url: `/api/forums/${bodyId}` })).statusCode).toBe(403);
    const triage = await gp.request({ method: 'POST', url: `/api/forum-submissions/${ids.first}/reject`, payload: { reason: 'nei' } });
    expect(triage.statusCode).toBe(403);
  });

  it('tells the GP the outcome, also on the duplicate merged into the case', async () => {
    const answered = await act('outcome', ids.first!, { text: 'Utskrivningsrutinen er endret: legemiddellisten skal alltid følge epikrisen.' }, 'PUT');
    expect(answered.statusCode, answered.body).toBe(200);
    const mine = (await gp.request({ method: 'GET', url: '/api/me/forum-submissions' })).json() as Submission[];
    const first = mine.find((s) => s.id === ids.first)!;
    const duplicate = mine.find((s) => s.id === ids.duplicate)!;
    expect(first).toMatchObject({ status: 'answered', outcome: expect.stringContaining('legemiddellisten') });
    expect(duplicate).toMatchObject({ status: 'answered', ownStatus: 'merged', outcome: first.outcome });
    expect(mine.find((s) => s.id === ids.third)).toMatchObject({ status: 'rejected', rejectReason: 'Ikke en samhandlingssak' });
    const notices = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('event', '=', 'forum_update').select('id').execute();
    expect(notices.length).toBeGreaterThanOrEqual(4);
  });

  it('logs members’ hours with honoraria at the body’s rate', async () => {
    const detail = (await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}` })).json();
    const own = await secretary.request({ method: 'POST', url: `/api/forum-members/${detail.myMemberId}/hours`, payload: { workedOn: day(-2), hours: 3 } });
    expect(own.statusCode, own.body).toBe(201);
    const bad = await secretary.request({ method: 'POST', url: `/api/forum-members/${detail.myMemberId}/hours`, payload: { workedOn: day(-2), hours: 30 } });
    expect(bad.json().code).toBe('FORUM_HOURS_INVALID');
    const report = await secretary.request({ method: 'GET', url: `/api/forums/${bodyId}/hours?from=${day(-10)}&to=${day(0)}` });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ honorariumPercent: 89, ratePerHourNok: 890, totalHours: 3, totalHonorariumNok: 2670 });
  });

  it('tells the current leader and secretary once when a forwarded case passes its reply deadline unanswered', async () => {
    const { db: database } = t.database;
    const overdue = (event: string) => database.selectFrom('notification').where('user_id', '=', secretary.userId).where('event', '=', event).select(['link']).execute();
    expect(await remindOverdueForwards(database, t.clock, t.config)).toBe(0);
    await database.updateTable('forum_submission').set({ forward_due_on: day(-2) }).where('id', '=', ids.second!).execute();
    expect(await remindOverdueForwards(database, t.clock, t.config)).toBe(1);
    expect((await overdue('forum_work')).map((n) => n.link)).toEqual([`/samarbeidsforum/sak/${ids.second}`]);
    expect(await remindOverdueForwards(database, t.clock, t.config)).toBe(0);
    const formerMemberTold = await database.selectFrom('notification').where('user_id', '=', formerMember.userId).where('event', '=', 'forum_work').select('id').execute();
    expect(formerMemberTold).toEqual([]);
  });

  it('audits reads and writes of the cases', async () => {
    const entries = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'forum_submission').where('object_id', '=', ids.first!).select(['action', 'actor_user_id']).execute();
    expect(entries.some((e) => e.action === 'create' && e.actor_user_id === gp.userId)).toBe(true);
    expect(entries.some((e) => e.action === 'update' && e.actor_user_id === secretary.userId)).toBe(true);
    expect(entries.some((e) => e.action === 'read')).toBe(true);
  });
});
