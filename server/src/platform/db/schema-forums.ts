/** Table types of collaboration forums and committees (migration 0014), kept apart from the rest of `schema.ts` by module. */
import type { ColumnType, Generated } from 'kysely';
import type { Nullable, Timestamp } from './schema.js';

export type ForumBodyKind = 'forum' | 'committee' | 'lsu' | 'alu' | 'working_group';
export type ForumMemberRole = 'leader' | 'secretary' | 'member' | 'deputy';
export type ForumAppointedHow = 'elected' | 'appointed' | 'co_opted' | 'network';
export type ForumMeetingKind = 'ordinary' | 'open_thematic';
export type ForumMeetingStatus = 'planned' | 'held' | 'cancelled';
export type ForumSubmissionKind = 'deviation' | 'proposal';
export type ForumSubmissionStatus = 'received' | 'accepted' | 'in_assessment' | 'assessed' | 'answered' | 'merged' | 'forwarded' | 'rejected';
export type ForumRecommendationStatus = 'draft' | 'approved' | 'published' | 'withdrawn';
export type ForumAnnualKind = 'plan' | 'report';

/** One seat rule of a body's composition, e.g. SUFF: 5 GPs, one per region, elected for 2 years. */
export interface CompositionRule {
  key: string;
  nb: string;
  en: string;
  /** Matches forum_member.represents: gp, hospital, municipal_physician, municipality, user_representative … */
  represents: string;
  count: number;
  /** One seat per region (the members' `region` must differ), when set. */
  perRegion?: boolean;
  termYears?: number;
  appointedBy?: string;
}

export interface AssessmentTemplateDefinition {
  sections: Array<{ key: string; nb: string; en: string; items: Array<{ key: string; nb: string; en: string; help?: { nb: string; en: string } }> }>;
}

