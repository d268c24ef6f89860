-- Dialogue meetings (docs/adr/0002-dialogue-meetings.md): convened by NAV (meeting 2, 3, and in
-- the first AAP year) or registered (the employer's meeting 1), their participants and replies,
-- the minutes in versions with agreed tasks, and the needs for a meeting people ask for.

CREATE TABLE dialogue_meeting (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id               uuid NOT NULL REFERENCES sick_case (id),
  citizen_id            uuid NOT NULL REFERENCES citizen (id),
  nav_office_id         uuid REFERENCES organisation (id),
  kind                  text NOT NULL CHECK (kind IN ('dm1', 'dm2', 'dm3', 'aap')),
  status                text NOT NULL CHECK (status IN ('invited', 'new_time_place', 'cancelled', 'completed', 'closed')),
  starts_at             timestamptz NOT NULL,
  duration_minutes      integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  place_kind            text NOT NULL CHECK (place_kind IN ('nav_office', 'gp_office', 'workplace', 'video', 'other')),
  place_text            text,
  video_url             text CHECK (video_url IS NULL OR video_url LIKE 'https://%'),
  purpose               text,
  agenda                text,
  preparation           text,
  -- The adviser decides whether the GP is invited, and says why when not (report 001 C5).
  gp_invited            boolean,
  gp_not_invited_reason text,
  gp_person_id          uuid REFERENCES person (id),
  -- The GP's channel: a dialogue thread carrying 8125, 8126, 8127/4 and 8127/9.
  conversation_id       uuid REFERENCES conversation (id),
  convened_by           uuid REFERENCES app_user (id),
  convened_by_name      text,
  -- iCalendar SEQUENCE: raised by every change and by the cancellation.
  sequence              integer NOT NULL DEFAULT 0,
  cancelled_at          timestamptz,
  cancelled_by_name     text,
  cancel_reason         text,
  completed_at          timestamptz,
  closed_at             timestamptz,
  -- Meeting 1 as the employer registered it: the day and whether the GP took part.
  held_on               date,
  gp_took_part          boolean,
  idempotency_key       text,
  payload_hash          text,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  CHECK (gp_invited IS DISTINCT FROM false OR length(trim(gp_not_invited_reason)) > 0)
);
CREATE INDEX dialogue_meeting_case_idx ON dialogue_meeting (case_id, starts_at);
CREATE INDEX dialogue_meeting_citizen_idx ON dialogue_meeting (citizen_id, starts_at);
-- The office calendar: a week of an office's meetings.
CREATE INDEX dialogue_meeting_office_idx ON dialogue_meeting (nav_office_id, starts_at);
CREATE UNIQUE INDEX dialogue_meeting_idempotency_idx ON dialogue_meeting (convened_by, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE meeting_participant (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id      uuid NOT NULL REFERENCES dialogue_meeting (id),
  role            text NOT NULL CHECK (role IN ('employee', 'employer', 'gp', 'advisory_physician', 'interpreter', 'nav_adviser', 'other')),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation    text,
  user_id         uuid REFERENCES app_user (id),
  person_id       uuid REFERENCES person (id),
  email           text,
  phone           text,
  language        text,
  -- The participant's part: the whole meeting, or only its last N minutes (report 001: the GP).
  last_minutes    integer CHECK (last_minutes IS NULL OR last_minutes > 0),
  reply           text CHECK (reply IN ('coming', 'wants_new_time', 'not_coming')),
  reply_reason    text,
  replied_at      timestamptz,
  reply_channel   text CHECK (reply_channel IN ('platform', 'dialogmelding')),
  attended        boolean,
  position        smallint NOT NULL,
  created_at      timestamptz NOT NULL,
  CHECK (user_id IS NOT NULL OR email IS NOT NULL OR role = 'gp' OR role = 'nav_adviser')
);
CREATE INDEX meeting_participant_meeting_idx ON meeting_participant (meeting_id, position);
CREATE INDEX meeting_participant_user_idx ON meeting_participant (user_id);
CREATE INDEX meeting_participant_person_idx ON meeting_participant (person_id);

-- Minutes are never overwritten: a correction is a new version with its reason.
CREATE TABLE meeting_minutes (
  meeting_id          uuid NOT NULL REFERENCES dialogue_meeting (id),
  version             integer NOT NULL CHECK (version >= 1),
  situation           text NOT NULL,
  conclusion          text NOT NULL,
  -- Left out of the employer's copy, in the API and in the letters.
  medical_information text,
  other_participants  text,
  attendance          jsonb NOT NULL DEFAULT '[]',
  correction_reason   text,
  written_by          uuid REFERENCES app_user (id),
  written_by_name     text NOT NULL,
  written_at          timestamptz NOT NULL,
  PRIMARY KEY (meeting_id, version),
  CHECK (version = 1 OR length(trim(correction_reason)) > 0)
);

CREATE TABLE meeting_minutes_task (
  meeting_id  uuid NOT NULL,
  version     integer NOT NULL,
  position    smallint NOT NULL,
  owner       text NOT NULL CHECK (owner IN ('employee', 'employer', 'nav', 'gp')),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  due_on      date,
  PRIMARY KEY (meeting_id, version, position),
  FOREIGN KEY (meeting_id, version) REFERENCES meeting_minutes (meeting_id, version)
);

-- Tasks agreed in a meeting are the owners' tasks on the case (the GP's, the employer's, NAV's,
-- and now the person's own), with their text; a new minutes version replaces them.
ALTER TABLE case_task ADD COLUMN meeting_id uuid REFERENCES dialogue_meeting (id);
ALTER TABLE case_task ADD COLUMN text text;
ALTER TABLE case_task DROP CONSTRAINT case_task_owner_kind_check;
ALTER TABLE case_task ADD CONSTRAINT case_task_owner_kind_check CHECK (owner_kind IN ('nav_office', 'employer', 'gp', 'patient'));
CREATE INDEX case_task_meeting_idx ON case_task (meeting_id) WHERE meeting_id IS NOT NULL;

-- Someone asks for a meeting: the person, the employer or the GP (with whether the GP wants to
-- take part, and why). It becomes a task for the office with a deadline.
CREATE TABLE meeting_need (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id               uuid NOT NULL REFERENCES sick_case (id),
  asked_by              uuid NOT NULL REFERENCES app_user (id),
  asked_by_role         text NOT NULL CHECK (asked_by_role IN ('patient', 'employer', 'gp')),
  reason                text NOT NULL CHECK (length(trim(reason)) > 0),
  gp_wants_to_take_part boolean,
  gp_reason             text,
  task_id               uuid REFERENCES case_task (id),
  created_at            timestamptz NOT NULL
);
CREATE INDEX meeting_need_case_idx ON meeting_need (case_id);

-- An exception from meeting 2 closes the milestone with its reason.
ALTER TABLE case_decision ADD COLUMN reason text;

-- The dialogue thread and its messages know the meeting they belong to. Meeting messages are
-- notes in the thread (8125/8127 from NAV, 8126 from the GP), told apart by their codes.
ALTER TABLE conversation ADD COLUMN meeting_id uuid REFERENCES dialogue_meeting (id);
ALTER TABLE dialogue_message ADD COLUMN meeting_id uuid REFERENCES dialogue_meeting (id);
CREATE INDEX dialogue_message_meeting_idx ON dialogue_message (meeting_id) WHERE meeting_id IS NOT NULL;

-- Calendar invitations travel with the e-mail (text/calendar), not as a link.
ALTER TABLE email_outbox ADD COLUMN calendar_method text CHECK (calendar_method IN ('REQUEST', 'CANCEL'));
ALTER TABLE email_outbox ADD COLUMN calendar_ics text;

-- The GP's tariff for a dialogue meeting (domain.md §4): participation, and the reduced one when
-- NAV cancels at short notice. Amounts are set by an administrator.
INSERT INTO tariff (code, valid_from, text_nb, text_en) VALUES
  ('DM', '2024-07-01', 'Legens deltakelse i dialogmøte (første time)', 'The GP''s participation in a dialogue meeting (first hour)'),
  ('DM-AVLYST', '2024-07-01', 'Dialogmøte avlyst av NAV mindre enn 24 timer før', 'Dialogue meeting cancelled by NAV less than 24 hours before');
