import type { ColumnType, Generated } from 'kysely';
import type { FilledFormRevisionTable, FilledFormTable, FormCommentTable, FormTemplateTable } from './schema-forms.js';
import type { DialogueMeetingTable, MeetingMinutesTable, MeetingMinutesTaskTable, MeetingNeedTable, MeetingParticipantTable } from './schema-meetings.js';

import type {
  ForumAnnualDocumentTable,
  ForumAssessmentAnswerTable,
  ForumAssessmentTable,
  ForumAssessmentTemplateTable,
  ForumBodyTable,
  ForumMeetingItemTable,
  ForumMeetingRegistrationTable,
  ForumMeetingTable,
  ForumMemberHoursTable,
  ForumMemberTable,
  ForumRecommendationCaseTable,
  ForumRecommendationTable,
  ForumRecommendationVersionTable,
  ForumSubmissionAttachmentTable,
  ForumSubmissionTable,
} from './schema-forums.js';
import type { ArenaDatabase } from './schema-arenas.js';
import type { ArenaCourseDatabase } from './schema-arena-courses.js';
import type { ArenaOutreachDatabase } from './schema-arena-outreach.js';
import type { CatalogueDatabase } from './schema-catalogue.js';
import type { SurveyDatabase } from './schema-surveys.js';
import type { InsightsDatabase } from './schema-insights.js';
import type {
  TeamConsentTable,
  TeamCourseFormTable,
  TeamCourseTable,
  TeamGoalTable,
  TeamGpUpdateTable,
  TeamMemberTable,
  TeamPresenceTable,
  TeamReferralTable,
  TeamServedOrganisationTable,
  TeamSessionTable,
  TeamTable,
} from './schema-teams.js';
import type { AdvisoryPhysicianProfileTable, OnCallShiftTable, CallbackRequestTable, CallbackRequestEventTable, ChecklistTable, ChecklistVersionTable } from './schema-reachability.js';

export * from './schema-forms.js';
export * from './schema-reachability.js';
export * from './schema-meetings.js';
export * from './schema-teams.js';
export * from './schema-forums.js';
export * from './schema-arenas.js';
export * from './schema-arena-courses.js';
export * from './schema-arena-outreach.js';
export * from './schema-catalogue.js';
export * from './schema-surveys.js';
export * from './schema-insights.js';

/** Table types for Kysely. Dates (SQL `date`) travel as 'YYYY-MM-DD' strings. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
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
  address_attention_at: Generated<Date | null>;
  address_attention_reason: Generated<string | null>;
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
  her_id: Generated<number | null>;
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
  /** A list read: the set of everyone it showed (citizen_id is null then). */
  subject_set_id: ColumnType<string | null, string | null | undefined, never>;
}


export type CaseStatus = 'active' | 'graded' | 'pending' | 'fit' | 'fit_for_job_placement' | 'moved_to_aap' | 'closed';

