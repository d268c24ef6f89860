/** Table types of the outreach arenas (migration 0016): visit rounds, agenda proposals, practice consultants, case slots. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

export type VisitStage = 'not_contacted' | 'letter_sent' | 'called' | 'booked' | 'done' | 'declined';
export type VisitFormat = 'lunch' | 'morning_meeting' | 'other';
export type VisitRoundStatus = 'active' | 'closed';
export type ProposalSide = 'gp' | 'nav';
export type ProposalStatus = 'proposed' | 'accepted' | 'declined';
export type CaseSlotCaseStatus = 'listed' | 'discussed' | 'to_meeting';

export interface ArenaVisitRoundTable {
  id: Generated<string>;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  organiser_user_id: string;
  host_organisation_id: Nullable<string>;
  municipality_numbers: string[];
  min_minutes: ColumnType<number, number | undefined, number>;
  max_minutes: ColumnType<number, number | undefined, number>;
  default_format: ColumnType<VisitFormat, VisitFormat | undefined, VisitFormat>;
  status: ColumnType<VisitRoundStatus, VisitRoundStatus | undefined, VisitRoundStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ArenaVisitOfficeTable {
  id: Generated<string>;
  round_id: string;
  organisation_id: string;
  municipality_number: string;
  stage: ColumnType<VisitStage, VisitStage | undefined, VisitStage>;
  decline_reason: Nullable<string>;
  format: Nullable<VisitFormat>;
  format_note: ColumnType<string, string | undefined, string>;
  length_minutes: Nullable<number>;
  visit_at: Nullable<Date>;
  notes: ColumnType<string, string | undefined, string>;
  stage_changed_at: Nullable<Date>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface ArenaVisitEventTable {
  id: Generated<string>;
  visit_office_id: string;
  from_stage: VisitStage;
  to_stage: VisitStage;
  note: Nullable<string>;
  by_user_id: string;
  at: Timestamp;
}

export interface ArenaVisitParticipantTable {
  visit_office_id: string;
  user_id: string;
}

export interface ArenaVisitFollowUpTable {
  id: Generated<string>;
  visit_office_id: string;
  text: string;
  owner_user_id: string;
  /** 'YYYY-MM-DD' */
  due_on: string;
  done_at: Nullable<Date>;
  done_by: Nullable<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface ArenaAgendaProposalTable {
  id: Generated<string>;
  arena_id: string;
  side: ProposalSide;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  proposed_by: string;
  status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>;
  session_id: Nullable<string>;
  decision_note: Nullable<string>;
  decided_by: Nullable<string>;
  decided_at: Nullable<Date>;
  created_at: Timestamp;
}

export interface ArenaConsultantPostTable {
  id: Generated<string>;
  user_id: string;
  /** numeric: travels as a string */
  share_percent: ColumnType<string, string | number, string | number>;
  host_organisation_id: string;
  /** 'YYYY-MM-DD' */
  period_from: string;
  period_to: Nullable<string>;
  honorarium_percent: ColumnType<string, string | number | undefined, string | number>;
  base_nok_per_hour: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  note: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ArenaConsultantHoursTable {
  id: Generated<string>;
  post_id: string;
  worked_on: string;
  hours: ColumnType<string, string | number, string | number>;
  activity: string;
  arena_id: Nullable<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface ArenaCaseSlotCaseTable {
  id: Generated<string>;
  session_id: string;
  case_id: string;
  citizen_id: string;
  status: ColumnType<CaseSlotCaseStatus, CaseSlotCaseStatus | undefined, CaseSlotCaseStatus>;
  note: ColumnType<string, string | undefined, string>;
  dialogue_meeting_id: Nullable<string>;
  added_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface ArenaOutreachDatabase {
  arena_visit_round: ArenaVisitRoundTable;
  arena_visit_office: ArenaVisitOfficeTable;
  arena_visit_event: ArenaVisitEventTable;
  arena_visit_participant: ArenaVisitParticipantTable;
  arena_visit_follow_up: ArenaVisitFollowUpTable;
  arena_agenda_proposal: ArenaAgendaProposalTable;
  arena_consultant_post: ArenaConsultantPostTable;
  arena_consultant_hours: ArenaConsultantHoursTable;
  arena_case_slot_case: ArenaCaseSlotCaseTable;
}
