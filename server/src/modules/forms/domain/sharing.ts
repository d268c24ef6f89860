import { FOLLOW_UP_PLAN_KEY } from './templates/follow-up-plan.js';
import { isAnswered } from './conditions.js';
import type { FormTemplate, RoleKey } from './template.js';

/**
 * Rules a form must meet before it leaves its authors, by template key. The follow-up plan is the
 * one with rules of its own: a plan without concrete work tasks is what GPs call useless (report
 * 001, Ringerike: "more concrete information on the patient's work tasks", L4010–4016), and a plan
 * is the employee's and the employer's together, so it goes nowhere until both have approved it.
 */
export type ShareRefusal = { code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' } | { code: 'FOLLOW_UP_PLAN_NOT_APPROVED'; missing: RoleKey[] };

/** The field and column the rule reads; later versions of the plan must keep these ids. */
export const WORK_TASKS_FIELD = 'workTasks';
export const WORK_TASK_COLUMN = 'task';
export const PLAN_APPROVERS: readonly RoleKey[] = ['employee', 'employer'];

export function shareRefusal(template: FormTemplate, values: Readonly<Record<string, unknown>>): ShareRefusal | null {
  if (template.key !== FOLLOW_UP_PLAN_KEY) return null;
  if (countWorkTasks(values) === 0) return { code: 'FOLLOW_UP_PLAN_NO_WORK_TASKS' };
  const missing = PLAN_APPROVERS.filter((role) => !hasApprovalBy(template, values, role));
  return missing.length > 0 ? { code: 'FOLLOW_UP_PLAN_NOT_APPROVED', missing } : null;
}

/** Rows that name a task; an empty row is not a work task. */
export function countWorkTasks(values: Readonly<Record<string, unknown>>): number {
  const rows = values[WORK_TASKS_FIELD];
  if (!Array.isArray(rows)) return 0;
  return rows.filter((row) => typeof row === 'object' && row !== null && isAnswered({ type: 'text' }, (row as Record<string, unknown>)[WORK_TASK_COLUMN])).length;
}

// Read by role, not by field id, so a later version may rename or move the approval fields.
function hasApprovalBy(template: FormTemplate, values: Readonly<Record<string, unknown>>, role: RoleKey): boolean {
  return template.sections.some((section) =>
    section.fields.some((field) => {
      const value = values[field.id];
      return field.type === 'approval' && field.role === role && typeof value === 'object' && value !== null && (value as { by?: unknown }).by === role;
    }),
  );
}
