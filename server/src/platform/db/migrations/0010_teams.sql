-- Teams and referrals (docs/adr/0004-teams.md): co-located teams a GP refers to (the work-focus
-- team of report 003: cognitive therapist + job specialist; diabetes, dementia, geriatric and
-- rehabilitation teams of report 002), the referral with the patient's consent, intake with
-- capacity and a waiting list, and the shared course (forløp) with sessions, goals, forms, short
-- updates to the GP and the final report. Registration for evaluation reads the snapshots kept
-- on referral and course: never a person's identity outside their team.

CREATE TABLE team (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                       text NOT NULL CHECK (kind IN ('work_focus', 'diabetes', 'dementia', 'geriatric', 'rehabilitation', 'other')),
  name                       text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  description                text,
  -- The trial site the team reports under (e.g. "Lillestrøm", "Ringsaker"); evaluation groups by it.
  trial_site                 text,
  host_organisation_id       uuid REFERENCES organisation (id),
  -- Inclusion criteria asked as checkboxes at referral: [{ key, nb, en, required }].
  criteria                   jsonb NOT NULL DEFAULT '[]',
  age_min                    integer CHECK (age_min BETWEEN 0 AND 120),
  age_max                    integer CHECK (age_max BETWEEN 0 AND 120),
  -- At most this many weeks into sick leave at referral (null: no limit); "at risk" is always allowed.
  max_sick_leave_weeks       integer CHECK (max_sick_leave_weeks BETWEEN 0 AND 104),
  -- Who may refer: the GP only, or also others when the patient's GP approves.
  referral_policy            text NOT NULL DEFAULT 'gp_only' CHECK (referral_policy IN ('gp_only', 'gp_approval')),
  -- Open places: active courses at most; referrals beyond it wait.
  capacity                   integer NOT NULL CHECK (capacity BETWEEN 0 AND 10000),
  session_budget             integer NOT NULL DEFAULT 10 CHECK (session_budget BETWEEN 1 AND 100),
  refresher_limit            integer NOT NULL DEFAULT 5 CHECK (refresher_limit BETWEEN 0 AND 20),
  first_session_target_days  integer NOT NULL DEFAULT 7 CHECK (first_session_target_days BETWEEN 1 AND 90),
  job_specialist_caseload    integer NOT NULL DEFAULT 20 CHECK (job_specialist_caseload BETWEEN 1 AND 200),
  joint_meeting_cadence      text NOT NULL DEFAULT 'every_4th_session' CHECK (joint_meeting_cadence IN ('every_4th_session', 'monthly')),
  gp_joins_last_minutes      integer NOT NULL DEFAULT 15 CHECK (gp_joins_last_minutes BETWEEN 1 AND 240),
  active                     boolean NOT NULL DEFAULT true,
  created_at                 timestamptz NOT NULL,
  updated_at                 timestamptz NOT NULL,
  CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);

-- The GP offices and municipalities a team serves.
CREATE TABLE team_served_organisation (
  team_id          uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
  organisation_id  uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (team_id, organisation_id)
);
CREATE INDEX team_served_org_idx ON team_served_organisation (organisation_id);

