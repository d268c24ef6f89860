import { type Condition, type Field, type FormTemplate, fieldsInOrder } from './template.js';

/**
 * Which sections and fields are shown for the answers given. Conditions point only at earlier
 * fields (validateTemplate makes sure), so one pass in document order settles everything, and a
 * field hidden by condition counts as unanswered for the conditions after it: hiding a question
 * also hides the follow-up questions that depended on it.
 */

/** An answer that says something: blank text, an empty selection or no rows are not answers. */
export function isAnswered(field: Field | { type: Field['type'] }, value: unknown): boolean {
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

export function conditionHolds(condition: Condition, target: Field, value: unknown): boolean {
  if (!isAnswered(target, value)) return false;
  if ('answered' in condition) return true;
  const wanted: readonly (string | number)[] = 'equals' in condition ? [condition.equals] : condition.oneOf;
  // A multiple choice matches when any of the selected options is wanted.
  const given: readonly unknown[] = Array.isArray(value) ? value : [value];
  return given.some((one) => wanted.includes(one as string | number));
}

/** The ids of the fields shown for these answers. */
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

/** The answers that are kept on submit: those of shown fields only. */
export function dropHidden<V>(template: FormTemplate, values: Readonly<Record<string, V>>): Record<string, V> {
  const shown = shownFieldIds(template, values);
  const kept: Record<string, V> = {};
  for (const { field } of fieldsInOrder(template)) {
    if (shown.has(field.id) && Object.hasOwn(values, field.id)) kept[field.id] = values[field.id] as V;
  }
  return kept;
}
