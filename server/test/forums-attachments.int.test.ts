import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxOf, EXE, HTML, pdfOf, PNG } from '../src/modules/forums/submissions/attachments/sample-files.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const VALID_FNR = '15057523414';
const MAX_BYTES = 64 * 1024;
const MAX_TOTAL = 160 * 1024;

interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  textCheck: string;
}

const file = (filename: string, content: Buffer | string) => ({ filename, contentBase64: Buffer.from(content).toString('base64') });
const deviation = (title: string, attachments: object[]) => ({
  kind: 'deviation',
  title,
  fields: { whatHappened: 'Epikrisen kom ikke fram til fastlegen', agreement: 'Delavtale om utskrivning' },
  attachments,
});

describe.each(DB_KINDS)('attachments on forum submissions (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let gp: TestClient;
  let secretary: TestClient;
  let stranger: TestClient;
  let bodyId: string;
  let caseId: string;
  let attachments: Attachment[] = [];
  let pdf: Buffer;

  const submit = (client: TestClient, payload: object) => client.request({ method: 'POST', url: `/api/forums/${bodyId}/submissions`, payload });
  const download = (client: TestClient, id: string) => client.request({ method: 'GET', url: `/api/forum-attachments/${id}` });
  const addLater = (client: TestClient, id: string, files: object[]) => client.request({ method: 'POST', url: `/api/forum-submissions/${id}/attachments`, payload: { attachments: files } });
  const counts = async () => {
    const [cases, files] = await Promise.all([
      t.database.db.selectFrom('forum_submission').where('body_id', '=', bodyId).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      t.database.db.selectFrom('forum_submission_attachment').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { cases: Number(cases.n), files: Number(files.n) };
  };
  /** Sends a refused request and checks its code, and that neither a case nor a file was stored. */
  const refusedWithNothingStored = async (send: () => Promise<LightMyRequestResponse>, status: number, code: string) => {
    const before = await counts();
    const answer = await send();
    expect(answer.statusCode, answer.body).toBe(status);
    expect((answer.json() as { code: string }).code).toBe(code);
    expect(await counts()).toEqual(before);
    return answer;
  };

  beforeAll(async () => {
    t = await startTestApp({
      db,
      env: { MAIL_SEND_INTERVAL_SECONDS: '0', FORUM_ATTACHMENT_MAX_BYTES: String(MAX_BYTES), FORUM_ATTACHMENTS_MAX_TOTAL_BYTES: String(MAX_TOTAL), FORUM_ATTACHMENTS_MAX_COUNT: '5' },
    });
    admin = await t.signIn('admin');
    gp = await t.signIn('gp');
    secretary = await t.signIn('forum_secretary');
    stranger = await t.signIn('municipal_physician');
    pdf = await pdfOf('Delavtale om utskrivning\nPunkt 4: epikrise samme dag', 'Delavtale');
    const created = await admin.request({ method: 'POST', url: '/api/forums', payload: { kind: 'committee', name: 'Vedleggsutvalget', slug: `vedlegg-${db}`, mandate: 'Prøve vedlegg' } });
    expect(created.statusCode, created.body).toBe(201);
    bodyId = created.json().id;
    const seat = { userId: secretary.userId, name: secretary.me.name, represents: 'hospital', role: 'secretary', appointedHow: 'appointed', termStart: day(-10) };
    expect((await admin.request({ method: 'POST', url: `/api/forums/${bodyId}/members`, payload: seat })).statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  it('tells the form the configured limits and the allowed types', async () => {
    const limits = await gp.request({ method: 'GET', url: '/api/forum-attachment-limits' });
    expect(limits.statusCode).toBe(200);
    expect(limits.json()).toMatchObject({ maxBytes: MAX_BYTES, maxTotalBytes: MAX_TOTAL, maxCount: 5 });
    expect(limits.json().types.map((type: { mime: string }) => type.mime)).toContain('application/pdf');
  });

  it('stores allowed files with the submission, in one request', async () => {
    const created = await submit(gp, deviation('Epikrise mangler', [file('rutine.txt', 'Rutine: epikrise sendes samme dag.\n'), file('skjermbilde', PNG), file('delavtale.pdf', pdf), file('avtale.docx', docxOf('Delavtale\nPunkt 4'))]));
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
    attachments = created.json().attachments;
    expect(attachments.map((a) => [a.filename, a.mediaType, a.textCheck])).toEqual([
      ['rutine.txt', 'text/plain; charset=utf-8', 'full'],
      ['skjermbilde.png', 'image/png', 'none'],
      ['delavtale.pdf', 'application/pdf', 'partial'],
      ['avtale.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'full'],
    ]);
    expect(created.json().canAddAttachments).toBe(true);
    expect(created.body).not.toContain('contentBase64');
  });

  it('lets a member of the body download each file as it was sent, and audits it as forum work', async () => {
    const listed = await secretary.request({ method: 'GET', url: `/api/forum-submissions/${caseId}` });
    expect(listed.json().attachments).toHaveLength(4);
    expect(listed.json().canAddAttachments).toBe(false);
    const pdfFile = attachments.find((a) => a.filename === 'delavtale.pdf')!;
    const answer = await download(secretary, pdfFile.id);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toContain('attachment; filename="delavtale.pdf"');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(answer.rawPayload, pdf)).toBe(0);
    const text = await download(secretary, attachments[0]!.id);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.body).toBe('Rutine: epikrise sendes samme dag.\n');
    const audit = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'forum_submission_attachment').where('object_id', '=', pdfFile.id).select(['action', 'purpose', 'actor_user_id']).execute();
    expect(audit).toContainEqual({ action: 'read', purpose: 'collaboration_forum', actor_user_id: secretary.userId });
    expect(audit).toContainEqual({ action: 'create', purpose: 'collaboration_forum', actor_user_id: gp.userId });
  });

  it('lets the submitter download their own file, and refuses a stranger and anyone signed out', async () => {
    expect((await download(gp, attachments[1]!.id)).statusCode).toBe(200);
    const refused = await download(stranger, attachments[1]!.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORUM_NOT_A_MEMBER');
    expect((await t.request({ method: 'GET', url: `/api/forum-attachments/${attachments[1]!.id}` })).statusCode).toBe(401);
    expect((await download(secretary, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses forbidden types by content, whatever the name says, and stores nothing', async () => {
    await refusedWithNothingStored(() => submit(gp, deviation('Med program', [file('rutine.txt', 'ok'), file('avtale.pdf', EXE)])), 415, 'FORUM_ATTACHMENT_TYPE_FORBIDDEN');
    const html = await refusedWithNothingStored(() => submit(gp, deviation('Med nettside', [file('side.html', HTML)])), 415, 'FORUM_ATTACHMENT_TYPE_FORBIDDEN');
    expect(html.json().details).toMatchObject({ index: 0, detected: 'text/html' });
    await refusedWithNothingStored(() => submit(gp, deviation('Forkledd bilde', [file('bilde.pdf', PNG)])), 415, 'FORUM_ATTACHMENT_TYPE_MISMATCH');
  });

  it('refuses a file over the configured size, too much in all, and too many files, and stores nothing', async () => {
    const big = await refusedWithNothingStored(() => submit(gp, deviation('For stor', [file('stor.txt', 'a'.repeat(MAX_BYTES + 1))])), 413, 'FORUM_ATTACHMENT_TOO_LARGE');
    expect(big.json().details).toMatchObject({ index: 0, maxBytes: MAX_BYTES });
    const three = [1, 2, 3].map((i) => file(`del${i}.txt`, String(i).repeat(60 * 1024)));
    await refusedWithNothingStored(() => submit(gp, deviation('For mye', three)), 413, 'FORUM_ATTACHMENTS_TOTAL_TOO_LARGE');
    await refusedWithNothingStored(() => submit(gp, deviation('For mange', [1, 2, 3, 4, 5, 6].map((i) => file(`${i}.txt`, 'x')))), 400, 'FORUM_ATTACHMENT_LIMIT_REACHED');
  });

  it('refuses a plain-text file with a fødselsnummer without echoing it, and stores nothing', async () => {
    const refused = await refusedWithNothingStored(() => submit(gp, deviation('Notat', [file('notat.txt', `Gjelder pasient ${VALID_FNR}, utskrevet i går.`)])), 422, 'FORUM_ATTACHMENT_PERSONAL_DATA');
    expect(refused.json().details).toMatchObject({ index: 0, part: 'text', kind: 'identity_number' });
    expect(refused.body).not.toContain(VALID_FNR);
  });

  it('lets the submitter add a file while the case is received, and no one else, and not after triage', async () => {
    const added = await addLater(gp, caseId, [file('tillegg.txt', 'Et tillegg til saken')]);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().attachments).toHaveLength(5);
    await refusedWithNothingStored(() => addLater(gp, caseId, [file('en-til.txt', 'for mange nå')]), 400, 'FORUM_ATTACHMENT_LIMIT_REACHED');
    await refusedWithNothingStored(() => addLater(secretary, caseId, [file('sekretær.txt', 'nei')]), 403, 'FORUM_ATTACHMENT_NOT_SUBMITTER');
    await refusedWithNothingStored(() => addLater(stranger, caseId, [file('fremmed.txt', 'nei')]), 403, 'FORUM_NOT_A_MEMBER');

    const second = await submit(gp, deviation('Henvisning returnert', []));
    expect(second.statusCode).toBe(201);
    await refusedWithNothingStored(() => addLater(gp, second.json().id, [file('notat.txt', `Fnr ${VALID_FNR}`)]), 422, 'FORUM_ATTACHMENT_PERSONAL_DATA');
    expect((await secretary.request({ method: 'POST', url: `/api/forum-submissions/${second.json().id}/accept`, payload: {} })).statusCode).toBe(200);
    await refusedWithNothingStored(() => addLater(gp, second.json().id, [file('sent.txt', 'for sent')]), 409, 'FORUM_ATTACHMENT_CLOSED');
  });

  it('shows the files in the submitter’s own list, without their content', async () => {
    const mine = await gp.request({ method: 'GET', url: '/api/me/forum-submissions' });
    const listed = mine.json().find((s: { id: string }) => s.id === caseId);
    expect(listed.attachments.map((a: Attachment) => a.filename)).toContain('tillegg.txt');
    expect(mine.body).not.toContain('RXQgdGlsbGVnZyB0aWwgc2FrZW4'); // base64 of the added file
  });
});
