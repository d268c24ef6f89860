/** Table types of dialogue meetings (migration 0008), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable } from './schema.js';

export type MeetingKind = 'dm1' | 'dm2' | 'dm3' | 'aap';
export type MeetingStatus = 'invited' | 'new_time_place' | 'cancelled' | 'completed' | 'closed';
export type MeetingPlaceKind = 'nav_office' | 'gp_office' | 'workplace' | 'video' | 'other';
export type MeetingRole = 'employee' | 'employer' | 'gp' | 'advisory_physician' | 'interpreter' | 'nav_adviser' | 'other';
export type MeetingReply = 'coming' | 'wants_new_time' | 'not_coming';

/** Dialogue meetings (migration 0008). */
export interface DialogueMeetingTable {
  id: Generated<string>;
  case_id: string;
  citizen_id: string;
  nav_office_id: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  starts_at: Date;
  duration_minutes: number;
  place_kind: MeetingPlaceKind;
  place_text: string | null;
  video_url: string | null;
  purpose: string | null;
  agenda: string | null;
  preparation: string | null;
  gp_invited: boolean | null;
  gp_not_invited_reason: string | null;
  gp_person_id: string | null;
  conversation_id: Nullable<string>;
  convened_by: string | null;
  convened_by_name: string | null;
  sequence: ColumnType<number, number | undefined, number>;
  cancelled_at: Nullable<Date>;
  cancelled_by_name: Nullable<string>;
  cancel_reason: Nullable<string>;
  completed_at: Nullable<Date>;
  closed_at: Nullable<Date>;
  held_on: string | null;
  gp_took_part: boolean | null;
  idempotency_key: string | null;
  payload_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface MeetingParticipantTable {
  id: Generated<string>;
  meeting_id: string;
  role: MeetingRole;
  name: string;
  organisation: string | null;
  user_id: string | null;
  person_id: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  last_minutes: number | null;
  reply: Nullable<MeetingReply>;
  reply_reason: Nullable<string>;
  replied_at: Nullable<Date>;
  reply_channel: Nullable<'platform' | 'dialogmelding'>;
  attended: Nullable<boolean>;
  position: number;
  created_at: Date;
}

export interface MeetingMinutesTable {
  meeting_id: string;
  version: number;
  situation: string;
  conclusion: string;
  medical_information: string | null;
  other_participants: string | null;
  attendance: ColumnType<Array<{ participantId: string; attended: boolean }>, string, never>;
  correction_reason: string | null;
  written_by: string | null;
  written_by_name: string;
  written_at: Date;
}

export interface MeetingMinutesTaskTable {
  meeting_id: string;
  version: number;
  position: number;
  owner: 'employee' | 'employer' | 'nav' | 'gp';
  text: string;
  due_on: string | null;
}

export interface MeetingNeedTable {
  id: Generated<string>;
  case_id: string;
  asked_by: string;
  asked_by_role: 'patient' | 'employer' | 'gp';
  reason: string;
  gp_wants_to_take_part: boolean | null;
  gp_reason: string | null;
  task_id: string | null;
  created_at: Date;
}
