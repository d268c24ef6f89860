import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogmelding } from '../src/modules/interop/domain/model.js';
import { buildDialogmelding } from '../src/modules/interop/domain/xml/build.js';
import { parseAppRec, parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { readDocument } from '../src/modules/interop/inbound/receive.js';
import { storeInboundDocuments } from '../src/modules/interop/inbound/store.js';
import { produceOwedDocuments } from '../src/modules/interop/outbound/produce.js';
import { loadDialogueSettings } from '../src/modules/dialogue/settings.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const TOKEN = 'demo-interop-token';

/**
 * Documents that arrive together are stored together (one transaction for the batch): each must
 * still land exactly as it would alone, and none may decide another's outcome.
 */
describe.each(DB_KINDS)('inbound documents stored in batches (%s)', (db) => {
  let t: TestApp;
  let adviser: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    const gp = await t.signIn('gp', '80 %');
    caseId = ((await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string }[])[0]!.caseId;
  });
  afterAll(() => t?.close());

  /** NAV asks the GP; the request as the GP's system received it. */
  async function requestDocument() {
    const sent = await adviser.request({ method: 'POST', url: `/api/cases/${caseId}/requests`, payload: { kind: 'L40', questions: ['Hva kan pasienten gjøre nå?'] } });
    expect(sent.statusCode).toBe(201);
    const { conversationId, messageId } = sent.json() as { conversationId: string; messageId: string };
    const documents = new Map<string, string>();
    await produceOwedDocuments({ db: t.database.db, clock: t.clock, config: t.config, transport: { send: async (name: string, xml: string) => void documents.set(name, xml) } });
    const parsed = parseDialogmelding(documents.get(`${messageId}.xml`)!, { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error('outbound did not parse');
    return { conversationId, messageId, request: parsed.message };
  }

  /** The GP's reply in the request's conversation: an answer (9069) or a note (8128). */
  function reply(request: Dialogmelding, kind: 'answer' | 'note', text: string): Dialogmelding {
    return {
      msgId: `${kind}-${randomUUID()}`,
      type: kind === 'answer' ? 'DIALOG_SVAR' : 'DIALOG_NOTAT',
      generatedAt: new Date().toISOString(),
      conversation: { conversationId: request.conversation!.conversationId, parentId: request.msgId },
      wantsReceipt: true,
      sender: request.receiver,
      receiver: request.sender,
      patient: request.patient,
      body:
        kind === 'answer'
          ? { element: 'Notat', theme: { list: 9069, code: 5, text: 'Svar på forespørsel' }, text, answersRequest: { theme: request.body.theme, documentId: request.body.documentId } }
          : { element: 'Notat', theme: { list: 8128, code: 1, text: 'Melding om sykefraværsoppfølging' }, text },
      attachments: [],
    };
  }

  const read = (message: Dialogmelding | string) => readDocument({ config: t.config }, Buffer.from(typeof message === 'string' ? message : buildDialogmelding(message)), 'http', randomUUID());
  const store = async (documents: Awaited<ReturnType<typeof read>>[]) =>
    storeInboundDocuments(t.database.db, { clock: t.clock, config: t.config, settings: await loadDialogueSettings(t.database.db) }, documents);
  const outcome = (settled: Awaited<ReturnType<typeof store>>[number]) => {
    if (!settled.ok) throw settled.error;
    return settled.outcome;
  };

  it('an answer and a note to the same request, a copy of the answer and a refused message in one batch each land as alone', async () => {
    const { conversationId, messageId, request } = await requestDocument();
    const answer = buildDialogmelding(reply(request, 'answer', 'Lette oppgaver går fint.'));
    const note = reply(request, 'note', 'Jeg sender også epikrisen senere.');
    const stranger = reply(request, 'note', 'Fra en lege plattformen ikke kjenner.');
    stranger.sender = { ...stranger.sender, professional: { familyName: 'Ukjent', givenName: 'Lege', hprNumber: '7654321' } };
    const answerMsgId = parseDialogmelding(answer, { allowSynthetic: true, maxBytes: 10_000_000 }).ok ? /<MsgId>([^<]+)</.exec(answer)![1]! : '';

    const settled = await store([await read(answer), await read(note), await read(answer), await read(stranger)]);
    const [first, second, copy, refused] = settled.map(outcome);
    expect(first, JSON.stringify(first!.errors)).toMatchObject({ result: 'stored', conversationId });
    expect(second).toMatchObject({ result: 'stored', conversationId });
    // The copy in the same batch is stored once and answered with the same AppRec.
    expect(copy).toMatchObject({ result: 'duplicate', apprec: first!.apprec });
    expect(refused!.result).toBe('rejected');
    expect(parseAppRec(refused!.apprec!).ok && parseAppRec(refused!.apprec!)).toMatchObject({ apprec: { status: 'rejected', errors: [{ code: 'E20' }] } });

    const dbh = t.database.db;
    const messages = await dbh.selectFrom('dialogue_message').where('conversation_id', '=', conversationId).select(['id', 'kind', 'code_system', 'status', 'answer_id', 'parent_id', 'expects_answer']).execute();
    const requestRow = messages.find((m) => m.id === messageId)!;
    const answerRow = messages.find((m) => m.kind === 'answer')!;
    expect(requestRow).toMatchObject({ status: 'answered', answer_id: answerRow.id });
    expect(answerRow).toMatchObject({ code_system: 9069, parent_id: messageId });
    expect(messages.filter((m) => m.code_system === 8128)).toEqual([expect.objectContaining({ kind: 'note', expects_answer: true, parent_id: messageId })]);
    // The request is settled and NAV owes the note an answer.
    const thread = await dbh.selectFrom('conversation').where('id', '=', conversationId).select(['awaiting', 'nav_unread', 'search_text']).executeTakeFirstOrThrow();
    expect(thread).toMatchObject({ awaiting: 'nav', nav_unread: true });
    expect(thread.search_text).toContain('Lette oppgaver går fint.');
    expect(thread.search_text).toContain('epikrisen');
    // One interop record and one audit entry per MsgId; the adviser is told of both.
    const records = await dbh.selectFrom('interop_message').where('direction', '=', 'in').where('msg_id', 'in', [answerMsgId, note.msgId, stranger.msgId]).select(['msg_id', 'status', 'id']).execute();
    expect(records.map((r) => `${r.msg_id === answerMsgId ? 'answer' : r.msg_id === note.msgId ? 'note' : 'stranger'}:${r.status}`).sort()).toEqual(['answer:stored', 'note:stored', 'stranger:rejected']);
    const audit = await dbh.selectFrom('audit_log').where('object_type', '=', 'interop_message').where('object_id', 'in', records.map((r) => r.id)).select(['object_id', 'outcome']).execute();
    expect(audit).toHaveLength(3);
    const told = await dbh.selectFrom('notification').where('link', '=', `/dialog/${conversationId}`).where('event', 'in', ['answer_received', 'message_received']).select('event').execute();
    expect(told.map((n) => n.event)).toEqual(expect.arrayContaining(['answer_received', 'message_received']));

    // The same document later (another batch) gets the same AppRec again.
    expect(outcome((await store([await read(answer)]))[0]!)).toMatchObject({ result: 'duplicate', apprec: first!.apprec });
  });

  it('a note without references starts a thread written whole: unread for NAV, awaiting NAV by the note\'s due time', async () => {
    const { request } = await requestDocument();
    const note = reply(request, 'note', 'Ny sak fra legen.');
    delete note.conversation;
    const [settled] = await store([await read(note)]);
    const stored = outcome(settled!);
    expect(stored.result).toBe('stored');
    const thread = await t.database.db.selectFrom('conversation').where('id', '=', stored.conversationId!).select(['awaiting', 'next_due_at', 'nav_unread', 'gp_unread', 'search_text']).executeTakeFirstOrThrow();
    const message = await t.database.db.selectFrom('dialogue_message').where('conversation_id', '=', stored.conversationId!).select(['due_at', 'expects_answer']).executeTakeFirstOrThrow();
    expect(message.expects_answer).toBe(true);
    expect(thread).toMatchObject({ awaiting: 'nav', nav_unread: true, gp_unread: false });
    expect(thread.next_due_at).toEqual(message.due_at);
    expect(thread.search_text).toContain('Ny sak fra legen.');
  });

  it('a batch that fails for an unexpected reason is stored one by one: the others are kept, the bad one fails alone', async () => {
    const { request } = await requestDocument();
    const good = await read(reply(request, 'note', 'Første melding.'));
    const alsoGood = await read(reply(request, 'note', 'Andre melding.'));
    const bad = await read(reply(request, 'note', 'Tredje melding.'));
    // Text the database cannot keep (NUL) fails the batch's statement, as an unforeseen fault would.
    if (bad.kind !== 'store') throw new Error('expected a message to store');
    bad.message.body.text = 'Tredje\u0000melding.';
    const settled = await store([good, bad, alsoGood]);
    expect(settled[0]).toMatchObject({ ok: true, outcome: { result: 'stored' } });
    expect(settled[1]!.ok).toBe(false);
    expect(settled[2]).toMatchObject({ ok: true, outcome: { result: 'stored' } });
    const kept = await t.database.db.selectFrom('interop_message').where('msg_id', 'in', [good.header.msgId!, bad.header.msgId!, alsoGood.header.msgId!]).select('msg_id').execute();
    expect(kept.map((k) => k.msg_id).sort()).toEqual([good.header.msgId, alsoGood.header.msgId].sort());
  });

  it('the same MsgId posted twice at the same moment, among others, is stored once and both get the same AppRec', async () => {
    const { request } = await requestDocument();
    const twice = buildDialogmelding(reply(request, 'note', 'Sendt to ganger.'));
    const others = Array.from({ length: 8 }, (_, i) => buildDialogmelding(reply(request, 'note', `Melding ${i + 1}.`)));
    const post = (payload: string) => t.request({ method: 'POST', url: '/api/interop/messages', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/xml' }, payload });
    const responses = await Promise.all([post(twice), ...others.map(post), post(twice)]);
    for (const r of responses) expect(r.statusCode).toBe(200);
    expect(responses.at(-1)!.body).toBe(responses[0]!.body);
    expect([responses[0]!.headers['x-interop-result'], responses.at(-1)!.headers['x-interop-result']].sort()).toEqual(['duplicate', 'stored']);
    const msgId = /<MsgId>([^<]+)</.exec(twice)![1]!;
    const rows = await t.database.db.selectFrom('interop_message').where('direction', '=', 'in').where('msg_id', '=', msgId).select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps documents and attachments compressed with lz4 where the server has it, and reads them back byte for byte', async () => {
    const compression = await sql<{ table: string; method: string }>`
      select c.relname as table, a.attcompression as method from pg_attribute a join pg_class c on c.oid = a.attrelid
      where (c.relname, a.attname) in (('interop_message', 'document'), ('dialogue_attachment', 'content')) order by 1`.execute(t.database.db);
    const lz4 = (await sql<{ n: number }>`select count(*)::int as n from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)`.execute(t.database.db)).rows[0]!.n === 1;
    // The Debian server has lz4; the embedded database is built without it and keeps the default (pglz).
    expect(lz4).toBe(db === 'postgres');
    expect(compression.rows).toEqual([
      { table: 'dialogue_attachment', method: lz4 ? 'l' : '' },
      { table: 'interop_message', method: lz4 ? 'l' : '' },
    ]);
    const xml = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><x>${'Svar fra legen. '.repeat(2000)}</x>`);
    const [row] = await sql<{ id: string }>`insert into interop_message (direction, msg_id, status, document, created_at) values ('in', ${randomUUID()}, 'rejected', ${xml}, now()) returning id`.execute(t.database.db).then((r) => r.rows);
    const back = await t.database.db.selectFrom('interop_message').where('id', '=', row!.id).select('document').executeTakeFirstOrThrow();
    expect(Buffer.compare(back.document!, xml)).toBe(0);
  });
});
