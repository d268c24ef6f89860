import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64');
const TEXT_AS_PDF = Buffer.from('MZ this is not a pdf at all, just text pretending').toString('base64');

interface Thread {
  id: string;
  messages: {
    id: string;
    kind: string;
    senderSide: string;
    status: string;
    receipts: { deliveredAt: string; readAt: string | null; readBy: string | null; answeredAt: string | null };
    request?: { questions: { position: number; isOpen: boolean }[]; dueOn: string; tariffCode: string; warnings: unknown[] };
    answers?: { position: number; text: string }[];
    attachments: { id: string; mediaType: string }[];
  }[];
  assignedTo: { name: string } | null;
  drafts: { requestId: string; answers: unknown }[];
}

/** An open case of the demo GP's patients at the demo adviser's office. */
async function caseOfDemoGp(gp: TestClient, index = 0) {
  const cases = (await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string; citizen: { id: string } }[];
  const picked = cases[index];
  if (!picked) throw new Error('the demo GP has no open case');
  return picked;
}

const question = (over: Record<string, unknown> = {}) => ({
  kind: 'L8',
  questions: ['Hvilke arbeidsoppgaver kan pasienten utføre nå?', 'Er det medisinske grunner til at gradert sykmelding ikke er mulig?'],
  openQuestion: 'Er det annet NAV bør vite?',
  ...over,
});

