import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface SearchResult {
  organisations: { id: string; name: string; kind: string; orgNumber: string | null; herIds: number[]; city: string | null }[];
  people: { id: string; name: string; hprNumber: number | null; positions: { role: string; organisationName: string }[] }[];
}

describe.each(DB_KINDS)('directory (%s)', (db) => {
  let t: TestApp;
  let gp: TestClient;
  let admin: TestClient;
  const search = async (client: TestClient, query: string) =>
    (await client.request({ method: 'GET', url: `/api/directory/search?${query}` })).json() as SearchResult;

  beforeAll(async () => {
    t = await startTestApp({ db });
    gp = await t.signIn('gp', '80 %');
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  it('finds organisations by the start of their name, and people by name', async () => {
    const result = await search(gp, 'q=NAV%20Lar');
    expect(result.organisations.map((o) => o.name)).toContain('NAV Larvik');
    const someone = result.people[0];
    const byName = await search(gp, `q=${encodeURIComponent(gp.me.name)}&type=person`);
    expect(byName.people.map((p) => p.name)).toContain(gp.me.name);
    expect(someone === undefined || someone.name.length > 0).toBe(true);
  });

  it('finds an organisation by organisation number and by HER-id', async () => {
    const nav = (await search(gp, 'q=NAV%20Larvik&type=organisation')).organisations.find((o) => o.name === 'NAV Larvik')!;
    expect((await search(gp, `q=${nav.orgNumber}`)).organisations.map((o) => o.id)).toEqual([nav.id]);
    expect((await search(gp, `q=${nav.herIds[0]}`)).organisations.map((o) => o.id)).toContain(nav.id);
  });

  it('finds people by HPR number and by the place they work', async () => {
    const me = (await search(gp, `q=${encodeURIComponent(gp.me.name)}&type=person`)).people.find((p) => p.name === gp.me.name)!;
    expect((await search(gp, `q=${me.hprNumber}`)).people.map((p) => p.id)).toEqual([me.id]);
    const inRingsaker = await search(gp, 'q=Brumunddal&type=person');
    expect(inRingsaker.people.length).toBeGreaterThan(0);
    expect(inRingsaker.people.every((p) => p.positions.some((pos) => pos.organisationName.includes('Brumunddal')))).toBe(true);
  });

  it('filters by organisation kind and place', async () => {
    const result = await search(gp, 'q=Kristiansand&orgKind=gp_office');
    expect(result.organisations.length).toBe(3);
    expect(result.organisations.every((o) => o.kind === 'gp_office' && o.city === 'Kristiansand')).toBe(true);
    expect(result.people).toEqual([]);
  });

  it('shows an organisation with opening hours, contact persons and positions', async () => {
    const office = (await search(gp, 'q=Torget%20legesenter')).organisations[0]!;
    const detail = (await gp.request({ method: 'GET', url: `/api/directory/organisations/${office.id}` })).json();
    expect(detail.openingHours).toHaveLength(5);
    const navContact = detail.contactRoles.find((c: { purpose: string }) => c.purpose === 'nav_contact');
    expect(navContact.person.name).toBeTruthy();
    expect(detail.positions.length).toBeGreaterThanOrEqual(3);
  });

  it('shows a person with several positions (hats)', async () => {
    const detail = (await gp.request({ method: 'GET', url: `/api/directory/people/${gp.me.personId}` })).json();
    const gpSide = (detail.positions as { role: string; sharePercent: number }[]).map((p) => [p.role, p.sharePercent]);
    expect(gpSide).toEqual(expect.arrayContaining([['gp', 80], ['municipal_physician', 20]]));
  });

  it('answers 404 with a code for unknown ids and 400 for malformed ones', async () => {
    const missing = await gp.request({ method: 'GET', url: '/api/directory/organisations/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('ORGANISATION_NOT_FOUND');
    expect((await gp.request({ method: 'GET', url: '/api/directory/people/not-a-uuid' })).json().code).toBe('VALIDATION_FAILED');
  });

  it('lets only an administrator create, edit and deactivate entries', async () => {
    const input = { kind: 'gp_office', name: 'Nytt legesenter', orgNumber: '974760673', herIds: [8999001], city: 'Larvik' };
    expect((await gp.request({ method: 'POST', url: '/api/directory/organisations', payload: input })).json().code).toBe('ACCESS_DENIED_ROLE');
    const created = await admin.request({ method: 'POST', url: '/api/directory/organisations', payload: input });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await search(gp, 'q=Nytt%20legesenter')).organisations.map((o) => o.id)).toEqual([id]);
    const patched = await admin.request({ method: 'PATCH', url: `/api/directory/organisations/${id}`, payload: { name: 'Nytt legesenter Larvik', active: false } });
    expect(patched.statusCode).toBe(200);
    expect((await search(gp, 'q=Nytt%20legesenter')).organisations).toEqual([]);
    expect((await search(gp, 'q=Nytt%20legesenter&includeInactive=true')).organisations[0]).toMatchObject({ name: 'Nytt legesenter Larvik', active: false });
    const again = await admin.request({ method: 'POST', url: '/api/directory/organisations', payload: input });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ORG_NUMBER_TAKEN');
  });

  it('refuses invalid identifiers with specific codes and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'gp_office', name: 'A', orgNumber: '974760674' }, 'ORG_NUMBER_INVALID'],
      [{ kind: 'gp_office', name: 'B', herIds: [0] }, 'HER_ID_INVALID'],
      [{ kind: 'gp_office', name: 'C', herIds: ['12a'] }, 'HER_ID_INVALID'],
    ];
    for (const [payload, code] of cases) {
      const response = await admin.request({ method: 'POST', url: '/api/directory/organisations', payload });
      expect(response.statusCode, code).toBe(400);
      expect(response.json().code).toBe(code);
    }
    const person = await admin.request({ method: 'POST', url: '/api/directory/people', payload: { givenName: 'Ny', familyName: 'Lege', hprNumber: '1234567890' } });
    expect(person.json().code).toBe('HPR_NUMBER_INVALID');
    for (const name of ['A', 'B', 'C']) {
      expect((await search(admin, `q=${name}&type=organisation`)).organisations.some((o) => o.name === name)).toBe(false);
    }
  });

  it('maintains people, positions and contact roles', async () => {
    const person = await admin.request({ method: 'POST', url: '/api/directory/people', payload: { givenName: 'Testa', familyName: 'Kontaktsen', hprNumber: 9999991, email: 'testa@example.no' } });
    expect(person.statusCode).toBe(201);
    const personId = person.json().id;
    const office = (await search(admin, 'q=Stavern%20legekontor')).organisations[0]!;
    const position = await admin.request({
      method: 'POST',
      url: `/api/directory/people/${personId}/positions`,
      payload: { organisationId: office.id, role: 'gp', title: 'Fastlege', sharePercent: 60, validFrom: '2025-01-01' },
    });
    expect(position.statusCode).toBe(201);
    const badPeriod = await admin.request({ method: 'PATCH', url: `/api/directory/positions/${position.json().id}`, payload: { validTo: '2024-01-01' } });
    expect(badPeriod.json().code).toBe('PERIOD_INVALID');
    const role = await admin.request({ method: 'POST', url: `/api/directory/organisations/${office.id}/contact-roles`, payload: { personId, purpose: 'other', note: 'Vikar' } });
    expect(role.statusCode).toBe(201);
    expect((await search(admin, 'q=Kontaktsen%20Stavern')).people.map((p) => p.id)).toEqual([personId]);
    expect((await admin.request({ method: 'DELETE', url: `/api/directory/contact-roles/${role.json().id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: 'DELETE', url: `/api/directory/contact-roles/${role.json().id}` })).json().code).toBe('CONTACT_ROLE_NOT_FOUND');
  });

  it('imports organisations from CSV: every row or none, with each rejected row reported', async () => {
    const header = 'kind,name,org_number,her_ids,street,postal_code,city,municipality_number,municipality_name,phone,email';
    const bad = [
      header,
      'gp_office,Importert legesenter 1,889640782,8777001|8777002,Storgata 1,3256,Larvik,3805,Larvik,33000000,post@x.no',
      'gp_office,Importert legesenter 2,123456789,,,,Larvik,,,,',
      'hospital_x,Importert sykehus,,,,,,,,,',
      'gp_office,Importert legesenter 3,889640782,abc,,32,,,,,',
    ].join('\n');
    const rejected = await admin.request({ method: 'POST', url: '/api/directory/import/organisations', payload: bad, headers: { 'content-type': 'text/csv' } });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().code).toBe('IMPORT_REJECTED');
    expect(rejected.json().details.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'org_number' }),
        expect.objectContaining({ line: 4, field: 'kind' }),
        expect.objectContaining({ line: 5, field: 'org_number', reason: 'same as line 2' }),
        expect.objectContaining({ line: 5, field: 'her_ids' }),
        expect.objectContaining({ line: 5, field: 'postal_code' }),
      ]),
    );
    expect((await search(admin, 'q=Importert')).organisations).toEqual([]);

    const good = [header, 'gp_office,Importert legesenter 1,889640782,8777001|8777002,Storgata 1,3256,Larvik,3805,Larvik,33000000,post@x.no', 'employer,Importert Bygg AS,,,,,Larvik,,,,'].join('\n');
    const accepted = await admin.request({ method: 'POST', url: '/api/directory/import/organisations', payload: good, headers: { 'content-type': 'text/csv' } });
    expect(accepted.json()).toEqual({ imported: 2 });
    expect((await search(admin, 'q=8777002')).organisations.map((o) => o.name)).toEqual(['Importert legesenter 1']);
  });

  it('imports people with positions, and rejects unknown organisations and roles', async () => {
    const header = 'given_name,family_name,hpr_number,phone,email,organisation_org_number,role,title,share_percent,valid_from';
    const nav = (await search(admin, 'q=NAV%20Larvik&type=organisation')).organisations.find((o) => o.name === 'NAV Larvik')!;
    const bad = [header, `Imp,Ortert,,,,${nav.orgNumber},nav_adviser,Veileder,100,2025-01-01`, 'Imp,Feilsen,,,,999999999,wizard,Trollmann,150,2025-13-01'].join('\n');
    const rejected = await admin.request({ method: 'POST', url: '/api/directory/import/people', payload: bad, headers: { 'content-type': 'text/csv' } });
    expect(rejected.statusCode).toBe(422);
    const fields = (rejected.json().details.rows as { line: number; field: string }[]).filter((r) => r.line === 3).map((r) => r.field);
    expect(fields.sort()).toEqual(['organisation_org_number', 'role', 'share_percent', 'valid_from']);
    const ok = await admin.request({ method: 'POST', url: '/api/directory/import/people', payload: [header, `Imp,Ortert,,,,${nav.orgNumber},nav_adviser,Veileder,100,2025-01-01`].join('\n'), headers: { 'content-type': 'text/csv' } });
    expect(ok.json()).toEqual({ imported: 1 });
    expect((await search(admin, 'q=Ortert')).people[0]?.positions[0]).toMatchObject({ role: 'nav_adviser', organisationName: 'NAV Larvik' });
  });

  it('refuses an import with a missing column or no rows', async () => {
    const missing = await admin.request({ method: 'POST', url: '/api/directory/import/organisations', payload: 'name\nX', headers: { 'content-type': 'text/csv' } });
    expect(missing.json().details.rows).toEqual([{ line: 1, field: 'kind', reason: 'missing column' }]);
    const empty = await admin.request({ method: 'POST', url: '/api/directory/import/organisations', payload: 'kind,name\n', headers: { 'content-type': 'text/csv' } });
    expect(empty.json().code).toBe('IMPORT_EMPTY');
  });
});
