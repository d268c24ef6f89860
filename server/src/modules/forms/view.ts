import type { Actor } from '../../platform/access/actor.js';
import type { Lang } from '../../platform/errors.js';
import { approvalRoleOf, sharedOnlyFor, writersOf, type Audience, type Executor, type FormRow } from './access.js';
import {
  fieldsInOrder,
  FOLLOW_UP_PLAN_KEY,
  FUNCTION_IN_WORK_KEY,
  ICIT_JOB_LIST_KEY,
  isEmployerVisible,
  missingApprovals,
  renderForm,
  type ApprovalValue,
  type FormTemplate,
} from './domain/index.js';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** The template as the employer may see it: only the sections and fields opted in for the employer, never medical ones. */
export function employerTemplate(template: FormTemplate): FormTemplate {
  return {
    ...template,
    sections: template.sections
      .map((section) => ({ ...section, fields: section.fields.filter((field) => isEmployerVisible(template, { section, field })) }))
      .filter((section) => section.fields.length > 0),
  };
}

export function employerValues(template: FormTemplate, values: Record<string, unknown>): Record<string, unknown> {
  const visible = new Set(fieldsInOrder(template).filter((placed) => isEmployerVisible(template, placed)).map((placed) => placed.field.id));
  return Object.fromEntries(Object.entries(values).filter(([id]) => visible.has(id)));
}

/** How an approver is named on the PDF and in the letters. */
export const APPROVER_LABELS: Readonly<Record<string, string>> = { employee: 'arbeidstakeren', employer: 'nærmeste leder', gp: 'fastlegen', nav: 'NAV', patient: 'pasienten' };

/** The approvals given, from the approval fields' values. */
export function approvalsOf(template: FormTemplate, values: Record<string, unknown>) {
  return fieldsInOrder(template)
    .filter((placed) => placed.field.type === 'approval' && values[placed.field.id])
    .map((placed) => {
      const approval = values[placed.field.id] as ApprovalValue;
      return { role: approval.by, name: approval.name, at: approval.at };
    });
}

/**
 * What the viewer reads of a form: the follow-up plan's readers who are not its writers (the GP,
 * NAV) read the latest shared revision, never a draft in progress; the employer reads the
 * employer's cut of template, values and document.
 */
export async function formView(db: Executor, row: FormRow, template: FormTemplate, actor: Actor, audience: Audience, lang: Lang) {
  const [citizen, revisions, comments] = await Promise.all([
    db.selectFrom('citizen').where('id', '=', row.citizen_id).select(['id', 'given_name', 'family_name']).executeTakeFirstOrThrow(),
    db.selectFrom('filled_form_revision').where('form_id', '=', row.id).selectAll().orderBy('revision').execute(),
    db.selectFrom('form_comment').where('form_id', '=', row.id).selectAll().orderBy('created_at').execute(),
  ]);
  const readsShared = sharedOnlyFor(row.template_key, actor);
  const sharedRevision = [...revisions].reverse().find((r) => r.status === 'shared');
  const current = readsShared && sharedRevision
    ? { revision: sharedRevision.revision, status: 'shared' as const, values: sharedRevision.values as Record<string, unknown> }
    : { revision: row.revision, status: row.status, values: row.values as Record<string, unknown> };
  const employer = audience === 'employer';
  const shownTemplate = employer ? employerTemplate(template) : template;
  const values = employer ? employerValues(template, current.values) : current.values;
  const writer = writersOf(row.template_key).has(actor.role) && !readsShared;
  const nav = actor.role === 'nav_adviser' || actor.role === 'nav_manager';
  const actions: string[] = ['pdf'];
  if (writer && current.status === 'draft') {
    actions.push('edit');
    const wanted = missingApprovals(template, current.values);
    if (wanted.length === 0 || approvalRoleOf(actor, wanted)) actions.push('approve');
  }
  if (writer && current.status === 'approved') actions.push('share');
  if (writer && current.status !== 'draft') actions.push('revise');
  if (row.shared_at && !employer && (nav || actor.role === 'gp')) actions.push('comment');
  if (row.shared_at && nav && row.template_key === FOLLOW_UP_PLAN_KEY) actions.push('request_improvement');
  if (actor.role === 'gp' && (row.template_key === FUNCTION_IN_WORK_KEY || row.template_key === ICIT_JOB_LIST_KEY)) actions.push('sick_note_text');
  return {
    id: row.id,
    caseId: row.case_id,
    citizen: { id: citizen.id, name: `${citizen.given_name} ${citizen.family_name}` },
    templateKey: row.template_key,
    templateVersion: row.template_version,
    template: shownTemplate,
    status: current.status,
    revision: current.revision,
    editCount: row.edit_count,
    updatedAt: iso(row.updated_at),
    updatedBy: row.updated_by_name,
    sharedAt: iso(row.shared_at),
    values,
    approvals: approvalsOf(template, current.values),
    missingApprovals: missingApprovals(template, current.values),
    history: revisions.map((r) => ({ revision: r.revision, status: r.status, approvedAt: iso(r.approved_at), sharedAt: iso(r.shared_at) })),
    // The employer sees NAV's request to improve the plan (it is theirs to act on), not the GP's comments.
    comments: comments
      .filter((c) => !employer || c.kind === 'improvement_request')
      .map((c) => ({ id: c.id, revision: c.revision, kind: c.kind, authorName: c.author_name, authorRole: c.author_role, text: c.text, at: iso(c.created_at) })),
    document: renderForm(template, current.values, { audience: employer ? 'employer' : 'full', lang }),
    allowedActions: actions,
  };
}

export type FormView = Awaited<ReturnType<typeof formView>>;
