import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { folderTransport, smtpTransport, type MailTransport, type OutgoingEmail } from '../src/platform/notify/mail-transport.js';
import { deliverPendingEmails } from '../src/platform/notify/mailer.js';
import { notify, type NotificationInput } from '../src/platform/notify/notify.js';
import { NOTIFICATION_EVENTS } from '../src/platform/notify/preferences.js';
import { readMail } from './mail-message.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const PUBLIC_URL = 'https://samhandling.test';
// What a careless module might put in an in-app text; it must never reach an e-mail.
const PATIENT_NAME = 'Kari Testpasient';
const FROM = 'Samhandling <ikke-svar@samhandling.test>';

const input = (userIds: string[], over: Partial<NotificationInput> = {}): NotificationInput => ({
  userIds,
  event: 'request_received',
  title: { nb: 'Ny forespørsel', en: 'New request' },
  body: { nb: `Gjelder ${PATIENT_NAME}`, en: `About ${PATIENT_NAME}` },
  link: '/saker/00000000-0000-4000-8000-000000000001',
  ...over,
});

/** A transport that remembers what it was given, optionally slowly or failing. */
function recordingTransport(options: { delayMs?: number; fail?: string } = {}): MailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    description: 'memory',
    async send(email) {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (options.fail) throw new Error(options.fail);
      sent.push(email);
    },
    close() {},
  };
}

