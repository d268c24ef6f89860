/** Table types of small-group series and courses (migration 0019), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';
import type { NullableTimestamp } from './schema-arenas.js';

export type ArenaProposalKind = 'topic' | 'case';
export type ArenaProposalStatus = 'proposed' | 'accepted' | 'declined';

export interface ArenaInvitationTable {
  id: Generated<string>;
  arena_id: string;
  sent_by_user_id: string;
  via_user_id: string;
  via_name: string;
  message: ColumnType<string, string | undefined, string>;
  recipient_count: number;
  sent_at: Timestamp;
}

export interface ArenaProposalTable {
  id: Generated<string>;
  arena_id: string;
  kind: ArenaProposalKind;
  title: string;
  text: ColumnType<string, string | undefined, string>;
  proposed_by: string;
  proposer_name: string;
  proposer_role: string;
  status: ColumnType<ArenaProposalStatus, ArenaProposalStatus | undefined, ArenaProposalStatus>;
  session_id: Nullable<string>;
  decided_by: Nullable<string>;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ArenaTablePlanTable {
  arena_id: string;
  table_count: number;
  seats_per_table: number;
  computed_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
}

export interface ArenaTableSeatTable {
  arena_id: string;
  participant_id: string;
  table_number: number;
}

export interface ArenaEvaluationTable {
  arena_id: string;
  participant_id: string;
  template_key: string;
  template_version: number;
  answers: ColumnType<Record<string, unknown>, string, string>;
  submitted_at: Timestamp;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface ArenaCourseDatabase {
  arena_invitation: ArenaInvitationTable;
  arena_proposal: ArenaProposalTable;
  arena_table_plan: ArenaTablePlanTable;
  arena_table_seat: ArenaTableSeatTable;
  arena_evaluation: ArenaEvaluationTable;
}
