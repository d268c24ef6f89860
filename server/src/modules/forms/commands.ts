import { createHash } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import { auditRows, recordAudit } from '../../platform/audit/audit.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import { addWorkingDays } from '../../platform/working-days.js';
import { notify } from '../../platform/notify/notify.js';
import { caseForDialogue, officeUsers } from '../dialogue/parties.js';
import { startThread } from '../dialogue/thread.js';
import { refreshCaseDeadlines } from '../sickleave/deadlines.js';
import type { SickLeaveRules } from '../sickleave/domain/index.js';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { approvalRoleOf, caseAccess, decideAccess, formWithCase, purposeOf, requireWriter, seesForm, type CaseFacts, type Ctx, type Db, type Executor, type FormRow } from './access.js';
import {
  approve,
  editDraft,
  FOLLOW_UP_PLAN_KEY,
  missingApprovals,
  newDraft,
  renderForm,
  reviseApproved,
  share,
  type FilledForm,
  type FormTemplate,
  type FormValues,
  type LifecycleResult,
} from './domain/index.js';
import { renderFormPdf } from './pdf/index.js';
import { templateOf, type Templates } from './templates.js';
import { APPROVER_LABELS, approvalsOf } from './view.js';
import { osloDate } from '../../platform/oslo-date.js';

export type FormsCtx = Ctx & { templates: Templates; config: Pick<Config, 'publicUrl'>; rules: SickLeaveRules };

function refuse(result: Extract<LifecycleResult, { ok: false }>): never {
  const { ok: _ok, code, ...details } = result;
  throw new AppError(code as ErrorCode, details);
}

export async function loadForm(db: Executor, id: string, lock = false): Promise<FormRow> {
  let query = db.selectFrom('filled_form').where('id', '=', id).selectAll();
  if (lock) query = query.forUpdate();
  const form = await query.executeTakeFirst();
  if (!form) throw new AppError('FORM_NOT_FOUND');
  return form;
}

/** The engine's view of a stored form (its history is not needed to change it). */
const filled = (row: FormRow): FilledForm => ({
  revision: row.revision,
  templateKey: row.template_key,
  templateVersion: row.template_version,
  status: row.status,
  values: row.values as FormValues,
  ...(row.shared_at ? { sharedAt: new Date(row.shared_at).toISOString() } : {}),
  history: [],
});

/** A new draft on a case with the latest version of the template; the writer must be one of the template's writers. */
export async function createForm(db: Db, ctx: FormsCtx, caseId: string, templateKey: string) {
  const template = await templateOf(ctx.templates, templateKey);
  const { sickCase } = await caseAccess(db, ctx, caseId);
  requireWriter(template.key, ctx.actor);
  const draft = newDraft(template);
  if (!draft.ok) refuse(draft);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('filled_form')
      .values({
        case_id: sickCase.id,
        citizen_id: sickCase.citizen_id,
        template_key: template.key,
        template_version: template.version,
        status: 'draft',
        values: JSON.stringify(draft.form.values),
        created_by: ctx.actor.userId,
        created_by_role: ctx.actor.role,
        updated_by_name: ctx.actor.name,
        updated_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'create', citizenId: sickCase.citizen_id, objectType: 'filled_form', objectId: row.id, purpose: purposeOf(ctx.actor), detail: { template: template.key, version: template.version } });
    return row.id;
  });
}

/**
 * A form the actor writes in, locked for the change, with its template version and the case's
 * facts; the access rules are those of reading the case.
 */
async function writable(db: Db, ctx: FormsCtx, formId: string, work: (tx: Transaction<Database>, form: FormRow, template: FormTemplate, sickCase: CaseFacts) => Promise<void>) {
  const first = await loadForm(db, formId);
  const { sickCase } = await caseAccess(db, ctx, first.case_id);
  requireWriter(first.template_key, ctx.actor);
  const template = await templateOf(ctx.templates, first.template_key, first.template_version);
  await db.transaction().execute(async (tx) => {
    const form = await loadForm(tx, formId, true);
    await work(tx, form, template, sickCase);
  });
}

/**
 * Autosave of a draft. The edit count is the writer's proof of having seen the latest version:
 * a save based on an older one is refused with what is stored now, so nothing is overwritten
 * unseen when the manager and the employee write at the same time.
 */
