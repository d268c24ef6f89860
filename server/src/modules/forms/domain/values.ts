import { dropHidden, isAnswered, shownFieldIds } from './conditions.js';
import { type CellSpec, type Field, type FormTemplate, ROLE_KEYS, type RoleKey, type TableSpec, fieldsInOrder } from './template.js';

/**
 * Filled-form data: a map from field id to a typed value, checked against the template it was
 * made with. Drafts may be incomplete but never wrong: a wrong type is refused at once, so a
 * stored draft can always be rendered and submitted later.
 */
export interface ApprovalValue {
  by: RoleKey;
  /** The name of the person who approved, as shown on the form. */
  name: string;
  /** ISO 8601 instant, e.g. '2026-03-02T09:15:00.000Z'. */
  at: string;
}

export type CellValue = string | string[] | number;
export type TableRow = Record<string, CellValue>;
/** string: text, single choice or ISO date 'YYYY-MM-DD'; string[]: multiple choice; number: scale. */
export type FieldValue = string | string[] | number | TableRow[] | ApprovalValue;
export type FormValues = Record<string, FieldValue>;

export type ValidationMode = 'draft' | 'submit';

/** Where a problem is: the field, and for tables the row (from 0) and column. */
export interface ProblemPlace {
  fieldId: string;
  row?: number;
  column?: string;
}

export type ValueProblem = ProblemPlace &
  (
    | { code: 'FORM_FIELD_UNKNOWN' }
    | { code: 'FORM_VALUE_WRONG_TYPE'; expected: string }
    | { code: 'FORM_VALUE_NOT_AN_OPTION'; value: string; options: string[] }
    | { code: 'FORM_VALUE_OUT_OF_RANGE'; min: number; max: number; step: number }
    | { code: 'FORM_VALUE_TOO_LONG'; maxLength: number }
    | { code: 'FORM_REQUIRED_MISSING' }
    | { code: 'FORM_TABLE_ROWS'; min: number; max: number; rows: number }
    | { code: 'FORM_APPROVAL_ROLE_MISMATCH'; expected: RoleKey }
  );

export type ValueProblemCode = ValueProblem['code'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const MAX_APPROVER_NAME_LENGTH = 200;

/** A real calendar day: '2026-02-30' has the right shape but is no date. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** Characters as people count them closely enough: code points, not UTF-16 units. */
export const textLength = (text: string): number => [...text].length;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateValues(template: FormTemplate, values: Readonly<Record<string, unknown>>, { mode }: { mode: ValidationMode }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const known = new Map(fieldsInOrder(template).map(({ field }) => [field.id, field]));
  for (const id of Object.keys(values)) if (!known.has(id)) problems.push({ code: 'FORM_FIELD_UNKNOWN', fieldId: id });

  const shown = shownFieldIds(template, values);
  for (const field of known.values()) {
    const present = Object.hasOwn(values, field.id) && values[field.id] !== undefined;
    if (present) problems.push(...checkField(field, values[field.id], mode === 'submit' && shown.has(field.id)));
    // Hidden fields are never required; their answers are dropped on submit (submitValues).
    if (mode === 'submit' && shown.has(field.id) && field.required && field.type !== 'approval' && !isAnswered(field, values[field.id])) {
      problems.push({ code: 'FORM_REQUIRED_MISSING', fieldId: field.id });
    }
  }
  return problems;
}

/** The values to store on submit: checked as complete, and without the answers of hidden fields. */
export function submitValues(template: FormTemplate, values: Readonly<Record<string, unknown>>): { ok: true; values: FormValues } | { ok: false; problems: ValueProblem[] } {
  const problems = validateValues(template, values, { mode: 'submit' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values: dropHidden(template, values as FormValues) };
}

function checkField(field: Field, value: unknown, complete: boolean): ValueProblem[] {
  const at: ProblemPlace = { fieldId: field.id };
  switch (field.type) {
    case 'table':
      return checkTable(field, value, at, complete);
    case 'approval':
      return checkApproval(field.role, value, at);
    default:
      return checkCell(field, value, at);
  }
}

function checkCell(spec: CellSpec, value: unknown, at: ProblemPlace): ValueProblem[] {
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string') return [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: 'text' }];
      return textLength(value) > spec.maxLength ? [{ ...at, code: 'FORM_VALUE_TOO_LONG', maxLength: spec.maxLength }] : [];
    case 'date':
      return isIsoDate(value) ? [] : [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: 'date YYYY-MM-DD' }];
    case 'scale': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: 'number' }];
      const steps = (value - spec.min) / spec.step;
      const onStep = Math.abs(steps - Math.round(steps)) < 1e-9;
      return value < spec.min || value > spec.max || !onStep ? [{ ...at, code: 'FORM_VALUE_OUT_OF_RANGE', min: spec.min, max: spec.max, step: spec.step }] : [];
    }
    case 'choice': {
      const options = spec.options.map((option) => option.value);
      const chosen: unknown[] | null = spec.multiple ? (Array.isArray(value) ? value : null) : typeof value === 'string' ? [value] : null;
      // A multiple choice is a set: the same option twice is malformed, not a second answer.
      if (!chosen || !chosen.every((one) => typeof one === 'string') || new Set(chosen).size !== chosen.length) {
        return [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: spec.multiple ? 'list of distinct options' : 'one option' }];
      }
      return (chosen as string[]).filter((one) => !options.includes(one)).map((one) => ({ ...at, code: 'FORM_VALUE_NOT_AN_OPTION' as const, value: one, options }));
    }
  }
}

