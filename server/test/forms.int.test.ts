import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_PLAN_EXAMPLE, FUNCTION_IN_WORK_START, ICIT_JOB_LIST_EXAMPLE } from '../src/modules/forms/domain/templates/examples.js';
import { FOLLOW_UP_PLAN_V1 } from '../src/modules/forms/domain/index.js';
import { parseDialogmelding } from '../src/modules/interop/domain/xml/parse.js';
import { produceOwedDocuments } from '../src/modules/interop/outbound/produce.js';
import { DB_KINDS, signInAs, startTestApp, type TestApp, type TestClient } from './test-app.js';

interface View {
  id: string;
  status: string;
  revision: number;
  editCount: number;
  templateVersion: number;
  values: Record<string, unknown>;
  approvals: Array<{ role: string; name: string }>;
  comments: Array<{ kind: string; text: string; authorRole: string }>;
  document: { sections: Array<{ heading: string; items: Array<{ label: string }> }> };
  allowedActions: string[];
}

/**
 * A case of the demo employer's employee who is also a platform user (the person on sick leave
 * signs in), under the demo GP, at the demo adviser's office: made so when the demo's draw has none.
 */
async function sharedCase(t: TestApp, gp: TestClient, employer: TestClient, adviser: TestClient) {
  const d = t.database.db;
  const row = await d
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('c.regular_gp_person_id', '=', gp.me.personId)
    .where('sc.nav_office_id', '=', adviser.me.organisation!.id)
    .where('sc.status', 'in', ['active', 'graded'])
    .where('c.protection', '=', 'none')
    .where('c.shielded', '=', false)
    .select(['sc.id', 'sc.citizen_id'])
    .orderBy('sc.first_day', 'desc')
    .executeTakeFirstOrThrow();
  await d.updateTable('sick_case').set({ employer_id: employer.me.organisation!.id }).where('id', '=', row.id).execute();
  await d.updateTable('citizen').set({ employer_id: employer.me.organisation!.id }).where('id', '=', row.citizen_id).execute();
  const existing = await d.selectFrom('app_user').where('citizen_id', '=', row.citizen_id).where('role', '=', 'patient').select('id').executeTakeFirst();
  const userId = existing?.id ?? (await d.insertInto('app_user').values({ role: 'patient', person_id: null, citizen_id: row.citizen_id, organisation_id: null, oidc_subject: null, is_demo: true, description: 'Sykmeldt (test)' }).returning('id').executeTakeFirstOrThrow()).id;
  return { caseId: row.id, citizenId: row.citizen_id, employeeUserId: userId };
}

