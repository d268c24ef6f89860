import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../src/platform/access/roles.js';
import { DB_KINDS, startTestApp, type TestApp } from './test-app.js';

describe.each(DB_KINDS)('sign-in, session and platform (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ db });
  });
  afterAll(() => t?.close());

  it('is live, and ready while the database answers', async () => {
    expect((await t.request({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/health/ready' })).json()).toEqual({ status: 'ready' });
  });

  it('lists at least one demo user for every role, with name and organisation', async () => {
    const users = (await t.request({ method: 'GET', url: '/api/auth/demo-users' })).json() as { role: string; name: string }[];
    for (const role of ROLES) expect(users.some((u) => u.role === role), role).toBe(true);
    expect(users.every((u) => u.name.length > 3)).toBe(true);
  });

  it('signs in with one click: an httpOnly, SameSite=Lax session cookie and the user from /api/me', async () => {
    const users = (await t.request({ method: 'GET', url: '/api/auth/demo-users' })).json() as { id: string; role: string }[];
    const gp = users.find((u) => u.role === 'gp')!;
    const response = await t.request({ method: 'POST', url: '/api/auth/demo', payload: { userId: gp.id } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'samhandling_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.request({ method: 'GET', url: '/api/me', cookies: { samhandling_session: cookie.value } });
    expect(me.json()).toMatchObject({ id: gp.id, role: 'gp', lang: 'nb' });
    expect(me.json().organisation.name).toMatch(/lege/);
  });

  it('answers 401 with a code and a Norwegian message when not signed in', async () => {
    const response = await t.request({ method: 'GET', url: '/api/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'NOT_AUTHENTICATED', message: 'Du må logge inn' });
  });

  it('answers in English on request', async () => {
    const response = await t.request({ method: 'GET', url: '/api/me', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(response.json().message).toBe('You must sign in');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await t.signIn('gp');
    const response = await client.request({ method: 'PUT', url: '/api/me/preferences', payload: { lang: 'en' }, headers: { 'x-csrf-token': '' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await client.request({ method: 'PUT', url: '/api/me/preferences', payload: { lang: 'en' }, headers: { 'x-csrf-token': 'x'.repeat(32) } });
    expect(wrong.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('remembers the language and then answers in it', async () => {
    const client = await t.signIn('nav_adviser');
    expect((await client.request({ method: 'PUT', url: '/api/me/preferences', payload: { lang: 'en' } })).json().lang).toBe('en');
    const denied = await client.request({ method: 'GET', url: '/api/audit' });
    expect(denied.json()).toEqual({ code: 'ACCESS_DENIED_ROLE', message: 'Your role does not give access to this' });
  });

  it('refuses demo sign-in from another site', async () => {
    const users = (await t.request({ method: 'GET', url: '/api/auth/demo-users' })).json() as { id: string }[];
    const response = await t.request({ method: 'POST', url: '/api/auth/demo', payload: { userId: users[0]!.id }, headers: { origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(403);
  });

  it('refuses an unknown demo user with 404', async () => {
    const response = await t.request({ method: 'POST', url: '/api/auth/demo', payload: { userId: '00000000-0000-4000-8000-000000000000' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('USER_NOT_FOUND');
  });

  it('ends the session on sign-out', async () => {
    const client = await t.signIn('admin');
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });

  it('sends security headers', async () => {
    const response = await t.request({ method: 'GET', url: '/health/live' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeTruthy();
    // HSTS only outside localhost
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/directory/search', '/api/citizens/{id}', '/api/auth/demo']));
    let page = await t.request({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; page.statusCode === 302 && hops < 3; hops++) {
      page = await t.request({ method: 'GET', url: new URL(String(page.headers.location), 'http://localhost/api/docs/').pathname });
    }
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ db: 'pglite', env: { DEMO_MODE: 'false', PUBLIC_URL: 'https://samhandling.example.no' } });
  });
  afterAll(() => t?.close());

  it('refuses demo sign-in and hides the demo users', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/demo-users' })).json().code).toBe('DEMO_DISABLED');
    const response = await t.request({ method: 'POST', url: '/api/auth/demo', payload: { userId: '00000000-0000-4000-8000-000000000000' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('DEMO_DISABLED');
  });

  it('says that OIDC sign-in is not configured when no issuer is set', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/config' })).json()).toEqual({ demo: false, oidc: false });
    expect((await t.request({ method: 'GET', url: '/api/auth/oidc/login' })).json().code).toBe('OIDC_NOT_CONFIGURED');
  });

  it('sends HSTS outside localhost', async () => {
    const response = await t.request({ method: 'GET', url: '/health/live' });
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
  });

  it('rate-limits sign-in attempts', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 35; i++) {
      codes.push((await t.request({ method: 'POST', url: '/api/auth/demo', payload: { userId: '00000000-0000-4000-8000-000000000000' } })).statusCode);
    }
    expect(codes).toContain(429);
  });
});

describe('sessions over time', () => {
  it('expire after SESSION_HOURS and are then swept from the database', async () => {
    const { ManualClock } = await import('../src/platform/clock.js');
    const { deleteExpiredSessions } = await import('../src/platform/session/session-store.js');
    const clock = new ManualClock(new Date());
    const t = await startTestApp({ db: 'pglite', clock, env: { SESSION_HOURS: '1', SESSION_CACHE_SECONDS: '0' } });
    try {
      const client = await t.signIn('gp');
      expect((await client.request({ method: 'GET', url: '/api/me' })).statusCode).toBe(200);
      clock.advanceDays(1);
      expect((await client.request({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      await deleteExpiredSessions(t.database.db, clock);
      expect(await t.database.db.selectFrom('session').selectAll().execute()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
