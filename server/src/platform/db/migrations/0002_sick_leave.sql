-- Sick-leave follow-up: sick notes, cases, events, measures, decisions, tasks, configuration.

-- Configuration with defaults: weeks, grace days and switches are data, not code.
CREATE TABLE setting (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A sick-leave case (sykefraværstilfelle): notes for one person and employer with short gaps.
CREATE TABLE sick_case (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id           uuid NOT NULL REFERENCES citizen (id),
  employer_id          uuid REFERENCES organisation (id),
  nav_office_id        uuid REFERENCES organisation (id),
  first_day            date NOT NULL,
  last_day             date NOT NULL CHECK (last_day >= first_day),
  status               text NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'graded', 'pending', 'fit', 'fit_for_job_placement', 'moved_to_aap', 'closed')),
  ended_on             date,
  assigned_user_id     uuid REFERENCES app_user (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sick_case_citizen_idx ON sick_case (citizen_id, employer_id);
CREATE INDEX sick_case_office_idx ON sick_case (nav_office_id) WHERE status NOT IN ('closed', 'fit', 'moved_to_aap');

CREATE TABLE sick_note (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                    uuid NOT NULL REFERENCES sick_case (id),
  citizen_id                 uuid NOT NULL REFERENCES citizen (id),
  employer_id                uuid REFERENCES organisation (id),
  issuer_person_id           uuid NOT NULL REFERENCES person (id),
  issuer_user_id             uuid REFERENCES app_user (id),
  issued_at                  timestamptz NOT NULL,
  -- Restricted (medical) data: never in the employer's copy.
  diagnosis_system           text NOT NULL CHECK (diagnosis_system IN ('ICPC-2', 'ICD-10')),
  diagnosis_code             text NOT NULL,
  diagnosis_text             text,
  symptoms_findings          text NOT NULL,
  function_daily_life        text NOT NULL,
  function_work              text NOT NULL,
  remaining_capacity         text NOT NULL,
  assessment                 text,
  treatment_plan             text,
  prognosis                  text,
  expected_duration          text,
  full_leave_justification   text,
  extended_answers           jsonb NOT NULL DEFAULT '{}',
  wants_early_meeting        boolean NOT NULL DEFAULT false,
  wants_early_dialogue       boolean NOT NULL DEFAULT false,
  follow_up_class            smallint NOT NULL CHECK (follow_up_class BETWEEN 1 AND 4),
  -- Facts the employer may see.
  work_adaptation_note       text,
  nav_first_opened_at        timestamptz,
  nav_first_opened_by        uuid REFERENCES app_user (id),
  created_at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sick_note_case_idx ON sick_note (case_id);
CREATE INDEX sick_note_citizen_idx ON sick_note (citizen_id);
CREATE INDEX sick_note_issuer_idx ON sick_note (issuer_person_id);

CREATE TABLE sick_note_period (
  note_id  uuid NOT NULL REFERENCES sick_note (id),
  fom      date NOT NULL,
  tom      date NOT NULL CHECK (tom >= fom),
  grade    smallint NOT NULL CHECK (grade BETWEEN 1 AND 100),
  type     text NOT NULL CHECK (type IN ('full', 'graded', 'pending', 'activity_possible')),
  PRIMARY KEY (note_id, fom)
);

-- What completed a milestone: plan received, meeting held, activity assessed …
CREATE TABLE case_event (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id      uuid NOT NULL REFERENCES sick_case (id),
  kind         text NOT NULL,
  occurred_on  date NOT NULL,
  detail       text,
  recorded_by  uuid REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_event_case_idx ON case_event (case_id);

CREATE TABLE measure_catalogue (
  code     text PRIMARY KEY,
  name_nb  text NOT NULL,
  name_en  text NOT NULL,
  active   boolean NOT NULL DEFAULT true
);

CREATE TABLE case_measure (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id      uuid NOT NULL REFERENCES sick_case (id),
  code         text NOT NULL REFERENCES measure_catalogue (code),
  starts_on    date NOT NULL,
  ends_on      date CHECK (ends_on IS NULL OR ends_on >= starts_on),
  result       text,
  recorded_by  uuid REFERENCES app_user (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_measure_case_idx ON case_measure (case_id);

CREATE TABLE case_decision (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id       uuid NOT NULL REFERENCES sick_case (id),
  kind          text NOT NULL CHECK (kind IN ('activity_requirement_met', 'activity_requirement_exception',
                                              'aap_granted', 'fit_for_job_placement', 'sick_pay_stopped', 'dialogue_meeting_2_not_needed')),
  decided_on    date NOT NULL,
  effective_from date,
  note          text,
  decided_by    uuid REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_decision_case_idx ON case_decision (case_id);

-- Work that follows from a sick note: early signals, follow-up classes, reminders.
CREATE TABLE case_task (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id           uuid NOT NULL REFERENCES sick_case (id),
  note_id           uuid REFERENCES sick_note (id),
  kind              text NOT NULL,
  owner_kind        text NOT NULL CHECK (owner_kind IN ('nav_office', 'employer', 'gp')),
  owner_org_id      uuid REFERENCES organisation (id),
  owner_person_id   uuid REFERENCES person (id),
  due_on            date NOT NULL,
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'done', 'cancelled')),
  taken_by          uuid REFERENCES app_user (id),
  taken_at          timestamptz,
  done_at           timestamptz,
  escalated_at      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_task_case_idx ON case_task (case_id);
CREATE INDEX case_task_owner_idx ON case_task (owner_org_id, status);
CREATE INDEX case_task_escalation_idx ON case_task (due_on) WHERE status IN ('open', 'taken') AND escalated_at IS NULL;

INSERT INTO measure_catalogue (code, name_nb, name_en) VALUES
  ('adapted_work', 'Tilrettelegging på arbeidsplassen', 'Adapted work at the workplace'),
  ('graded_return', 'Gradert tilbakeføring til arbeid', 'Graded return to work'),
  ('work_trial', 'Arbeidsutprøving', 'Work trial'),
  ('job_mastery', 'Senter for jobbmestring', 'Centre for job mastery'),
  ('work_rehabilitation', 'Arbeidsrettet rehabilitering', 'Work-oriented rehabilitation'),
  ('expert_assessment', 'Ekspertbistand', 'Expert assistance'),
  ('education', 'Opplæring / kurs', 'Training / course'),
  ('cognitive_therapy', 'Arbeidsfokusert kognitiv terapi', 'Work-focused cognitive therapy'),
  ('job_specialist', 'Individuell jobbstøtte (IPS)', 'Individual placement and support (IPS)'),
  ('grants', 'Tilretteleggingstilskudd', 'Adaptation grant');
