import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

interface Fixture {
  bodyId: string;
  slug: string;
  memberIds: { secretary: string; member: string; other1: string; other2: string; ended: string };
  submissionIds: string[];
  recommendationId: string;
}

/** A committee with five seats (one ended), two cases ready for the agenda and a draft recommendation, written straight into the tables. */
async function arrange(t: TestApp, users: { secretary: TestClient; member: TestClient; gp: TestClient }, now: Date): Promise<Fixture> {
  const db = t.database.db;
  const slug = `utvalg-${randomBytes(4).toString('hex')}`;
  const body = await db
    .insertInto('forum_body')
    .values({ kind: 'committee', name: 'Testutvalget', slug, mandate: 'Vurdere avvik', owner: 'Samarbeidsutvalget', composition_rules: JSON.stringify([{ key: 'gp', nb: 'Fastleger', en: 'GPs', represents: 'gp', count: 3 }]), open_meetings_per_year: 3, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seat = async (name: string, role: 'secretary' | 'member', userId: string | null, termEnd: string | null) =>
    (
      await db
        .insertInto('forum_member')
        .values({ body_id: body.id, user_id: userId, name, represents: 'gp', role, appointed_how: 'elected', term_start: '2020-01-01', term_end: termEnd, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const memberIds = {
    secretary: await seat('Sekretær Test', 'secretary', users.secretary.userId, null),
    member: await seat('Medlem Test', 'member', users.member.userId, null),
    other1: await seat('Annen En', 'member', null, null),
    other2: await seat('Annen To', 'member', null, null),
    ended: await seat('Fastlege Gammel', 'member', users.gp.userId, '2021-12-31'),
  };
  const submissionIds: string[] = [];
  for (const [i, kind] of (['deviation', 'deviation', 'proposal'] as const).entries()) {
    const created = new Date(now.getTime() - (10 - i) * DAY);
    const row = await db
      .insertInto('forum_submission')
      .values({ body_id: body.id, kind, status: i === 2 ? 'received' : 'accepted', title: `Sak ${i + 1}`, fields: JSON.stringify({ what: 'Epikrise kom sent' }), themes: i === 0 ? ['discharge_summaries', 'referrals'] : [], submitter_name: 'Lege', submitter_role: 'gp', ready_for_meeting: i < 2, outcome: i === 0 ? 'Svar' : null, outcome_at: i === 0 ? new Date(created.getTime() + 4 * DAY) : null, created_at: created, updated_at: created })
      .returning('id')
      .executeTakeFirstOrThrow();
    submissionIds.push(row.id);
  }
  const rec = await db.insertInto('forum_recommendation').values({ body_id: body.id, slug: `${slug}-epikriser`, status: 'draft', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('forum_recommendation_version').values({ recommendation_id: rec.id, version: 1, title: 'Epikriser innen tre dager', text: 'Tekst', created_by_name: 'Sekretær', created_at: now }).execute();
  return { bodyId: body.id, slug, memberIds, submissionIds, recommendationId: rec.id };
}

describe.each(DB_KINDS)('forum meetings, registration, coverage and annual documents (%s)', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let secretary: TestClient;
  let member: TestClient;
  let gp: TestClient;
  let outsider: TestClient;
  let f: Fixture;
  let meetingId: string;
  let openMeetingId: string;
  const start = new Date();

  beforeAll(async () => {
    clock = new ManualClock(start);
    t = await startTestApp({ db: kind, clock });
    secretary = await t.signIn('forum_secretary');
    member = await t.signIn('forum_member');
    gp = await t.signIn('gp', 'Fastlege med 80 %');
    outsider = await t.signIn('nav_adviser');
    f = await arrange(t, { secretary, member, gp }, start);
  }, 120_000);
  afterAll(async () => t?.close());

  it('lets the secretary set up a meeting, and refuses members, ended terms and outsiders', async () => {
    const input = { kind: 'ordinary', title: 'Vårmøtet', startsAt: new Date(start.getTime() + HOUR).toISOString(), place: 'Sykehuset, møterom 2' };
    const created = await secretary.request({ method: 'POST', url: `/api/forums/${f.bodyId}/meetings`, payload: input });
    expect(created.statusCode).toBe(201);
    meetingId = created.json().id;
    const past = await secretary.request({ method: 'POST', url: `/api/forums/${f.bodyId}/meetings`, payload: { ...input, startsAt: new Date(start.getTime() - DAY).toISOString() } });
    expect(past.json().code).toBe('FORUM_MEETING_TIME_PAST');
    expect((await member.request({ method: 'POST', url: `/api/forums/${f.bodyId}/meetings`, payload: input })).json().code).toBe('FORUM_NOT_A_MANAGER');
    expect((await gp.request({ method: 'GET', url: `/api/forums/${f.bodyId}/meetings` })).json().code).toBe('FORUM_TERM_ENDED');
    expect((await outsider.request({ method: 'GET', url: `/api/forums/${f.bodyId}/meetings` })).json().code).toBe('FORUM_NOT_A_MEMBER');
    const empty = await secretary.request({ method: 'POST', url: `/api/forums/${f.bodyId}/meetings`, payload: { ...input, title: '' } });
    expect(empty.statusCode).toBe(400);
  });

  it('builds the agenda from the cases marked ready and the recommendation to approve, without repeating them', async () => {
    const first = await secretary.request({ method: 'PUT', url: `/api/forum-meetings/${meetingId}/agenda`, payload: { otherItems: ['Orienteringssaker'] } });
    expect(first.statusCode).toBe(200);
    const agenda = first.json().agenda as { submissionId: string | null; recommendationId: string | null; title: string }[];
    expect(agenda.map((a) => a.submissionId ?? a.recommendationId ?? a.title)).toEqual([f.submissionIds[0], f.submissionIds[1], f.recommendationId, 'Orienteringssaker']);
    const again = await secretary.request({ method: 'PUT', url: `/api/forum-meetings/${meetingId}/agenda`, payload: { otherItems: ['Orienteringssaker'] } });
    expect(again.json().agenda).toHaveLength(4);
  });

  it('refuses minutes before the meeting has started', async () => {
    const response = await secretary.request({ method: 'PUT', url: `/api/forum-meetings/${meetingId}/minutes`, payload: { presentMemberIds: [], items: [] } });
    expect(response.json().code).toBe('FORUM_MEETING_NOT_STARTED');
  });

  it('refuses decisions without quorum, on unknown items, or with someone present whose term has ended', async () => {
    clock.set(new Date(start.getTime() + 3 * HOUR));
    const meeting = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${meetingId}` })).json();
    const item = meeting.agenda[0].id as string;
    const put = (payload: object) => secretary.request({ method: 'PUT', url: `/api/forum-meetings/${meetingId}/minutes`, payload });
    const noQuorum = await put({ presentMemberIds: [f.memberIds.secretary, f.memberIds.member], items: [{ id: item, decision: 'Anbefaling utarbeides' }] });
    expect(noQuorum.statusCode).toBe(422);
    expect(noQuorum.json().code).toBe('FORUM_QUORUM_NOT_MET');
    expect((await put({ presentMemberIds: [f.memberIds.secretary], items: [{ id: f.bodyId, decision: 'x' }] })).json().code).toBe('FORUM_MINUTES_ITEM_UNKNOWN');
    expect((await put({ presentMemberIds: [f.memberIds.ended], items: [] })).json().code).toBe('FORUM_MINUTES_PRESENT_INVALID');
    const still = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${meetingId}` })).json();
    expect(still.status).toBe('planned');
  });

  it('records the minutes with quorum: held, decisions per item, decided cases leave the ready pile', async () => {
    const meeting = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${meetingId}` })).json();
    const [caseItem, , recItem] = meeting.agenda as { id: string }[];
    const response = await secretary.request({
      method: 'PUT',
      url: `/api/forum-meetings/${meetingId}/minutes`,
      payload: { presentMemberIds: [f.memberIds.secretary, f.memberIds.member, f.memberIds.other1], items: [{ id: caseItem!.id, decision: 'Sendes til sykehuset for uttalelse' }, { id: recItem!.id, decision: 'Godkjent' }], text: 'Godt møte.' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().quorum).toEqual({ met: true, needed: 3, present: 3 });
    const seen = (await member.request({ method: 'GET', url: `/api/forum-meetings/${meetingId}` })).json();
    expect(seen.status).toBe('held');
    expect(seen.agenda[0].decision).toBe('Sendes til sykehuset for uttalelse');
    expect(seen.members.filter((m: { present: boolean }) => m.present)).toHaveLength(3);
    expect(seen.registrations).toBeNull();
    const ready = await t.database.db.selectFrom('forum_submission').where('id', 'in', f.submissionIds.slice(0, 2)).select(['id', 'ready_for_meeting']).execute();
    expect(ready.find((r) => r.id === f.submissionIds[0])!.ready_for_meeting).toBe(false);
    expect(ready.find((r) => r.id === f.submissionIds[1])!.ready_for_meeting).toBe(true);
  });

  it('logs members’ hours from a held meeting, replacing an earlier figure', async () => {
    const log = (hours: number) => secretary.request({ method: 'POST', url: `/api/forum-meetings/${meetingId}/hours`, payload: { entries: [{ memberId: f.memberIds.member, hours }] } });
    expect((await log(2)).statusCode).toBe(201);
    expect((await log(2.5)).statusCode).toBe(201);
    const seen = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${meetingId}` })).json();
    expect(seen.members.find((m: { id: string }) => m.id === f.memberIds.member).hours).toBe(2.5);
    expect((await log(30)).statusCode).toBe(400);
    const other = await secretary.request({ method: 'POST', url: `/api/forum-meetings/${meetingId}/hours`, payload: { entries: [{ memberId: f.bodyId, hours: 1 }] } });
    expect(other.json().code).toBe('FORUM_MEMBER_NOT_FOUND');
  });

  it('lists open thematic meetings publicly and takes registrations up to the capacity, once per person', async () => {
    const created = await secretary.request({
      method: 'POST',
      url: `/api/forums/${f.bodyId}/meetings`,
      payload: { kind: 'open_thematic', title: 'Åpent møte om epikriser', theme: 'Epikriser', startsAt: new Date(start.getTime() + 20 * DAY).toISOString(), capacity: 2 },
    });
    openMeetingId = created.json().id;
    const listed = (await t.request({ method: 'GET', url: '/api/public/forum-meetings' })).json() as { id: string; spotsLeft: number; body: { slug: string } }[];
    expect(listed.find((m) => m.id === openMeetingId)).toMatchObject({ spotsLeft: 2, body: { slug: f.slug } });

    const register = (payload: object, client?: TestClient) => (client ?? t).request({ method: 'POST', url: `/api/forum-meetings/${openMeetingId}/registrations`, payload });
    const anonymous = await register({ name: 'Helse Sekretær', email: 'Helse@example.no', organisation: 'Kommunen' });
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json().spotsLeft).toBe(1);
    expect((await register({ name: 'Samme', email: 'helse@example.no' })).json().code).toBe('FORUM_REGISTRATION_DUPLICATE');
    expect((await register({ name: 'Uten e-post' })).json().code).toBe('FORUM_REGISTRATION_CONTACT_MISSING');
    expect((await register({}, gp)).statusCode).toBe(201);
    expect((await register({}, gp)).json().code).toBe('FORUM_REGISTRATION_DUPLICATE');
    expect((await register({ name: 'Sist', email: 'sist@example.no' })).json().code).toBe('FORUM_MEETING_FULL');
    const ordinary = await t.request({ method: 'POST', url: `/api/forum-meetings/${meetingId}/registrations`, payload: { name: 'X', email: 'x@example.no' } });
    expect(ordinary.json().code).toBe('FORUM_REGISTRATION_CLOSED');

    const seen = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${openMeetingId}` })).json();
    expect(seen.registrations.map((r: { name: string }) => r.name)).toEqual(['Helse Sekretær', gp.me.name]);
    const list = (await member.request({ method: 'GET', url: `/api/forums/${f.bodyId}/meetings` })).json();
    expect(list.openMeetings).toMatchObject({ wanted: 3, met: false });
    expect(list.meetings).toHaveLength(2);
  });

  it('reports coverage: received by kind and theme, states, time to outcome and the share of deviations a published recommendation answers', async () => {
    const db = t.database.db;
    const now = clock.now();
    const rec = await db.insertInto('forum_recommendation').values({ body_id: f.bodyId, slug: `${f.slug}-henvisninger`, status: 'published', published_version: 1, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('forum_recommendation_case').values({ recommendation_id: rec.id, submission_id: f.submissionIds[0]! }).execute();
    const query = `from=${isoDay(new Date(start.getTime() - 30 * DAY))}&to=${isoDay(new Date(start.getTime() + DAY))}`;
    const report = (await member.request({ method: 'GET', url: `/api/forums/${f.bodyId}/coverage?${query}` })).json();
    expect(report.received).toEqual({ total: 3, deviation: 2, proposal: 1 });
    expect(report.byTheme.map((r: { theme: string; total: number }) => [r.theme, r.total])).toEqual([
      ['none', 2],
      ['discharge_summaries', 1],
      ['referrals', 1],
    ]);
    expect(report.byStatus).toContainEqual({ status: 'accepted', deviation: 2, proposal: 0, total: 2 });
    expect(report.timeToOutcome).toEqual({ count: 1, medianDays: 4 });
    expect(report.deviationsCovered).toEqual({ covered: 1, total: 2, percent: 50 });
    const wrong = await member.request({ method: 'GET', url: `/api/forums/${f.bodyId}/coverage?from=2026-05-01&to=2026-01-01` });
    expect(wrong.json().code).toBe('FORUM_PERIOD_INVALID');
  });

  it('generates the annual report, lets the secretary edit and publish it, then shows it publicly and refuses changes', async () => {
    const year = Number(isoDay(clock.now()).slice(0, 4));
    const url = `/api/forums/${f.bodyId}/annual/${year}/report`;
    const draft = (await member.request({ method: 'GET', url })).json();
    expect(draft.saved).toBe(false);
    expect(draft.text).toContain(`# Årsrapport ${year} – Testutvalget`);
    expect((await member.request({ method: 'PUT', url, payload: { text: 'Endret' } })).json().code).toBe('FORUM_NOT_A_MANAGER');
    const saved = await secretary.request({ method: 'PUT', url, payload: { text: `${draft.text}\n\nLeders kommentar: et godt år.` } });
    expect(saved.json()).toMatchObject({ saved: true, publishedAt: null });
    expect((await t.request({ method: 'GET', url: `/api/public/forums/${f.slug}/annual/${year}/report` })).statusCode).toBe(404);
    const published = await secretary.request({ method: 'POST', url: `${url}/publish` });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await secretary.request({ method: 'PUT', url, payload: { text: 'For sent' } })).json().code).toBe('FORUM_ANNUAL_PUBLISHED');
    const open = await t.request({ method: 'GET', url: `/api/public/forums/${f.slug}/annual/${year}/report` });
    expect(open.statusCode).toBe(200);
    expect(open.json().text).toContain('Leders kommentar: et godt år.');
    const plan = (await secretary.request({ method: 'GET', url: `/api/forums/${f.bodyId}/annual/${year}/plan` })).json();
    expect(plan.text).toContain('Åpent møte om epikriser');
  });

  it('audits reads and writes of meetings and registrations', async () => {
    const rows = await t.database.db.selectFrom('audit_log').where('object_id', 'in', [meetingId, openMeetingId]).select(['action', 'object_type']).execute();
    const kinds = new Set(rows.map((r) => `${r.action}:${r.object_type}`));
    expect(kinds).toContain('create:forum_meeting');
    expect(kinds).toContain('create:forum_meeting_minutes');
    expect(kinds).toContain('read:forum_meeting');
  });

  it('ships demo forums: the SUFF-like committee with meetings held and planned, the forum’s open meetings with registrations, and annual plans', async () => {
    const db = t.database.db;
    const suff = await db.selectFrom('forum_body').where('slug', '=', 'suff-vestfold').selectAll().executeTakeFirstOrThrow();
    const list = (await secretary.request({ method: 'GET', url: `/api/forums/${suff.id}/meetings` })).json();
    const statuses = list.meetings.map((m: { status: string }) => m.status);
    expect(statuses).toContain('held');
    expect(statuses).toContain('planned');
    const held = list.meetings.find((m: { status: string }) => m.status === 'held');
    const meeting = (await secretary.request({ method: 'GET', url: `/api/forum-meetings/${held.id}` })).json();
    expect(meeting.quorum.met).toBe(true);
    expect(meeting.agenda.every((i: { decision: string | null }) => i.decision)).toBe(true);
    const states = await db.selectFrom('forum_submission').where('body_id', '=', suff.id).select('status').distinct().execute();
    expect(states.map((s) => s.status).sort()).toEqual(['accepted', 'answered', 'assessed', 'forwarded', 'in_assessment', 'merged', 'received', 'rejected']);
    const coverage = (await member.request({ method: 'GET', url: `/api/forums/${suff.id}/coverage?from=${isoDay(new Date(start.getTime() - 365 * DAY))}&to=${isoDay(start)}` })).json();
    expect(coverage.deviationsCovered.covered).toBe(2);
    const open = (await t.request({ method: 'GET', url: '/api/public/forum-meetings' })).json() as { body: { slug: string }; registered: number }[];
    expect(open.filter((m) => m.body.slug === 'moteplass-vestfold').map((m) => m.registered)).toContain(3);
    const year = Number(isoDay(clock.now()).slice(0, 4));
    const plan = await t.request({ method: 'GET', url: `/api/public/forums/moteplass-vestfold/annual/${year}/plan` });
    expect(plan.json().text).toContain('Møteplass fastleger og sykehus Vestfold');
    const suffPlan = (await secretary.request({ method: 'GET', url: `/api/forums/${suff.id}/annual/${year}/plan` })).json();
    expect(suffPlan).toMatchObject({ saved: true, publishedAt: null });
    expect(suffPlan.text).toContain('ikke reglene');
  });

  it('shows anyone the body’s public page: mandate, current members and whom they represent, published annual documents, open meetings', async () => {
    const page = await t.request({ method: 'GET', url: '/api/public/forums/moteplass-vestfold' });
    expect(page.statusCode, page.body).toBe(200);
    const body = page.json();
    expect(body).toMatchObject({ slug: 'moteplass-vestfold', name: 'Møteplass fastleger og sykehus Vestfold' });
    expect(body.members.length).toBeGreaterThan(0);
    expect(Object.keys(body.members[0]).sort()).toEqual(['name', 'region', 'represents', 'role']);
    expect(body.annualDocuments.map((d: { kind: string }) => d.kind)).toContain('plan');
    expect(body.openMeetings.some((m: { registered: number }) => m.registered === 3)).toBe(true);
    expect((await t.request({ method: 'GET', url: '/api/public/forums/finnes-ikke' })).json().code).toBe('FORUM_BODY_NOT_FOUND');
  });
});
