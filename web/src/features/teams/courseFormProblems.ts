/**
 * A course form's value problems (the form engine's codes, from the client's own check or the
 * server's `details.problems`) as messages at their fields, in the forms feature's words.
 */
import { isApiError } from '../../api/errors';
import type { Lang } from '../../api/types';
import { cellKey, problemKey } from '../forms/engine';
import type { formTexts } from '../forms/texts';
import type { FormTemplate, FormValues, ValueProblem } from '../forms/types';

type T = (typeof formTexts)['nb'];

export function problemText(problem: ValueProblem, template: FormTemplate, t: T, lang: Lang, serverMessage?: string): string {
  const field = template.sections.flatMap((s) => s.fields).find((f) => f.id === problem.fieldId);
  const label = field ? field.label[lang] : problem.fieldId;
  const column = field?.type === 'table' && problem.column ? field.columns.find((c) => c.id === problem.column) : undefined;
  const columnLabel = column ? column.label[lang] : problem.column;
  switch (problem.code) {
    case 'FORM_REQUIRED_MISSING':
      return problem.row !== undefined && columnLabel ? t.problem_cellRequired(columnLabel, problem.row + 1, label) : t.problem_required(label);
    case 'FORM_VALUE_TOO_LONG':
      return t.problem_tooLong(columnLabel ?? label, problem.maxLength ?? 0);
    case 'FORM_TABLE_ROWS':
      return t.problem_rows(label, problem.min ?? 0, problem.max ?? 0);
    default:
      return t.problem_other(columnLabel ?? label, serverMessage ?? problem.code);
  }
}

export function problemFields(problems: readonly ValueProblem[], template: FormTemplate, t: T, lang: Lang, serverMessage?: string): Record<string, string> {
  const found: Record<string, string> = {};
  const ids = new Set(template.sections.flatMap((s) => s.fields).map((f) => f.id));
  for (const problem of problems) {
    if (typeof problem?.fieldId !== 'string' || !ids.has(problem.fieldId)) continue;
    const key = problemKey(problem);
    if (!found[key]) found[key] = problemText(problem, template, t, lang, serverMessage);
  }
  return found;
}

/** A refusal's problems at their fields; empty when the refusal names none. */
export function refusalFields(error: unknown, template: FormTemplate, t: T, lang: Lang): Record<string, string> {
  if (!isApiError(error)) return {};
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as { problems?: unknown };
  return Array.isArray(details.problems) ? problemFields(details.problems as ValueProblem[], template, t, lang, error.message) : {};
}

/** Field and cell keys in screen order, for the error summary. */
export function fieldOrder(template: FormTemplate, values: FormValues): string[] {
  const keys: string[] = [];
  for (const field of template.sections.flatMap((s) => s.fields)) {
    keys.push(field.id);
    if (field.type === 'table') {
      const rows = Array.isArray(values[field.id]) ? (values[field.id] as unknown[]) : [];
      rows.forEach((_, index) => {
        keys.push(`${field.id}.${index}`);
        for (const column of field.columns) keys.push(cellKey(field.id, index, column.id));
      });
    }
  }
  return keys;
}