export async function saveDraft(db: Db, ctx: FormsCtx, formId: string, input: { values: Record<string, unknown>; editCount: number }) {
  const { form, sickCase } = await formWithCase(db, formId);
  await decideAccess(db, ctx, sickCase);
  requireWriter(form.template_key, ctx.actor);
  const conflict = () => new AppError('FORM_EDIT_CONFLICT', { current: { editCount: form.edit_count, values: form.values, status: form.status, revision: form.revision } });
  if (form.edit_count !== input.editCount) throw conflict();
  const template = await templateOf(ctx.templates, form.template_key, form.template_version);
  const result = editDraft(template, filled(form), input.values);
  if (!result.ok) refuse(result);
  const now = ctx.clock.now();
  // Saved only if nobody saved in between (the edit count is the check), with its audit entry, in
  // one statement: no lock is held and nothing is read again.
  const [audit] = auditRows(ctx, [{ action: 'update', citizenId: form.citizen_id, objectType: 'filled_form', objectId: formId, purpose: purposeOf(ctx.actor), detail: { draft: true, revision: form.revision } }]);
  const saved = await sql<{ edit_count: number }>`
    with u as (
      update filled_form set values = ${JSON.stringify(result.form.values)}::jsonb, edit_count = edit_count + 1, updated_by_name = ${ctx.actor.name}, updated_at = ${now}
       where id = ${formId} and edit_count = ${input.editCount} and status = 'draft'
      returning edit_count),
    a as (
      insert into audit_log (at, request_id, actor_user_id, actor_name, actor_role, actor_org_name, action, outcome, citizen_id, object_type, object_id, purpose, detail)
      select ${audit!.at}, ${audit!.request_id}, ${audit!.actor_user_id}, ${audit!.actor_name}, ${audit!.actor_role}, ${audit!.actor_org_name}, ${audit!.action}, ${audit!.outcome},
             ${audit!.citizen_id}, ${audit!.object_type}, ${audit!.object_id}, ${audit!.purpose}, ${audit!.detail}::jsonb from u)
    select edit_count from u`.execute(db);
  const row = saved.rows[0];
  if (!row) {
    const { form: now } = await formWithCase(db, formId);
    throw new AppError('FORM_EDIT_CONFLICT', { current: { editCount: now.edit_count, values: now.values, status: now.status, revision: now.revision } });
  }
  return { editCount: row.edit_count, savedAt: now.toISOString() };
}

/** The actor signs with the role the template asks of them; the last signature makes the revision approved and keeps it whole. */
export async function approveForm(db: Db, ctx: FormsCtx, formId: string) {
  await writable(db, ctx, formId, async (tx, form, template) => {
    const now = ctx.clock.now();
    const wanted = missingApprovals(template, form.values);
    const role = approvalRoleOf(ctx.actor, wanted);
    if (wanted.length > 0 && !role) throw new AppError('FORM_APPROVAL_NOT_EXPECTED', { missing: wanted });
    const result = approve(template, filled(form), role ? { by: role, name: ctx.actor.name, at: now.toISOString() } : undefined);
    if (!result.ok) refuse(result);
    await tx
      .updateTable('filled_form')
      .set({ values: JSON.stringify(result.form.values), status: result.form.status, edit_count: form.edit_count + 1, updated_by_name: ctx.actor.name, updated_at: now })
      .where('id', '=', formId)
      .execute();
    if (result.form.status === 'approved') {
      await tx.insertInto('filled_form_revision').values({ form_id: formId, revision: form.revision, template_version: form.template_version, status: 'approved', values: JSON.stringify(result.form.values), approved_at: now }).execute();
    }
    await recordAudit(tx, ctx, { action: 'update', citizenId: form.citizen_id, objectType: 'filled_form', objectId: formId, purpose: purposeOf(ctx.actor), detail: { approvedAs: role, status: result.form.status } });
  });
}

/**
 * Shares an approved revision. The follow-up plan goes to the GP and NAV: they are told, the
 * week-4 milestone is done, and the GP gets it as a note (8127/1) in the platform's inbox and as a
 * national document.
 */
export async function shareForm(db: Db, ctx: FormsCtx, formId: string) {
  await writable(db, ctx, formId, async (tx, form, template, sickCase) => {
    const now = ctx.clock.now();
    const result = share(template, filled(form), now.toISOString());
    if (!result.ok) refuse(result);
    await tx.updateTable('filled_form').set({ status: 'shared', shared_at: now, updated_at: now, edit_count: form.edit_count + 1 }).where('id', '=', formId).execute();
    await tx.updateTable('filled_form_revision').set({ status: 'shared', shared_at: now }).where('form_id', '=', formId).where('revision', '=', form.revision).execute();
    if (template.key === FOLLOW_UP_PLAN_KEY) await shareFollowUpPlan(tx, ctx, form, template, sickCase, now);
    await recordAudit(tx, ctx, { action: 'update', citizenId: form.citizen_id, objectType: 'filled_form', objectId: formId, purpose: purposeOf(ctx.actor), detail: { shared: true, revision: form.revision } });
  });
}


