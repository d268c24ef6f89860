import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkStatus } from '../src/platform/db/schema-teams.js';
import { categorise, DECLINE_REASON_CATEGORIES, RECOMMENDATION_CATEGORIES } from '../src/modules/teams/domain/evaluation-measures.js';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

const DAY = 86_400_000;

interface Group {
  level: string;
  key: string;
  name: string;
  teamId: string | null;
  counts: Record<string, Record<string, number | string>>;
  waitingDays: { median: number | null; p90: number | null; basis: number | string };
  sessionsPerCourse: { median: number | null; basis: number | string };
}
interface Evaluation {
  scope: string;
  groups: Group[];
}

interface ReferralSpec {
  status: 'submitted' | 'accepted' | 'declined' | 'withdrawn';
  createdAt: Date;
  age: number;
  sickLeave?: { status: 'at_risk' | 'sick_listed_full' | 'sick_listed_graded'; weeks: number | null };
  decline?: { reason: string; recommendation: string | null };
  course?: { status: 'active' | 'completed' | 'dropped_out'; start: WorkStatus; end?: WorkStatus; held: number; booked?: number; firstAfterDays: number; goals?: { set: number; reached: number } };
}

/** Teams and their registration rows written straight into the tables, as the figures need them. */
async function addTeam(t: TestApp, name: string, trialSite: string) {
  const now = new Date();
  return (await t.database.db.insertInto('team').values({ kind: 'work_focus', name, trial_site: trialSite, capacity: 100, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
}

async function addReferrals(t: TestApp, teamId: string, citizens: string[], referrerId: string, navOfficeId: string, specs: ReferralSpec[]) {
  const db = t.database.db;
  for (const [i, s] of specs.entries()) {
    const citizenId = citizens[i % citizens.length]!;
    const referral = await db
      .insertInto('team_referral')
      .values({
        team_id: teamId,
        citizen_id: citizenId,
        referred_by: referrerId,
        referred_by_role: 'gp',
        referred_by_name: 'Test Lege',
        status: s.status,
        reason: 'Trenger samtidig hjelp med helse og arbeid',
        age_at_referral: s.age,
        sick_leave_status: s.sickLeave?.status ?? 'sick_listed_full',
        sick_leave_weeks: s.sickLeave ? s.sickLeave.weeks : 3,
        nav_office_id: navOfficeId,
        decline_reason: s.decline?.reason ?? null,
        recommendation: s.decline?.recommendation ?? null,
        created_at: s.createdAt,
        updated_at: s.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!s.course) continue;
    const c = s.course;
    const closed = c.status !== 'active';
    const course = await db
      .insertInto('team_course')
      .values({
        referral_id: referral.id,
        team_id: teamId,
        citizen_id: citizenId,
        status: c.status,
        session_budget: 10,
        work_status_start: c.start,
        work_status_end: c.end ?? null,
        final_report: closed ? JSON.stringify({ background: 'b', courseSummary: 'c', functionAssessment: 'f', goalsOutcome: 'g', relapsePrevention: 'r', recommendations: 'a' }) : null,
        started_on: new Date(s.createdAt.getTime() + c.firstAfterDays * DAY).toISOString().slice(0, 10),
        closed_at: closed ? new Date(s.createdAt.getTime() + 120 * DAY) : null,
        created_at: s.createdAt,
        updated_at: s.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sessions = [
      ...Array.from({ length: c.held }, (_, k) => ({ status: 'held' as const, at: c.firstAfterDays + k * 7 })),
      ...Array.from({ length: c.booked ?? 0 }, (_, k) => ({ status: 'booked' as const, at: c.firstAfterDays + (c.held + k) * 7 })),
      // A cancelled session before the first one does not count as the first.
      { status: 'cancelled' as const, at: 1 },
    ];
    await db
      .insertInto('team_session')
      .values(sessions.map((x, k) => ({ course_id: course.id, kind: k === 0 ? ('assessment' as const) : ('regular' as const), status: x.status, starts_at: new Date(s.createdAt.getTime() + x.at * DAY + 3_600_000), duration_minutes: 45, created_by_name: 'Test', created_at: s.createdAt, updated_at: s.createdAt })))
      .execute();
    const goals = c.goals ?? { set: 0, reached: 0 };
    if (goals.set > 0) {
      await db
        .insertInto('team_goal')
        .values(Array.from({ length: goals.set }, (_, k) => ({ course_id: course.id, area: 'work' as const, text: `Mål ${k + 1}`, status: k < goals.reached ? ('reached' as const) : ('open' as const), created_at: s.createdAt, updated_at: s.createdAt })))
        .execute();
    }
  }
}

const many = (n: number, spec: ReferralSpec) => Array.from({ length: n }, () => spec);

describe.each(DB_KINDS)('teams: registration and evaluation (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let lead: TestClient;
  let gp: TestClient;
  let memberNotLead: TestClient;
  let site: string;
  let teamA: string;
  let teamB: string;
  let teamC: string;
  let citizenFacts: { id: string; fnr: string; given_name: string; family_name: string }[];
  const march = (day: number) => new Date(Date.UTC(2025, 2, day, 9));

  beforeAll(async () => {
    t = await startTestApp({ db });
    const d = t.database.db;
    admin = await t.signIn('admin');
    gp = await t.signIn('gp', '80 %');
    site = `Evalby ${randomBytes(3).toString('hex')}`;
    teamA = await addTeam(t, 'Arbeidsfokus Evalby A', site);
    teamB = await addTeam(t, 'Arbeidsfokus Evalby B', site);
    teamC = await addTeam(t, 'Arbeidsfokus Grense', `${site} grense`);
    citizenFacts = await d.selectFrom('citizen').select(['id', 'fnr', 'given_name', 'family_name']).orderBy('id').limit(40).execute();
    const citizens = citizenFacts.map((c) => c.id);
    const nav = await d.selectFrom('organisation').where('kind', '=', 'nav_office').select('id').orderBy('name').executeTakeFirstOrThrow();
    const now = new Date();
    const newUser = async (description: string) => {
      const person = await d.insertInto('person').values({ given_name: 'Test', family_name: description.split(' ')[0]! }).returning('id').executeTakeFirstOrThrow();
      return (await d.insertInto('app_user').values({ role: 'team_member', person_id: person.id, citizen_id: null, organisation_id: null, oidc_subject: null, is_demo: true, description }).returning('id').executeTakeFirstOrThrow()).id;
    };
    const leadId = await newUser('Teamleder (evalueringstest)');
    const memberId = await newUser('Jobbspesialist (evalueringstest)');
    await d.insertInto('team_member').values([
      { team_id: teamA, user_id: leadId, role: 'team_lead', created_at: now },
      { team_id: teamA, user_id: leadId, role: 'cognitive_therapist', created_at: now },
      { team_id: teamB, user_id: leadId, role: 'cognitive_therapist', created_at: now },
      { team_id: teamA, user_id: memberId, role: 'job_specialist', created_at: now },
    ]).execute();
    lead = await signInAs(t.request, leadId);
    memberNotLead = await signInAs(t.request, memberId);

    const severe = { reason: 'Plagene er for alvorlige for et lavterskeltilbud nå', recommendation: 'Henvises til DPS for utredning' };
    await addReferrals(t, teamA, citizens, gp.userId, nav.id, [
      ...many(4, { status: 'accepted', createdAt: march(3), age: 30, course: { status: 'completed', start: 'sick_listed_full', end: 'working_full', held: 8, firstAfterDays: 5, goals: { set: 2, reached: 1 } } }),
      { status: 'accepted', createdAt: march(4), age: 52, course: { status: 'completed', start: 'sick_listed_full', end: 'working_graded', held: 8, firstAfterDays: 5, goals: { set: 2, reached: 1 } } },
      ...many(3, { status: 'accepted', createdAt: march(5), age: 41, sickLeave: { status: 'at_risk', weeks: null }, course: { status: 'active', start: 'at_risk', held: 3, booked: 1, firstAfterDays: 10 } }),
      ...many(3, { status: 'declined', createdAt: march(6), age: 60, decline: severe }),
      ...many(2, { status: 'submitted', createdAt: march(7), age: 24 }),
      // Before the period: six declined in 2024, recommended work-oriented rehabilitation.
      ...many(6, { status: 'declined', createdAt: new Date(Date.UTC(2024, 5, 10, 9)), age: 35, decline: { reason: 'Ønsker ikke tilbudet nå', recommendation: 'Arbeidsrettet rehabilitering' } }),
    ]);
    await addReferrals(t, teamB, citizens.slice(10), gp.userId, nav.id, many(20, { status: 'accepted', createdAt: march(10), age: 30, sickLeave: { status: 'sick_listed_full', weeks: 6 }, course: { status: 'active', start: 'sick_listed_full', held: 0, booked: 2, firstAfterDays: 3 } }));
    // 00:30 on New Year's Day in Oslo is still 2024 in UTC: the period follows Oslo's days.
    await addReferrals(t, teamC, citizens, gp.userId, nav.id, [{ status: 'withdrawn', createdAt: new Date('2024-12-31T23:30:00Z'), age: 40 }]);
  });

  afterAll(async () => {
    await t?.close();
  });

  const get = async (client: TestClient, query: string) => client.request({ method: 'GET', url: `/api/teams/evaluation?${query}` });
  const of = (e: Evaluation, key: string) => e.groups.find((g) => g.key === key)!;

  it('counts per team, per trial site and in total, for referrals made in the period', async () => {
    const response = await get(admin, `trialSite=${encodeURIComponent(site)}&from=2025-01-01&to=2026-01-01`);
    expect(response.statusCode).toBe(200);
    const e = response.json() as Evaluation;
    expect(e.scope).toBe('all');
    expect(e.groups.map((g) => g.level)).toEqual(['total', 'trial_site', 'team', 'team']);
    expect(of(e, `site:${site}`).counts.referrals!.all).toBe(33);
    expect(of(e, 'total').counts.referrals!.all).toBe(33);
    // Within the site, B's 20 active would give A's 3 away (23 − 20): one of them is hidden.
    expect([of(e, `team:${teamB}`).counts.courses!.active, of(e, `site:${site}`).counts.courses!.active]).toContain('x');
    // Asked alone, each team's own figures, protected within the team.
    const a = of((await get(admin, `teamId=${teamA}&from=2025-01-01&to=2026-01-01`)).json() as Evaluation, `team:${teamA}`);
    expect(a.counts.referrals!.all).toBe(13);
    expect(a.counts.referral_status).toMatchObject({ declined: '<5', submitted: '<5', waiting: 0 });
    // 8 included = 3 active (<5) + 5 completed: one of the 8 and the 5 is hidden as well.
    expect([a.counts.referral_status!.accepted, a.counts.courses!.completed].filter((v) => v === 'x')).toHaveLength(1);
    expect([8, 'x']).toContain(a.counts.referral_status!.accepted);
    expect(a.counts.decline_reason!.too_severe).toBe('<5');
    expect(a.counts.recommendation!.dps).toBe('<5');
    expect(a.counts.work_status_end).toMatchObject({ working_full: '<5', working_graded: '<5', sick_listed_full: 0 });
    expect(a.counts.goals).toEqual({ set: 10, reached: 5 });
    expect(a.counts.sessions_held!.all).toBe(49);
    // Asked alone, team B has no small cells to protect.
    const alone = of((await get(admin, `teamId=${teamB}&from=2025-01-01&to=2026-01-01`)).json() as Evaluation, `team:${teamB}`);
    expect(alone.counts.courses).toEqual({ active: 20, completed: 0, dropped_out: 0 });
    expect(alone.counts.work_status_start!.sick_listed_full).toBe(20);
    expect(alone.counts.age_band!['25-34']).toBe(20);
    expect(alone.counts.sick_leave_weeks!['5-8']).toBe(20);
    expect(Object.values(alone.counts.nav_office!)).toContain(20);
  });

  it('gives the waiting time to the first held or booked session and sessions per closed course as medians', async () => {
    const e = (await get(admin, `trialSite=${encodeURIComponent(site)}&from=2025-01-01&to=2026-01-01`)).json() as Evaluation;
    // Team A: five at 5 days, three at 10 (a cancelled session on day 1 is not the first).
    expect(of(e, `team:${teamA}`).waitingDays).toEqual({ median: 5, p90: 10, basis: 8 });
    expect(of(e, `team:${teamA}`).sessionsPerCourse).toEqual({ median: 8, basis: 5 });
    expect(of(e, `team:${teamB}`).waitingDays).toEqual({ median: 3, p90: 3, basis: 20 });
    expect(of(e, `site:${site}`).waitingDays).toEqual({ median: 3, p90: 10, basis: 28 });
  });

  it('never shows a count of 1–4, and never a person', async () => {
    const response = await get(admin, '');
    const e = response.json() as Evaluation;
    for (const g of e.groups) for (const values of Object.values(g.counts)) for (const v of Object.values(values)) if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
    for (const c of citizenFacts) {
      expect(response.body).not.toContain(c.id);
      expect(response.body).not.toContain(c.fnr);
      expect(response.body).not.toContain(`${c.given_name} ${c.family_name}`);
    }
  });

  it('follows the period: earlier referrals only in their own period, and Oslo’s days', async () => {
    const earlier = (await get(admin, `teamId=${teamA}&from=2024-01-01&to=2025-01-01`)).json() as Evaluation;
    const a = of(earlier, `team:${teamA}`);
    expect(a.counts.referrals!.all).toBe(6);
    expect(a.counts.recommendation!.work_rehabilitation).toBe(6);
    expect(a.counts.decline_reason!.not_ready).toBe(6);
    expect(of((await get(admin, `teamId=${teamA}`)).json() as Evaluation, `team:${teamA}`).counts.referrals!.all).toBe(19);
    expect(of((await get(admin, `teamId=${teamC}&from=2025-01-01&to=2025-02-01`)).json() as Evaluation, `team:${teamC}`).counts.referrals!.all).toBe('<5');
    expect(of((await get(admin, `teamId=${teamC}&from=2024-12-01&to=2025-01-01`)).json() as Evaluation, `team:${teamC}`).counts.referrals!.all).toBe(0);
  });

  it('sorts declines into the same categories in SQL as in the pure code, æøå and capitals included', async () => {
    const team = await addTeam(t, 'Arbeidsfokus Kategorier', `${site} kategorier`);
    const nav = (await t.database.db.selectFrom('organisation').where('kind', '=', 'nav_office').select('id').orderBy('name').executeTakeFirstOrThrow()).id;
    const texts = [
      { reason: 'ØNSKER IKKE tilbudet nå', recommendation: 'Fysioterapi hos kommunen' },
      { reason: 'Møtte ikke til vurderingssamtalen', recommendation: '' },
      { reason: 'Langtidssykmeldt, i avklaring mot AAP', recommendation: 'Tiltak i regi av NAV' },
      { reason: 'Noe helt annet', recommendation: 'Distriktspsykiatrisk senter' },
    ];
    await addReferrals(t, team, citizenFacts.map((c) => c.id), gp.userId, nav, texts.flatMap((decline) => many(5, { status: 'declined', createdAt: march(12), age: 33, decline })));
    const e = (await get(admin, `teamId=${team}`)).json() as Evaluation;
    const counts = of(e, `team:${team}`).counts;
    for (const text of texts) {
      expect(counts.decline_reason![categorise(text.reason, DECLINE_REASON_CATEGORIES)], text.reason).toBe(5);
      expect(counts.recommendation![categorise(text.recommendation, RECOMMENDATION_CATEGORIES, 'none')], text.recommendation).toBe(5);
    }
  });

  it('keeps the sessions and goals it counts in step with the sessions and goals themselves', async () => {
    const team = await addTeam(t, 'Arbeidsfokus Endringer', `${site} endringer`);
    const nav = (await t.database.db.selectFrom('organisation').where('kind', '=', 'nav_office').select('id').orderBy('name').executeTakeFirstOrThrow()).id;
    await addReferrals(t, team, citizenFacts.map((c) => c.id), gp.userId, nav, many(6, { status: 'accepted', createdAt: march(20), age: 30, course: { status: 'active', start: 'sick_listed_full', held: 0, booked: 2, firstAfterDays: 3, goals: { set: 1, reached: 0 } } }));
    const d = t.database.db;
    const courses = d.selectFrom('team_course').where('team_id', '=', team).select('id');
    // The first booked session of each course is called off, and every goal is reached.
    const firsts = await d.selectFrom('team_session').where('course_id', 'in', courses).where('status', '=', 'booked').select(['id', 'course_id', 'starts_at']).orderBy('starts_at').execute();
    const firstOf = new Map<string, string>();
    for (const s of firsts) if (!firstOf.has(s.course_id)) firstOf.set(s.course_id, s.id);
    await d.updateTable('team_session').set({ status: 'cancelled' }).where('id', 'in', [...firstOf.values()]).execute();
    await d.updateTable('team_goal').set({ status: 'reached' }).where('course_id', 'in', courses).execute();
    const e = (await get(admin, `teamId=${team}&from=2025-03-01`)).json() as Evaluation;
    const g = of(e, `team:${team}`);
    expect(g.waitingDays).toEqual({ median: 10, p90: 10, basis: 6 });
    expect(g.counts.goals).toEqual({ set: 6, reached: 6 });
    // Sessions deleted are no longer counted either.
    await d.deleteFrom('team_session').where('course_id', 'in', courses).execute();
    const after = of((await get(admin, `teamId=${team}&from=2025-03-02`)).json() as Evaluation, `team:${team}`);
    expect(after.waitingDays).toEqual({ median: null, p90: null, basis: 0 });
  });

  it('exports CSV for researchers: aggregated rows only, protected the same way', async () => {
    const response = await admin.request({ method: 'GET', url: `/api/teams/evaluation.csv?teamId=${teamA}&from=2025-01-01&to=2026-01-01` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="teamevaluering-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(response.body, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const cell = (group: string, measure: string, category: string) => rows.find((r) => r.group === group && r.measure === measure && r.category === category)?.value;
    expect(cell('Arbeidsfokus Evalby A', 'referrals', 'all')).toBe('13');
    expect(cell('Arbeidsfokus Evalby A', 'referral_status', 'declined')).toBe('<5');
    expect(cell('Arbeidsfokus Evalby A', 'goals', 'reached')).toBe('5');
    expect(cell(site, 'waiting_days', 'median')).toBe('5');
    expect(cell('Totalt', 'waiting_days', 'p90')).toBe('10');
    expect(rows.find((r) => r.level === 'team')).toMatchObject({ period_from: '2025-01-01', period_to: '2026-01-01', trial_site: site, team_kind: 'work_focus' });
    expect(rows.every((r) => ['total', 'trial_site', 'team'].includes(r.level!))).toBe(true);
    for (const r of rows) if (/^\d+$/.test(r.value!)) expect(Number(r.value) === 0 || Number(r.value) >= 5).toBe(true);
    for (const c of citizenFacts) {
      expect(response.body).not.toContain(c.id);
      expect(response.body).not.toContain(c.fnr);
    }
  });

  it('records every read and export in the audit log, naming no person', async () => {
    const entries = () => t.database.db.selectFrom('audit_log').where('object_type', '=', 'team_evaluation').where('actor_user_id', '=', admin.userId).orderBy('id', 'desc').selectAll().execute();
    const before = (await entries()).length;
    await admin.request({ method: 'GET', url: `/api/teams/evaluation.csv?teamId=${teamA}` });
    const after = await entries();
    expect(after).toHaveLength(before + 1);
    const entry = after[0]!;
    expect(entry.citizen_id).toBeNull();
    expect(entry.subject_set_id).toBeNull();
    expect(entry.object_id).toBe(teamA);
    expect(entry.detail).toMatchObject({ format: 'csv', scope: 'all', teams: 1 });
  });

  it('lets a team lead see the teams they lead, and only those', async () => {
    const own = (await get(lead, '')).json() as Evaluation;
    expect(own.scope).toBe('own_teams');
    expect(own.groups.filter((g) => g.level === 'team').map((g) => g.teamId)).toEqual([teamA]);
    expect(of(own, 'total').counts.referrals!.all).toBe(19);
    const other = await get(lead, `teamId=${teamB}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('TEAM_EVALUATION_FORBIDDEN');
    // A site filter only narrows the lead's own teams.
    const bySite = (await get(lead, `trialSite=${encodeURIComponent(site)}`)).json() as Evaluation;
    expect(bySite.groups.filter((g) => g.level === 'team').map((g) => g.teamId)).toEqual([teamA]);
  });

  it('refuses everyone else with a code, and bad input with its own', async () => {
    for (const client of [gp, memberNotLead]) {
      for (const url of ['/api/teams/evaluation', '/api/teams/evaluation.csv']) {
        const response = await client.request({ method: 'GET', url });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('TEAM_EVALUATION_FORBIDDEN');
      }
    }
    expect((await get(admin, 'from=2025-02-01&to=2025-01-01')).json().code).toBe('TEAM_EVALUATION_PERIOD_INVALID');
    expect((await get(admin, 'from=2025-02-01&to=2025-02-01')).statusCode).toBe(400);
    expect((await get(admin, 'from=01.02.2025')).json().code).toBe('VALIDATION_FAILED');
    expect((await get(admin, 'teamId=not-a-uuid')).statusCode).toBe(400);
    const unknown = await get(admin, `teamId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('TEAM_NOT_FOUND');
    expect((await t.request({ method: 'GET', url: '/api/teams/evaluation' })).statusCode).toBe(401);
  });
});