CREATE TABLE team_member (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id     uuid NOT NULL REFERENCES team (id),
  user_id     uuid NOT NULL REFERENCES app_user (id),
  role        text NOT NULL CHECK (role IN ('team_lead', 'cognitive_therapist', 'job_specialist', 'nav_adviser', 'nurse', 'resource_doctor', 'other')),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX team_member_role_idx ON team_member (team_id, user_id, role);
CREATE INDEX team_member_user_idx ON team_member (user_id) WHERE active;

-- Where and on which weekdays a member is present at which office.
CREATE TABLE team_presence (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id        uuid NOT NULL REFERENCES team_member (id) ON DELETE CASCADE,
  organisation_id  uuid NOT NULL REFERENCES organisation (id),
  weekday          integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  from_time        time NOT NULL,
  to_time          time NOT NULL,
  CHECK (from_time < to_time)
);
CREATE INDEX team_presence_member_idx ON team_presence (member_id);

CREATE TABLE team_referral (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id                  uuid NOT NULL REFERENCES team (id),
  citizen_id               uuid NOT NULL REFERENCES citizen (id),
  case_id                  uuid REFERENCES sick_case (id),
  referred_by              uuid NOT NULL REFERENCES app_user (id),
  referred_by_role         text NOT NULL,
  referred_by_name         text NOT NULL,
  -- The patient's GP: told at every decision, approves referrals made by others.
  gp_person_id             uuid REFERENCES person (id),
  gp_approved_at           timestamptz,
  -- pending_gp_approval → submitted → accepted | waiting → accepted | declined; withdrawn.
  status                   text NOT NULL CHECK (status IN ('pending_gp_approval', 'submitted', 'waiting', 'accepted', 'declined', 'withdrawn')),
  criteria_answers         jsonb NOT NULL DEFAULT '{}',
  -- Outside the criteria only with a reason the team sees.
  outside_criteria_reason  text,
  reason                   text NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
  -- Registration facts at referral (pseudonymous in evaluation): never names.
  age_at_referral          integer NOT NULL,
  sick_leave_status        text NOT NULL CHECK (sick_leave_status IN ('at_risk', 'sick_listed_full', 'sick_listed_graded')),
  sick_leave_grade         integer,
  sick_leave_weeks         integer,
  -- The participant's own NAV office (users of one team belong to many offices).
  nav_office_id            uuid REFERENCES organisation (id),
  waiting_since            timestamptz,
  expected_start           date,
  decided_at               timestamptz,
  decided_by_name          text,
  decline_reason           text,
  recommendation           text,
  idempotency_key          text,
  created_at               timestamptz NOT NULL,
  updated_at               timestamptz NOT NULL,
  CHECK (status <> 'declined' OR length(trim(decline_reason)) > 0)
);
CREATE INDEX team_referral_team_idx ON team_referral (team_id, status, created_at);
CREATE INDEX team_referral_citizen_idx ON team_referral (citizen_id);
CREATE INDEX team_referral_gp_idx ON team_referral (gp_person_id, created_at DESC);
CREATE UNIQUE INDEX team_referral_idempotency_idx ON team_referral (referred_by, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- The patient's consent: what is shared with whom, from when. Withdrawn consent stops sharing.
CREATE TABLE team_consent (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id   uuid NOT NULL REFERENCES team_referral (id),
  citizen_id    uuid NOT NULL REFERENCES citizen (id),
  team_id       uuid NOT NULL REFERENCES team (id),
  -- Recipients: therapist, job_specialist, nav, employer (the team's other members as 'team').
  scope         text[] NOT NULL,
  given_on      date NOT NULL,
  recorded_by   uuid REFERENCES app_user (id),
  recorded_by_name text NOT NULL,
  withdrawn_at  timestamptz,
  withdrawn_by_name text,
  created_at    timestamptz NOT NULL
);
CREATE INDEX team_consent_referral_idx ON team_consent (referral_id);
CREATE INDEX team_consent_citizen_idx ON team_consent (citizen_id);

CREATE TABLE team_course (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id              uuid NOT NULL UNIQUE REFERENCES team_referral (id),
  team_id                  uuid NOT NULL REFERENCES team (id),
  citizen_id               uuid NOT NULL REFERENCES citizen (id),
  status                   text NOT NULL CHECK (status IN ('active', 'completed', 'dropped_out')),
  therapist_member_id      uuid REFERENCES team_member (id),
  job_specialist_member_id uuid REFERENCES team_member (id),
  session_budget           integer NOT NULL,
  -- One unambiguous scale at start and at closure (report 003).
  work_status_start        text NOT NULL CHECK (work_status_start IN ('working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other')),
  work_status_end          text CHECK (work_status_end IN ('working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other')),
  employer_involved        boolean NOT NULL DEFAULT false,
  -- One shared summary everyone on the course sees, so the person does not repeat their story.
  summary                  text NOT NULL DEFAULT '',
  summary_updated_at       timestamptz,
  summary_updated_by_name  text,
  final_report             jsonb,
  final_report_at          timestamptz,
  closure_reason           text,
  started_on               date NOT NULL,
  closed_at                timestamptz,
  created_at               timestamptz NOT NULL,
  updated_at               timestamptz NOT NULL,
  CHECK (status = 'active' OR final_report IS NOT NULL OR status = 'dropped_out')
);
-- One active course per person and team.
CREATE UNIQUE INDEX team_course_one_active_idx ON team_course (team_id, citizen_id) WHERE status = 'active';
CREATE INDEX team_course_team_idx ON team_course (team_id, status);
CREATE INDEX team_course_citizen_idx ON team_course (citizen_id);
CREATE INDEX team_course_job_specialist_idx ON team_course (job_specialist_member_id) WHERE status = 'active';

CREATE TABLE team_session (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id               uuid NOT NULL REFERENCES team_course (id),
  kind                    text NOT NULL CHECK (kind IN ('assessment', 'start', 'regular', 'joint', 'end', 'refresher')),
  status                  text NOT NULL CHECK (status IN ('booked', 'held', 'cancelled', 'missed')),
  starts_at               timestamptz NOT NULL,
  duration_minutes        integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  organisation_id         uuid REFERENCES organisation (id),
  -- The GP joins the last N minutes (start and end sessions), on the dialogue-meeting tariff.
  gp_last_minutes         integer CHECK (gp_last_minutes BETWEEN 1 AND 240),
  -- Who took part: participant, therapist, job_specialist, gp, nav, employer.
  attendees               text[] NOT NULL DEFAULT '{}',
  note                    text,
  -- A session registered in the past needs a reason.
  past_reason             text,
  created_by_name         text NOT NULL,
  created_at              timestamptz NOT NULL,
  updated_at              timestamptz NOT NULL
);
CREATE INDEX team_session_course_idx ON team_session (course_id, starts_at);

CREATE TABLE team_goal (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id    uuid NOT NULL REFERENCES team_course (id),
  parent_id    uuid REFERENCES team_goal (id),
  area         text NOT NULL CHECK (area IN ('work', 'study', 'health', 'other')),
  text         text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 1000),
  status       text NOT NULL CHECK (status IN ('open', 'in_progress', 'reached', 'dropped')),
  target_date  date,
  reached_at   timestamptz,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX team_goal_course_idx ON team_goal (course_id);

-- Forms on the course, on the form-template engine: "Funksjon i arbeid" at start and end, the
-- job-support plan. Each keeps the template version it was made with.
CREATE TABLE team_course_form (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id         uuid NOT NULL REFERENCES team_course (id),
  template_key      text NOT NULL,
  template_version  integer NOT NULL,
  round             text NOT NULL CHECK (round IN ('start', 'end', 'other')),
  values            jsonb NOT NULL DEFAULT '{}',
  completed_at      timestamptz,
  updated_by_name   text,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL
);
CREATE INDEX team_course_form_course_idx ON team_course_form (course_id, created_at);

-- Short updates to the GP: at intake, start, meaningful changes and the end (with the final report).
CREATE TABLE team_gp_update (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id    uuid NOT NULL REFERENCES team_referral (id),
  course_id      uuid REFERENCES team_course (id),
  gp_person_id   uuid REFERENCES person (id),
  kind           text NOT NULL CHECK (kind IN ('accepted', 'waiting', 'declined', 'started', 'started_work', 'goal_reached', 'dropped_out', 'changed', 'final_report')),
  title          text NOT NULL,
  body           text NOT NULL,
  tariff_hint    text,
  sent_to_nav    boolean NOT NULL DEFAULT false,
  read_at        timestamptz,
  created_by_name text NOT NULL,
  created_at     timestamptz NOT NULL
);
CREATE INDEX team_gp_update_gp_idx ON team_gp_update (gp_person_id, created_at DESC);
CREATE INDEX team_gp_update_referral_idx ON team_gp_update (referral_id, created_at);
