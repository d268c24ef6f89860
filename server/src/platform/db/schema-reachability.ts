/** Table types of reachability: advisory physicians, the on-call rota, call-backs, checklists (migration 0006). */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema.js';

/** The directory of advisory physicians (migration 0006). */
export interface AdvisoryPhysicianProfileTable {
  person_id: string;
  county: string;
  specialties: ColumnType<string[], string[] | undefined, string[]>;
  nav_office_ids: ColumnType<string[], string[] | undefined, string[]>;
  phone: string | null;
  updated_at: Timestamp;
}

/** One on-call shift, the half-open interval [starts_at, ends_at). */
export interface OnCallShiftTable {
  id: Generated<string>;
  person_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export type CallbackStatus = 'requested' | 'claimed' | 'called_back' | 'no_answer' | 'cancelled';
export type CallbackUrgency = 'today' | 'within_2_days' | 'within_week';
export interface PreferredTime {
  from: string;
  to: string;
}

export interface CallbackRequestTable {
  id: Generated<string>;
  case_id: string;
  citizen_id: string;
  nav_office_id: string | null;
  county: string | null;
  requested_by: string;
  requester_person_id: string;
  gp_office_id: string | null;
  reason: string;
  urgency: CallbackUrgency;
  preferred_times: ColumnType<PreferredTime[], string, string>;
  preferred_note: string | null;
  phone: string;
  status: ColumnType<CallbackStatus, CallbackStatus | undefined, CallbackStatus>;
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
  claimed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
  no_answer_count: ColumnType<number, number | undefined, number>;
  closed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  idempotency_key: string | null;
  created_response: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CallbackRequestEventTable {
  id: Generated<string>;
  request_id: string;
  status: CallbackStatus;
  at: Timestamp;
  by_user_id: string | null;
}

export interface ChecklistTable {
  key: string;
  audience: 'gp' | 'nav';
  title_nb: string;
  title_en: string;
}

export interface ChecklistItem {
  text_nb: string;
  text_en: string;
}

/** A version is never changed (the database refuses it); the newest published one is shown. */
export interface ChecklistVersionTable {
  checklist_key: string;
  version: number;
  items: ColumnType<ChecklistItem[], string, never>;
  created_by: string | null;
  created_at: Timestamp;
  published: boolean;
}
