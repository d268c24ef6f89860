import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

const DAY = 86_400_000;
/** 10:00 in Oslo (winter time) on a day. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const MUNICIPALITY = '5501';

interface Kpi {
  key: string;
  value: number | null;
  basis: number | string;
  trend: { bucket: string; value: number | null; basis: number | string }[];
  baseline: { valuePercent: number } | null;
}
interface Dashboard {
  scope: { kind: string; key: string; name: string };
  asOf: string | null;
  source: string;
  kpis: Kpi[];
}

describe.each(DB_KINDS)('insights: KPI dashboards (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let adviser: TestClient;
  let physician: TestClient;
  let gp: TestClient;
  let employer: TestClient;
  let officeId: string;
  let gpPeople: string[];
  let citizens: string[];

  const get = (client: TestClient, url: string) => client.request({ method: 'GET', url });
  const dashboard = async (client: TestClient, name: string, query: string) => {
    const r = await get(client, `/api/insights/dashboards/${name}?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Dashboard;
  };
  const kpi = (d: Dashboard, key: string) => d.kpis.find((k) => k.key === key)!;
  const refresh = async (full = false) => {
    const r = await admin.request({ method: 'POST', url: '/api/insights/refresh', payload: { full } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { groups: number };
  };

  async function addRequest(sent: Date, answeredAfterDays: number | null, extra: { withdrawn?: boolean; gp?: number } = {}) {
    const d = t.database.db;
    const gpPerson = gpPeople[extra.gp ?? 0]!;
    const conversation = await d
      .insertInto('conversation')
      .values({ citizen_id: citizens[0]!, case_id: null, nav_office_id: officeId, gp_person_id: gpPerson, gp_office_id: null, subject: 'L8: test', started_by: 'nav', request_kind: 'L8', last_message_at: sent, created_at: sent })
      .returning('id')
      .executeTakeFirstOrThrow();
    const answeredAt = answeredAfterDays === null ? null : new Date(sent.getTime() + answeredAfterDays * DAY);
    const request = await d
      .insertInto('dialogue_message')
      .values({
        conversation_id: conversation.id, parent_id: null, kind: 'request', code_system: 8129, code: 1, sender_side: 'nav', sender_user_id: null, sender_name: 'Veileder', sender_org_name: 'NAV Testby',
        recipient_org_id: null, recipient_person_id: gpPerson, recipient_user_id: null, request_kind: 'L8', tariff_code: 'L8', legal_basis: null,
        due_on: null, due_at: new Date(sent.getTime() + 7 * DAY), expects_answer: true, answered_at: answeredAt, withdrawn_at: extra.withdrawn ? new Date(sent.getTime() + DAY) : null,
        delivered_at: sent, idempotency_key: null, payload_hash: null, created_at: sent,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await d.insertInto('request_question').values({ message_id: request.id, position: 1, text: 'Hvordan er funksjonen nå?', is_open: false }).execute();
  }

  beforeAll(async () => {
    t = await startTestApp({ db, env: { INSIGHTS_REFRESH_SECONDS: '0' } });
    const d = t.database.db;
    const now = new Date();
    admin = await t.signIn('admin');
    gp = await t.signIn('gp', '80 %');
    employer = await t.signIn('employer');
    physician = await t.signIn('municipal_physician');
    const org = (kind: 'nav_office' | 'gp_office', name: string) =>
      d.insertInto('organisation').values({ kind, name, org_number: null, street: null, postal_code: null, city: 'Testby', municipality_number: MUNICIPALITY, municipality_name: 'Testby', phone: null, email: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    officeId = (await org('nav_office', 'NAV Testby')).id;
    const gpOffice = (await org('gp_office', 'Testby legesenter')).id;
    gpPeople = [];
    for (let i = 0; i < 6; i++) {
      const p = await d.insertInto('person').values({ given_name: 'Lege', family_name: `Testby${i}`, hpr_number: null, phone: null, email: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
      await d.insertInto('position').values({ person_id: p.id, organisation_id: gpOffice, role: 'gp', title: 'Fastlege', share_percent: 100, valid_from: '2020-01-01', valid_to: null, created_at: now }).execute();
      gpPeople.push(p.id);
    }
    const adviserPerson = await d.insertInto('person').values({ given_name: 'Veileder', family_name: 'Testby', hpr_number: null, phone: null, email: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    const adviserUser = await d.insertInto('app_user').values({ role: 'nav_adviser', person_id: adviserPerson.id, citizen_id: null, organisation_id: officeId, oidc_subject: null, is_demo: true, description: 'Veileder i Testby' }).returning('id').executeTakeFirstOrThrow();
    adviser = await signInAs(t.request, adviserUser.id);
    citizens = (await d.selectFrom('citizen').select('id').orderBy('id').limit(12).execute()).map((c) => c.id);

    // January: ten requests answered after 1, 1, 2, 2, 3, 3, 3, 5, 8 and 20 days, one never (past its
    // deadline), one withdrawn. February: three answered after 2 days.
    const january = [6, 7, 8, 9, 10, 13, 14, 15, 16, 17].map((day) => `2025-01-${String(day).padStart(2, '0')}`);
    const replies = [1, 1, 2, 2, 3, 3, 3, 5, 8, 20];
    for (const [i, day] of january.entries()) await addRequest(at(day), replies[i]!, { gp: i % 6 });
    await addRequest(at('2025-01-20'), null);
    await addRequest(at('2025-01-21'), null, { withdrawn: true });
    for (const day of ['2025-02-03', '2025-02-04', '2025-02-05']) await addRequest(at(day), 2);

    // Six sick-leave cases from 6 January lasting ten weeks; three had the plan by week 4 (3 Feb).
    for (const [i, plan] of ['2025-02-03', '2025-01-30', '2025-02-10', null, null, '2025-01-27'].entries()) {
      const c = await d.insertInto('sick_case').values({ citizen_id: citizens[i]!, nav_office_id: officeId, first_day: '2025-01-06', last_day: '2025-03-17', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
      if (plan) await d.insertInto('case_event').values({ case_id: c.id, kind: 'follow_up_plan_received', occurred_on: plan, created_at: now }).execute();
    }
    await refresh(true);
  });

  afterAll(async () => {
    await t?.close();
  });

  const Q1 = `scope=municipality&area=${MUNICIPALITY}&from=2025-01&to=2025-03`;

  it('computes the dialogue KPIs from the facts, hiding a small month and the one that would give it away', async () => {
    const d = await dashboard(physician, 'dialogue', Q1);
    expect(d.source).toBe('facts');
    expect(d.asOf).not.toBeNull();
    // 13 answered: 1,1,2,2,2,2,2,3,3,3,5,8,20 → median (rank 7) 2 days, p90 (rank 12) 8 days.
    const median = kpi(d, 'nav_request_reply_median');
    expect(median.value).toBe(2);
    expect(kpi(d, 'nav_request_reply_p90').value).toBe(8);
    // February rests on 3 ("<5"); January would give it away by subtraction ("x"); March has none.
    expect(median.trend.map((p) => p.basis)).toEqual(['x', '<5', 0]);
    expect(median.trend.every((p) => p.value === null)).toBe(true);
    // In time (≤ 7 days): 11 of the 13 answered, plus the overdue one late → 11 / 14 = 78.6 %.
    const inTime = kpi(d, 'nav_request_in_time');
    expect(inTime.value).toBe(78.6);
    expect(inTime.baseline?.valuePercent).toBe(65);
    expect(kpi(d, 'requests_targeted').value).toBe(100);
  });

  it('computes the sick-leave milestones by the month they fell due', async () => {
    const d = await dashboard(physician, 'sickleave', Q1);
    const plan = kpi(d, 'plan_by_week_4');
    // Plans on 3 Feb (the due day), 30 Jan and 27 Jan are in time; 10 Feb and two missing are not → 50 %.
    expect(plan.value).toBe(50);
    expect(plan.trend[1]).toMatchObject({ bucket: '2025-02', value: 50, basis: 6 });
  });

  it('gives the same figures by county and by the office to its own adviser, by quarter', async () => {
    const county = await dashboard(physician, 'dialogue', `scope=county&area=55&from=2025-01&to=2025-03&bucket=quarter`);
    expect(kpi(county, 'nav_request_reply_median').value).toBe(2);
    expect(kpi(county, 'nav_request_reply_median').trend.map((p) => p.bucket)).toEqual(['2025-Q1']);
    const office = await dashboard(adviser, 'dialogue', `scope=office&area=${officeId}&from=2025-01&to=2025-03`);
    expect(kpi(office, 'nav_request_in_time').value).toBe(78.6);
    expect(office.scope.name).toBe('NAV Testby');
  });

  it('picks up new and changed messages on the next incremental refresh', async () => {
    // As if the facts were last refreshed eleven days ago: since then, five requests were sent (ten
    // days ago) and answered a day later, and January's overdue request was answered now.
    await t.database.db.updateTable('insights_refresh_state').set({ watermark: new Date(Date.now() - 11 * DAY) }).execute();
    const sent = new Date(Date.now() - 10 * DAY);
    const month = sent.toISOString().slice(0, 7);
    for (let i = 0; i < 5; i++) await addRequest(new Date(sent.getTime() + i * 60_000), 1);
    await t.database.db.updateTable('dialogue_message').set({ answered_at: new Date() }).where('created_at', '=', at('2025-01-20')).execute();
    const recent = `scope=municipality&area=${MUNICIPALITY}&from=${month}&to=${month}`;
    expect(kpi(await dashboard(physician, 'dialogue', recent), 'nav_request_reply_median').basis).toBe(0);
    const result = await refresh();
    expect(result.groups).toBeGreaterThanOrEqual(2);
    // The answer cache keeps an answer a few seconds; the refresh empties it.
    expect(kpi(await dashboard(physician, 'dialogue', recent), 'nav_request_reply_median')).toMatchObject({ value: 1, basis: 5 });
    // January now has eleven answered requests; the late answer stays late.
    const q1 = await dashboard(physician, 'dialogue', Q1);
    expect(kpi(q1, 'nav_request_reply_median').basis).toBe(14);
    expect(kpi(q1, 'nav_request_in_time').value).toBe(78.6);
  });

  it('lets office figures only to the office’s own staff, and area figures only to the area roles', async () => {
    const officeQuery = `scope=office&area=${officeId}&from=2025-01&to=2025-03`;
    expect((await get(physician, `/api/insights/dashboards/dialogue?${officeQuery}`)).json()).toMatchObject({ code: 'INSIGHTS_OFFICE_FORBIDDEN' });
    const demoAdviser = await t.signIn('nav_adviser', 'Veileder for');
    expect((await get(demoAdviser, `/api/insights/dashboards/dialogue?${officeQuery}`)).statusCode).toBe(403);
    for (const client of [adviser, gp, employer]) {
      const r = await get(client, `/api/insights/dashboards/dialogue?${Q1}`);
      expect(r.statusCode).toBe(403);
      expect(r.json()).toMatchObject({ code: 'INSIGHTS_AREA_FORBIDDEN' });
    }
    expect((await get(admin, `/api/insights/dashboards/dialogue?${officeQuery}`)).statusCode).toBe(200);
    expect((await get(physician, '/api/insights/dashboards/forums?scope=national&from=2025-01&to=2025-03')).statusCode).toBe(200);
    const scopes = (await get(employer, '/api/insights/scopes')).json() as { dashboards: string[] };
    expect(scopes.dashboards).toEqual([]);
    const adviserScopes = (await get(adviser, '/api/insights/scopes')).json() as { offices: { id: string }[]; municipalities: unknown[] };
    expect(adviserScopes.offices.map((o) => o.id)).toEqual([officeId]);
    expect(adviserScopes.municipalities).toEqual([]);
    // Refreshing on demand is the administrator's.
    expect((await physician.request({ method: 'POST', url: '/api/insights/refresh', payload: {} })).statusCode).toBe(403);
  });

  it('refuses bad periods and unknown areas, each with its own code', async () => {
    const code = async (query: string) => (await get(physician, `/api/insights/dashboards/dialogue?${query}`)).json().code as string;
    expect(await code(`scope=municipality&area=${MUNICIPALITY}&from=2025-05&to=2025-04`)).toBe('INSIGHTS_PERIOD_END_BEFORE_START');
    expect(await code(`scope=municipality&area=${MUNICIPALITY}&from=2019-01&to=2025-01`)).toBe('INSIGHTS_PERIOD_TOO_LONG');
    expect(await code(`scope=municipality&area=${MUNICIPALITY}&from=2025-13&to=2025-12`)).toBe('INSIGHTS_PERIOD_INVALID');
    expect(await code('scope=municipality&area=9998')).toBe('INSIGHTS_AREA_UNKNOWN');
    expect(await code('scope=county&area=77')).toBe('INSIGHTS_AREA_UNKNOWN');
    expect(await code('scope=office&area=00000000-0000-4000-8000-000000000000')).toBe('INSIGHTS_AREA_UNKNOWN');
    expect(await code('scope=municipality')).toBe('INSIGHTS_AREA_MISSING');
    const unknownDashboard = await get(physician, `/api/insights/dashboards/weather?${Q1}`);
    expect(unknownDashboard.statusCode).toBe(400);
  });

  it('exports a dashboard as CSV with Norwegian headers, decimal commas and the suppression marks', async () => {
    // January and February only (March got more requests in the freshness test above).
    const r = await get(physician, `/api/insights/dashboards/dialogue/export.csv?scope=municipality&area=${MUNICIPALITY}&from=2025-01&to=2025-02`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="nokkeltall-dialogue-/);
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(r.body, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['Område', 'Fra måned', 'Til måned', 'Nøkkeltall', 'Nøkkel', 'Enhet', 'Periode', 'Verdi', 'Grunnlag', 'Rapportens utgangspunkt (%)']);
    const inTime = rows.find((row) => row['Nøkkel'] === 'nav_request_in_time' && row['Periode'] === 'Hele perioden')!;
    expect(inTime['Verdi']).toBe('78,6');
    expect(inTime['Rapportens utgangspunkt (%)']).toBe('65');
    const february = rows.find((row) => row['Nøkkel'] === 'nav_request_reply_median' && row['Periode'] === '2025-02')!;
    expect(february).toMatchObject({ Verdi: '', Grunnlag: '<5' });
  });

  it('shows a GP their own figures beside the area spread, never another GP', async () => {
    const r = await get(gp, '/api/insights/gp/me?from=2025-01&to=2026-12');
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { area: { number: string } | null; figures: { key: string; own: { basis: number }; area: unknown }[] };
    expect(body.figures.map((f) => f.key)).toEqual(['gp_reply_median', 'gp_in_time', 'gp_milestones', 'gp_meeting_attended']);
    expect(body.area?.number).toBe('3805');
    for (const other of gpPeople) expect(r.body).not.toContain(other);
    expect((await get(employer, '/api/insights/gp/me')).json()).toMatchObject({ code: 'INSIGHTS_GP_ONLY' });
    const csv = await get(gp, '/api/insights/gp/me/export.csv?from=2025-01&to=2026-12');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('Din verdi');
  });

  it('audits every read with the statistics purpose and no person', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .where('object_type', '=', 'insights_dashboard')
      .where('actor_user_id', '=', physician.userId)
      .select(['purpose', 'citizen_id', 'detail'])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.purpose === 'insights_statistics' && r.citizen_id === null)).toBe(true);
  });
});
