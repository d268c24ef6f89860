import type { ColumnType, Generated } from 'kysely';

/** Table types for Kysely. Dates (SQL `date`) travel as 'YYYY-MM-DD' strings. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type SearchVector = ColumnType<string, never, never>;

export type OrganisationKind = 'nav_office' | 'gp_office' | 'municipality' | 'hospital' | 'employer';
export type ContactPurpose = 'nav_contact' | 'escalation' | 'callback' | 'gp_contact' | 'other';
export type Protection = 'none' | 'fortrolig' | 'strengt_fortrolig';

export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  org_number: string | null;
  her_ids: ColumnType<number[], number[] | undefined, number[]>;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_number: string | null;
  municipality_name: string | null;
  phone: string | null;
  email: string | null;
  opening_hours: ColumnType<OpeningHours[], string | undefined, string>;
  active: Generated<boolean>;
  search_vector: SearchVector;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PersonTable {
  id: Generated<string>;
  given_name: string;
  family_name: string;
  hpr_number: number | null;
  phone: string | null;
  email: string | null;
  active: Generated<boolean>;
  search_vector: SearchVector;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PositionTable {
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  role: string;
  title: string;
  share_percent: number;
  valid_from: string;
  valid_to: string | null;
  created_at: Timestamp;
}

export interface ContactRoleTable {
  id: Generated<string>;
  organisation_id: string;
  person_id: string;
  purpose: ContactPurpose;
  note: string | null;
  created_at: Timestamp;
}

export interface CitizenTable {
  id: Generated<string>;
  fnr: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_number: string | null;
  municipality_name: string | null;
  phone: string | null;
  protection: Protection;
  shielded: boolean;
  regular_gp_person_id: string | null;
  gp_office_id: string | null;
  nav_office_id: string | null;
  employer_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  role: string;
  person_id: string | null;
  citizen_id: string | null;
  organisation_id: string | null;
  grants: ColumnType<string[], string[] | undefined, string[]>;
  oidc_subject: string | null;
  is_demo: boolean;
  description: string | null;
  lang: ColumnType<'nb' | 'en', 'nb' | 'en' | undefined, 'nb' | 'en'>;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  request_id: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_org_name: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  citizen_id: string | null;
  object_type: string;
  object_id: string | null;
  purpose: string;
  detail: ColumnType<unknown, string | null | undefined, never>;
}

export interface Database {
  organisation: OrganisationTable;
  person: PersonTable;
  position: PositionTable;
  contact_role: ContactRoleTable;
  citizen: CitizenTable;
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
}
