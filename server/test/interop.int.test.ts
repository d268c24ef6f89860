import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogmelding } from '../src/modules/interop/domain/model.js';
import { buildAppRec, buildDialogmelding } from '../src/modules/interop/domain/xml/build.js';
import { parseAppRec, parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { patchSample, standardsDir } from '../src/modules/interop/domain/xml/test-fixtures.js';
import { produceOwedDocuments } from '../src/modules/interop/outbound/produce.js';
import { runDialogueFollowUps } from '../src/modules/dialogue/jobs.js';
import { loadDialogueSettings } from '../src/modules/dialogue/settings.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const TOKEN = 'demo-interop-token';
const SAMPLES = join(standardsDir(), 'samples', 'inbound');

/** A transport that keeps what it is given, as the folder would. */
function memoryTransport() {
  const sent = new Map<string, string>();
  return { sent, send: async (name: string, xml: string) => void sent.set(name, xml) };
}

const post = (t: TestApp, payload: string | Buffer, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: '/api/interop/messages', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/xml', ...headers }, payload });

function appRecOf(body: string) {
  const parsed = parseAppRec(body);
  if (!parsed.ok) throw new Error(`not an AppRec: ${body.slice(0, 200)}`);
  return parsed.apprec;
}

/**
 * Every sample GP systems send, each into a platform of its own (several share a MsgId, as test
 * files do; a second one would rightly be a duplicate). The parties the samples name are in the
 * demo directory (demo/interop.ts).
 */
describe('the national samples from GP systems (postgres)', () => {
  const expected: Record<string, { result: 'stored'; attachments: number; code: string } | { result: 'rejected'; errors: string[] }> = {
    'dialogmelding_dialog_notat.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_cmyk_vedlegg.xml': { result: 'stored', attachments: 2, code: '8128/1' },
    'dialogmelding_dialog_notat_dnr.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_in_behandlerdialog.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_in_behandlerdialog_with_error.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_invalid.xml': { result: 'rejected', errors: ['E31', 'T10'] },
    'dialogmelding_dialog_notat_mange_vedlegg.xml': { result: 'stored', attachments: 38, code: '8128/1' },
    'dialogmelding_dialog_notat_missing_givenname.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_pridok_bug.xml': { result: 'stored', attachments: 1, code: '8128/1' },
    'dialogmelding_dialog_notat_ukjent_behandler.xml': { result: 'stored', attachments: 0, code: '8128/1' },
    'dialogmelding_dialog_notat_vedlegg.xml': { result: 'stored', attachments: 2, code: '8128/1' },
    'dialogmelding_dialog_notat_vedlegg_missing_description.xml': { result: 'rejected', errors: ['E31', 'T99'] },
    'dialogmelding_dialog_notat_vedlegg_pjpeg.xml': { result: 'stored', attachments: 2, code: '8128/1' },
    'dialogmelding_dialog_notat_veldig_mange_vedlegg.xml': { result: 'stored', attachments: 45, code: '8128/1' },
    'dialogmelding_dialog_svar_foresporsel_om_pasient.xml': { result: 'rejected', errors: ['E31'] },
    'dialogmelding_dialog_svar_foresporsel_om_pasient_invalid.xml': { result: 'rejected', errors: ['T10'] },
    'dialogmelding_dialog_svar_innkalling_dialogmote.xml': { result: 'stored', attachments: 0, code: '8126/1' },
    'dialogmelding_dialog_svar_innkalling_dialogmote_invalid.xml': { result: 'rejected', errors: ['T10'] },
    'dialogmelding_kiropraktor.xml': { result: 'rejected', errors: ['E31'] },
  };

  it('knows all 19 samples', () => {
    expect(readdirSync(SAMPLES).filter((f) => f.endsWith('.xml')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (file, want) => {
    const t = await startTestApp({ db: 'postgres' });
    try {
      const bytes = readFileSync(join(SAMPLES, file));
      const response = await post(t, bytes);
      const receipt = appRecOf(response.body);
      const db = t.database.db;
      const stored = await db.selectFrom('interop_message').where('direction', '=', 'in').selectAll().execute();
      expect(stored).toHaveLength(1);
      if (want.result === 'rejected') {
        expect(response.statusCode).toBe(422);
        expect(receipt.status).toBe('rejected');
        expect(receipt.errors.map((e) => e.code)).toEqual(want.errors);
        // Each with a reason a person can act on.
        for (const error of receipt.errors) expect(error.details ?? error.text).toMatch(/\w{4,}/);
        expect(stored[0]).toMatchObject({ status: 'rejected', dialogue_message_id: null });
        return;
      }
      expect(response.statusCode).toBe(200);
      expect(receipt).toMatchObject({ status: 'ok', errors: [] });
      const message = await db
        .selectFrom('dialogue_message as m')
        .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
        .innerJoin('citizen as z', 'z.id', 'c.citizen_id')
        .innerJoin('person as gp', 'gp.id', 'c.gp_person_id')
        .innerJoin('organisation as nav', 'nav.id', 'c.nav_office_id')
        .where('m.id', '=', stored[0]!.dialogue_message_id!)
        .select(['m.code_system', 'm.code', 'm.sender_side', 'm.body', 'z.fnr', 'gp.hpr_number', 'nav.name as nav'])
        .executeTakeFirstOrThrow();
      expect(`${message.code_system}/${message.code}`).toBe(want.code);
      expect(message).toMatchObject({ sender_side: 'gp', hpr_number: 1234567, nav: 'NAV Larvik' });
      expect(message.fnr).toBe(file.includes('dnr') ? '45088649080' : '01010142365');
      expect(message.body.length).toBeGreaterThan(0);
      const attachments = await db.selectFrom('dialogue_attachment').where('message_id', '=', stored[0]!.dialogue_message_id!).select(['media_type', 'size_bytes']).execute();
      expect(attachments).toHaveLength(want.attachments);
      for (const a of attachments) expect(['application/pdf', 'image/jpeg', 'image/png']).toContain(a.media_type);
    } finally {
      await t.close();
    }
  });
});

describe.each(DB_KINDS)('national messages in and out (%s)', (db) => {
  let t: TestApp;
  let adviser: TestClient;
  let gp: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    gp = await t.signIn('gp', '80 %');
    const cases = (await gp.request({ method: 'GET', url: '/api/gp/cases' })).json() as { caseId: string }[];
    caseId = cases[0]!.caseId;
  });
  afterAll(() => t?.close());

  const sendRequest = async () => {
    const sent = await adviser.request({
      method: 'POST',
      url: `/api/cases/${caseId}/requests`,
      payload: { kind: 'L40', questions: ['Hvilke arbeidsoppgaver kan pasienten utføre nå – og hvilke «ikke»?'], openQuestion: 'Er det annet NAV bør vite?' },
    });
    expect(sent.statusCode).toBe(201);
    return sent.json() as { conversationId: string; messageId: string };
  };

  const produce = async () => {
    const transport = memoryTransport();
    const report = await produceOwedDocuments({ db: t.database.db, clock: t.clock, config: t.config, transport });
    return { ...report, documents: transport.sent };
  };

  /** The GP's record system answers our request as EPJs do: quoting it, in the same conversation. */
  function answerTo(request: Dialogmelding, text: string, msgId: string): Dialogmelding {
    return {
      msgId,
      type: 'DIALOG_SVAR',
      generatedAt: new Date().toISOString(),
      conversation: { conversationId: request.conversation!.conversationId, parentId: request.msgId },
      wantsReceipt: true,
      sender: request.receiver,
      receiver: request.sender,
      patient: request.patient,
      body: {
        element: 'Notat',
        theme: { list: 9069, code: 5, text: 'Svar på forespørsel' },
        text,
        answersRequest: { theme: request.body.theme, documentId: request.body.documentId },
      },
      attachments: [],
    };
  }

  it('a request to a GP is also a MsgHead + Dialogmelding document that validates against the schemas, with its letter as PDF', async () => {
    const { messageId } = await sendRequest();
    const ordered = await t.database.db.selectFrom('interop_message').where('dialogue_message_id', '=', messageId).selectAll().executeTakeFirstOrThrow();
    expect(ordered).toMatchObject({ direction: 'out', status: 'ordered', msg_type: 'DIALOG_FORESPORSEL', code_system: 8129, code: 1 });

    const { sent, documents } = await produce();
    expect(sent).toBeGreaterThanOrEqual(1);
    const xml = documents.get(`${messageId}.xml`)!;
    const parsed = parseDialogmelding(xml, { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // Validated against MsgHead-v1_2.xsd with dialogmelding.xsd and the base64 container: no deviation.
    expect(parsed.schemaWarnings).toEqual([]);
    const message = parsed.message;
    expect(message).toMatchObject({ msgId: messageId, type: 'DIALOG_FORESPORSEL', body: { element: 'Foresporsel', theme: { list: 8129, code: 1 }, documentId: messageId } });
    // Addressed as the registers know the parties: office org number and HER-id, the GP's HPR and HER-id.
    const gpRow = await t.database.db.selectFrom('person').where('id', '=', gp.me.personId!).select(['hpr_number', 'her_id']).executeTakeFirstOrThrow();
    expect(message.receiver.professional).toMatchObject({ hprNumber: String(gpRow.hpr_number), herId: String(gpRow.her_id) });
    expect(message.receiver.organisation.herId).toMatch(/^\d+$/);
    expect(message.sender.organisation.orgNumber).toMatch(/^\d{9}$/);
    // Typographic characters outside Latin-1 made plain (the dash); Latin-1 ones («») kept.
    expect(message.body.text).toContain('utføre nå - og hvilke «ikke»?');
    expect(message.attachments).toHaveLength(1);
    expect(Buffer.from(message.attachments[0]!.content).subarray(0, 5).toString()).toBe('%PDF-');
    const after = await t.database.db.selectFrom('interop_message').where('dialogue_message_id', '=', messageId).selectAll().executeTakeFirstOrThrow();
    expect(after.status).toBe('sent');
    expect(after.sent_at).not.toBeNull();
    // A second pass owes nothing for it.
    expect((await produce()).documents.has(`${messageId}.xml`)).toBe(false);
  });

  it("the GP system's answer lands on the request as if written in the platform, gets an AppRec, and a repeat is stored once", async () => {
    const { conversationId, messageId } = await sendRequest();
    const { documents } = await produce();
    const parsed = parseDialogmelding(documents.get(`${messageId}.xml`)!, { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error('outbound did not parse');
    const answerXml = buildDialogmelding(answerTo(parsed.message, 'Pasienten kan gjøre lette oppgaver. Æ, ø og å kommer fram.', `svar-${messageId}`));

    const first = await post(t, answerXml);
    expect(first.statusCode).toBe(200);
    const receipt = appRecOf(first.body);
    expect(receipt).toMatchObject({ status: 'ok', original: { msgId: `svar-${messageId}` } });
    const thread = (await adviser.request({ method: 'GET', url: `/api/conversations/${conversationId}` })).json();
    const request = thread.messages.find((m: { id: string }) => m.id === messageId);
    expect(request.status).toBe('answered');
    const answer = thread.messages.find((m: { kind: string; parentId: string }) => m.kind === 'answer' && m.parentId === messageId);
    expect(answer).toMatchObject({ senderSide: 'gp', body: 'Pasienten kan gjøre lette oppgaver. Æ, ø og å kommer fram.', national: { direction: 'in', status: 'stored' } });
    expect(request.national).toMatchObject({ direction: 'out', status: 'sent' });

    const again = await post(t, answerXml);
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-interop-result']).toBe('duplicate');
    expect(again.body).toBe(first.body);
    const answers = await t.database.db.selectFrom('dialogue_message').where('conversation_id', '=', conversationId).where('kind', '=', 'answer').select('id').execute();
    expect(answers).toHaveLength(1);
    const audit = await t.database.db.selectFrom('audit_log').where('object_type', '=', 'interop_message').where('action', '=', 'import').where(sql`detail::text`, 'like', `%svar-${messageId}%`).selectAll().execute();
    expect(audit).toHaveLength(1);
  });

  it("a reminder (8129/2) and NAV's notes (8127) are documents too; an answer quoting the reminder settles the request", async () => {
    const { conversationId, messageId } = await sendRequest();
    await produce();
    // The reply deadline passes: the reminder job reminds the GP.
    const later = { now: () => new Date(Date.now() + 30 * 86_400_000) };
    await runDialogueFollowUps(t.database.db, later, await loadDialogueSettings(t.database.db), t.config);
    const reminder = await t.database.db.selectFrom('dialogue_message').where('parent_id', '=', messageId).where('kind', '=', 'reminder').select('id').executeTakeFirstOrThrow();
    const note = await adviser.request({ method: 'POST', url: `/api/conversations/${conversationId}/messages`, payload: { text: 'Vi har mottatt sykmeldingen – takk.', code: 6 } });
    expect(note.statusCode).toBe(201);
    const { documents } = await produce();
    const read = (id: string) => {
      const parsed = parseDialogmelding(documents.get(`${id}.xml`)!, { allowSynthetic: true, maxBytes: 10_000_000 });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.schemaWarnings).toEqual([]);
      return parsed.message;
    };
    const reminderDoc = read(reminder.id);
    expect(reminderDoc).toMatchObject({ type: 'DIALOG_FORESPORSEL', body: { element: 'Foresporsel', theme: { list: 8129, code: 2 }, documentId: messageId }, conversation: { parentId: messageId } });
    const noteDoc = read(note.json().messageId);
    expect(noteDoc).toMatchObject({ type: 'DIALOG_NOTAT', body: { element: 'Notat', theme: { list: 8127, code: 6 }, text: 'Vi har mottatt sykmeldingen - takk.' } });
    expect(noteDoc.conversation!.conversationId).toBe(reminderDoc.conversation!.conversationId);

    // The GP system answers the reminder it received; the answer settles the request reminded of.
    const answer = answerTo(reminderDoc, 'Svar etter påminnelse.', `svar-paa-paaminnelse-${messageId}`);
    expect((await post(t, buildDialogmelding(answer))).statusCode).toBe(200);
    const request = await t.database.db.selectFrom('dialogue_message').where('id', '=', messageId).select(['status', 'answer_id']).executeTakeFirstOrThrow();
    expect(request.status).toBe('answered');
  });

  it('an answer without references finds the open request by patient and GP', async () => {
    const { messageId } = await sendRequest();
    const { documents } = await produce();
    const parsed = parseDialogmelding(documents.get(`${messageId}.xml`)!, { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error('outbound did not parse');
    const bare = answerTo(parsed.message, 'Svar uten referanser.', `uten-ref-${messageId}`);
    delete bare.conversation;
    delete bare.body.answersRequest;
    expect((await post(t, buildDialogmelding(bare))).statusCode).toBe(200);
    const request = await t.database.db.selectFrom('dialogue_message').where('id', '=', messageId).select(['status', 'answer_id']).executeTakeFirstOrThrow();
    expect(request.status).toBe('answered');
  });

  it("the receiver's AppRec moves a document to OK; E21 marks the GP office's address and gives the office a task", async () => {
    const okRequest = await sendRequest();
    const rejectedRequest = await sendRequest();
    const { documents } = await produce();
    const receiptFor = (messageId: string, status: 'ok' | 'rejected') => {
      const parsed = parseDialogmelding(documents.get(`${messageId}.xml`)!, { allowSynthetic: true, maxBytes: 10_000_000 });
      if (!parsed.ok) throw new Error('outbound did not parse');
      return buildAppRec({
        id: `apprec-${messageId}`,
        generatedAt: new Date().toISOString(),
        status,
        errors: status === 'rejected' ? [{ code: 'E21', text: 'Mottaker finnes ikke' }] : [],
        sender: parsed.message.receiver,
        receiver: parsed.message.sender,
        original: { type: 'DIALOG_FORESPORSEL', issuedAt: parsed.message.generatedAt, msgId: messageId },
      });
    };
    expect((await post(t, receiptFor(okRequest.messageId, 'ok'))).statusCode).toBe(204);
    expect((await post(t, receiptFor(rejectedRequest.messageId, 'rejected'))).statusCode).toBe(204);
    const rows = await t.database.db.selectFrom('interop_message').where('dialogue_message_id', 'in', [okRequest.messageId, rejectedRequest.messageId]).select(['dialogue_message_id', 'status', 'errors', 'counterpart_org_id']).execute();
    expect(rows.find((r) => r.dialogue_message_id === okRequest.messageId)?.status).toBe('ok');
    const rejected = rows.find((r) => r.dialogue_message_id === rejectedRequest.messageId)!;
    expect(rejected).toMatchObject({ status: 'rejected', errors: [{ code: 'E21' }] });
    const office = await t.database.db.selectFrom('organisation').where('id', '=', rejected.counterpart_org_id!).select(['address_attention_at', 'address_attention_reason']).executeTakeFirstOrThrow();
    expect(office.address_attention_at).not.toBeNull();
    expect(office.address_attention_reason).toMatch(/E21/);
    const task = await t.database.db.selectFrom('case_task').where('message_id', '=', rejectedRequest.messageId).select(['kind', 'owner_kind', 'status']).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'gp_address_unknown', owner_kind: 'nav_office', status: 'open' });
    // The adviser sees it on the message.
    const thread = (await adviser.request({ method: 'GET', url: `/api/conversations/${rejectedRequest.conversationId}` })).json();
    expect(thread.messages.find((m: { id: string }) => m.id === rejectedRequest.messageId).national).toMatchObject({ status: 'rejected', errors: [{ code: 'E21' }] });
    // The administrator's log shows the document as it travelled and the receipt that answered it.
    const admin = await t.signIn('admin');
    const log = (await admin.request({ method: 'GET', url: '/api/admin/interop/messages?direction=out&status=rejected' })).json();
    const entry = log.items.find((i: { msgId: string }) => i.msgId === rejectedRequest.messageId);
    expect(entry).toMatchObject({ status: 'rejected', errors: [{ code: 'E21' }] });
    const detail = (await admin.request({ method: 'GET', url: `/api/admin/interop/messages/${entry.id}` })).json();
    expect(detail.document).toMatch(/^<\?xml/);
    expect(detail.document).toContain(rejectedRequest.messageId);
    expect(detail.apprec).toContain('E21');
    expect((await adviser.request({ method: 'GET', url: `/api/admin/interop/messages/${entry.id}` })).statusCode).toBe(403);
    // A receipt for a message we never sent is refused.
    const stray = buildAppRec({
      id: 'stray-receipt',
      generatedAt: new Date().toISOString(),
      status: 'ok',
      errors: [],
      sender: { organisation: { name: 'Et legekontor', herId: '42' } },
      receiver: { organisation: { name: 'NAV', herId: '79768' } },
      original: { type: 'DIALOG_NOTAT', issuedAt: new Date().toISOString(), msgId: 'never-sent' },
    });
    const refused = await post(t, stray);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('INTEROP_RECEIPT_UNMATCHED');
  });

  it('the real answer sample, with a valid patient, is linked to the open request by patient and GP', async () => {
    // The sample's patient number has ten digits (refused above); with the demo's sample patient
    // and an open request from NAV to the sample's GP, it lands on that request.
    const citizen = await t.database.db.selectFrom('citizen').where('fnr', '=', '01010142365').select(['id', 'regular_gp_person_id', 'gp_office_id', 'nav_office_id']).executeTakeFirstOrThrow();
    const now = new Date();
    const conversation = await t.database.db
      .insertInto('conversation')
      .values({ citizen_id: citizen.id, nav_office_id: citizen.nav_office_id!, gp_person_id: citizen.regular_gp_person_id!, gp_office_id: citizen.gp_office_id, subject: 'Forespørsel', started_by: 'nav', request_kind: 'L8', last_message_at: now, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const request = await t.database.db
      .insertInto('dialogue_message')
      .values({ conversation_id: conversation.id, kind: 'request', code_system: 8129, code: 1, sender_side: 'nav', body: '', request_kind: 'L8', tariff_code: 'L8', expects_answer: true, delivered_at: now, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sample = patchSample(readFileSync(join(SAMPLES, 'dialogmelding_dialog_svar_foresporsel_om_pasient.xml')), '<Id>3143242342</Id>', '<Id>01010142365</Id>');
    const response = await post(t, sample);
    expect(response.statusCode).toBe(200);
    const settled = await t.database.db.selectFrom('dialogue_message').where('id', '=', request.id).select(['status', 'answer_id']).executeTakeFirstOrThrow();
    expect(settled.status).toBe('answered');
    const answer = await t.database.db.selectFrom('dialogue_message').where('id', '=', settled.answer_id!).select(['kind', 'code_system', 'code', 'body']).executeTakeFirstOrThrow();
    expect(answer).toMatchObject({ kind: 'answer', code_system: 9069, code: 5 });
  });

  it('refuses what is not a message from an authorised system, and keeps serving', async () => {
    const note = readFileSync(join(SAMPLES, 'dialogmelding_dialog_notat.xml'));
    expect((await t.request({ method: 'POST', url: '/api/interop/messages', headers: { 'content-type': 'application/xml' }, payload: note })).json().code).toBe('INTEROP_TOKEN_INVALID');
    expect((await post(t, note, { authorization: 'Bearer wrong-token-wrong-token' })).statusCode).toBe(401);
    const plain = await post(t, 'hello', { 'content-type': 'text/plain' });
    expect([415]).toContain(plain.statusCode);

    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><MsgHead xmlns="http://www.kith.no/xmlstds/msghead/2006-05-24">&x;</MsgHead>';
    const xxeResponse = await post(t, xxe);
    expect(xxeResponse.statusCode).toBe(422);
    expect(appRecOf(xxeResponse.body).errors[0]!.code).toBe('T01');
    expect(xxeResponse.body).not.toContain('root:');

    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><r>&lol3;</r>`;
    expect(appRecOf((await post(t, laughs)).body).errors[0]!.code).toBe('T01');

    const huge = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const tooLarge = await post(t, huge);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().code).toBe('BODY_TOO_LARGE');

    const badBase64 = patchSample(note, '</Content>', '</Content></RefDoc></Document><Document><RefDoc><MsgType V="A" DN="Vedlegg"/><MimeType>application/pdf</MimeType><Description>x</Description><Content><Base64Container xmlns="http://www.kith.no/xmlstds/base64container">@@@not base64@@@</Base64Container></Content>');
    const badResponse = await post(t, patchSample(badBase64, '37340D30-FE14-42B5-985F-A8FF8FFA0CB5</MsgId>', 'bad-base64-1</MsgId>'));
    expect(badResponse.statusCode).toBe(422);
    expect(appRecOf(badResponse.body).errors.map((e) => e.code)).toContain('T99');

    expect((await t.request({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
  });

  it("warns about characters GP systems cannot show, and says what will be made plain", async () => {
    const check = await adviser.request({ method: 'POST', url: '/api/interop/text-check', payload: { text: 'Hei – «sitat» og “dette” 😀' } });
    expect(check.statusCode).toBe(200);
    const body = check.json();
    expect(body.ok).toBe(false);
    expect(body.unsupported.map((u: { codePoint: string }) => u.codePoint)).toEqual(['U+1F600']);
    expect(body.transliterated).toContain('Hei - «sitat» og "dette"');
    expect(body.message).toMatch(/U\+1F600/);
  });
});