function checkTable(table: TableSpec, value: unknown, at: ProblemPlace, complete: boolean): ValueProblem[] {
  if (!Array.isArray(value)) return [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: 'table rows' }];
  const problems: ValueProblem[] = [];
  const min = table.minRows ?? 0;
  // Too many rows is wrong at once; too few only matters when the form is handed in.
  if (value.length > table.maxRows || (complete && value.length > 0 && value.length < min)) {
    problems.push({ ...at, code: 'FORM_TABLE_ROWS', min, max: table.maxRows, rows: value.length });
  }
  const columns = new Map(table.columns.map((column) => [column.id, column]));
  for (const [index, row] of (value as unknown[]).entries()) {
    const place = { ...at, row: index };
    if (!isPlainObject(row)) {
      problems.push({ ...place, code: 'FORM_VALUE_WRONG_TYPE', expected: 'table row' });
      continue;
    }
    for (const id of Object.keys(row)) if (!columns.has(id)) problems.push({ ...place, code: 'FORM_FIELD_UNKNOWN', column: id });
    for (const column of table.columns) {
      const cell = Object.hasOwn(row, column.id) ? row[column.id] : undefined;
      if (cell !== undefined) problems.push(...checkCell(column, cell, { ...place, column: column.id }));
      if (complete && column.required && !isAnswered(column, cell)) problems.push({ ...place, code: 'FORM_REQUIRED_MISSING', column: column.id });
    }
  }
  return problems;
}

function checkApproval(role: RoleKey, value: unknown, at: ProblemPlace): ValueProblem[] {
  const wrong: ValueProblem[] = [{ ...at, code: 'FORM_VALUE_WRONG_TYPE', expected: 'approval { by, name, at }' }];
  if (!isPlainObject(value)) return wrong;
  const { by, name, at: when, ...rest } = value;
  if (Object.keys(rest).length > 0 || typeof by !== 'string' || !ROLE_KEYS.includes(by as RoleKey)) return wrong;
  if (typeof name !== 'string' || name.trim() === '' || textLength(name) > MAX_APPROVER_NAME_LENGTH || !isIsoInstant(when)) return wrong;
  return by === role ? [] : [{ ...at, code: 'FORM_APPROVAL_ROLE_MISMATCH', expected: role }];
}