async function shareFollowUpPlan(tx: Transaction<Database>, ctx: FormsCtx, form: FormRow, template: FormTemplate, sickCase: CaseFacts, now: Date) {
  const received = await tx.selectFrom('case_event').where('case_id', '=', sickCase.id).where('kind', '=', 'follow_up_plan_received').select('id').executeTakeFirst();
  if (!received) {
    await tx.insertInto('case_event').values({ case_id: sickCase.id, kind: 'follow_up_plan_received', occurred_on: osloDate(now), detail: 'Delt i Samhandling', recorded_by: ctx.actor.userId }).execute();
    await refreshCaseDeadlines(tx, [sickCase.id], now, ctx.rules);
  }
  // The case's GP as the dialogue finds it: the latest note's issuer, else the regular GP.
  const gp = (await caseForDialogue(tx, sickCase.id)).default_gp;
  const navReaders = sickCase.assigned_user_id ? [sickCase.assigned_user_id] : sickCase.nav_office_id ? await officeUsers(tx, sickCase.nav_office_id, ['nav_adviser']) : [];
  const readers = [...(gp?.userIds ?? []), ...navReaders];
  if (readers.length > 0) {
    await notify(
      tx,
      ctx.clock,
      {
        userIds: readers,
        event: 'message_received',
        title: { nb: 'Oppfølgingsplan delt', en: 'Follow-up plan shared' },
        body: { nb: 'En oppfølgingsplan er delt med deg i Samhandling.', en: 'A follow-up plan has been shared with you in Samhandling.' },
        link: `/skjema/${form.id}`,
      },
      ctx.config,
    );
  }
  // The GP's record system gets the plan too, as the national note for a follow-up plan (8127/1).
  if (gp && sickCase.nav_office_id) {
    const text = planAsText(template, form.values);
    const citizen = await tx.selectFrom('citizen').where('id', '=', sickCase.citizen_id).select(['given_name', 'family_name']).executeTakeFirstOrThrow();
    const { conversationId, messageId } = await startThread(
      tx,
      {
        citizen_id: sickCase.citizen_id,
        case_id: sickCase.id,
        nav_office_id: sickCase.nav_office_id,
        gp_person_id: gp.personId,
        gp_office_id: gp.officeId,
        assigned_user_id: sickCase.assigned_user_id,
        subject: 'Oppfølgingsplan',
        started_by: 'nav',
        request_kind: null,
        search_text: `${citizen.given_name} ${citizen.family_name} oppfølgingsplan`,
        created_at: now,
      },
      {
        parent_id: null,
        kind: 'note',
        code_system: 8127,
        code: 1,
        sender_side: 'system',
        sender_user_id: null,
        sender_name: ctx.actor.name,
        sender_org_name: null,
        recipient_org_id: gp.officeId,
        recipient_person_id: gp.personId,
        recipient_user_id: null,
        body: text,
        request_kind: null,
        tariff_code: null,
        legal_basis: null,
        due_on: null,
        due_at: null,
        delivered_at: now,
        idempotency_key: null,
        payload_hash: null,
        created_at: now,
      },
      'oppfølgingsplan',
    );
    // The plan's own PDF goes with the note, in the platform and in the national document: what
    // the writers previewed is what the GP receives.
    const pdf = Buffer.from(
      await renderFormPdf(renderForm(template, form.values as Record<string, unknown>, { audience: 'full', lang: 'nb' }), {
        personName: `${citizen.given_name} ${citizen.family_name}`,
        approvals: approvalsOf(template, form.values as Record<string, unknown>).map((a) => ({ roleLabel: APPROVER_LABELS[a.role] ?? a.role, name: a.name, at: a.at })),
        revision: form.revision,
        status: 'shared',
        printedAt: now,
      }),
    );
    await tx
      .insertInto('dialogue_attachment')
      .values({
        conversation_id: conversationId,
        message_id: messageId,
        uploaded_by: ctx.actor.userId,
        filename: `oppfolgingsplan-versjon-${form.revision}.pdf`,
        media_type: 'application/pdf',
        category: 'document',
        size_bytes: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        content: pdf,
        created_at: now,
      })
      .execute();
  }
}

