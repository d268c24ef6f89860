import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

describe.each(DB_KINDS)('bad input gets a clear 4xx, never a crash (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp({
      db,
      env: { BODY_LIMIT_BYTES: '4096' },
      configure: (app) => {
        app.get('/api/test/explode', async () => {
          throw new Error('secret internal detail');
        });
      },
    });
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  const post = (payload: string, contentType = 'application/json') =>
    admin.request({ method: 'POST', url: '/api/directory/organisations', payload, headers: { 'content-type': contentType } });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const response = await post('{"kind": "gp_office", ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'MALFORMED_JSON', message: 'Forespørselen er ikke gyldig JSON' });
  });

  it('unknown fields → 400 naming the field', async () => {
    const response = await post(JSON.stringify({ kind: 'gp_office', name: 'X', isAdmin: true }));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details).toEqual([expect.objectContaining({ rule: 'additionalProperties', unknownField: 'isAdmin' })]);
  });

  it('wrong types are refused, not coerced', async () => {
    const response = await post(JSON.stringify({ kind: 'gp_office', name: 42 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0]).toMatchObject({ field: 'body.name', rule: 'type' });
    const wrongEnum = await post(JSON.stringify({ kind: 'castle', name: 'X' }));
    expect(wrongEnum.statusCode).toBe(400);
  });

  it('oversized bodies → 413', async () => {
    const response = await post(JSON.stringify({ kind: 'gp_office', name: 'x'.repeat(10_000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('BODY_TOO_LARGE');
  });

  it('an unsupported content type → 415', async () => {
    const response = await post('<xml/>', 'application/xml');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('invalid query parameters → 400', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/directory/search?q=a&limit=9999' });
    expect(response.statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/directory/search' })).statusCode).toBe(400);
    expect((await admin.request({ method: 'GET', url: '/api/audit?from=yesterday' })).statusCode).toBe(400);
  });

  it('an unknown API path → 404 with a code', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('an unexpected error → 500 without internals, and the server keeps serving', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/test/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'INTERNAL_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen.' });
    expect(response.body).not.toContain('secret');
    expect((await t.request({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  it('a fuzzed stream of bad bodies never yields a 5xx', async () => {
    const bodies = ['', 'null', '[]', '"x"', '{"kind":null}', '{"name":{}}', '{"herIds":"1"}', '{"kind":"gp_office","name":"x","orgNumber":12}', '\u0000', '{"__proto__":{"x":1}}'];
    for (const body of bodies) {
      const response = await post(body);
      expect(response.statusCode, body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, body).toBeLessThan(500);
      expect(typeof response.json().code).toBe('string');
    }
  });
});