export interface SettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface SickCaseTable {
  id: Generated<string>;
  citizen_id: string;
  employer_id: string | null;
  nav_office_id: string | null;
  first_day: string;
  last_day: string;
  status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>;
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  assigned_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Kept by deadlines.ts; null until the case's deadlines were first computed. */
  maksdato: ColumnType<string | null, string | null | undefined, string | null>;
  next_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  next_due_key: ColumnType<string | null, string | null | undefined, string | null>;
  deadlines_as_of: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Everyone one list answer showed, kept once and referred to by each read of it. */
export interface AuditSubjectSetTable {
  id: Generated<string>;
  citizen_ids: ColumnType<string[], string[], never>;
  created_at: Generated<Timestamp>;
}

/** An open milestone of a case (neither done nor not applicable). */
export interface CaseDeadlineTable {
  case_id: string;
  key: string;
  owner: 'gp' | 'nav' | 'employer' | 'patient';
  due_on: string;
}

export interface SickNoteTable {
  id: Generated<string>;
  case_id: string;
  citizen_id: string;
  employer_id: string | null;
  issuer_person_id: string;
  issuer_user_id: string | null;
  issued_at: Timestamp;
  diagnosis_system: 'ICPC-2' | 'ICD-10';
  diagnosis_code: string;
  diagnosis_text: string | null;
  symptoms_findings: string;
  function_daily_life: string;
  function_work: string;
  remaining_capacity: string;
  assessment: string | null;
  treatment_plan: string | null;
  prognosis: string | null;
  expected_duration: string | null;
  full_leave_justification: string | null;
  extended_answers: ColumnType<Record<string, Record<string, string>>, string | undefined, string>;
  wants_early_meeting: boolean;
  wants_early_dialogue: boolean;
  follow_up_class: number;
  work_adaptation_note: string | null;
  nav_first_opened_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  nav_first_opened_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface SickNotePeriodTable {
  note_id: string;
  fom: string;
  tom: string;
  grade: number;
  type: 'full' | 'graded' | 'pending' | 'activity_possible';
}

export interface CaseEventTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  occurred_on: string;
  detail: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface MeasureCatalogueTable {
  code: string;
  name_nb: string;
  name_en: string;
  active: Generated<boolean>;
}

export interface CaseMeasureTable {
  id: Generated<string>;
  case_id: string;
  code: string;
  starts_on: string;
  ends_on: string | null;
  result: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseDecisionTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  decided_on: string;
  effective_from: string | null;
  note: string | null;
  decided_by: string | null;
  /** An exception from dialogue meeting 2: why it is not held (migration 0008). */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface CaseTaskTable {
  id: Generated<string>;
  case_id: string;
  note_id: string | null;
  kind: string;
  owner_kind: 'nav_office' | 'employer' | 'gp' | 'patient';
  owner_org_id: string | null;
  owner_person_id: string | null;
  due_on: string;
  status: ColumnType<'open' | 'taken' | 'done' | 'cancelled', 'open' | 'taken' | 'done' | 'cancelled' | undefined, 'open' | 'taken' | 'done' | 'cancelled'>;
  taken_by: ColumnType<string | null, string | null | undefined, string | null>;
  taken_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  done_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  escalated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Set on "no answer" tasks: the request they are about. */
  message_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set on tasks agreed in a dialogue meeting: the meeting, and the task in words. */
  meeting_id: ColumnType<string | null, string | null | undefined, string | null>;
  text: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set on a request to improve a follow-up plan: the form (migration 0009). */
  form_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface TariffTable {
  code: string;
  valid_from: string;
  text_nb: string;
  text_en: string;
  amount_nok: Nullable<string>;
}

export type DialogueSide = 'nav' | 'gp';

export interface ConversationTable {
  id: Generated<string>;
  citizen_id: string;
  case_id: string | null;
  nav_office_id: string;
  gp_person_id: string;
  gp_office_id: string | null;
  assigned_user_id: Nullable<string>;
  subject: string;
  started_by: DialogueSide;
  request_kind: 'L8' | 'L40' | null;
  awaiting: Nullable<DialogueSide>;
  next_due_at: Nullable<Date>;
  last_message_at: Date;
  gp_unread: ColumnType<boolean, boolean | undefined, boolean>;
  nav_unread: ColumnType<boolean, boolean | undefined, boolean>;
  search_text: ColumnType<string, string | undefined, string>;
  search_vector: ColumnType<string, never, never>;
  meeting_id: Nullable<string>;
  created_at: Date;
}

export type MessageKind = 'request' | 'reminder' | 'answer' | 'note';
export type MessageStatus = 'sent' | 'read' | 'answered' | 'reminded' | 'overdue' | 'withdrawn';

export interface DialogueMessageTable {
  id: Generated<string>;
  conversation_id: string;
  parent_id: string | null;
  kind: MessageKind;
  code_system: 8125 | 8126 | 8127 | 8128 | 8129 | 9069;
  code: number;
  sender_side: DialogueSide | 'system';
  sender_user_id: string | null;
  sender_name: string | null;
  sender_org_name: string | null;
  recipient_org_id: string | null;
  recipient_person_id: string | null;
  recipient_user_id: string | null;
  body: ColumnType<string, string | undefined, string>;
  request_kind: 'L8' | 'L40' | null;
  tariff_code: string | null;
  legal_basis: string | null;
  due_on: string | null;
  due_at: Date | null;
  status: ColumnType<MessageStatus, MessageStatus | undefined, MessageStatus>;
  expects_answer: ColumnType<boolean, boolean | undefined, boolean>;
  reminded_at: Nullable<Date>;
  escalated_at: Nullable<Date>;
  answered_at: Nullable<Date>;
  answer_id: Nullable<string>;
  withdrawn_at: Nullable<Date>;
  delivered_at: Date;
  read_at: Nullable<Date>;
  read_by_user_id: Nullable<string>;
  read_by_name: Nullable<string>;
  meeting_id: Nullable<string>;
  idempotency_key: string | null;
  payload_hash: string | null;
  created_at: Date;
}

export interface RequestQuestionTable {
  message_id: string;
  position: number;
  text: string;
  is_open: boolean;
}

export interface AnswerItemTable {
  message_id: string;
  position: number;
  text: string;
}

export interface AnswerDraftTable {
  request_id: string;
  user_id: string;
  answers: ColumnType<unknown, string, string>;
  updated_at: Date;
}

export interface DialogueAttachmentTable {
  id: Generated<string>;
  conversation_id: string;
  message_id: Nullable<string>;
  /** Null when the attachment came in a national message from a record system. */
  uploaded_by: string | null;
  filename: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  category: 'document' | 'discharge_summary' | 'journal';
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Date;
}

export type InteropStatus = 'ordered' | 'sent' | 'ok' | 'rejected' | 'failed' | 'stored';

export interface InteropErrorItem {
  code: string;
  text: string;
  details?: string;
}

export interface InteropMessageTable {
  id: Generated<string>;
  direction: 'in' | 'out';
  msg_id: string | null;
  msg_type: string | null;
  code_system: number | null;
  code: number | null;
  conversation_ref: Generated<string | null>;
  parent_ref: Generated<string | null>;
  status: InteropStatus;
  dialogue_message_id: Generated<string | null>;
  conversation_id: Generated<string | null>;
  /** Outbound: a team's update to the GP (issue 8), when the document is not a dialogue message. */
  team_gp_update_id: Generated<string | null>;
  citizen_id: Generated<string | null>;
  counterpart_org_id: Generated<string | null>;
  transport: Generated<'http' | 'folder' | 'cli' | null>;
  envelope: Generated<'bare' | 'fellesformat' | null>;
  document: Generated<Buffer | null>;
  size_bytes: Generated<number | null>;
  sha256: Generated<string | null>;
  schema_warnings: ColumnType<string[], string | undefined, string>;
  errors: ColumnType<InteropErrorItem[], string | undefined, string>;
  apprec_id: Generated<string | null>;
  apprec: Generated<string | null>;
  attempts: Generated<number>;
  created_at: Date;
  sent_at: Generated<Date | null>;
  acknowledged_at: Generated<Date | null>;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  event: string;
  title_nb: string;
  title_en: string;
  body_nb: string;
  body_en: string;
  /** A path inside the app ('/saker/…'), never a full address. */
  link: string;
  created_at: Timestamp;
  read_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A user's choice for one event; events without a row follow the catalogue's defaults. */
export interface NotificationPreferenceTable {
  user_id: string;
  event: string;
  in_app: boolean;
  email: boolean;
  updated_at: Timestamp;
}

export type EmailStatus = 'pending' | 'sent' | 'failed';

export interface EmailOutboxTable {
  id: Generated<string>;
  notification_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  status: ColumnType<EmailStatus, EmailStatus | undefined, EmailStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** A calendar invitation the e-mail carries (text/calendar; method REQUEST or CANCEL). */
  calendar_method: Nullable<'REQUEST' | 'CANCEL'>;
  calendar_ics: Nullable<string>;
  created_at: Timestamp;
}

/** Every table; the later modules' tables come from their own schema files. */
export interface Database extends ArenaDatabase, ArenaCourseDatabase, ArenaOutreachDatabase, CatalogueDatabase, SurveyDatabase, InsightsDatabase {
  organisation: OrganisationTable;
  person: PersonTable;
  position: PositionTable;
  contact_role: ContactRoleTable;
  citizen: CitizenTable;
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  audit_subject_set: AuditSubjectSetTable;
  setting: SettingTable;
  sick_case: SickCaseTable;
  case_deadline: CaseDeadlineTable;
  sick_note: SickNoteTable;
  sick_note_period: SickNotePeriodTable;
  case_event: CaseEventTable;
  measure_catalogue: MeasureCatalogueTable;
  case_measure: CaseMeasureTable;
  case_decision: CaseDecisionTable;
  case_task: CaseTaskTable;
  notification: NotificationTable;
  notification_preference: NotificationPreferenceTable;
  email_outbox: EmailOutboxTable;
  tariff: TariffTable;
  conversation: ConversationTable;
  dialogue_message: DialogueMessageTable;
  request_question: RequestQuestionTable;
  answer_item: AnswerItemTable;
  answer_draft: AnswerDraftTable;
  dialogue_attachment: DialogueAttachmentTable;
  advisory_physician_profile: AdvisoryPhysicianProfileTable;
  on_call_shift: OnCallShiftTable;
  callback_request: CallbackRequestTable;
  callback_request_event: CallbackRequestEventTable;
  checklist: ChecklistTable;
  checklist_version: ChecklistVersionTable;
  interop_message: InteropMessageTable;
  dialogue_meeting: DialogueMeetingTable;
  meeting_participant: MeetingParticipantTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_minutes_task: MeetingMinutesTaskTable;
  meeting_need: MeetingNeedTable;
  form_template: FormTemplateTable;
  filled_form: FilledFormTable;
  filled_form_revision: FilledFormRevisionTable;
  form_comment: FormCommentTable;
  team: TeamTable;
  team_served_organisation: TeamServedOrganisationTable;
  team_member: TeamMemberTable;
  team_presence: TeamPresenceTable;
  team_referral: TeamReferralTable;
  team_consent: TeamConsentTable;
  team_course: TeamCourseTable;
  team_session: TeamSessionTable;
  team_goal: TeamGoalTable;
  team_course_form: TeamCourseFormTable;
  team_gp_update: TeamGpUpdateTable;
  forum_body: ForumBodyTable;
  forum_member: ForumMemberTable;
  forum_meeting: ForumMeetingTable;
  forum_member_hours: ForumMemberHoursTable;
  forum_meeting_registration: ForumMeetingRegistrationTable;
  forum_submission: ForumSubmissionTable;
  forum_submission_attachment: ForumSubmissionAttachmentTable;
  forum_assessment_template: ForumAssessmentTemplateTable;
  forum_assessment: ForumAssessmentTable;
  forum_assessment_answer: ForumAssessmentAnswerTable;
  forum_recommendation: ForumRecommendationTable;
  forum_recommendation_version: ForumRecommendationVersionTable;
  forum_recommendation_case: ForumRecommendationCaseTable;
  forum_meeting_item: ForumMeetingItemTable;
  forum_annual_document: ForumAnnualDocumentTable;
}
