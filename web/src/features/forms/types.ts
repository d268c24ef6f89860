/**
 * The form engine as the web reads it (ADR 0003). The template model and value shapes are copied
 * from the server's pure core (`server/src/modules/forms/domain/template.ts`, `values.ts`,
 * `render.ts`); the API shapes follow the ADR's contract.
 */
import type { Lang } from '../../api/types';

export interface LocalText {
  nb: string;
  en: string;
}

export type RoleKey = 'employee' | 'employer' | 'gp' | 'nav' | 'patient';
export const ROLE_KEYS: readonly RoleKey[] = ['employee', 'employer', 'gp', 'nav', 'patient'];

export interface Visibility {
  medical?: boolean;
  employerVisible?: boolean;
}

export type Condition =
  | { field: string; equals: string | number }
  | { field: string; oneOf: readonly (string | number)[] }
  | { field: string; answered: true };

export interface ChoiceOption {
  value: string;
  label: LocalText;
}

export interface TextSpec {
  type: 'text';
  multiline?: boolean;
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
  unit?: LocalText;
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
  id: string;
  label: LocalText;
  help?: LocalText;
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
  key: string;
  version: number;
  title: LocalText;
  description?: LocalText;
  sections: readonly Section[];
  visibility?: Visibility;
}

// Values (values.ts)
export interface ApprovalValue {
  by: RoleKey;
  name: string;
  at: string;
}

export type CellValue = string | string[] | number;
export type TableRow = Record<string, CellValue>;
export type FieldValue = string | string[] | number | TableRow[] | ApprovalValue;
export type FormValues = Record<string, FieldValue>;

/** A value problem as the server reports it in `details.problems` (values.ts). */
export interface ValueProblem {
  code: string;
  fieldId: string;
  row?: number;
  column?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  expected?: string;
}

// The render model (render.ts): one source of the preview and the PDF.
export type Audience = 'employer' | 'full';

export type RenderedItem =
  | { fieldId: string; label: string; answered: boolean; text: string }
  | { fieldId: string; label: string; answered: true; table: { headers: string[]; rows: string[][] } };

export interface RenderedSection {
  heading: string;
  items: RenderedItem[];
}

export interface RenderedDocument {
  title: string;
  meta: { templateKey: string; version: number; audience: Audience; lang: Lang };
  sections: RenderedSection[];
}

// The API (docs/adr/0003-forms.md)
export type FormStatus = 'draft' | 'approved' | 'shared';

export interface TemplateSummary {
  key: string;
  version: number;
  /** The ADR says `title`; read as a text in the asked language or both languages. */
  title: string | LocalText;
}

export interface FormApproval {
  role: RoleKey | string;
  name: string;
  at: string;
}

/** A kept revision. The ADR names `at` and `by`; the server gives `approvedAt` and `sharedAt`. */
export interface FormHistoryEntry {
  revision: number;
  status: FormStatus | string;
  at?: string | null;
  by?: string | null;
  approvedAt?: string | null;
  sharedAt?: string | null;
}

export type CommentKind = 'comment' | 'improvement_request';

export interface FormComment {
  id: string;
  revision: number;
  kind: CommentKind | string;
  authorName: string;
  authorRole: string;
  text: string;
  at: string;
}

export interface FormView {
  id: string;
  caseId: string;
  citizen: { id: string; name: string };
  templateKey: string;
  templateVersion: number;
  template: FormTemplate;
  status: FormStatus;
  revision: number;
  editCount: number;
  values: FormValues;
  approvals: FormApproval[];
  history: FormHistoryEntry[];
  comments: FormComment[];
  document: RenderedDocument;
  allowedActions: string[];
  /** Beyond the ADR, as the server sends them. */
  updatedAt?: string | null;
  updatedBy?: string | null;
  sharedAt?: string | null;
  missingApprovals?: RoleKey[];
}

/** One form in the case's list. The ADR names it without fields; read defensively. */
export interface FormSummary {
  id: string;
  templateKey: string;
  templateVersion?: number;
  title?: string | LocalText;
  status: FormStatus | string;
  revision: number;
  approvals?: FormApproval[];
  commentCount?: number;
  comments?: number;
  createdAt?: string;
  updatedAt?: string;
  sharedAt?: string | null;
}

export interface CaseForms {
  forms: FormSummary[];
  canCreate: string[];
}

export interface DraftSaved {
  editCount: number;
  savedAt: string;
}

export interface SickNoteText {
  function?: string;
  job?: string;
  truncated: boolean;
}

export const FOLLOW_UP_PLAN_KEY = 'follow-up-plan';
export const FUNCTION_IN_WORK_KEY = 'function-in-work';
export const ICIT_JOB_LIST_KEY = 'icit-job-list';
/** The templates whose text the GP can take into the sick note. */
export const SICK_NOTE_TEMPLATES: readonly string[] = [FUNCTION_IN_WORK_KEY, ICIT_JOB_LIST_KEY];