describe.each(DB_KINDS)('plans and forms (%s)', (db) => {
  let t: TestApp;
  let adviser: TestClient;
  let gp: TestClient;
  let otherGp: TestClient;
  let employer: TestClient;
  let employee: TestClient;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp({ db, env: { MAIL_SEND_INTERVAL_SECONDS: '0' } });
    adviser = await t.signIn('nav_adviser', 'Veileder for');
    gp = await t.signIn('gp', '80 %');
    otherGp = await t.signIn('gp', 'Kristiansand');
    employer = await t.signIn('employer');
    const made = await sharedCase(t, gp, employer, adviser);
    caseId = made.caseId;
    employee = await signInAs(t.request, made.employeeUserId);
  });
  afterAll(() => t?.close());

  const create = (client: TestClient, templateKey: string) => client.request({ method: 'POST', url: `/api/cases/${caseId}/forms`, payload: { templateKey } });
  const get = async (client: TestClient, id: string) => (await client.request({ method: 'GET', url: `/api/forms/${id}` })).json() as View;
  const save = (client: TestClient, id: string, values: Record<string, unknown>, editCount: number) => client.request({ method: 'PUT', url: `/api/forms/${id}/draft`, payload: { values, editCount } });
  const act = (client: TestClient, id: string, action: string) => client.request({ method: 'POST', url: `/api/forms/${id}/${action}` });

  it('the manager and the employee write and approve the plan, share it with the GP and NAV, and the week-4 milestone is done', async () => {
    const created = await create(employer, 'follow-up-plan');
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json() as View;
    expect(plan).toMatchObject({ status: 'draft', revision: 1, templateVersion: 1 });

    // A draft is the writers' own: the GP and NAV do not see it.
    expect((await gp.request({ method: 'GET', url: `/api/forms/${plan.id}` })).json().code).toBe('FORM_NOT_FOUND');
    expect((await adviser.request({ method: 'GET', url: `/api/cases/${caseId}/forms` })).json().forms.map((f: { id: string }) => f.id)).not.toContain(plan.id);

    // Autosave; a save from an older edit count is refused with what is stored now.
    const first = await save(employer, plan.id, { position: 'Lagermedarbeider' }, 0);
    expect(first.json()).toMatchObject({ editCount: 1 });
    const stale = await save(employee, plan.id, { position: 'Noe annet' }, 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'FORM_EDIT_CONFLICT', details: { current: { editCount: 1, values: { position: 'Lagermedarbeider' } } } });
    const wrongType = await save(employer, plan.id, { position: 42 }, 1);
    expect(wrongType.json().code).toBe('FORM_VALUES_INVALID');
    // Sharing before approval is refused, and so is approving what is not complete.
    expect((await act(employer, plan.id, 'share')).json().code).toMatch(/^(FOLLOW_UP_PLAN_NO_WORK_TASKS|FOLLOW_UP_PLAN_NOT_APPROVED|FORM_NOT_APPROVED)$/);
    expect((await act(employer, plan.id, 'approve')).json().code).toBe('FORM_VALUES_INVALID');

    expect((await save(employee, plan.id, FOLLOW_UP_PLAN_EXAMPLE, 1)).statusCode).toBe(200);
    const byManager = await act(employer, plan.id, 'approve');
    expect(byManager.json()).toMatchObject({ status: 'draft', approvals: [{ role: 'employer' }] });
    expect((await act(employer, plan.id, 'share')).json().code).toBe('FOLLOW_UP_PLAN_NOT_APPROVED');
    const byEmployee = await act(employee, plan.id, 'approve');
    expect(byEmployee.json()).toMatchObject({ status: 'approved' });
    expect(byEmployee.json().approvals.map((a: { role: string }) => a.role).sort()).toEqual(['employee', 'employer']);
    // Editing an approved version is refused; it takes a new draft.
    expect((await save(employer, plan.id, FOLLOW_UP_PLAN_EXAMPLE, (byEmployee.json() as View).editCount)).json().code).toBe('FORM_APPROVED_LOCKED');

    const shared = await act(employee, plan.id, 'share');
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ status: 'shared' });

    const d = t.database.db;
    const event = await d.selectFrom('case_event').where('case_id', '=', caseId).where('kind', '=', 'follow_up_plan_received').select('id').executeTakeFirst();
    expect(event).toBeDefined();
    const caseView = (await adviser.request({ method: 'GET', url: `/api/cases/${caseId}` })).json();
    expect(caseView.milestones.find((m: { key: string }) => m.key === 'follow_up_plan')).toMatchObject({ status: 'done' });
    // The GP is told, and gets the plan as 8127/1 in the inbox and as a national document.
    const note = await d.selectFrom('dialogue_message as m').innerJoin('conversation as c', 'c.id', 'm.conversation_id').where('c.case_id', '=', caseId).where('m.code_system', '=', 8127).where('m.code', '=', 1).select(['m.id', 'm.body', 'c.gp_person_id']).executeTakeFirstOrThrow();
    expect(note.gp_person_id).toBe(gp.me.personId);
    expect(note.body).toMatch(/Morgenstell av beboere/);
    expect(await d.selectFrom('interop_message').where('dialogue_message_id', '=', note.id).select('status').executeTakeFirst()).toMatchObject({ status: 'ordered' });
    // The plan's own PDF goes with it, in the thread and in the schema-valid national document.
    const attached = await d.selectFrom('dialogue_attachment').where('message_id', '=', note.id).select(['media_type', 'filename']).execute();
    expect(attached).toEqual([{ media_type: 'application/pdf', filename: 'oppfolgingsplan-versjon-1.pdf' }]);
    const sent = new Map<string, string>();
    await produceOwedDocuments({ db: d, clock: t.clock, config: t.config, transport: { send: async (name: string, xml: string) => void sent.set(name, xml) } });
    const parsed = parseDialogmelding(Buffer.from(sent.get(`${note.id}.xml`)!), { allowSynthetic: true, maxBytes: 10_000_000 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.schemaWarnings).toEqual([]);
    expect(parsed.message.body.theme).toMatchObject({ list: 8127, code: 1 });
    expect(parsed.message.attachments.map((a) => a.mediaType)).toEqual(['application/pdf', 'application/pdf']);
    expect(await d.selectFrom('notification').where('user_id', '=', gp.userId).where('link', '=', `/skjema/${plan.id}`).select('id').executeTakeFirst()).toBeDefined();

    // The GP comments; NAV sees the comment and asks the employer to improve the plan (a task for the employer).
    const gpView = await get(gp, plan.id);
    expect(gpView.allowedActions).toContain('comment');
    expect((await gp.request({ method: 'POST', url: `/api/forms/${plan.id}/comments`, payload: { text: 'Tilretteleggingen i oppgave 1 passer med de medisinske begrensningene.' } })).statusCode).toBe(201);
    expect((await gp.request({ method: 'POST', url: `/api/forms/${plan.id}/comments`, payload: { text: 'x', kind: 'improvement_request' } })).json().code).toBe('FORM_COMMENT_NOT_ALLOWED');
    const navView = await get(adviser, plan.id);
    expect(navView.comments).toMatchObject([{ kind: 'comment', authorRole: 'gp' }]);
    const improve = await adviser.request({ method: 'POST', url: `/api/forms/${plan.id}/comments`, payload: { text: 'Beskriv hvilke oppgaver som kan gjøres med tilrettelegging.', kind: 'improvement_request' } });
    expect(improve.statusCode).toBe(201);
    const task = await d.selectFrom('case_task').where('form_id', '=', plan.id).selectAll().executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'follow_up_plan_improvement', owner_kind: 'employer', status: 'open' });
    // The employer sees NAV's request, not the GP's comment.
    expect((await get(employer, plan.id)).comments.map((c) => c.kind)).toEqual(['improvement_request']);

    // A revision is a new draft; the GP and NAV keep seeing the shared one.
    const revised = await act(employer, plan.id, 'revise');
    expect(revised.json()).toMatchObject({ status: 'draft', revision: 2, approvals: [] });
    expect(await get(gp, plan.id)).toMatchObject({ status: 'shared', revision: 1 });

    // The PDF of the shared revision.
    const pdf = await gp.request({ method: 'GET', url: `/api/forms/${plan.id}/pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // Every read is audited.
    const reads = await d.selectFrom('audit_log').where('object_type', '=', 'filled_form').where('object_id', '=', plan.id).where('action', '=', 'read').select('actor_user_id').execute();
    expect(reads.map((r) => r.actor_user_id)).toEqual(expect.arrayContaining([gp.userId, adviser.userId, employer.userId]));
  });

  it('keeps medical forms from the employer, lets the GP take the job list to the sick note, and refuses those not the patient\'s', async () => {
    const mapping = (await create(employee, 'function-in-work')).json() as View;
    expect((await save(employee, mapping.id, FUNCTION_IN_WORK_START, 0)).statusCode).toBe(200);
    const listed = (await employer.request({ method: 'GET', url: `/api/cases/${caseId}/forms` })).json();
    expect(listed.forms.map((f: { id: string }) => f.id)).not.toContain(mapping.id);
    expect((await employer.request({ method: 'GET', url: `/api/forms/${mapping.id}` })).json().code).toBe('FORM_NOT_FOUND');
    expect((await create(employer, 'function-in-work')).json().code).toBe('FORM_NOT_A_WRITER');

    const jobs = (await create(gp, 'icit-job-list')).json() as View;
    expect((await save(gp, jobs.id, ICIT_JOB_LIST_EXAMPLE, 0)).statusCode).toBe(200);
    const text = await gp.request({ method: 'GET', url: `/api/forms/${jobs.id}/sick-note-text` });
    expect(text.json().job).toMatch(/\S/);
    const fn = await gp.request({ method: 'GET', url: `/api/forms/${mapping.id}/sick-note-text` });
    expect(fn.json().function).toMatch(/Funksjon i arbeid/);

    // Writing a sick note for the person, the GP gets both texts at once to fill the fields with.
    const citizenId = (await t.database.db.selectFrom('sick_case').where('id', '=', caseId).select('citizen_id').executeTakeFirstOrThrow()).citizen_id;
    const forNote = (await gp.request({ method: 'GET', url: `/api/citizens/${citizenId}/sick-note-texts` })).json();
    expect(forNote).toMatchObject({ job: { formId: jobs.id, truncated: false }, function: { formId: mapping.id } });
    expect(forNote.function.text).not.toMatch(/MEDISINSK|symptom/i);
    expect((await employer.request({ method: 'GET', url: `/api/citizens/${citizenId}/sick-note-texts` })).statusCode).toBe(403);
    expect((await otherGp.request({ method: 'GET', url: `/api/citizens/${citizenId}/sick-note-texts` })).statusCode).toBe(403);

    expect((await otherGp.request({ method: 'GET', url: `/api/cases/${caseId}/forms` })).statusCode).toBe(403);
    expect((await otherGp.request({ method: 'POST', url: `/api/cases/${caseId}/forms`, payload: { templateKey: 'icit-job-list' } })).statusCode).toBe(403);
  });

  it('publishes a new template version without breaking forms made with the old one', async () => {
    const old = (await create(employer, 'follow-up-plan')).json() as View;
    expect((await gp.request({ method: 'GET', url: '/api/forms/templates/follow-up-plan/99' })).json().code).toBe('FORM_TEMPLATE_VERSION_UNKNOWN');
    const admin = await t.signIn('admin');
    const v2 = structuredClone(FOLLOW_UP_PLAN_V1) as unknown as { version: number; sections: Array<{ id: string; fields: unknown[] }> };
    v2.version = 2;
    v2.sections[0]!.fields.push({ id: 'department', type: 'text', maxLength: 200, label: { nb: 'Avdeling', en: 'Department' } });
    const published = await admin.request({ method: 'POST', url: '/api/admin/form-templates', payload: v2 });
    expect(published.statusCode, published.body).toBe(201);
    expect((await admin.request({ method: 'POST', url: '/api/admin/form-templates', payload: v2 })).json().code).toBe('FORM_TEMPLATE_VERSION_NOT_HIGHER');
    expect((await employer.request({ method: 'POST', url: '/api/admin/form-templates', payload: { ...v2, version: 3 } })).statusCode).toBe(403);

    const fresh = (await create(employer, 'follow-up-plan')).json() as View;
    expect(fresh.templateVersion).toBe(2);
    const again = await get(employer, old.id);
    expect(again.templateVersion).toBe(1);
    expect((await save(employer, old.id, { position: 'Sjåfør' }, again.editCount)).statusCode).toBe(200);
  });
});