describe.each(DB_KINDS)('dialogue between NAV and GPs (%s)', (db) => {
  let t: TestApp;
  let adviser: TestClient;
  let gp: TestClient;
  let otherGp: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    caseId = (await caseOfDemoGp(gp)).caseId;
  });
  afterAll(() => t?.close());

  const send = (body: object, key?: string, client = adviser, id = caseId) =>
    client.request({ method: 'POST', url: `/api/cases/${id}/requests`, payload: body, headers: key ? { 'idempotency-key': key } : {} });

  it('sends an L8 request that the GP finds first in the inbox, with its deadline and tariff; opening it is the read receipt', async () => {
    const sent = await send(question());
    expect(sent.statusCode).toBe(201);
    const { conversationId, messageId, dueOn, tariffCode } = sent.json();
    expect(tariffCode).toBe('L8');
    // Stored with it: the audit entry and the GP's notification (no health data in it).
    const audit = await t.database.db.selectFrom('audit_log').where('object_id', '=', messageId).select(['action', 'citizen_id', 'actor_user_id']).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', actor_user_id: adviser.userId });
    const notice = await t.database.db.selectFrom('notification').where('user_id', '=', gp.userId).where('link', '=', `/dialog/${conversationId}`).selectAll().executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ event: 'request_received', read_at: null });
    const inbox = (await gp.request({ method: 'GET', url: '/api/inbox/gp' })).json();
    expect(inbox.items.find((i: { id: string }) => i.id === conversationId)).toMatchObject({ awaiting: 'gp', dueOn, requestKind: 'L8', overdue: false });
    // What waits for the GP comes first, nearest deadline first (the demo's overdue L40 before it).
    const waiting = inbox.items.filter((i: { awaiting: string | null }) => i.awaiting === 'gp');
    expect(inbox.items.slice(0, waiting.length)).toEqual(waiting);
    expect(waiting.map((i: { dueOn: string }) => i.dueOn)).toEqual(waiting.map((i: { dueOn: string }) => i.dueOn).sort());
    expect(waiting[0]).toMatchObject({ overdue: true, requestKind: 'L40' });
    expect(inbox.awaitingMe).toBe(waiting.length);

    const before = (await adviser.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json() as Thread;
    expect(before.messages[0]!.receipts).toMatchObject({ readAt: null, answeredAt: null });
    expect(before.messages[0]!.request!.questions.map((q) => q.isOpen)).toEqual([false, false, true]);

    const opened = (await gp.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json() as Thread;
    expect(opened.assignedTo?.name).toBe(adviser.me.name);
    const after = (await adviser.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json() as Thread;
    expect(after.messages.find((m) => m.id === messageId)!.receipts).toMatchObject({ readBy: gp.me.name, readAt: expect.any(String) });
    expect(after.messages[0]!.status).toBe('read');
  });

  it('refuses vague or impossible requests, each with its own code, and stores nothing', async () => {
    const count = async () => Number((await t.database.db.selectFrom('dialogue_message').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const today = new Date().toISOString().slice(0, 10);
    const cases: [object, string][] = [
      [question({ questions: [] }), 'DIALOGUE_QUESTIONS_MISSING'],
      [question({ questions: ['Hva er funksjonen?', '   '] }), 'DIALOGUE_QUESTION_EMPTY'],
      [question({ questions: ['x'.repeat(1001)] }), 'DIALOGUE_TEXT_TOO_LONG'],
      [question({ dueOn: '2020-01-01' }), 'DIALOGUE_DEADLINE_PAST'],
      [question({ kind: 'L8', dueOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` }), 'DIALOGUE_DEADLINE_TOO_LATE'],
      [question({ kind: 'L99' }), 'VALIDATION_FAILED'],
      [question({ gpPersonId: otherGp.me.personId }), 'GP_NOT_ON_CASE'],
    ];
    for (const [body, code] of cases) {
      const response = await send(body);
      expect({ code: response.json().code, status: response.statusCode < 500 }).toEqual({ code, status: true });
    }
    expect((await send(question(), undefined, gp)).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await send(question(), undefined, adviser, '00000000-0000-4000-8000-000000000000')).json().code).toBe('CASE_NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('refuses a request on a closed case', async () => {
    const closed = await t.database.db.selectFrom('sick_case').where('status', 'in', ['closed', 'moved_to_aap']).where('nav_office_id', '=', adviser.me.organisation!.id).select('id').executeTakeFirstOrThrow();
    expect((await send(question(), undefined, adviser, closed.id)).json().code).toBe('CASE_CLOSED');
  });

  it('recognises the same form sent twice under one idempotency key, and refuses another form under it', async () => {
    const first = await send(question({ kind: 'L40' }), 'form-abc-123456');
    const again = await send(question({ kind: 'L40' }), 'form-abc-123456');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ conversationId: first.json().conversationId, messageId: first.json().messageId, replayed: true });
    expect((await send(question({ kind: 'L8' }), 'form-abc-123456')).json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Two identical submissions at the same moment store one request.
    const [a, b] = await Promise.all([send(question(), 'same-moment-0001'), send(question(), 'same-moment-0001')]);
    expect(a.json().messageId).toBe(b.json().messageId);
  });

  it('lets the GP save a draft, attach a PDF and answer each question; a second answer is refused', async () => {
    const { conversationId, messageId } = (await send(question())).json();
    const draft = await gp.request({ method: 'PUT', url: `/api/requests/${messageId}/draft`, payload: { answers: [{ position: 1, text: 'Lett kontorarbeid' }] } });
    expect(draft.statusCode).toBe(200);
    const withDraft = (await gp.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json() as Thread;
    expect(withDraft.drafts[0]).toMatchObject({ requestId: messageId, answers: [{ position: 1, text: 'Lett kontorarbeid' }] });

    const fake = await gp.request({ method: 'POST', url: `/api/conversations/${conversationId}/attachments`, payload: { filename: 'attest.pdf', contentBase64: TEXT_AS_PDF } });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('ATTACHMENT_TYPE_FORBIDDEN');
    const pdf = await gp.request({ method: 'POST', url: `/api/conversations/${conversationId}/attachments`, payload: { filename: 'funksjonsvurdering.pdf', contentBase64: PDF } });
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json().mediaType).toBe('application/pdf');
    // NAV cannot see an attachment the GP has not sent yet.
    expect((await adviser.request({ method: 'GET', url: `/api/attachments/${pdf.json().id}` })).statusCode).toBe(404);

    expect((await gp.request({ method: 'POST', url: `/api/requests/${messageId}/answer`, payload: { answers: [{ position: 1, text: 'Kun første' }] } })).json()).toMatchObject({
      code: 'ANSWER_INCOMPLETE',
      details: { positions: [2] },
    });
    const answers = [
      { position: 1, text: 'Lett kontorarbeid inntil fire timer' },
      { position: 2, text: 'Nei, gradert sykmelding er mulig fra neste uke' },
    ];
    const answered = await gp.request({ method: 'POST', url: `/api/requests/${messageId}/answer`, payload: { answers, attachmentIds: [pdf.json().id] } });
    expect(answered.statusCode).toBe(201);
    expect((await gp.request({ method: 'POST', url: `/api/requests/${messageId}/answer`, payload: { answers } })).json().code).toBe('REQUEST_ALREADY_ANSWERED');

    const seen = (await adviser.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json() as Thread;
    const answer = seen.messages.find((m) => m.kind === 'answer')!;
    expect(answer.answers).toEqual(answers);
    expect(answer.attachments).toHaveLength(1);
    expect(seen.messages.find((m) => m.id === messageId)!.receipts.answeredAt).toEqual(expect.any(String));
    const file = await adviser.request({ method: 'GET', url: `/api/attachments/${answer.attachments[0]!.id}` });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.toString('base64')).toBe(PDF);
    expect(seen.drafts).toEqual([]);
  });

  it('asks the GP to confirm a discharge summary NAV did not ask for, and accepts one it did', async () => {
    const plain = (await send(question())).json();
    const summary = await gp.request({ method: 'POST', url: `/api/conversations/${plain.conversationId}/attachments`, payload: { filename: 'epikrise.pdf', category: 'discharge_summary', contentBase64: PDF } });
    const answers = [
      { position: 1, text: 'Kontorarbeid' },
      { position: 2, text: 'Nei' },
    ];
    const refused = await gp.request({ method: 'POST', url: `/api/requests/${plain.messageId}/answer`, payload: { answers, attachmentIds: [summary.json().id] } });
    expect(refused.json().code).toBe('WHOLE_RECORD_CONFIRMATION_REQUIRED');
    expect((await gp.request({ method: 'POST', url: `/api/requests/${plain.messageId}/answer`, payload: { answers, attachmentIds: [summary.json().id], confirmWholeRecord: true } })).statusCode).toBe(201);

    const asking = (await send(question({ questions: ['Send epikrise fra ortopedisk avdeling'] }))).json();
    expect(asking.warnings).toEqual([expect.objectContaining({ kind: 'discharge_summary', position: 1 })]);
    const asked = await gp.request({ method: 'POST', url: `/api/conversations/${asking.conversationId}/attachments`, payload: { filename: 'epikrise.pdf', category: 'discharge_summary', contentBase64: PDF } });
    expect((await gp.request({ method: 'POST', url: `/api/requests/${asking.messageId}/answer`, payload: { answers: [{ position: 1, text: 'Vedlagt' }], attachmentIds: [asked.json().id] } })).statusCode).toBe(201);
  });

  it('refuses answers to a withdrawn request, and keeps others out of the thread', async () => {
    const { conversationId, messageId } = (await send(question())).json();
    expect((await gp.request({ method: 'POST', url: `/api/requests/${messageId}/withdraw` })).json().code).toBe('ACCESS_DENIED_ROLE');
    expect((await adviser.request({ method: 'POST', url: `/api/requests/${messageId}/withdraw` })).statusCode).toBe(200);
    const answer = await gp.request({ method: 'POST', url: `/api/requests/${messageId}/answer`, payload: { answers: [{ position: 1, text: 'a' }, { position: 2, text: 'b' }] } });
    expect(answer.json().code).toBe('REQUEST_WITHDRAWN');
    expect((await otherGp.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json().code).toBe('CONVERSATION_NOT_FOUND');
    const employer = await t.signIn('employer');
    expect((await employer.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).statusCode).toBe(404);
    expect((await employer.request({ method: 'GET', url: '/api/inbox/gp' })).json().code).toBe('ACCESS_DENIED_ROLE');
  });

  it('routes a GP’s message about a case to the case’s adviser, says who received it, and NAV’s reply settles it', async () => {
    await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/assign`, payload: { userId: adviser.userId } });
    const sent = await gp.request({ method: 'POST', url: '/api/gp/messages', payload: { code: 1, caseId, subject: 'Spørsmål om arbeidsutprøving', text: 'Pasienten ønsker arbeidsutprøving. Hvem tar kontakt?' } });
    expect(sent.statusCode).toBe(201);
    const { conversationId, recipient, dueOn } = sent.json();
    expect(recipient).toMatchObject({ officeName: adviser.me.organisation!.name, adviser: { userId: adviser.userId, name: adviser.me.name } });
    expect(dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const inbox = (await adviser.request({ method: 'GET', url: '/api/inbox/nav?scope=mine&show=open&q=arbeidsutprøving' })).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(conversationId);
    const replied = await adviser.request({ method: 'POST', url: `/api/conversations/${conversationId}/messages`, payload: { text: 'Veileder ringer pasienten i morgen.' } });
    expect(replied.statusCode).toBe(201);
    const open = (await adviser.request({ method: 'GET', url: '/api/inbox/nav?show=open&limit=200' })).json();
    expect(open.items.map((i: { id: string }) => i.id)).not.toContain(conversationId);
    expect((await gp.request({ method: 'POST', url: '/api/gp/messages', payload: { code: 2, text: 'Om pasienten' } })).json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'citizenId' } });
    expect((await gp.request({ method: 'POST', url: '/api/gp/messages', payload: { code: 1, caseId, text: '   ' } })).json().code).toBe('DIALOGUE_TEXT_EMPTY');
  });

  it('serves the builder its reference and live warnings, to NAV only', async () => {
    const reference = (await adviser.request({ method: 'GET', url: '/api/dialogue/reference' })).json();
    expect(reference.requestKinds.map((k: { kind: string; days: number; tariff: { code: string } }) => [k.kind, k.days, k.tariff.code])).toEqual([
      ['L8', 14, 'L8'],
      ['L40', 21, 'L40'],
    ]);
    expect(reference.legalBasis).toMatch(/21-4/);
    expect(reference.navNoteCodes.map((c: { code: number }) => c.code)).toContain(8);
    const checked = await adviser.request({ method: 'POST', url: '/api/dialogue/check-questions', payload: { questions: ['Send hele journalen'] } });
    expect(checked.json().warnings).toEqual([expect.objectContaining({ kind: 'journal', position: 1 })]);
    expect((await gp.request({ method: 'POST', url: '/api/dialogue/check-questions', payload: { questions: ['x'] } })).statusCode).toBe(403);
  });

  it('sends a note to the GP (8127), unread until opened; unknown codes are refused; the GP clears read information in one click', async () => {
    expect((await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { code: 7, text: 'x' } })).json().code).toBe('NOTE_CODE_UNKNOWN');
    const note = await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { code: 9, text: 'Referat fra dialogmøtet er lagt i saken.' } });
    expect(note.statusCode).toBe(201);
    const unread = (await gp.request({ method: 'GET', url: '/api/inbox/gp?show=unread&limit=200' })).json();
    expect(unread.items.map((i: { id: string }) => i.id)).toContain(note.json().conversationId);
    expect((await gp.request({ method: 'POST', url: '/api/inbox/gp/mark-read' })).json().marked).toBeGreaterThan(0);
    const after = (await gp.request({ method: 'GET', url: '/api/inbox/gp?show=unread&limit=200' })).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(note.json().conversationId);
    // Requests still waiting for the GP stay unread: only information is cleared.
    expect(after.items.every((i: { awaiting: string | null }) => i.awaiting === 'gp')).toBe(true);
  });

  it('lets a manager assign a thread at the office, an adviser only to themselves', async () => {
    const sent = (await gp.request({ method: 'POST', url: '/api/gp/messages', payload: { code: 2, citizenId: (await caseOfDemoGp(gp)).citizen.id, text: 'Pasienten spør om arbeidsrettede tiltak.' } })).json();
    const manager = await t.signIn('nav_manager');
    expect((await adviser.request({ method: 'POST', url: `/api/conversations/${sent.conversationId}/assign`, payload: { userId: manager.userId } })).json().code).toBe('ACCESS_DENIED_ROLE');
    const unassigned = (await manager.request({ method: 'GET', url: '/api/inbox/nav?scope=unassigned&limit=200' })).json();
    expect(unassigned.items.map((i: { id: string }) => i.id)).toContain(sent.conversationId);
    expect((await manager.request({ method: 'POST', url: `/api/conversations/${sent.conversationId}/assign`, payload: { userId: adviser.userId } })).statusCode).toBe(200);
    const advisers = (await manager.request({ method: 'GET', url: '/api/nav/office/advisers' })).json() as { userId: string }[];
    expect(advisers.map((a) => a.userId)).toEqual(expect.arrayContaining([adviser.userId, manager.userId]));
    expect((await gp.request({ method: 'GET', url: '/api/nav/office/advisers' })).statusCode).toBe(403);
    const mine = (await adviser.request({ method: 'GET', url: '/api/inbox/nav?scope=mine&limit=200' })).json();
    expect(mine.items.find((i: { id: string }) => i.id === sent.conversationId)).toMatchObject({ assignedTo: { userId: adviser.userId } });
    const told = await t.database.db.selectFrom('notification').where('user_id', '=', adviser.userId).where('event', '=', 'task_assigned').where('link', '=', `/dialog/${sent.conversationId}`).selectAll().execute();
    expect(told).toHaveLength(1);
    // Opening the thread marks what the bell said about it as read.
    await adviser.request({ method: 'GET', url: `/api/conversations/${sent.conversationId}` });
    const unread = await t.database.db.selectFrom('notification').where('user_id', '=', adviser.userId).where('link', '=', `/dialog/${sent.conversationId}`).where('read_at', 'is', null).selectAll().execute();
    expect(unread).toHaveLength(0);
    expect((await gp.request({ method: 'POST', url: `/api/conversations/${sent.conversationId}/assign`, payload: { userId: gp.userId } })).statusCode).toBe(403);
  });

  it('keeps attachments within the size and count limits, and lets the uploader remove a draft one', async () => {
    {
      // Settings are read at most every 30 seconds: a fresh app with its own limits reads them now.
      const fresh = await startTestApp({ db: 'pglite', env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
      try {
        await fresh.database.db.insertInto('setting').values({ key: 'dialogue', value: JSON.stringify({ attachments: { maxBytes: 120, maxCount: 1 } }) }).execute();
        const a = await fresh.signIn('nav_adviser', 'Veileder for');
        const g = await fresh.signIn('gp', '80 %');
        const { conversationId } = (await a.request({ method: 'POST', url: `/api/cases/${(await caseOfDemoGp(g)).caseId}/requests`, payload: question() })).json();
        const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 32)]).toString('base64');
        const tooBig = await g.request({ method: 'POST', url: `/api/conversations/${conversationId}/attachments`, payload: { filename: 'stor.pdf', contentBase64: big } });
        expect({ status: tooBig.statusCode, code: tooBig.json().code }).toEqual({ status: 413, code: 'ATTACHMENT_TOO_LARGE' });
        const small = await g.request({ method: 'POST', url: `/api/conversations/${conversationId}/attachments`, payload: { filename: 'liten.pdf', contentBase64: PDF } });
        expect(small.statusCode).toBe(201);
        expect((await g.request({ method: 'POST', url: `/api/conversations/${conversationId}/attachments`, payload: { filename: 'to.pdf', contentBase64: PDF } })).json().code).toBe('ATTACHMENT_LIMIT_REACHED');
        expect((await a.request({ method: 'DELETE', url: `/api/attachments/${small.json().id}` })).statusCode).toBe(404);
        expect((await g.request({ method: 'DELETE', url: `/api/attachments/${small.json().id}` })).statusCode).toBe(204);
      } finally {
        await fresh.close();
      }
    }
  });

  it('lets an administrator set the deadlines, per NAV office where offices differ', async () => {
    const admin = await t.signIn('admin');
    expect((await adviser.request({ method: 'PUT', url: '/api/admin/dialogue-settings', payload: { navReplyWorkingDays: 3 } })).statusCode).toBe(403);
    expect((await admin.request({ method: 'PUT', url: '/api/admin/dialogue-settings', payload: { navReplyWorkingDays: 0 } })).statusCode).toBe(400);
    expect((await admin.request({ method: 'PUT', url: '/api/admin/dialogue-settings', payload: { navReplyWorkingDaysByOffice: { [gp.me.organisation!.id]: 2 } } })).json().code).toBe('ORGANISATION_NOT_FOUND');
    const office = adviser.me.organisation!.id;
    expect((await admin.request({ method: 'PUT', url: '/api/admin/dialogue-settings', payload: { navReplyWorkingDaysByOffice: { [office]: 10 } } })).statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: '/api/admin/dialogue-settings' })).json()).toMatchObject({ navReplyWorkingDays: 5, navReplyWorkingDaysByOffice: { [office]: 10 } });
    const sent = (await gp.request({ method: 'POST', url: '/api/gp/messages', payload: { code: 1, caseId, text: 'Når kan vi ha et møte?' } })).json();
    const { addWorkingDays } = await import('../src/platform/working-days.js');
    const { osloDate } = await import('../src/modules/dialogue/domain/deadlines.js');
    expect(sent.dueOn).toBe(addWorkingDays(osloDate(new Date()), 10));
    await admin.request({ method: 'PUT', url: '/api/admin/dialogue-settings', payload: { navReplyWorkingDaysByOffice: {} } });
  });

  it('audits reading a thread and listing an inbox', async () => {
    const { conversationId } = (await send(question())).json();
    await gp.request({ method: 'GET', url: `/api/conversations/${conversationId}` });
    await gp.request({ method: 'GET', url: '/api/inbox/gp' });
    const entries = await t.database.db.selectFrom('audit_log').where('actor_user_id', '=', gp.userId).select(['action', 'object_type', 'subject_set_id']).orderBy('id', 'desc').limit(2).execute();
    expect(entries[1]).toMatchObject({ action: 'read', object_type: 'conversation' });
    expect(entries[0]).toMatchObject({ action: 'list', object_type: 'conversation' });
    expect(entries[0]!.subject_set_id).not.toBeNull();
  });
});

