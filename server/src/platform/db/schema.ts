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

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

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

export interface Database {
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
}

/** Plans and forms (migration 0009). Values are the engine's FormValues, as JSON. */
export interface FormTemplateTable {
  key: string;
  version: number;
  definition: ColumnType<unknown, string, never>;
  published_by: string | null;
  published_at: Date;
}

export interface FilledFormTable {
  id: Generated<string>;
  case_id: string;
  citizen_id: string;
  template_key: string;
  template_version: number;
  status: 'draft' | 'approved' | 'shared';
  revision: ColumnType<number, number | undefined, number>;
  values: ColumnType<Record<string, unknown>, string, string>;
  edit_count: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_by_role: string;
  updated_by_name: string | null;
  updated_at: Date;
  shared_at: Nullable<Date>;
  created_at: Date;
}

export interface FilledFormRevisionTable {
  form_id: string;
  revision: number;
  template_version: number;
  status: 'approved' | 'shared';
  values: ColumnType<Record<string, unknown>, string, string>;
  approved_at: Date;
  shared_at: Nullable<Date>;
}

export interface FormCommentTable {
  id: Generated<string>;
  form_id: string;
  revision: number;
  kind: 'comment' | 'improvement_request';
  author_user_id: string | null;
  author_name: string;
  author_role: string;
  text: string;
  created_at: Date;
}

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