export interface ForumBodyTable {
  id: Generated<string>;
  kind: ForumBodyKind;
  name: string;
  slug: string;
  mandate: ColumnType<string, string | undefined, string>;
  owner: ColumnType<string, string | undefined, string>;
  composition_rules: ColumnType<CompositionRule[], string | undefined, string>;
  quorum: Nullable<number>;
  /** numeric: travels as a string */
  honorarium_percent: ColumnType<string, string | number | undefined, string | number>;
  honorarium_base_nok_per_hour: Nullable<string>;
  open_meetings_per_year: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ForumMemberTable {
  id: Generated<string>;
  body_id: string;
  user_id: Nullable<string>;
  person_id: Nullable<string>;
  name: string;
  represents: string;
  region: Nullable<string>;
  role: ColumnType<ForumMemberRole, ForumMemberRole | undefined, ForumMemberRole>;
  appointed_how: ForumAppointedHow;
  appointed_by: Nullable<string>;
  /** 'YYYY-MM-DD' */
  term_start: string;
  term_end: Nullable<string>;
  created_at: Timestamp;
}

export interface ForumMeetingTable {
  id: Generated<string>;
  body_id: string;
  kind: ForumMeetingKind;
  title: string;
  theme: Nullable<string>;
  starts_at: Timestamp;
  duration_minutes: ColumnType<number, number | undefined, number>;
  place: Nullable<string>;
  capacity: Nullable<number>;
  status: ColumnType<ForumMeetingStatus, ForumMeetingStatus | undefined, ForumMeetingStatus>;
  present_member_ids: ColumnType<string[], string[] | undefined, string[]>;
  minutes_text: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ForumMemberHoursTable {
  id: Generated<string>;
  member_id: string;
  meeting_id: Nullable<string>;
  worked_on: string;
  hours: ColumnType<string, string | number, string | number>;
  note: Nullable<string>;
  created_at: Timestamp;
}

export interface ForumMeetingRegistrationTable {
  id: Generated<string>;
  meeting_id: string;
  user_id: Nullable<string>;
  name: string;
  email: Nullable<string>;
  organisation: Nullable<string>;
  created_at: Timestamp;
}

export interface ForumSubmissionTable {
  id: Generated<string>;
  body_id: string;
  kind: ForumSubmissionKind;
  status: ForumSubmissionStatus;
  title: string;
  fields: ColumnType<Record<string, string>, string, string>;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  submitted_by: Nullable<string>;
  submitter_name: string;
  submitter_role: string;
  merged_into: Nullable<string>;
  forwarded_to: Nullable<string>;
  forward_due_on: Nullable<string>;
  forward_reminded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  reject_reason: Nullable<string>;
  outcome: Nullable<string>;
  outcome_at: Nullable<Date>;
  ready_for_meeting: ColumnType<boolean, boolean | undefined, boolean>;
  search_text: ColumnType<string, string | undefined, string>;
  search_vector: ColumnType<string, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ForumAssessmentTemplateTable {
  id: Generated<string>;
  body_id: Nullable<string>;
  version: number;
  definition: ColumnType<AssessmentTemplateDefinition, string, string>;
  created_by_name: Nullable<string>;
  created_at: Timestamp;
}

export interface ForumAssessmentTable {
  id: Generated<string>;
  submission_id: string;
  template_id: string;
  assigned_member_ids: ColumnType<string[], string[] | undefined, string[]>;
  conclusion: Nullable<string>;
  concluded_at: Nullable<Date>;
  concluded_by_name: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ForumAssessmentAnswerTable {
  assessment_id: string;
  member_id: string;
  item_key: string;
  answer: string;
  updated_at: Timestamp;
}

export interface ForumRecommendationTable {
  id: Generated<string>;
  body_id: Nullable<string>;
  slug: string;
  status: ForumRecommendationStatus;
  external: ColumnType<boolean, boolean | undefined, boolean>;
  source_name: Nullable<string>;
  source_url: Nullable<string>;
  owner: ColumnType<string, string | undefined, string>;
  administrator: ColumnType<string, string | undefined, string>;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  published_version: Nullable<number>;
  withdrawn_reason: Nullable<string>;
  withdrawn_at: Nullable<Date>;
  search_text: ColumnType<string, string | undefined, string>;
  search_vector: ColumnType<string, never, never>;
  /** The published version's time and the later of it and a withdrawal: kept by triggers (migration 0020). */
  published_at: ColumnType<Date | null, never, never>;
  public_updated_at: ColumnType<Date | null, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ForumRecommendationVersionTable {
  recommendation_id: string;
  version: number;
  title: string;
  summary: ColumnType<string, string | undefined, string>;
  text: string;
  change_note: Nullable<string>;
  approved_at: Nullable<Date>;
  approved_meeting_id: Nullable<string>;
  published_at: Nullable<Date>;
  created_by_name: string;
  created_at: Timestamp;
}

export interface ForumRecommendationCaseTable {
  recommendation_id: string;
  submission_id: string;
}

export interface ForumMeetingItemTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  submission_id: Nullable<string>;
  recommendation_id: Nullable<string>;
  title: string;
  decision: Nullable<string>;
  created_at: Timestamp;
}

export interface ForumAnnualDocumentTable {
  id: Generated<string>;
  body_id: string;
  year: number;
  kind: ForumAnnualKind;
  text: string;
  published_at: Nullable<Date>;
  updated_by_name: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A file attached to a submission (migration 0018): content in the database, type decided by content. */
export interface ForumSubmissionAttachmentTable {
  id: Generated<string>;
  /** Upload order (an identity column, never written). */
  seq: ColumnType<string, never, never>;
  submission_id: string;
  filename: string;
  /** What the file is served with: one of the allowed types; plain text with its charset. */
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** How much of the text the personal-identifier check read: all, part (PDF) or none (pictures). */
  text_check: 'full' | 'partial' | 'none';
  content: Buffer;
  uploaded_by: Nullable<string>;
  created_at: Timestamp;
}
