/** Table types of the catalogue and knowledge base (migration 0017), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

export type CatalogueKind = 'model' | 'measure' | 'article' | 'checklist' | 'template';
export type CatalogueStatus = 'draft' | 'in_review' | 'published' | 'archived';

export interface CatalogueEntryTable {
  id: Generated<string>;
  kind: CatalogueKind;
  slug: string;
  status: CatalogueStatus;
  published_version: Nullable<number>;
  working_version: number;
  title: string;
  shipped: ColumnType<boolean, boolean | undefined, boolean>;
  status_changed_at: Timestamp;
  status_changed_by: string;
  review_note: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CatalogueVersionTable {
  entry_id: string;
  version: number;
  /** Read as the object; written as JSON text. */
  content: ColumnType<Record<string, unknown>, string, string>;
  title: string;
  author_user_id: string | null;
  author_name: string;
  change_note: Nullable<string>;
  reviewer_user_id: Nullable<string>;
  reviewer_name: Nullable<string>;
  published_at: Nullable<Date>;
  created_at: Timestamp;
}

export interface CatalogueDocumentTable {
  entry_id: string;
  kind: CatalogueKind;
  slug: string;
  version: number;
  title: string;
  title_en: Nullable<string>;
  summary: ColumnType<string, string | undefined, string>;
  body: ColumnType<string, string | undefined, string>;
  category: Nullable<string>;
  search_vector: ColumnType<string, never, never>;
  levels: ColumnType<string[], string[] | undefined, string[]>;
  domains: ColumnType<string[], string[] | undefined, string[]>;
  gp_role_intensity: Nullable<string>;
  steering: ColumnType<string[], string[] | undefined, string[]>;
  relationship_type: Nullable<string>;
  gp_office_kind: Nullable<string>;
  model_status: Nullable<string>;
  counties: ColumnType<string[], string[] | undefined, string[]>;
  published_at: Timestamp;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface CatalogueDatabase {
  catalogue_entry: CatalogueEntryTable;
  catalogue_version: CatalogueVersionTable;
  catalogue_document: CatalogueDocumentTable;
}
