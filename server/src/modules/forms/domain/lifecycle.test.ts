import { describe, expect, it } from 'vitest';
import { type FilledForm, type LifecycleResult, approve, editDraft, missingApprovals, newDraft, reviseApproved, share } from './lifecycle.js';
import { FOLLOW_UP_PLAN_EXAMPLE } from './templates/examples.js';
import { FOLLOW_UP_PLAN_V1 as PLAN } from './templates/follow-up-plan.js';
import { ICIT_JOB_LIST_V1 } from './templates/icit-job-list.js';
import { ICIT_JOB_LIST_EXAMPLE } from './templates/examples.js';
import type { ApprovalValue } from './values.js';

const employee: ApprovalValue = { by: 'employee', name: 'Kari Nordmann', at: '2026-02-25T10:00:00.000Z' };
const employer: ApprovalValue = { by: 'employer', name: 'Per Leder', at: '2026-02-25T10:05:00.000Z' };
const sharedAt = '2026-02-25T11:00:00.000Z';

function ok(result: LifecycleResult): FilledForm {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.form;
}

const draftPlan = () => ok(newDraft(PLAN, FOLLOW_UP_PLAN_EXAMPLE));
const approvedPlan = () => ok(approve(PLAN, ok(approve(PLAN, draftPlan(), employee)), employer));

describe('filled-form lifecycle', () => {
  it('starts as draft revision 1 with the template version it was made with', () => {
    expect(draftPlan()).toMatchObject({ revision: 1, templateKey: 'follow-up-plan', templateVersion: 1, status: 'draft', history: [] });
  });

  it('accepts an incomplete draft but never a wrong type', () => {
    expect(newDraft(PLAN, { position: 'Lærer' })).toMatchObject({ ok: true });
    expect(newDraft(PLAN, { evaluationDate: 'neste uke' })).toMatchObject({ ok: false, code: 'FORM_VALUES_INVALID', problems: [{ code: 'FORM_VALUE_WRONG_TYPE', fieldId: 'evaluationDate' }] });
  });

  it('becomes approved only when both the employee and the employer have approved', () => {
    const once = ok(approve(PLAN, draftPlan(), employee));
    expect(once.status).toBe('draft');
    expect(missingApprovals(PLAN, once.values)).toEqual(['employer']);
    const twice = ok(approve(PLAN, once, employer));
    expect(twice.status).toBe('approved');
    expect(twice.values.employeeApproval).toEqual(employee);
  });

  it('drops the answers of questions hidden by condition when the plan is approved', () => {
    const noHelp = ok(newDraft(PLAN, { ...FOLLOW_UP_PLAN_EXAMPLE, needsNavHelp: 'no' }));
    expect(noHelp.values.navHelp).toBe(FOLLOW_UP_PLAN_EXAMPLE.navHelp);
    const approved = ok(approve(PLAN, noHelp, employee));
    expect(approved.values).not.toHaveProperty('navHelp');
    expect(approved.values.needsNavHelp).toBe('no');
  });

  it('refuses to approve an incomplete plan', () => {
    const thin = ok(newDraft(PLAN, { position: 'Lærer' }));
    expect(approve(PLAN, thin, employee)).toMatchObject({ ok: false, code: 'FORM_VALUES_INVALID' });
  });

  it('refuses an approval from a role the form does not ask, and a missing approver where one is asked', () => {
    expect(approve(PLAN, draftPlan(), { ...employee, by: 'gp' })).toEqual({ ok: false, code: 'FORM_APPROVAL_NOT_EXPECTED', role: 'gp' });
    expect(approve(PLAN, draftPlan())).toEqual({ ok: false, code: 'FORM_APPROVAL_REQUIRED', roles: ['employee', 'employer'] });
    expect(approve(PLAN, draftPlan(), { ...employee, name: ' ' })).toMatchObject({ ok: false, code: 'FORM_VALUES_INVALID' });
  });

  it('keeps the first signature when the same role approves again', () => {
    const once = ok(approve(PLAN, draftPlan(), employee));
    const again = ok(approve(PLAN, once, { ...employee, at: '2026-02-26T08:00:00.000Z' }));
    expect(again.values.employeeApproval).toEqual(employee);
  });

  it('clears an approval already given to a draft when its content changes, and keeps it when nothing changed', () => {
    const once = ok(approve(PLAN, draftPlan(), employee));
    const same = ok(editDraft(PLAN, once, { ...once.values }));
    expect(same.values.employeeApproval).toEqual(employee);
    const changed = ok(editDraft(PLAN, once, { ...once.values, goal: 'Et annet mål' }));
    expect(changed.values.employeeApproval).toBeUndefined();
  });

  it('ignores approvals a client sends in an edit: only approve() stamps them', () => {
    const edited = ok(editDraft(PLAN, draftPlan(), { ...FOLLOW_UP_PLAN_EXAMPLE, employerApproval: employer }));
    expect(edited.values.employerApproval).toBeUndefined();
  });

  it('refuses to edit an approved form (FORM_APPROVED_LOCKED) and to approve it again', () => {
    expect(editDraft(PLAN, approvedPlan(), FOLLOW_UP_PLAN_EXAMPLE)).toEqual({ ok: false, code: 'FORM_APPROVED_LOCKED' });
    expect(approve(PLAN, approvedPlan(), employee)).toEqual({ ok: false, code: 'FORM_APPROVED_LOCKED' });
  });

  it('revises an approved form as a new draft without approvals, keeping the approved revision in the history', () => {
    const approved = approvedPlan();
    const revised = ok(reviseApproved(PLAN, approved, { ...approved.values, goal: 'Tilbake i full stilling innen 1. juni.' }));
    expect(revised).toMatchObject({ revision: 2, status: 'draft', templateVersion: 1 });
    expect(revised.values.employeeApproval).toBeUndefined();
    expect(revised.values.employerApproval).toBeUndefined();
    expect(revised.values.goal).toBe('Tilbake i full stilling innen 1. juni.');
    expect(revised.history).toEqual([{ revision: 1, templateKey: 'follow-up-plan', templateVersion: 1, status: 'approved', values: approved.values }]);
  });

  it('revises a shared plan too, and keeps every earlier revision', () => {
    const shared = ok(share(PLAN, approvedPlan(), sharedAt));
    const second = ok(reviseApproved(PLAN, shared));
    const secondApproved = ok(approve(PLAN, ok(approve(PLAN, second, employee)), employer));
    const third = ok(reviseApproved(PLAN, secondApproved));
    expect(third.revision).toBe(3);
    expect(third.history.map((revision) => [revision.revision, revision.status])).toEqual([
      [1, 'shared'],
      [2, 'approved'],
    ]);
    expect(third.history[0]?.sharedAt).toBe(sharedAt);
  });

  it('refuses to revise a draft: it can be edited directly', () => {
    expect(reviseApproved(PLAN, draftPlan())).toEqual({ ok: false, code: 'FORM_ALREADY_DRAFT' });
  });

  it('refuses a template other than the one the form was made with', () => {
    expect(editDraft({ ...PLAN, version: 2 }, draftPlan(), {})).toEqual({ ok: false, code: 'FORM_TEMPLATE_MISMATCH', templateKey: 'follow-up-plan', templateVersion: 1 });
  });

  it('lets a form without approval fields be marked finished and shared', () => {
    const list = ok(newDraft(ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE));
    expect(approve(ICIT_JOB_LIST_V1, list, employee)).toMatchObject({ code: 'FORM_APPROVAL_NOT_EXPECTED' });
    const finished = ok(approve(ICIT_JOB_LIST_V1, list));
    expect(finished.status).toBe('approved');
    expect(share(ICIT_JOB_LIST_V1, list, sharedAt)).toEqual({ ok: false, code: 'FORM_NOT_APPROVED' });
    expect(ok(share(ICIT_JOB_LIST_V1, finished, sharedAt))).toMatchObject({ status: 'shared', sharedAt });
  });
});

