import {
  type CellSpec,
  type Condition,
  type Field,
  type FormTemplate,
  type LocalText,
  type PlacedField,
  ROLE_KEYS,
  isEmployerVisible,
  isMedical,
} from './template.js';

/**
 * Checks a template before it may be published, so an admin cannot publish a version that
 * breaks forms: every problem is reported at once, with where it is (section/field/column ids).
 */
export type TemplateProblemCode =
  | 'FORM_TEMPLATE_KEY_INVALID'
  | 'FORM_TEMPLATE_VERSION_INVALID'
  | 'FORM_TEMPLATE_EMPTY'
  | 'FORM_TEMPLATE_ID_INVALID'
  | 'FORM_TEMPLATE_ID_DUPLICATE'
  | 'FORM_TEMPLATE_TEXT_MISSING'
  | 'FORM_TEMPLATE_CONDITION_INVALID'
  | 'FORM_TEMPLATE_OPTIONS_INVALID'
  | 'FORM_TEMPLATE_SCALE_INVALID'
  | 'FORM_TEMPLATE_TEXT_LIMIT_INVALID'
  | 'FORM_TEMPLATE_TABLE_INVALID'
  | 'FORM_TEMPLATE_APPROVAL_INVALID'
  | 'FORM_TEMPLATE_VISIBILITY_CONFLICT';

export interface TemplateProblem {
  code: TemplateProblemCode;
  /** 'section/field/column' by ids, or 'template'. */
  path: string;
  detail?: string;
}

export const TEMPLATE_KEY_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;
/** Ids become JSON keys of stored forms; a narrow pattern keeps out '__proto__' and friends. */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9]{0,63}$/;
export const OPTION_VALUE_PATTERN = /^[a-z0-9][a-z0-9_]{0,63}$/;
/** A generous ceiling; longer texts belong in an attachment, not a form field. */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_TABLE_ROWS = 200;
export const MAX_SCALE_STEPS = 1_000;

export function validateTemplate(template: FormTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (code: TemplateProblemCode, path: string, detail?: string) => problems.push(detail === undefined ? { code, path } : { code, path, detail });

  if (!TEMPLATE_KEY_PATTERN.test(template.key)) add('FORM_TEMPLATE_KEY_INVALID', 'template', template.key);
  if (!Number.isInteger(template.version) || template.version < 1) add('FORM_TEMPLATE_VERSION_INVALID', 'template', String(template.version));
  checkText(template.title, 'template', add, 'title');
  if (template.description) checkText(template.description, 'template', add, 'description');
  if (template.sections.length === 0) add('FORM_TEMPLATE_EMPTY', 'template');

  const sectionIds = new Set<string>();
  const earlier = new Map<string, PlacedField>();
  for (const section of template.sections) {
    const path = section.id;
    checkId(section.id, sectionIds, path, add);
    checkText(section.title, path, add, 'title');
    if (section.help) checkText(section.help, path, add, 'help');
    if (section.fields.length === 0) add('FORM_TEMPLATE_EMPTY', path);
    if (section.condition) checkCondition(section.condition, earlier, path, add);
    for (const field of section.fields) {
      const fieldPath = `${section.id}/${field.id}`;
      checkId(field.id, new Set(earlier.keys()), fieldPath, add);
      checkField(field, fieldPath, add);
      if (field.condition) checkCondition(field.condition, earlier, fieldPath, add);
      checkVisibility(template, { section, field }, earlier, fieldPath, add);
      earlier.set(field.id, { section, field });
    }
  }
  return problems;
}

type Add = (code: TemplateProblemCode, path: string, detail?: string) => void;

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

function checkText(text: LocalText | undefined, path: string, add: Add, what: string) {
  if (!text || blank(text.nb) || blank(text.en)) add('FORM_TEMPLATE_TEXT_MISSING', path, what);
}

function checkId(id: string, taken: Set<string>, path: string, add: Add) {
  if (!ID_PATTERN.test(id)) add('FORM_TEMPLATE_ID_INVALID', path, id);
  else if (taken.has(id)) add('FORM_TEMPLATE_ID_DUPLICATE', path, id);
  taken.add(id);
}

function checkField(field: Field, path: string, add: Add) {
  checkText(field.label, path, add, 'label');
  if (field.help) checkText(field.help, path, add, 'help');
  switch (field.type) {
    case 'table':
      return checkTable(field, path, add);
    case 'approval':
      if (!ROLE_KEYS.includes(field.role)) add('FORM_TEMPLATE_APPROVAL_INVALID', path, String(field.role));
      return;
    default:
      return checkCell(field, path, add);
  }
}

