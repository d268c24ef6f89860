import { shownFieldIds } from './conditions.js';
import { stableJson } from './json.js';
import { shareRefusal } from './sharing.js';
import type { FormTemplate, RoleKey } from './template.js';
import { type ApprovalValue, type FormValues, type ValueProblem, submitValues, validateValues } from './values.js';

/**
 * A filled form's life: draft → approved (when every approval the template asks for is given) →
 * shared. An approved or shared revision is never edited; a change makes a new draft revision
 * and the old one goes to the history, so what was approved and sent can always be shown again.
 * A template without approval fields is "approved" when its author marks it finished.
 */
export type FilledFormStatus = 'draft' | 'approved' | 'shared';

export interface FormRevision {
  revision: number;
  templateKey: string;
  /** The template version this revision was made with, and is always read with. */
  templateVersion: number;
  status: FilledFormStatus;
  values: FormValues;
  sharedAt?: string;
}

export interface FilledForm extends FormRevision {
  /** Earlier revisions, oldest first; never changed. */
  history: readonly FormRevision[];
}

export type LifecycleRefusal =
  | { ok: false; code: 'FORM_TEMPLATE_MISMATCH'; templateKey: string; templateVersion: number }
  | { ok: false; code: 'FORM_VALUES_INVALID'; problems: ValueProblem[] }
  | { ok: false; code: 'FORM_APPROVED_LOCKED' }
  | { ok: false; code: 'FORM_ALREADY_DRAFT' }
  | { ok: false; code: 'FORM_ALREADY_SHARED' }
  | { ok: false; code: 'FORM_NOT_APPROVED' }
  | { ok: false; code: 'FORM_APPROVAL_NOT_EXPECTED'; role: RoleKey }
  | { ok: false; code: 'FORM_APPROVAL_REQUIRED'; roles: RoleKey[] }
  | { ok: false; code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' }
  | { ok: false; code: 'FOLLOW_UP_PLAN_NOT_APPROVED'; missing: RoleKey[] };

export type LifecycleResult = { ok: true; form: FilledForm } | LifecycleRefusal;
export type LifecycleCode = LifecycleRefusal['code'];

export function newDraft(template: FormTemplate, values: Readonly<Record<string, unknown>> = {}): LifecycleResult {
  const content = withoutApprovals(template, values);
  const problems = validateValues(template, content, { mode: 'draft' });
  if (problems.length > 0) return { ok: false, code: 'FORM_VALUES_INVALID', problems };
  return { ok: true, form: { revision: 1, templateKey: template.key, templateVersion: template.version, status: 'draft', values: content as FormValues, history: [] } };
}

/**
 * Replaces a draft's answers. Approvals are stamped only by `approve`: whatever a client sends
 * in approval fields is ignored, and approvals already given stay only if nothing else changed —
 * an approval is of exactly the content that was approved.
 */
export function editDraft(template: FormTemplate, form: FilledForm, values: Readonly<Record<string, unknown>>): LifecycleResult {
  const mismatch = checkTemplate(template, form);
  if (mismatch) return mismatch;
  if (form.status !== 'draft') return { ok: false, code: 'FORM_APPROVED_LOCKED' };
  const content = withoutApprovals(template, values);
  const problems = validateValues(template, content, { mode: 'draft' });
  if (problems.length > 0) return { ok: false, code: 'FORM_VALUES_INVALID', problems };
  const unchanged = sameJson(content, withoutApprovals(template, form.values));
  return { ok: true, form: { ...form, values: unchanged ? form.values : (content as FormValues) } };
}

/** One approver signs. The content must be complete; hidden answers are dropped now, before anyone signs. */
export function approve(template: FormTemplate, form: FilledForm, approval?: ApprovalValue): LifecycleResult {
  const mismatch = checkTemplate(template, form);
  if (mismatch) return mismatch;
  if (form.status !== 'draft') return { ok: false, code: 'FORM_APPROVED_LOCKED' };
  const submitted = submitValues(template, form.values);
  if (!submitted.ok) return { ok: false, code: 'FORM_VALUES_INVALID', problems: submitted.problems };
  const wanted = approvalFields(template, submitted.values);
  const values: FormValues = { ...submitted.values };
  if (approval) {
    const field = wanted.find((one) => one.role === approval.by);
    if (!field) return { ok: false, code: 'FORM_APPROVAL_NOT_EXPECTED', role: approval.by };
    const problems = validateValues(template, { ...values, [field.id]: approval }, { mode: 'draft' });
    if (problems.length > 0) return { ok: false, code: 'FORM_VALUES_INVALID', problems };
    // The first signature stands: signing again the same content changes nothing.
    if (!values[field.id]) values[field.id] = { by: approval.by, name: approval.name, at: approval.at };
  } else if (wanted.length > 0) {
    return { ok: false, code: 'FORM_APPROVAL_REQUIRED', roles: wanted.map((field) => field.role) };
  }
  const complete = wanted.every((field) => values[field.id] !== undefined);
  return { ok: true, form: { ...form, values, status: complete ? 'approved' : 'draft' } };
}

/** Shares an approved revision (with the GP and NAV, for the follow-up plan); `at` is an ISO instant. */
export function share(template: FormTemplate, form: FilledForm, at: string): LifecycleResult {
  const mismatch = checkTemplate(template, form);
  if (mismatch) return mismatch;
  if (form.status === 'shared') return { ok: false, code: 'FORM_ALREADY_SHARED' };
  const refusal = shareRefusal(template, form.values);
  if (refusal) return { ok: false, ...refusal };
  if (form.status !== 'approved') return { ok: false, code: 'FORM_NOT_APPROVED' };
  return { ok: true, form: { ...form, status: 'shared', sharedAt: at } };
}

/**
 * Editing an approved (or shared) form: a new draft revision with the same template version and
 * no approvals — everyone approves the changed content again. The approved revision is kept.
 */
export function reviseApproved(template: FormTemplate, form: FilledForm, values?: Readonly<Record<string, unknown>>): LifecycleResult {
  const mismatch = checkTemplate(template, form);
  if (mismatch) return mismatch;
  if (form.status === 'draft') return { ok: false, code: 'FORM_ALREADY_DRAFT' };
  const content = withoutApprovals(template, values ?? form.values);
  const problems = validateValues(template, content, { mode: 'draft' });
  if (problems.length > 0) return { ok: false, code: 'FORM_VALUES_INVALID', problems };
  const { history, ...current } = form;
  return {
    ok: true,
    form: { revision: form.revision + 1, templateKey: form.templateKey, templateVersion: form.templateVersion, status: 'draft', values: content as FormValues, history: [...history, current] },
  };
}

/** The approvals still wanted before the form counts as approved (hidden approval fields are not). */
export function missingApprovals(template: FormTemplate, values: Readonly<Record<string, unknown>>): RoleKey[] {
  return approvalFields(template, values)
    .filter((field) => values[field.id] === undefined)
    .map((field) => field.role);
}

function approvalFields(template: FormTemplate, values: Readonly<Record<string, unknown>>) {
  const shown = shownFieldIds(template, values);
  return template.sections.flatMap((section) => section.fields).flatMap((field) => (field.type === 'approval' && shown.has(field.id) ? [field] : []));
}

function withoutApprovals(template: FormTemplate, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const approvalIds = new Set(template.sections.flatMap((section) => section.fields).flatMap((field) => (field.type === 'approval' ? [field.id] : [])));
  return Object.fromEntries(Object.entries(values).filter(([id]) => !approvalIds.has(id)));
}

function checkTemplate(template: FormTemplate, form: FilledForm): LifecycleRefusal | null {
  return template.key === form.templateKey && template.version === form.templateVersion
    ? null
    : { ok: false, code: 'FORM_TEMPLATE_MISMATCH', templateKey: form.templateKey, templateVersion: form.templateVersion };
}

const sameJson = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
