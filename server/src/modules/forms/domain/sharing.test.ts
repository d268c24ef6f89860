import { describe, expect, it } from 'vitest';
import { countWorkTasks, shareRefusal } from './sharing.js';
import { FOLLOW_UP_PLAN_EXAMPLE } from './templates/examples.js';
import { FOLLOW_UP_PLAN_V1 } from './templates/follow-up-plan.js';
import { ICIT_JOB_LIST_V1 } from './templates/icit-job-list.js';

const approvals = {
  employeeApproval: { by: 'employee', name: 'Kari Nordmann', at: '2026-02-25T10:00:00Z' },
  employerApproval: { by: 'employer', name: 'Per Leder', at: '2026-02-25T10:05:00Z' },
};

describe('follow-up plan sharing rules', () => {
  it('counts only rows that name a task', () => {
    expect(countWorkTasks(FOLLOW_UP_PLAN_EXAMPLE)).toBe(4);
    expect(countWorkTasks({ workTasks: [{ task: '' }, { status: 'as_before' }, { task: 'Kasse' }] })).toBe(1);
    expect(countWorkTasks({})).toBe(0);
  });

  it('checks the work tasks before the approvals', () => {
    expect(shareRefusal(FOLLOW_UP_PLAN_V1, {})).toEqual({ code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' });
    expect(shareRefusal(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE)).toEqual({ code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing: ['employee', 'employer'] });
    expect(shareRefusal(FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_EXAMPLE, ...approvals })).toBeNull();
  });

  it('does not count an approval stored under the wrong role', () => {
    const forged = { ...FOLLOW_UP_PLAN_EXAMPLE, employeeApproval: approvals.employeeApproval, employerApproval: { ...approvals.employerApproval, by: 'employee' } };
    expect(shareRefusal(FOLLOW_UP_PLAN_V1, forged)).toEqual({ code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing: ['employer'] });
  });

  it('has no rules of its own for other forms', () => {
    expect(shareRefusal(ICIT_JOB_LIST_V1, {})).toBeNull();
  });
});
