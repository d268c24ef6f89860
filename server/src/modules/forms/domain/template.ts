/**
 * The form-template model (issue 7): a versioned template made of sections and typed fields.
 * A filled form stores the key and version of the template it was made with, so a template
 * version, once published, is never changed; admins publish a new version instead.
 */
export type Lang = 'nb' | 'en';

/** Every text a user reads exists in bokmål and English. */
export interface LocalText {
  nb: string;
  en: string;
}

/** Who signs an approval field. */
export type RoleKey = 'employee' | 'employer' | 'gp' | 'nav' | 'patient';
export const ROLE_KEYS: readonly RoleKey[] = ['employee', 'employer', 'gp', 'nav', 'patient'];

/**
 * Who may read a part of a form. `medical` is never shown to the employer, whatever else is
 * said; `employerVisible` opts a part in for the employer. Both are inherited template →
 * section → field. The default is *not* employer-visible: a form shows nothing to the
 * employer unless its author said so (privacy by construction, domain.md §1).
 */
export interface Visibility {
  medical?: boolean;
  employerVisible?: boolean;
}

/** Show a section or field only when an earlier field has a given answer, or any answer. */
export type Condition =
  | { field: string; equals: string | number }
  | { field: string; oneOf: readonly (string | number)[] }
  | { field: string; answered: true };

export interface ChoiceOption {
  /** Stored in filled forms: never rename a value in a new version, add a new one instead. */
  value: string;
  label: LocalText;
}

export interface TextSpec {
  type: 'text';
  multiline?: boolean;
  /** In characters (Unicode code points). Every text has a limit so nothing unbounded is stored. */
  maxLength: number;
}

export interface ChoiceSpec {
  type: 'choice';
  options: readonly ChoiceOption[];
  multiple?: boolean;
}

export interface ScaleSpec {
  type: 'scale';
  min: number;
  max: number;
  step: number;
  labels: { min: LocalText; max: LocalText };
  /** When the number speaks for itself with a unit ('%'), it is shown as "50 %" without the end labels. */
  unit?: LocalText;
  /** Which end is the good one, so a change between rounds can be read as better or worse. */
  better?: 'higher' | 'lower';
}

export interface DateSpec {
  type: 'date';
}

export type CellSpec = TextSpec | ChoiceSpec | ScaleSpec | DateSpec;

export type TableColumn = CellSpec & {
  id: string;
  label: LocalText;
  help?: LocalText;
  /** On submit every row must have this cell. */
  required?: boolean;
};

export interface TableSpec {
  type: 'table';
  columns: readonly TableColumn[];
  minRows?: number;
  maxRows: number;
}

export interface ApprovalSpec {
  type: 'approval';
  role: RoleKey;
}

export type FieldSpec = CellSpec | TableSpec | ApprovalSpec;
export type FieldType = FieldSpec['type'];

export interface FieldCommon {
  /** Stable across versions: filled forms are keyed by it. */
  id: string;
  label: LocalText;
  help?: LocalText;
  /**
   * Must be answered on submit (when shown). Approval fields are not "answered" by typing:
   * the form's lifecycle asks for every shown approval before the form counts as approved.
   */
  required?: boolean;
  condition?: Condition;
  visibility?: Visibility;
}

export type Field = FieldSpec & FieldCommon;

export interface Section {
  id: string;
  title: LocalText;
  help?: LocalText;
  fields: readonly Field[];
  condition?: Condition;
  visibility?: Visibility;
}

export interface FormTemplate {
  /** 'follow-up-plan', 'icit-job-list' … the same for every version of one form. */
  key: string;
  version: number;
  title: LocalText;
  description?: LocalText;
  sections: readonly Section[];
  visibility?: Visibility;
}

export interface PlacedField {
  section: Section;
  field: Field;
}

/** The fields in document order: the order conditions are resolved and forms are read in. */
export function fieldsInOrder(template: FormTemplate): PlacedField[] {
  return template.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

export function findField(template: FormTemplate, id: string): PlacedField | undefined {
  return fieldsInOrder(template).find((placed) => placed.field.id === id);
}

export function isMedical(template: FormTemplate, { section, field }: PlacedField): boolean {
  return Boolean(template.visibility?.medical || section.visibility?.medical || field.visibility?.medical);
}

/** Medical always wins: a field marked medical is hidden from the employer even if opted in. */
export function isEmployerVisible(template: FormTemplate, placed: PlacedField): boolean {
  if (isMedical(template, placed)) return false;
  return placed.field.visibility?.employerVisible ?? placed.section.visibility?.employerVisible ?? template.visibility?.employerVisible ?? false;
}
