/** Table types of arenas and meeting places (migration 0015), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

/** A timestamp that may be null: read as Date | null, written as a Date, an ISO string or null. */
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type ArenaKind = 'small_group_series' | 'course' | 'joint_meeting' | 'meeting_place' | 'case_slots';
export type ArenaStatus = 'draft' | 'open' | 'closed' | 'cancelled' | 'completed';
export type ArenaSessionStatus = 'planned' | 'held' | 'cancelled';
export type ArenaParticipantPart = 'participant' | 'guest' | 'speaker' | 'co_organiser';
export type ArenaParticipantStatus = 'nominated' | 'signed_up' | 'waiting' | 'cancelled' | 'declined';

export interface ArenaAgendaItem {
  kind: 'talk' | 'questions' | 'cases' | 'nav_measures' | 'guest' | 'other';
  title: string;
  minutes: number;
  by?: string;
}

export interface ArenaTable {
  id: Generated<string>;
  kind: ArenaKind;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  organiser_user_id: string;
  host_organisation_id: Nullable<string>;
  municipality_numbers: ColumnType<string[], string[] | undefined, string[]>;
  county_number: Nullable<string>;
  location: ColumnType<string, string | undefined, string>;
  capacity: Nullable<number>;
  signup_deadline: NullableTimestamp;
  status: ColumnType<ArenaStatus, ArenaStatus | undefined, ArenaStatus>;
  cancel_reason: Nullable<string>;
  /** Kind-specific settings, validated by the arenas module (docs/adr/0006-arenas.md). */
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ArenaSessionTable {
  id: Generated<string>;
  arena_id: string;
  ordinal: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  title: ColumnType<string, string | undefined, string>;
  location: ColumnType<string, string | undefined, string>;
  agenda: ColumnType<ArenaAgendaItem[], string | undefined, string>;
  status: ColumnType<ArenaSessionStatus, ArenaSessionStatus | undefined, ArenaSessionStatus>;
  cancel_reason: Nullable<string>;
  reminded_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ArenaParticipantTable {
  id: Generated<string>;
  arena_id: string;
  user_id: string;
  part: ColumnType<ArenaParticipantPart, ArenaParticipantPart | undefined, ArenaParticipantPart>;
  status: ArenaParticipantStatus;
  priority: ColumnType<number, number | undefined, number>;
  waiting_since: NullableTimestamp;
  nominated_by: Nullable<string>;
  organisation_id: Nullable<string>;
  municipality_number: Nullable<string>;
  is_gp: ColumnType<boolean, boolean | undefined, boolean>;
  is_nav: ColumnType<boolean, boolean | undefined, boolean>;
  note: ColumnType<string, string | undefined, string>;
  signed_up_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface ArenaAttendanceTable {
  session_id: string;
  participant_id: string;
  attended: boolean;
  minutes: Nullable<number>;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface ArenaDatabase {
  arena: ArenaTable;
  arena_session: ArenaSessionTable;
  arena_participant: ArenaParticipantTable;
  arena_attendance: ArenaAttendanceTable;
}