function checkCell(cell: CellSpec, path: string, add: Add) {
  switch (cell.type) {
    case 'text':
      if (!Number.isInteger(cell.maxLength) || cell.maxLength < 1 || cell.maxLength > MAX_TEXT_LENGTH) add('FORM_TEMPLATE_TEXT_LIMIT_INVALID', path, String(cell.maxLength));
      return;
    case 'choice': {
      const values = cell.options.map((option) => option.value);
      if (values.length === 0) add('FORM_TEMPLATE_OPTIONS_INVALID', path, 'no options');
      if (new Set(values).size !== values.length) add('FORM_TEMPLATE_OPTIONS_INVALID', path, 'duplicate values');
      for (const option of cell.options) {
        if (!OPTION_VALUE_PATTERN.test(option.value)) add('FORM_TEMPLATE_OPTIONS_INVALID', path, option.value);
        checkText(option.label, `${path}:${option.value}`, add, 'option label');
      }
      return;
    }
    case 'scale': {
      const { min, max, step } = cell;
      const finite = [min, max, step].every(Number.isFinite);
      const steps = (max - min) / step;
      if (!finite || step <= 0 || max <= min || Math.abs(steps - Math.round(steps)) > 1e-9 || steps > MAX_SCALE_STEPS) {
        add('FORM_TEMPLATE_SCALE_INVALID', path, `${min}..${max} step ${step}`);
      }
      checkText(cell.labels?.min, path, add, 'min label');
      checkText(cell.labels?.max, path, add, 'max label');
      if (cell.unit) checkText(cell.unit, path, add, 'unit');
      return;
    }
    case 'date':
      return;
  }
}

function checkTable(table: Extract<Field, { type: 'table' }>, path: string, add: Add) {
  const { columns, minRows = 0, maxRows } = table;
  if (columns.length === 0) add('FORM_TEMPLATE_TABLE_INVALID', path, 'no columns');
  if (!Number.isInteger(minRows) || minRows < 0 || !Number.isInteger(maxRows) || maxRows < Math.max(1, minRows) || maxRows > MAX_TABLE_ROWS) {
    add('FORM_TEMPLATE_TABLE_INVALID', path, `rows ${minRows}..${maxRows}`);
  }
  const ids = new Set<string>();
  for (const column of columns) {
    const columnPath = `${path}/${column.id}`;
    checkId(column.id, ids, columnPath, add);
    checkText(column.label, columnPath, add, 'label');
    if (!['text', 'choice', 'scale', 'date'].includes(column.type)) add('FORM_TEMPLATE_TABLE_INVALID', columnPath, `cell type ${column.type}`);
    else checkCell(column, columnPath, add);
  }
}

/** A condition may only look back, at a field whose answer can be compared with its values. */
function checkCondition(condition: Condition, earlier: Map<string, PlacedField>, path: string, add: Add) {
  const target = earlier.get(condition.field)?.field;
  if (!target) return add('FORM_TEMPLATE_CONDITION_INVALID', path, `"${condition.field}" is not an earlier field`);
  if ('answered' in condition) return;
  const wanted = 'equals' in condition ? [condition.equals] : condition.oneOf;
  if (wanted.length === 0) return add('FORM_TEMPLATE_CONDITION_INVALID', path, 'no values');
  if (target.type === 'choice') {
    const values = target.options.map((option) => option.value);
    for (const one of wanted) if (!values.includes(one as string)) add('FORM_TEMPLATE_CONDITION_INVALID', path, `"${one}" is not an option of ${target.id}`);
  } else if (target.type === 'scale') {
    for (const one of wanted) if (typeof one !== 'number' || one < target.min || one > target.max) add('FORM_TEMPLATE_CONDITION_INVALID', path, `${one} is outside ${target.id}`);
  } else {
    add('FORM_TEMPLATE_CONDITION_INVALID', path, `a ${target.type} field can only be tested for an answer`);
  }
}

/**
 * A field the employer sees must not be opted in against a medical mark, and must not appear or
 * disappear on an answer the employer may not see: its mere presence would tell the answer.
 */
function checkVisibility(template: FormTemplate, placed: PlacedField, earlier: Map<string, PlacedField>, path: string, add: Add) {
  const optedIn = placed.field.visibility?.employerVisible === true || placed.section.visibility?.employerVisible === true;
  if (optedIn && isMedical(template, placed)) add('FORM_TEMPLATE_VISIBILITY_CONFLICT', path, 'medical and employer-visible');
  if (!isEmployerVisible(template, placed)) return;
  for (const condition of [placed.section.condition, placed.field.condition]) {
    const target = condition && earlier.get(condition.field);
    if (target && !isEmployerVisible(template, target)) add('FORM_TEMPLATE_VISIBILITY_CONFLICT', path, `shown to the employer on an answer the employer cannot see (${target.field.id})`);
  }
}
