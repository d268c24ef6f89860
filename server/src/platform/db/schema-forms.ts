/** Table types of plans and forms (migration 0009), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable } from './schema.js';

/** Values are the form engine's FormValues, as JSON. */
export interface FormTemplateTable {
  key: string;
  version: number;
  definition: ColumnType<unknown, string, never>;
  published_by: string | null;
  published_at: Date;
}

export interface FilledFormTable {
  id: Generated<string>;
  case_id: string;
  citizen_id: string;
  template_key: string;
  template_version: number;
  status: 'draft' | 'approved' | 'shared';
  revision: ColumnType<number, number | undefined, number>;
  values: ColumnType<Record<string, unknown>, string, string>;
  edit_count: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_by_role: string;
  updated_by_name: string | null;
  updated_at: Date;
  shared_at: Nullable<Date>;
  created_at: Date;
}

export interface FilledFormRevisionTable {
  form_id: string;
  revision: number;
  template_version: number;
  status: 'approved' | 'shared';
  values: ColumnType<Record<string, unknown>, string, string>;
  approved_at: Date;
  shared_at: Nullable<Date>;
}

export interface FormCommentTable {
  id: Generated<string>;
  form_id: string;
  revision: number;
  kind: 'comment' | 'improvement_request';
  author_user_id: string | null;
  author_name: string;
  author_role: string;
  text: string;
  created_at: Date;
}
