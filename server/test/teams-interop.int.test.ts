import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { produceOwedDocuments } from '../src/modules/interop/outbound/produce.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const todayIso = () => new Date().toISOString().slice(0, 10);
const allCriteria = { age_18_55: true, early_sick_leave: true, mild_moderate: true, wants_simultaneous_help: true };

/**
 * Issue 8 × issue 5: a team's short update to the GP also goes to the GP's record system as a
 * national note (Dialogmelding 7322/6) from the team's host organisation.
 */
describe.each(DB_KINDS)('team updates to the GP as national documents (%s)', (db) => {
  let t: TestApp;
  let admin: TestClient;
  let gp: TestClient;
  let therapist: TestClient;
  let gpOffice: string;
  let patientCitizen: string;
  let municipality: { id: string; name: string; org_number: string | null; her_ids: number[] };

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    admin = await t.signIn('admin');
    gp = await t.signIn('gp', '80 %');
    therapist = await t.signIn('team_member');
    const patient = await t.signIn('patient', 'Sykmeldt');
    gpOffice = gp.me.organisation!.id;
    patientCitizen = patient.me.citizenId!;
    municipality = await t.database.db.selectFrom('organisation').where('kind', '=', 'municipality').where('name', '=', 'Larvik kommune').select(['id', 'name', 'org_number', 'her_ids']).executeTakeFirstOrThrow();
  });
  afterAll(() => t?.close());

  /** A team with the therapist as member; the GP refers the patient and the therapist accepts. Returns the referral's id. */
  async function acceptedReferral(name: string, hostOrganisationId: string | null, citizenId: string): Promise<string> {
    const team = await admin.request({
      method: 'POST',
      url: '/api/teams',
      payload: { kind: 'work_focus', name, trialSite: 'Larvik', hostOrganisationId, servedOrganisationIds: [gpOffice], referralPolicy: 'gp_only', capacity: 5 },
    });
    expect(team.statusCode, team.body).toBe(201);
    const teamId = team.json().id as string;
    const members = await admin.request({ method: 'PUT', url: `/api/teams/${teamId}/members`, payload: { members: [{ userId: therapist.userId, role: 'cognitive_therapist', presence: [] }] } });
    expect(members.statusCode, members.body).toBe(200);
    const draft = (await gp.request({ method: 'GET', url: `/api/teams/referral-draft?citizenId=${citizenId}` })).json();
    const outside = draft.person.age < 18 || draft.person.age > 55 || (draft.sickLeave.weeks !== null && draft.sickLeave.weeks > 8);
    const referral = await gp.request({
      method: 'POST',
      url: '/api/team-referrals',
      payload: {
        teamId,
        citizenId,
        criteria: allCriteria,
        reason: 'Angst og søvnvansker, ønsker å stå i jobb',
        ...(outside ? { outsideCriteriaReason: 'Klar for arbeidsrettet hjelp likevel' } : {}),
        consent: { scope: ['therapist', 'job_specialist'], givenOn: todayIso() },
      },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const referralId = referral.json().id as string;
    const accepted = await therapist.request({
      method: 'POST',
      url: `/api/team-referrals/${referralId}/accept`,
      payload: { firstSession: { startsAt: inDays(3), durationMinutes: 60 }, workStatusStart: 'sick_listed_full' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    return referralId;
  }

  const produce = async () => {
    const sent = new Map<string, string>();
    const result = await produceOwedDocuments({ db: t.database.db, clock: t.clock, config: t.config, transport: { send: async (name: string, xml: string) => void sent.set(name, xml) } });
    return { sent, result };
  };

  it('the acceptance goes to the GP as a note from the team’s host organisation, valid and readable', async () => {
    const d = t.database.db;
    const referralId = await acceptedReferral('Arbeidsfokus Larvik (interop-test)', municipality.id, patientCitizen);
    const update = await d.selectFrom('team_gp_update').where('referral_id', '=', referralId).where('kind', '=', 'accepted').selectAll().executeTakeFirstOrThrow();
    const ordered = await d.selectFrom('interop_message').where('team_gp_update_id', '=', update.id).selectAll().executeTakeFirstOrThrow();
    expect(ordered).toMatchObject({ direction: 'out', status: 'ordered', msg_id: update.id, msg_type: 'DIALOG_NOTAT', code_system: 7322, code: 6, citizen_id: patientCitizen, counterpart_org_id: gpOffice, conversation_id: null, dialogue_message_id: null });

    const { sent } = await produce();
    const xml = sent.get(`${update.id}.xml`);
    expect(xml).toBeDefined();
    const parsed = parseDialogmelding(Buffer.from(xml!), { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.schemaWarnings).toEqual([]);
    const message = parsed.message;
    expect(message.type).toBe('DIALOG_NOTAT');
    expect(message.msgId).toBe(update.id);
    expect(message.conversation).toEqual({ conversationId: referralId, parentId: update.id });
    expect(message.body).toMatchObject({ element: 'Notat', theme: { list: 7322, code: 6, text: 'Henvendelse om pasient' }, subject: update.title });
    expect(message.body.text).toContain(update.body.trim());

    const office = await d.selectFrom('organisation').where('id', '=', gpOffice).select(['name', 'her_ids']).executeTakeFirstOrThrow();
    const gpPerson = await d.selectFrom('person').where('id', '=', gp.me.personId!).select(['hpr_number']).executeTakeFirstOrThrow();
    const citizen = await d.selectFrom('citizen').where('id', '=', patientCitizen).select(['fnr']).executeTakeFirstOrThrow();
    expect(message.sender.organisation).toMatchObject({ name: municipality.name, ...(municipality.org_number ? { orgNumber: municipality.org_number } : {}), herId: String(municipality.her_ids[0]) });
    expect(message.receiver.organisation).toMatchObject({ name: office.name, herId: String(office.her_ids[0]) });
    expect(message.receiver.professional).toMatchObject({ hprNumber: String(gpPerson.hpr_number) });
    expect(message.patient.id).toBe(citizen.fnr);
    expect(message.attachments.map((a) => a.mediaType)).toEqual(['application/pdf']);
    // The letter names the team's host as its author, not NAV.
    const letter = await PDFDocument.load(message.attachments[0]!.content);
    expect(letter.getAuthor()).toBe(municipality.name);
    expect(letter.getTitle()).toBe(update.title);
    expect(await d.selectFrom('interop_message').where('id', '=', ordered.id).select('status').executeTakeFirst()).toEqual({ status: 'sent' });
  });

  it('a team without a host organisation orders no document; the GP still has the update in the platform', async () => {
    const d = t.database.db;
    const other = await d
      .selectFrom('citizen')
      .where('regular_gp_person_id', '=', gp.me.personId!)
      .where('protection', '=', 'none')
      .where('shielded', '=', false)
      .where('id', '!=', patientCitizen)
      .select('id')
      .executeTakeFirstOrThrow();
    await d.updateTable('citizen').set({ birth_date: '1990-02-01' }).where('id', '=', other.id).execute();
    const referralId = await acceptedReferral('Team uten vertskap (interop-test)', null, other.id);
    const updates = await d.selectFrom('team_gp_update').where('referral_id', '=', referralId).select('id').execute();
    expect(updates.length).toBeGreaterThan(0);
    const documents = await d.selectFrom('interop_message').where('team_gp_update_id', 'in', updates.map((u) => u.id)).select('id').execute();
    expect(documents).toEqual([]);
  });

  it('a GP office without a HER-id fails the document with a reason, audited, without touching any case', async () => {
    const d = t.database.db;
    const referral = await d.selectFrom('team_referral').where('citizen_id', '=', patientCitizen).where('gp_person_id', '=', gp.me.personId!).select(['id']).executeTakeFirstOrThrow();
    const office = await d.selectFrom('organisation').where('id', '=', gpOffice).select('her_ids').executeTakeFirstOrThrow();
    const now = new Date();
    const update = await d
      .insertInto('team_gp_update')
      .values({ referral_id: referral.id, course_id: null, gp_person_id: gp.me.personId!, kind: 'changed', title: 'Endring', body: 'Timen er flyttet.', tariff_hint: null, sent_to_nav: false, created_by_name: 'Test', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await d
      .insertInto('interop_message')
      .values({ direction: 'out', msg_id: update.id, msg_type: 'DIALOG_NOTAT', code_system: 7322, code: 6, status: 'ordered', team_gp_update_id: update.id, citizen_id: patientCitizen, counterpart_org_id: gpOffice, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tasksBefore = await d.selectFrom('case_task').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await d.updateTable('organisation').set({ her_ids: [] }).where('id', '=', gpOffice).execute();
    try {
      const { sent } = await produce();
      expect(sent.has(`${update.id}.xml`)).toBe(false);
    } finally {
      await d.updateTable('organisation').set({ her_ids: office.her_ids }).where('id', '=', gpOffice).execute();
    }
    const failed = await d.selectFrom('interop_message').where('id', '=', row.id).select(['status', 'errors']).executeTakeFirstOrThrow();
    expect(failed.status).toBe('failed');
    expect(failed.errors.map((e) => e.code)).toContain('E21');
    const audit = await d.selectFrom('audit_log').where('object_type', '=', 'interop_message').where('object_id', '=', row.id).select(['citizen_id', 'action']).execute();
    expect(audit).toEqual([{ citizen_id: patientCitizen, action: 'update' }]);
    const tasksAfter = await d.selectFrom('case_task').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(tasksAfter.n)).toBe(Number(tasksBefore.n));
  });
});