describe.each(DB_KINDS)('reminders and escalation of unanswered messages (%s)', (db) => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let adviser: TestClient;
  let gp: TestClient;
  let run: () => Promise<{ reminded: number; escalated: number }>;

  beforeAll(async () => {
    t = await startTestApp({ db, clock, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    const { runDialogueFollowUps } = await import('../src/modules/dialogue/jobs.js');
    const { loadDialogueSettings } = await import('../src/modules/dialogue/settings.js');
    run = async () => runDialogueFollowUps(t.database.db, clock, await loadDialogueSettings(t.database.db), t.config);
  });
  afterAll(() => t?.close());

  const signIn = async () => {
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    gp = await t.signIn('gp', '80 %');
  };
  const messagesOf = async (conversationId: string) =>
    t.database.db.selectFrom('dialogue_message').where('conversation_id', '=', conversationId).select(['kind', 'code_system', 'code']).execute();

  it('answered one minute before the deadline: no reminder then or later', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    await signIn();
    const caseId = (await caseOfDemoGp(gp)).caseId;
    const sent = (await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/requests`, payload: question({ dueOn: '2026-03-06' }) })).json();
    expect(sent.dueOn).toBe('2026-03-06');
    // 23:59 in Oslo on the due date is 22:59 UTC in winter.
    clock.set(new Date('2026-03-06T22:59:00Z'));
    await signIn();
    const answers = [
      { position: 1, text: 'Kontorarbeid' },
      { position: 2, text: 'Nei' },
    ];
    expect((await gp.request({ method: 'POST', url: `/api/requests/${sent.messageId}/answer`, payload: { answers } })).statusCode).toBe(201);
    clock.set(new Date('2026-03-20T09:00:00Z'));
    await run();
    expect((await messagesOf(sent.conversationId)).filter((m) => m.kind === 'reminder')).toHaveLength(0);
  });

  it('unanswered: one reminder (8129/2) and a "no answer" task; after the answer no second reminder and the task is done', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z'));
    await signIn();
    const caseId = (await caseOfDemoGp(gp, 1)).caseId;
    const sent = (await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/requests`, payload: question({ dueOn: '2026-03-06' }) })).json();
    clock.set(new Date('2026-03-06T23:00:01Z')); // past midnight in Oslo
    // Two instances run the job at once: the request is reminded once.
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.reminded + b.reminded).toBeGreaterThanOrEqual(1);
    const reminders = (await messagesOf(sent.conversationId)).filter((m) => m.kind === 'reminder');
    expect(reminders).toEqual([{ kind: 'reminder', code_system: 8129, code: 2 }]);
    const task = await t.database.db.selectFrom('case_task').where('message_id', '=', sent.messageId).selectAll().executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'request_unanswered', status: 'open' });
    await run();
    expect((await messagesOf(sent.conversationId)).filter((m) => m.kind === 'reminder')).toHaveLength(1);

    clock.set(new Date('2026-03-08T10:00:00Z'));
    await signIn();
    const inbox = (await gp.request({ method: 'GET', url: '/api/inbox/gp?show=awaiting_me' })).json();
    expect(inbox.items.find((i: { id: string }) => i.id === sent.conversationId)).toMatchObject({ overdue: true });
    await gp.request({ method: 'POST', url: `/api/requests/${sent.messageId}/answer`, payload: { answers: [{ position: 1, text: 'a' }, { position: 2, text: 'b' }] } });
    clock.set(new Date('2026-04-30T10:00:00Z'));
    await run();
    expect((await messagesOf(sent.conversationId)).filter((m) => m.kind === 'reminder')).toHaveLength(1);
    expect((await t.database.db.selectFrom('dialogue_message').where('id', '=', sent.messageId).select('escalated_at').executeTakeFirstOrThrow()).escalated_at).toBeNull();
    expect((await t.database.db.selectFrom('case_task').where('message_id', '=', sent.messageId).select('status').executeTakeFirstOrThrow()).status).toBe('done');
  });

  it('escalates to the office manager a week after the reminder, once', async () => {
    clock.set(new Date('2026-05-04T09:00:00Z'));
    await signIn();
    const caseId = (await caseOfDemoGp(gp, 2)).caseId;
    const sent = (await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/requests`, payload: question({ dueOn: '2026-05-05' }) })).json();
    clock.set(new Date('2026-05-06T08:00:00Z'));
    expect((await run()).reminded).toBeGreaterThanOrEqual(1);
    clock.set(new Date('2026-05-13T08:00:01Z'));
    const escalated = await run();
    expect(escalated.escalated).toBeGreaterThanOrEqual(1);
    expect((await run()).escalated).toBe(0);
    const managers = await t.database.db.selectFrom('app_user').where('role', '=', 'nav_manager').where('organisation_id', '=', adviser.me.organisation!.id).select('id').execute();
    const told = await t.database.db.selectFrom('notification').where('event', '=', 'escalation').where('user_id', 'in', managers.map((m) => m.id)).where('link', '=', `/dialog/${sent.conversationId}`).selectAll().execute();
    expect(told.length).toBe(managers.length);
    expect((await t.database.db.selectFrom('case_task').where('message_id', '=', sent.messageId).select('escalated_at').executeTakeFirstOrThrow()).escalated_at).not.toBeNull();
  });
});
