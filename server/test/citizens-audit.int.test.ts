import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideCitizenAccess } from '../src/platform/access/citizen-access.js';
import { loadCitizenFacts } from '../src/platform/access/citizen-facts.js';
import { loadActor } from '../src/platform/session/session-store.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface CitizenSummary {
  id: string;
  name: string;
  protection: string;
  shielded: boolean;
  regularGp: { id: string } | null;
}

describe.each(DB_KINDS)('citizens, access control and audit (%s)', (db) => {
  let t: TestApp;
  let gp: TestClient;
  let otherGp: TestClient;
  let adviser: TestClient;
  let privilegedAdviser: TestClient;
  let patient: TestClient;
  let admin: TestClient;
  const list = async (client: TestClient) => (await client.request({ method: 'GET', url: '/api/citizens' })).json() as CitizenSummary[];
  const auditCount = async () =>
    Number((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.database.db)).rows[0]!.n);

  beforeAll(async () => {
    t = await startTestApp({ db });
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    privilegedAdviser = await t.signIn('nav_adviser', 'særskilt');
    patient = await t.signIn('patient', 'pasient hos');
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  it('lists a GP’s own patients only', async () => {
    const patients = await list(gp);
    expect(patients.length).toBeGreaterThan(3);
    expect(patients.every((p) => p.regularGp?.id === gp.me.personId)).toBe(true);
    expect(patients.map((p) => p.id)).toContain(patient.me.citizenId);
  });

  it('lets the regular GP open the patient and records the read with purpose', async () => {
    const response = await gp.request({ method: 'GET', url: `/api/citizens/${patient.me.citizenId}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: patient.me.citizenId, addressProtected: false });
    expect(response.json().fnr).toMatch(/^\d{11}$/);
    const entries = await t.database.db.selectFrom('audit_log').where('citizen_id', '=', patient.me.citizenId!).where('action', '=', 'read').selectAll().execute();
    expect(entries.at(-1)).toMatchObject({ actor_user_id: gp.userId, actor_role: 'gp', outcome: 'allowed', purpose: 'health_care', object_type: 'citizen' });
    expect(entries.at(-1)!.request_id).toBe(response.headers['x-request-id']);
  });

  it('refuses another GP with 403 and audits the denied attempt', async () => {
    const before = await auditCount();
    const response = await otherGp.request({ method: 'GET', url: `/api/citizens/${patient.me.citizenId}` });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    expect(await auditCount()).toBe(before + 1);
    const denied = await t.database.db.selectFrom('audit_log').where('outcome', '=', 'denied').where('actor_user_id', '=', otherGp.userId).selectAll().execute();
    expect(denied).toHaveLength(1);
  });

  it('shows the patient who looked at their data (innsyn), including denied attempts, but not their own reads', async () => {
    await patient.request({ method: 'GET', url: `/api/citizens/${patient.me.citizenId}` });
    const log = (await patient.request({ method: 'GET', url: '/api/me/access-log' })).json() as { actorName: string; actorRole: string; outcome: string }[];
    expect(log.some((e) => e.actorName === gp.me.name && e.actorRole === 'gp' && e.outcome === 'allowed')).toBe(true);
    expect(log.some((e) => e.actorName === otherGp.me.name && e.outcome === 'denied')).toBe(true);
    expect(log.some((e) => e.actorName === patient.me.name)).toBe(false);
    expect((await gp.request({ method: 'GET', url: '/api/me/access-log' })).statusCode).toBe(403);
  });

  it('keeps NAV advisers to their own office and shields protected and shielded persons', async () => {
    const visible = await list(adviser);
    expect(visible.length).toBeGreaterThan(10);
    expect(visible.some((c) => c.shielded || c.protection === 'strengt_fortrolig')).toBe(false);
    const all = await list(privilegedAdviser);
    expect(all.some((c) => c.shielded)).toBe(true);
    expect(all.some((c) => c.protection === 'strengt_fortrolig')).toBe(true);
    const kristiansandPatient = (await list(otherGp))[0]!;
    expect((await adviser.request({ method: 'GET', url: `/api/citizens/${kristiansandPatient.id}` })).json().code).toBe('ACCESS_DENIED_NO_RELATIONSHIP');
    const shielded = all.find((c) => c.shielded)!;
    expect((await adviser.request({ method: 'GET', url: `/api/citizens/${shielded.id}` })).json().code).toBe('ACCESS_DENIED_SHIELDED');
    const hidden = all.find((c) => c.protection === 'strengt_fortrolig')!;
    expect((await adviser.request({ method: 'GET', url: `/api/citizens/${hidden.id}` })).json().code).toBe('ACCESS_DENIED_PROTECTED');
    const seen = (await privilegedAdviser.request({ method: 'GET', url: `/api/citizens/${hidden.id}` })).json();
    expect(seen.addressProtected).toBe(false);
    expect(seen.address.street).toBeTruthy();
  });

  it('hides a fortrolig address from an adviser without the grant', async () => {
    const fortrolig = (await list(adviser)).find((c) => c.protection === 'fortrolig')!;
    const detail = (await adviser.request({ method: 'GET', url: `/api/citizens/${fortrolig.id}` })).json();
    expect(detail).toMatchObject({ address: null, addressProtected: true, phone: null, municipalityName: null });
  });

  it('filters lists in SQL by the same rules as single reads', async () => {
    const citizens = await t.database.db.selectFrom('citizen').select('id').execute();
    for (const client of [gp, adviser, privilegedAdviser, patient, admin]) {
      const actor = (await loadActor(t.database.db, client.userId))!;
      const listed = new Set((await list(client)).map((c) => c.id));
      for (const { id } of citizens) {
        const decision = decideCitizenAccess(actor, 'citizen.read', (await loadCitizenFacts(t.database.db, id))!);
        expect(listed.has(id), `${client.me.role} ${id}`).toBe(decision.allowed);
      }
    }
  });

  it('finds a person by fødselsnummer sent in a header, never in the URL', async () => {
    const detail = (await gp.request({ method: 'GET', url: `/api/citizens/${patient.me.citizenId}` })).json();
    const found = await gp.request({ method: 'POST', url: '/api/citizens/lookup', headers: { 'nav-personident': detail.fnr } });
    expect(found.json()).toEqual({ id: patient.me.citizenId });
    const invalid = await gp.request({ method: 'POST', url: '/api/citizens/lookup', headers: { 'nav-personident': '12345678901' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('FNR_INVALID');
    expect((await gp.request({ method: 'POST', url: '/api/citizens/lookup' })).json().code).toBe('FNR_MISSING');
    const other = (await otherGp.request({ method: 'GET', url: `/api/citizens/${(await list(otherGp))[0]!.id}` })).json();
    expect((await gp.request({ method: 'POST', url: '/api/citizens/lookup', headers: { 'nav-personident': other.fnr } })).statusCode).toBe(403);
  });

  it('never shows individual citizens to an administrator', async () => {
    expect(await list(admin)).toEqual([]);
    expect((await admin.request({ method: 'GET', url: `/api/citizens/${patient.me.citizenId}` })).json().code).toBe('ACCESS_DENIED_ROLE');
  });

  it('lets an administrator search the audit log by person, actor and period; nobody else', async () => {
    const byPerson = (await admin.request({ method: 'GET', url: `/api/audit?citizenId=${patient.me.citizenId}` })).json() as { citizenId: string; actorUserId: string }[];
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e) => e.citizenId === patient.me.citizenId)).toBe(true);
    const byActor = (await admin.request({ method: 'GET', url: `/api/audit?actorUserId=${gp.userId}` })).json() as { actorUserId: string }[];
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actorUserId === gp.userId)).toBe(true);
    const future = (await admin.request({ method: 'GET', url: `/api/audit?from=${encodeURIComponent('2999-01-01T00:00:00Z')}` })).json();
    expect(future).toEqual([]);
    expect((await gp.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
  });

  it('offers no API to change or delete audit entries, and the database refuses it too', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await admin.request({ method, url: '/api/audit' })).statusCode).toBe(404);
    }
    await expect(sql`update audit_log set purpose = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('writes the audit entry in the same transaction as the change it records', async () => {
    const before = await auditCount();
    const failing = await admin.request({ method: 'POST', url: '/api/directory/organisations', payload: { kind: 'employer', name: 'x'.repeat(201) } });
    expect(failing.statusCode).toBe(400);
    expect(await auditCount()).toBe(before);
    const created = await admin.request({ method: 'POST', url: '/api/directory/organisations', payload: { kind: 'employer', name: 'Revisjonstest AS' } });
    const entries = await t.database.db.selectFrom('audit_log').where('object_id', '=', created.json().id).selectAll().execute();
    expect(entries).toMatchObject([{ action: 'create', object_type: 'organisation', actor_user_id: admin.userId, purpose: 'directory_administration' }]);
  });
});