/** The plan as plain text from the same document model as the preview and the PDF. */
export function planAsText(template: FormTemplate, values: Record<string, unknown>): string {
  const document = renderForm(template, values, { audience: 'full', lang: 'nb' });
  const lines = [document.title, ''];
  for (const section of document.sections) {
    lines.push(section.heading.toUpperCase());
    for (const item of section.items) {
      if ('table' in item) {
        lines.push(`${item.label}:`);
        for (const row of item.table.rows) lines.push(`- ${row.map((cell, i) => `${item.table.headers[i]}: ${cell}`).join('; ')}`);
      } else lines.push(`${item.label}: ${item.text}`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}

/** A change after approval: a new draft revision; the approved or shared one is kept whole. */
export async function reviseForm(db: Db, ctx: FormsCtx, formId: string) {
  await writable(db, ctx, formId, async (tx, form, template) => {
    const result = reviseApproved(template, filled(form));
    if (!result.ok) refuse(result);
    const now = ctx.clock.now();
    await tx
      .updateTable('filled_form')
      .set({ status: 'draft', revision: result.form.revision, values: JSON.stringify(result.form.values), edit_count: form.edit_count + 1, updated_by_name: ctx.actor.name, updated_at: now })
      .where('id', '=', formId)
      .execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: form.citizen_id, objectType: 'filled_form', objectId: formId, purpose: purposeOf(ctx.actor), detail: { revised: result.form.revision } });
  });
}

/**
 * The GP comments on a shared plan; NAV comments or asks the employer to improve a weak plan,
 * which becomes a task for the employer with a deadline.
 */
export async function commentOnForm(db: Db, ctx: FormsCtx, formId: string, input: { text: string; kind: 'comment' | 'improvement_request' }) {
  const form = await loadForm(db, formId);
  const { sickCase, audience } = await caseAccess(db, ctx, form.case_id);
  const nav = ctx.actor.role === 'nav_adviser' || ctx.actor.role === 'nav_manager';
  if (audience !== 'full' || !(nav || ctx.actor.role === 'gp') || (input.kind === 'improvement_request' && !nav)) throw new AppError('FORM_COMMENT_NOT_ALLOWED');
  if (!seesForm(form, ctx.actor, audience) || !form.shared_at) throw new AppError('FORM_NOT_SHARED');
  const text = input.text.trim();
  if (!text) throw new AppError('VALIDATION_FAILED', { field: 'text', reason: 'empty' });
  const now = ctx.clock.now();
  const shared = await db.selectFrom('filled_form_revision').where('form_id', '=', formId).where('status', '=', 'shared').select('revision').orderBy('revision', 'desc').executeTakeFirst();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('form_comment')
      .values({ form_id: formId, revision: shared?.revision ?? form.revision, kind: input.kind, author_user_id: ctx.actor.userId, author_name: ctx.actor.name, author_role: ctx.actor.role, text, created_at: now })
      .execute();
    if (input.kind === 'improvement_request' && sickCase.employer_id) {
      await tx
        .insertInto('case_task')
        .values({ case_id: sickCase.id, note_id: null, kind: 'follow_up_plan_improvement', owner_kind: 'employer', owner_org_id: sickCase.employer_id, owner_person_id: null, due_on: addWorkingDays(osloDate(now), 10), form_id: formId, text })
        .execute();
    }
    const writers = await tx.selectFrom('app_user').where('id', '=', form.created_by ?? '00000000-0000-0000-0000-000000000000').select('id').execute();
    const employerUsers = input.kind === 'improvement_request' && sickCase.employer_id ? await tx.selectFrom('app_user').where('organisation_id', '=', sickCase.employer_id).where('role', '=', 'employer').where('active', '=', true).select('id').execute() : [];
    const told = [...writers, ...employerUsers].map((u) => u.id).filter((id) => id !== ctx.actor.userId);
    if (told.length > 0) {
      await notify(
        tx,
        ctx.clock,
        {
          userIds: told,
          event: input.kind === 'improvement_request' ? 'task_assigned' : 'message_received',
          title: input.kind === 'improvement_request' ? { nb: 'NAV ber om en bedre oppfølgingsplan', en: 'NAV asks for a better follow-up plan' } : { nb: 'Kommentar til en plan', en: 'A comment on a plan' },
          body: { nb: 'Se kommentaren i Samhandling.', en: 'See the comment in Samhandling.' },
          link: `/skjema/${formId}`,
        },
        ctx.config,
      );
    }
    await recordAudit(tx, ctx, { action: 'create', citizenId: form.citizen_id, objectType: 'form_comment', objectId: formId, purpose: purposeOf(ctx.actor), detail: { kind: input.kind } });
  });
}