describe.each(DB_KINDS)('notifications (%s)', (db) => {
  let t: TestApp;
  let clock: ManualClock;
  let gp: TestClient;
  let adviser: TestClient;
  let patient: TestClient;
  let gpEmail: string;

  const send = (over: Partial<NotificationInput> & { to: TestClient[] }) => {
    const { to, ...rest } = over;
    return notify(t.database.db, clock, input(to.map((c) => c.userId), rest), t.config);
  };
  const unread = async (client: TestClient) => (await client.request({ method: 'GET', url: '/api/notifications/unread-count' })).json().count as number;
  const list = async (client: TestClient, query = '') => (await client.request({ method: 'GET', url: `/api/notifications${query}` })).json();
  const outbox = () => t.database.db.selectFrom('email_outbox').selectAll().orderBy('created_at').orderBy('id').execute();
  // Each test starts from an empty inbox and outbox, so counts are exact.
  const clear = async () => {
    await t.database.db.deleteFrom('email_outbox').execute();
    await t.database.db.deleteFrom('notification').execute();
    await t.database.db.deleteFrom('notification_preference').execute();
  };

  beforeAll(async () => {
    clock = new ManualClock(new Date());
    // The worker stays off: the tests run deliveries themselves, with their own transports.
    t = await startTestApp({ db, clock, env: { MAIL_SEND_INTERVAL_SECONDS: '0', PUBLIC_URL } });
    gp = await t.signIn('gp', '80 %');
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    patient = await t.signIn('patient', 'pasient hos');
    const person = await t.database.db.selectFrom('person').where('id', '=', gp.me.personId!).select('email').executeTakeFirstOrThrow();
    gpEmail = person.email!;
  });
  afterAll(() => t?.close());
  beforeEach(clear);

  it('lists only the user’s own notifications, newest first, a page at a time', async () => {
    for (let i = 1; i <= 3; i++) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      await send({ to: [gp], title: { nb: `Forespørsel ${i}`, en: `Request ${i}` } });
    }
    await send({ to: [adviser], title: { nb: 'Til veilederen', en: 'For the adviser' } });

    const first = await list(gp, '?limit=2');
    expect(first.items.map((n: { title: string }) => n.title)).toEqual(['Forespørsel 3', 'Forespørsel 2']);
    expect(first.items[0]).toMatchObject({ event: 'request_received', body: `Gjelder ${PATIENT_NAME}`, link: '/saker/00000000-0000-4000-8000-000000000001', readAt: null });
    expect(first.nextBefore).toBe(first.items[1].id);
    const second = await list(gp, `?limit=2&before=${first.nextBefore}`);
    expect(second.items.map((n: { title: string }) => n.title)).toEqual(['Forespørsel 1']);
    expect(second.nextBefore).toBeNull();
    expect((await list(adviser)).items.map((n: { title: string }) => n.title)).toEqual(['Til veilederen']);

    // Paging from someone else's notification reveals nothing about it.
    const adviserOwn = (await list(adviser)).items[0].id;
    const response = await gp.request({ method: 'GET', url: `/api/notifications?before=${adviserOwn}` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await gp.request({ method: 'GET', url: '/api/notifications?limit=500' })).statusCode).toBe(400);
    expect((await gp.request({ method: 'GET', url: '/api/notifications?colour=red' })).statusCode).toBe(400);
  });

  it('shows the texts in the user’s language', async () => {
    await send({ to: [gp] });
    await gp.request({ method: 'PUT', url: '/api/me/preferences', payload: { lang: 'en' } });
    try {
      expect((await list(gp)).items[0]).toMatchObject({ title: 'New request', body: `About ${PATIENT_NAME}` });
    } finally {
      await gp.request({ method: 'PUT', url: '/api/me/preferences', payload: { lang: 'nb' } });
    }
  });

  it('counts unread notifications and marks one as read, only the user’s own', async () => {
    await send({ to: [gp, adviser] });
    await send({ to: [gp] });
    expect(await unread(gp)).toBe(2);
    const [newest, older] = (await list(gp)).items;

    clock.set(new Date(clock.now().getTime() + 5_000));
    const marked = await gp.request({ method: 'POST', url: `/api/notifications/${older.id}/read` });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toEqual({ id: older.id, readAt: clock.now().toISOString() });
    expect(await unread(gp)).toBe(1);
    expect((await list(gp, '?unread=true')).items.map((n: { id: string }) => n.id)).toEqual([newest.id]);

    // Reading it again keeps the first time.
    clock.set(new Date(clock.now().getTime() + 5_000));
    expect((await gp.request({ method: 'POST', url: `/api/notifications/${older.id}/read` })).json().readAt).toBe(marked.json().readAt);

    // Someone else's notification is as good as absent, and stays unread.
    const othersId = (await list(adviser)).items[0].id;
    const refused = await gp.request({ method: 'POST', url: `/api/notifications/${othersId}/read` });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND', message: 'Fant ikke varselet' });
    expect(await unread(adviser)).toBe(1);
    expect((await gp.request({ method: 'POST', url: '/api/notifications/00000000-0000-4000-8000-000000000009/read' })).statusCode).toBe(404);
    expect((await gp.request({ method: 'POST', url: '/api/notifications/not-a-uuid/read' })).statusCode).toBe(400);
  });

  it('marks all of the user’s notifications as read and leaves others’ alone', async () => {
    await send({ to: [gp, adviser] });
    await send({ to: [gp] });
    const response = await gp.request({ method: 'POST', url: '/api/notifications/read-all' });
    expect(response.json()).toEqual({ marked: 2 });
    expect(await unread(gp)).toBe(0);
    expect((await list(gp, '?unread=true')).items).toEqual([]);
    expect(await unread(adviser)).toBe(1);
    expect((await gp.request({ method: 'POST', url: '/api/notifications/read-all' })).json()).toEqual({ marked: 0 });
  });

  it('needs a signed-in user and a CSRF token', async () => {
    expect((await t.request({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/notifications/unread-count' })).statusCode).toBe(401);
    const noToken = await gp.request({ method: 'POST', url: '/api/notifications/read-all', headers: { 'x-csrf-token': 'wrong' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_TOKEN_INVALID');
  });

  it('shows the whole catalogue with the defaults, the user’s choices and where e-mail goes', async () => {
    const response = await gp.request({ method: 'GET', url: '/api/me/notification-preferences' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.emailAddress).toBe(gpEmail);
    expect(body.events.map((e: { event: string }) => e.event)).toEqual(NOTIFICATION_EVENTS);
    expect(body.events[0]).toEqual({ event: 'request_received', label: 'Ny forespørsel til meg', inApp: true, email: true, defaults: { inApp: true, email: true } });
    expect(body.events.find((e: { event: string }) => e.event === 'message_received')).toMatchObject({ inApp: true, email: false });
    // A patient has no e-mail address in the platform, so e-mail cannot reach them.
    expect((await patient.request({ method: 'GET', url: '/api/me/notification-preferences' })).json().emailAddress).toBeNull();
  });

  it('saves the user’s choices for the events named and keeps the others', async () => {
    const put = (preferences: unknown) => gp.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { preferences } });
    const response = await put([
      { event: 'request_received', inApp: true, email: false },
      { event: 'message_received', inApp: false, email: true },
    ]);
    expect(response.statusCode).toBe(200);
    const byEvent = new Map(response.json().events.map((e: { event: string }) => [e.event, e]));
    expect(byEvent.get('request_received')).toMatchObject({ inApp: true, email: false });
    expect(byEvent.get('message_received')).toMatchObject({ inApp: false, email: true });
    expect(byEvent.get('reminder')).toMatchObject({ inApp: true, email: true });
    const again = await put([{ event: 'request_received', inApp: false, email: false }]);
    expect(again.json().events[0]).toMatchObject({ event: 'request_received', inApp: false, email: false });
    // The adviser's choices are theirs.
    expect((await adviser.request({ method: 'GET', url: '/api/me/notification-preferences' })).json().events[0]).toMatchObject({ inApp: true, email: true });
  });

  it('refuses an unknown event with its own code and stores nothing of that request', async () => {
    const put = (payload: unknown) => gp.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: payload as object });
    const response = await put({ preferences: [{ event: 'reminder', inApp: false, email: false }, { event: 'birthday', inApp: true, email: true }] });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'NOTIFICATION_EVENT_UNKNOWN',
      message: 'Ukjent varseltype. Velg blant varseltypene som vises.',
      details: { events: ['birthday'] },
    });
    expect(await t.database.db.selectFrom('notification_preference').where('user_id', '=', gp.userId).select('event').execute()).toEqual([]);
    const duplicate = await put({ preferences: [{ event: 'reminder', inApp: false, email: false }, { event: 'reminder', inApp: true, email: true }] });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().code).toBe('VALIDATION_FAILED');
    expect((await put({ preferences: [{ event: 'reminder', inApp: false, email: false, sms: true }] })).json().details[0]).toMatchObject({ unknownField: 'sms' });
    expect((await put({ preferences: [{ event: 'reminder', inApp: 'no', email: false }] })).statusCode).toBe(400);
    expect((await put({ preferences: [] })).statusCode).toBe(400);
  });

  it('notifies by the channels each user chose: in the app, by e-mail to staff with an address, never to patients by e-mail', async () => {
    await gp.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { preferences: [{ event: 'request_received', inApp: false, email: true }] } });
    await adviser.request({ method: 'PUT', url: '/api/me/notification-preferences', payload: { preferences: [{ event: 'request_received', inApp: true, email: false }] } });
    const result = await send({ to: [gp, adviser, patient, gp] });
    expect(result).toMatchObject({ emailsQueued: 1 });
    expect(result.notificationIds).toHaveLength(2);
    expect(await unread(gp)).toBe(0);
    expect(await unread(adviser)).toBe(1);
    expect(await unread(patient)).toBe(1);
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to_address: gpEmail, notification_id: null, status: 'pending', attempts: 0, subject: 'Ny forespørsel i Samhandling' });
    expect(mails[0]!.body_text).toContain(`${PUBLIC_URL}/saker/00000000-0000-4000-8000-000000000001`);
    expect(mails[0]!.body_text).not.toContain(PATIENT_NAME);

    // An event that is in-app only by default queues no e-mail.
    await clear();
    const quiet = await send({ to: [gp], event: 'message_received' });
    expect(quiet.emailsQueued).toBe(0);
    expect(await outbox()).toEqual([]);
    expect(await unread(gp)).toBe(1);
  });

  it('refuses a caller’s mistakes before writing anything', async () => {
    await expect(send({ to: [gp], link: 'https://elsewhere.example/' })).rejects.toThrow(/link/);
    await expect(send({ to: [gp], link: '//elsewhere.example/' })).rejects.toThrow(/link/);
    await expect(send({ to: [gp], body: { nb: 'Gjelder 01017012345', en: 'About 01017012345' } })).rejects.toThrow(/identity/);
    await expect(send({ to: [gp], event: 'birthday' as never })).rejects.toThrow(/event/);
    await expect(notify(t.database.db, clock, input(['00000000-0000-4000-8000-000000000009']), t.config)).rejects.toThrow(/unknown users/);
    expect(await t.database.db.selectFrom('notification').select('id').execute()).toEqual([]);
  });

  it('leaves neither notification nor e-mail when the change it describes is rolled back', async () => {
    await expect(
      t.database.db.transaction().execute(async (tx) => {
        const result = await notify(tx, clock, input([gp.userId, adviser.userId]), t.config);
        expect(result.emailsQueued).toBeGreaterThan(0);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.database.db.selectFrom('notification').select('id').execute()).toEqual([]);
    expect(await outbox()).toEqual([]);
    expect(await unread(gp)).toBe(0);

    await t.database.db.transaction().execute((tx) => notify(tx, clock, input([gp.userId]), t.config));
    expect(await unread(gp)).toBe(1);
    expect(await outbox()).toHaveLength(1);
  });

  it('delivers an e-mail to a real SMTP server: the recipient, the subject and the link, no patient name', async () => {
    const received: { to: string[]; from: string; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, { ignoreTLS: true, secure: false });
    try {
      await send({ to: [gp] });
      const [queued] = await outbox();
      clock.set(new Date(clock.now().getTime() + 1_000));
      const report = await deliverPendingEmails(t.database.db, transport, clock, { maxAttempts: 3 });
      expect(report).toEqual({ sent: [queued!.id], retrying: [], failed: [] });

      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual([gpEmail]);
      expect(received[0]!.from).toBe('ikke-svar@samhandling.test');
      const mail = readMail(received[0]!.raw);
      expect(mail.header('to')).toBe(gpEmail);
      expect(mail.subject).toBe('Ny forespørsel i Samhandling');
      expect(mail.header('message-id')).toBe(`<${queued!.id}@samhandling.test>`);
      expect(mail.text).toContain(`${PUBLIC_URL}/saker/00000000-0000-4000-8000-000000000001`);
      expect(mail.text).toContain(`${PUBLIC_URL}/varsler`);
      expect(mail.text).not.toContain(PATIENT_NAME);
      expect(mail.text).not.toContain('Testpasient');

      const [row] = await outbox();
      expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
      expect(new Date(row!.sent_at!).toISOString()).toBe(clock.now().toISOString());
      // Nothing is sent twice.
      expect(await deliverPendingEmails(t.database.db, transport, clock, { maxAttempts: 3 })).toEqual({ sent: [], retrying: [], failed: [] });
      expect(received).toHaveLength(1);
    } finally {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('retries a refused e-mail later, with the error, and gives up after the last attempt', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, { ignoreTLS: true, secure: false });
    try {
      await send({ to: [gp] });
      const start = clock.now().getTime();
      const first = await deliverPendingEmails(t.database.db, transport, clock, { maxAttempts: 2 });
      expect(first.retrying).toHaveLength(1);
      let [row] = await outbox();
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.last_error).toMatch(/550/);
      expect(new Date(row!.next_attempt_at).getTime()).toBe(start + 60_000);

      // Not due yet: nothing happens.
      expect(await deliverPendingEmails(t.database.db, transport, clock, { maxAttempts: 2 })).toEqual({ sent: [], retrying: [], failed: [] });
      clock.set(new Date(start + 61_000));
      expect((await deliverPendingEmails(t.database.db, transport, clock, { maxAttempts: 2 })).failed).toEqual([row!.id]);
      [row] = await outbox();
      expect(row).toMatchObject({ status: 'failed', attempts: 2, sent_at: null });
    } finally {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('writes each e-mail as an .eml file into the outbox folder when no SMTP server is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'samhandling-outbox-'));
    try {
      await send({ to: [gp] });
      await send({ to: [gp], event: 'escalation', link: '/oppgaver' });
      const report = await deliverPendingEmails(t.database.db, folderTransport(join(dir, 'outbox'), FROM), clock, { maxAttempts: 3 });
      expect(report.sent).toHaveLength(2);
      const files = (await readdir(join(dir, 'outbox'))).sort();
      expect(files).toHaveLength(2);
      for (const file of files) expect(file).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z_[0-9a-f-]{36}\.eml$/);
      const mails = await Promise.all(files.map(async (f) => readMail(await readFile(join(dir, 'outbox', f), 'utf8'))));
      expect(mails.map((m) => m.subject).sort()).toEqual(['Eskalering i Samhandling', 'Ny forespørsel i Samhandling']);
      for (const mail of mails) {
        expect(mail.header('to')).toBe(gpEmail);
        expect(mail.header('from')).toBe(FROM);
        expect(mail.text).not.toContain(PATIENT_NAME);
      }
      expect(mails.find((m) => m.subject.startsWith('Eskalering'))!.text).toContain(`${PUBLIC_URL}/oppgaver`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('e-mail delivery from several app servers at once (postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ db: 'postgres', env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
  });
  afterAll(() => t?.close());

  it('sends each e-mail exactly once when two workers run concurrently', async () => {
    const now = new Date();
    const rows = Array.from({ length: 60 }, (_, i) => ({
      to_address: `person${i}@example.no`,
      subject: 'Ny forespørsel i Samhandling',
      body_text: `Du har en ny forespørsel i Samhandling. ${i}`,
      next_attempt_at: new Date(now.getTime() - 1_000),
      created_at: now,
    }));
    await t.database.db.insertInto('email_outbox').values(rows).execute();
    // Two transports standing for two instances; small batches and slow sends so the runs overlap.
    const a = recordingTransport({ delayMs: 3 });
    const b = recordingTransport({ delayMs: 3 });
    const clock = { now: () => new Date() };
    const [reportA, reportB] = await Promise.all([
      deliverPendingEmails(t.database.db, a, clock, { maxAttempts: 3, batchSize: 4 }),
      deliverPendingEmails(t.database.db, b, clock, { maxAttempts: 3, batchSize: 4 }),
    ]);
    const sentIds = [...a.sent, ...b.sent].map((m) => m.id);
    expect(sentIds).toHaveLength(60);
    expect(new Set(sentIds).size).toBe(60);
    // Both took part, so the runs really overlapped.
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    expect([...reportA.sent, ...reportB.sent].sort()).toEqual([...sentIds].sort());
    const stored = await t.database.db.selectFrom('email_outbox').select(['status', 'attempts']).execute();
    expect(stored.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