describe('sharing the follow-up plan', () => {
  it('shares a plan both have approved', () => {
    expect(ok(share(PLAN, approvedPlan(), sharedAt))).toMatchObject({ status: 'shared', sharedAt });
  });

  it('refuses a plan without the employer approval (FOLLOW_UP_PLAN_NOT_APPROVED)', () => {
    const onlyEmployee = ok(approve(PLAN, draftPlan(), employee));
    expect(share(PLAN, onlyEmployee, sharedAt)).toEqual({ ok: false, code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing: ['employer'] });
  });

  it("refuses a plan without the employee's approval, even if the manager approved", () => {
    const onlyEmployer = ok(approve(PLAN, draftPlan(), employer));
    expect(share(PLAN, onlyEmployer, sharedAt)).toEqual({ ok: false, code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing: ['employee'] });
  });

  it('refuses a plan without work tasks (FOLLOW_UP_PLAN_NO_WORK_TASKS), also when the rows are empty', () => {
    const { workTasks: _, ...withoutTasks } = FOLLOW_UP_PLAN_EXAMPLE;
    expect(share(PLAN, ok(newDraft(PLAN, withoutTasks)), sharedAt)).toEqual({ ok: false, code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' });
    const emptyRows = ok(newDraft(PLAN, { ...FOLLOW_UP_PLAN_EXAMPLE, workTasks: [{ task: '  ', status: 'as_before' }] }));
    expect(share(PLAN, emptyRows, sharedAt)).toEqual({ ok: false, code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' });
  });

  it('refuses to share twice', () => {
    const shared = ok(share(PLAN, approvedPlan(), sharedAt));
    expect(share(PLAN, shared, sharedAt)).toEqual({ ok: false, code: 'FORM_ALREADY_SHARED' });
  });

  it('needs new approvals from both after a change to a shared plan before it can be shared again', () => {
    const revised = ok(reviseApproved(PLAN, ok(share(PLAN, approvedPlan(), sharedAt))));
    expect(share(PLAN, revised, sharedAt)).toEqual({ ok: false, code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing: ['employee', 'employer'] });
  });
});
