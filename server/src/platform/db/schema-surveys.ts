/** Table types of the pulse surveys (migration 0023), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyAudienceColumn = 'gps' | 'nav_advisers';

export interface SurveyTable {
  id: Generated<string>;
  title: string;
  municipality_numbers: ColumnType<string[], string[] | undefined, string[]>;
  county_number: string;
  area_key: string;
  audiences: ColumnType<SurveyAudienceColumn[], SurveyAudienceColumn[], SurveyAudienceColumn[]>;
  question_keys: ColumnType<string[], string[], string[]>;
  status: ColumnType<SurveyStatus, SurveyStatus | undefined, SurveyStatus>;
  /** Dates ('YYYY-MM-DD'): a round opens and closes on a day. */
  opens_on: Nullable<string>;
  closes_on: Nullable<string>;
  created_by: string;
  created_at: Timestamp;
  opened_at: Nullable<Date>;
  closed_at: Nullable<Date>;
}

export interface SurveyInvitationTable {
  id: Generated<string>;
  survey_id: string;
  person_id: string;
  audience: SurveyAudienceColumn;
  token_hash: string;
  used: ColumnType<boolean, boolean | undefined, boolean>;
}

/** Anonymous: no invitation, user or time; one respondent's rows share only a random response_id. */
export interface SurveyAnswerTable {
  survey_id: string;
  response_id: string;
  audience: SurveyAudienceColumn;
  question_key: string;
  answer: string;
}

/** This module's tables, joined into `Database` in schema.ts. */
export interface SurveyDatabase {
  survey: SurveyTable;
  survey_invitation: SurveyInvitationTable;
  survey_answer: SurveyAnswerTable;
}
