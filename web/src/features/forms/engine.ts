/**
 * The small rules of the server's pure core the editor needs while someone types: which fields
 * are shown (conditions.ts), whether an answer counts (isAnswered), the checks of a form handed in
 * (values.ts, submit mode, for required answers and rows) and the change between two rounds
 * (compare.ts). The server checks everything again; these only say it sooner.
 */
import type { Condition, Field, FormTemplate, FormValues, RoleKey, ScaleSpec, TableRow, ValueProblem } from './types';

export function isAnswered(field: { type: Field['type'] }, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'choice':
      return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '';
    case 'scale':
      return typeof value === 'number';
    case 'date':
      return typeof value === 'string' && value !== '';
    case 'table':
      return Array.isArray(value) && value.length > 0;
    case 'approval':
      return typeof value === 'object';
  }
}

function conditionHolds(condition: Condition, target: Field, value: unknown): boolean {
  if (!isAnswered(target, value)) return false;
  if ('answered' in condition) return true;
  const wanted: readonly (string | number)[] = 'equals' in condition ? [condition.equals] : condition.oneOf;
  const given: readonly unknown[] = Array.isArray(value) ? value : [value];
  return given.some((one) => wanted.includes(one as string | number));
}

/** The ids of the fields shown for these answers (one pass in document order, as the server). */
export function shownFieldIds(template: FormTemplate, values: Readonly<Record<string, unknown>>): Set<string> {
  const shown = new Set<string>();
  const byId = new Map<string, Field>();
  const holds = (condition: Condition | undefined): boolean => {
    if (!condition) return true;
    const target = byId.get(condition.field);
    if (!target || !shown.has(target.id)) return false;
    return conditionHolds(condition, target, Object.hasOwn(values, target.id) ? values[target.id] : undefined);
  };
  for (const section of template.sections) {
    const sectionShown = holds(section.condition);
    for (const field of section.fields) {
      if (sectionShown && holds(field.condition)) shown.add(field.id);
      byId.set(field.id, field);
    }
  }
  return shown;
}

export const textLength = (text: string): number => [...text].length;

/** Approvals are stamped by the server only: a draft is saved without them. */
export function withoutApprovals(template: FormTemplate, values: FormValues): FormValues {
  const approvalIds = new Set(template.sections.flatMap((s) => s.fields).filter((f) => f.type === 'approval').map((f) => f.id));
  return Object.fromEntries(Object.entries(values).filter(([id]) => !approvalIds.has(id)));
}

/** The checks of a form handed in (approve): required answers, rows, lengths, of shown fields. */
export function submitProblems(template: FormTemplate, values: FormValues): ValueProblem[] {
  const shown = shownFieldIds(template, values);
  const problems: ValueProblem[] = [];
  for (const field of template.sections.flatMap((s) => s.fields)) {
    if (!shown.has(field.id) || field.type === 'approval') continue;
    const value = values[field.id];
    if (field.required && !isAnswered(field, value)) {
      problems.push({ code: 'FORM_REQUIRED_MISSING', fieldId: field.id });
      continue;
    }
    if (field.type === 'text' && typeof value === 'string' && textLength(value) > field.maxLength) {
      problems.push({ code: 'FORM_VALUE_TOO_LONG', fieldId: field.id, maxLength: field.maxLength });
    }
    if (field.type === 'table' && Array.isArray(value)) {
      const rows = value as TableRow[];
      const min = field.minRows ?? 0;
      if (rows.length > field.maxRows || (rows.length > 0 && rows.length < min)) {
        problems.push({ code: 'FORM_TABLE_ROWS', fieldId: field.id, min, max: field.maxRows });
      }
      rows.forEach((row, index) => {
        for (const column of field.columns) {
          const cell = row[column.id];
          if (column.required && !isAnswered(column, cell)) problems.push({ code: 'FORM_REQUIRED_MISSING', fieldId: field.id, row: index, column: column.id });
          else if (column.type === 'text' && typeof cell === 'string' && textLength(cell) > column.maxLength) {
            problems.push({ code: 'FORM_VALUE_TOO_LONG', fieldId: field.id, row: index, column: column.id, maxLength: column.maxLength });
          }
        }
      });
    }
  }
  return problems;
}

/** The key of a problem's place: `field`, or `field.row.column` for a table cell. */
export function problemKey(problem: { fieldId: string; row?: number; column?: string }): string {
  if (problem.row !== undefined && problem.column) return cellKey(problem.fieldId, problem.row, problem.column);
  if (problem.row !== undefined) return `${problem.fieldId}.${problem.row}`;
  return problem.fieldId;
}

export const cellKey = (fieldId: string, row: number, column: string) => `${fieldId}.${row}.${column}`;

/** The viewer's approval roles (the patient signs a follow-up plan as the employee). */
export function approvalRolesOf(appRole: string): RoleKey[] {
  switch (appRole) {
    case 'employer':
      return ['employer'];
    case 'patient':
      return ['employee', 'patient'];
    case 'gp':
      return ['gp'];
    case 'nav_adviser':
    case 'nav_manager':
      return ['nav'];
    default:
      return [];
  }
}

export type Direction = 'up' | 'down' | 'unchanged';
export type Meaning = 'better' | 'worse' | 'unchanged';

export interface ScaleChange {
  fieldId: string;
  field: Field & ScaleSpec;
  earlier: number | null;
  later: number | null;
  change: number | null;
  direction: Direction | null;
  meaning: Meaning | null;
}

/** The change per scale between two rounds (compare.ts). */
export function compareRounds(template: FormTemplate, earlier: Readonly<Record<string, unknown>>, later: Readonly<Record<string, unknown>>): ScaleChange[] {
  const changes: ScaleChange[] = [];
  for (const field of template.sections.flatMap((s) => s.fields)) {
    if (field.type !== 'scale') continue;
    const before = typeof earlier[field.id] === 'number' ? (earlier[field.id] as number) : null;
    const after = typeof later[field.id] === 'number' ? (later[field.id] as number) : null;
    if (before === null || after === null) {
      changes.push({ fieldId: field.id, field, earlier: before, later: after, change: null, direction: null, meaning: null });
      continue;
    }
    const decimals = Math.min(10, (String(field.step).split('.')[1] ?? '').length);
    const change = Number((after - before).toFixed(decimals)) || 0;
    const direction: Direction = change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
    const meaning: Meaning | null = !field.better ? null : direction === 'unchanged' ? 'unchanged' : (direction === 'up') === (field.better === 'higher') ? 'better' : 'worse';
    changes.push({ fieldId: field.id, field, earlier: before, later: after, change, direction, meaning });
  }
  return changes;
}

/** Scale choices from min to max by step, without floating-point dust. */
export function scaleSteps(spec: ScaleSpec): number[] {
  const decimals = Math.min(10, (String(spec.step).split('.')[1] ?? '').length);
  const steps: number[] = [];
  for (let i = 0; ; i++) {
    const value = Number((spec.min + i * spec.step).toFixed(decimals));
    if (value > spec.max + 1e-9 || i > 200) break;
    steps.push(value);
  }
  return steps;
}
