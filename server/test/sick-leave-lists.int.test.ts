import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface WorkListItem {
  caseId: string;
  citizen: { id: string; name: string };
  overdue: { key: string; dueDate: string }[];
  nextDue: { key: string; dueDate: string; status: string } | null;
  maksdato: string;
  week: number;
}
interface WorkListPage {
  items: WorkListItem[];
  total: number;
  overdueTotal: number;
  limit: number;
  offset: number;
}

const page = async (client: TestClient, query = '') => {
  const response = await client.request({ method: 'GET', url: `/api/nav/work-list${query}` });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json() as WorkListPage;
};

/** What the case page says is next and when the maksdato is: the live timeline the lists must agree with. */
async function liveTimeline(client: TestClient, caseId: string) {
  const detail = (await client.request({ method: 'GET', url: `/api/cases/${caseId}` })).json() as {
    milestones: { key: string; dueDate: string; status: string }[];
    maksdato: { maksdato: string };
    week: number;
  };
  const open = detail.milestones.filter((m) => m.status !== 'done' && m.status !== 'not_applicable');
  return { next: open[0] ?? null, overdue: open.filter((m) => m.status === 'overdue'), maksdato: detail.maksdato.maksdato, week: detail.week };
}

describe.each(DB_KINDS)('the office work list and the GP list from stored deadlines (%s)', (db) => {
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let adviser: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ db, clock });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
  });
  afterAll(() => t?.close());

  it('pages the office’s open cases most urgent first, with totals', async () => {
    const all = await page(adviser, '?limit=200');
    expect(all.total).toBeGreaterThan(4);
    expect(all.items).toHaveLength(Math.min(all.total, 200));
    const dues = all.items.map((i) => i.nextDue?.dueDate ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
    // Overdue cases come first, and the count says how many there are.
    const overdue = all.items.filter((i) => i.overdue.length > 0).length;
    expect(all.overdueTotal).toBe(overdue);
    expect(all.items.slice(0, overdue).every((i) => i.overdue.length > 0)).toBe(true);

    const first = await page(adviser, '?limit=2');
    const second = await page(adviser, '?limit=2&offset=2');
    expect(first).toMatchObject({ limit: 2, offset: 0, total: all.total });
    expect([...first.items, ...second.items].map((i) => i.caseId)).toEqual(all.items.slice(0, 4).map((i) => i.caseId));
    expect((await adviser.request({ method: 'GET', url: '/api/nav/work-list?limit=500' })).json().code).toBe('VALIDATION_FAILED');
  });

  it('agrees with every case’s live timeline, today and after the clock passes midnight', async () => {
    const check = async () => {
      const all = await page(adviser, '?limit=200');
      for (const item of all.items) {
        const live = await liveTimeline(adviser, item.caseId);
        expect({ key: item.nextDue?.key, due: item.nextDue?.dueDate, status: item.nextDue?.status }).toEqual({ key: live.next?.key, due: live.next?.dueDate, status: live.next?.status });
        expect(item.overdue.map((o) => o.key).sort()).toEqual(live.overdue.map((o) => o.key).sort());
        expect(item.maksdato).toBe(live.maksdato);
        expect(item.week).toBe(live.week);
      }
      return all;
    };
    const before = await check();
    clock.advanceDays(45);
    adviser = await t.signIn('nav_adviser', 'Veileder for'); // the old session timed out meanwhile
    const after = await check();
    // Six weeks on, more is overdue than before.
    expect(after.overdueTotal).toBeGreaterThan(before.overdueTotal);
  });

  it('filters by milestone: next due or overdue', async () => {
    const filtered = await page(adviser, '?limit=200&milestone=follow_up_plan');
    expect(filtered.items.every((i) => i.nextDue?.key === 'follow_up_plan' || i.overdue.some((o) => o.key === 'follow_up_plan'))).toBe(true);
    const all = await page(adviser, '?limit=200');
    const expected = all.items.filter((i) => i.nextDue?.key === 'follow_up_plan' || i.overdue.some((o) => o.key === 'follow_up_plan'));
    expect(filtered.total).toBe(expected.length);
  });

  it('offers the employers and GPs of the office’s open cases as filter choices, and each filters', async () => {
    const options = (await adviser.request({ method: 'GET', url: '/api/nav/work-list/options' })).json() as { employers: { id: string; name: string }[]; gps: { id: string; name: string }[] };
    const all = await page(adviser, '?limit=200');
    const employersInList = new Set(all.items.map((i) => (i as unknown as { employer: { id: string } | null }).employer?.id).filter(Boolean));
    expect(new Set(options.employers.map((e) => e.id))).toEqual(employersInList);
    expect(options.gps.length).toBeGreaterThan(0);
    const byGp = await page(adviser, `?limit=200&gpPersonId=${options.gps[0]!.id}`);
    expect(byGp.total).toBeGreaterThan(0);
    expect(byGp.total).toBeLessThanOrEqual(all.total);
    const gp = await t.signIn('gp', '80 %');
    expect((await gp.request({ method: 'GET', url: '/api/nav/work-list/options' })).statusCode).toBe(403);
  });

  it('records a list read as one audit entry that the listed person finds on their innsyn page', async () => {
    const shown = await page(adviser, '?limit=3');
    const entries = await t.database.db
      .selectFrom('audit_log')
      .innerJoin('audit_subject_set as s', 's.id', 'audit_log.subject_set_id')
      .where('actor_user_id', '=', adviser.userId)
      .where('action', '=', 'list')
      .where('object_type', '=', 'sick_case')
      .orderBy('audit_log.id', 'desc')
      .select(['citizen_id', 's.citizen_ids', 'detail', 'subject_set_id'])
      .limit(2)
      .execute();
    expect(entries[0]!.citizen_id).toBeNull();
    expect([...entries[0]!.citizen_ids].sort()).toEqual([...new Set(shown.items.map((i) => i.citizen.id))].sort());
    expect(entries[0]!.detail).toEqual({ rows: shown.items.length });
    // Reading the same answer again is a new entry about the same set of people.
    await page(adviser, '?limit=3');
    const again = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', adviser.userId).orderBy('id', 'desc').select(['subject_set_id']).limit(1).executeTakeFirstOrThrow();
    expect(again.subject_set_id).toBe(entries[0]!.subject_set_id);

    // The demo patient, whose case is open at the adviser's office, finds the list read on their innsyn page.
    const patient = await t.signIn('patient', 'pasient hos');
    const whole = await page(adviser, '?limit=200');
    expect(whole.items.some((i) => i.citizen.id === patient.me.citizenId)).toBe(true);
    const log = (await patient.request({ method: 'GET', url: '/api/me/access-log' })).json() as { actorName: string; action: string }[];
    expect(log.some((e) => e.action === 'list' && e.actorName === adviser.me.name)).toBe(true);

    // The admin's audit search by person finds the list read too.
    const admin = await t.signIn('admin');
    const found = (await admin.request({ method: 'GET', url: `/api/audit?citizenId=${shown.items[0]!.citizen.id}` })).json() as { action: string; actorUserId: string; citizenIds: string[] | null }[];
    expect(found.some((e) => e.action === 'list' && e.actorUserId === adviser.userId && e.citizenIds?.includes(shown.items[0]!.citizen.id))).toBe(true);
  });

  it('stores the audit entry of every one of many simultaneous list reads before answering', async () => {
    const count = async () =>
      Number((await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', adviser.userId).where('action', '=', 'list').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const responses = await Promise.all(Array.from({ length: 25 }, () => adviser.request({ method: 'GET', url: '/api/nav/work-list?limit=5' })));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(await count()).toBe(before + 25);
  });

  it('lists a GP’s patients alphabetically with the same next deadline as the case page', async () => {
    const gp = await t.signIn('gp', '80 %');
    const list = (await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string; citizen: { name: string }; nextDue: { key: string; dueDate: string; status: string; owner: string } | null; maksdato: string }[];
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) {
      const live = await liveTimeline(gp, item.caseId);
      expect(item.nextDue ? { key: item.nextDue.key, status: item.nextDue.status } : null).toEqual(live.next ? { key: live.next.key, status: live.next.status } : null);
      expect(item.maksdato).toBe(live.maksdato);
    }
  });

  it('shows a recorded event in the list at once (the write refreshes the case in its transaction)', async () => {
    const target = (await page(adviser, '?limit=200')).items.find((i) => i.nextDue?.key === 'work_capacity_assessment' || i.overdue.some((o) => o.key === 'work_capacity_assessment'));
    if (!target) return expect.fail('the demo data has a case waiting for a work capacity assessment');
    const today = clock.now().toISOString().slice(0, 10);
    expect((await adviser.request({ method: 'POST', url: `/api/cases/${target.caseId}/events`, payload: { kind: 'work_capacity_assessed', occurredOn: today } })).statusCode).toBe(201);
    const after = (await page(adviser, '?limit=200')).items.find((i) => i.caseId === target.caseId)!;
    expect(after.nextDue?.key).not.toBe('work_capacity_assessment');
    expect(after.overdue.some((o) => o.key === 'work_capacity_assessment')).toBe(false);
  });
});
