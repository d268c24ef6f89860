-- Arenas that reach out (issue 10, points 3–5; docs/adr/0006-arenas.md, section "Outreach"):
-- visit rounds to every GP office of an area, agenda proposals for annual joint meetings and
-- PKO-NAV meeting places, practice consultants' posts and hours, and the cases an adviser and a
-- GP go through in their case slots. Joint meetings, meeting places and case slots are themselves
-- arenas (0015: arena, arena_session, arena_participant); only what is particular lives here.

-- A visit round: NAV (or its advisory physicians) visits every GP office of an area in turn.
CREATE TABLE arena_visit_round (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title                text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  description          text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  organiser_user_id    uuid NOT NULL REFERENCES app_user (id),
  -- The NAV office (or unit) running the round: its NAV staff work on it with the organiser.
  host_organisation_id uuid REFERENCES organisation (id),
  municipality_numbers text[] NOT NULL CHECK (cardinality(municipality_numbers) BETWEEN 1 AND 60),
  -- Bounds every visit's length must keep (report 001: 30–45 minutes), and the default format.
  min_minutes          integer NOT NULL DEFAULT 30 CHECK (min_minutes BETWEEN 5 AND 240),
  max_minutes          integer NOT NULL DEFAULT 45 CHECK (max_minutes BETWEEN 5 AND 240),
  default_format       text NOT NULL DEFAULT 'lunch' CHECK (default_format IN ('lunch', 'morning_meeting', 'other')),
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  CHECK (min_minutes <= max_minutes)
);
CREATE INDEX arena_visit_round_host ON arena_visit_round (host_organisation_id);
CREATE INDEX arena_visit_round_organiser ON arena_visit_round (organiser_user_id);

-- One GP office in a round and where it stands in the pipeline.
CREATE TABLE arena_visit_office (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id         uuid NOT NULL REFERENCES arena_visit_round (id) ON DELETE CASCADE,
  organisation_id  uuid NOT NULL REFERENCES organisation (id),
  -- Snapshot of the office's municipality when the round was made: the coverage summary groups by it.
  municipality_number text NOT NULL CHECK (municipality_number ~ '^[0-9]{4}$'),
  stage            text NOT NULL DEFAULT 'not_contacted'
                   CHECK (stage IN ('not_contacted', 'letter_sent', 'called', 'booked', 'done', 'declined')),
  decline_reason   text CHECK (decline_reason IS NULL OR length(trim(decline_reason)) BETWEEN 1 AND 500),
  format           text CHECK (format IN ('lunch', 'morning_meeting', 'other')),
  format_note      text NOT NULL DEFAULT '' CHECK (length(format_note) <= 300),
  length_minutes   integer CHECK (length_minutes BETWEEN 5 AND 240),
  visit_at         timestamptz,
  notes            text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  stage_changed_at timestamptz,
  version          integer NOT NULL DEFAULT 1,
  updated_at       timestamptz NOT NULL,
  UNIQUE (round_id, organisation_id),
  CHECK (stage <> 'declined' OR decline_reason IS NOT NULL),
  CHECK (stage NOT IN ('booked', 'done') OR visit_at IS NOT NULL)
);
CREATE INDEX arena_visit_office_round ON arena_visit_office (round_id, municipality_number, stage);

-- Every move through the pipeline, for the office's history ("letter sent 3 March by …").
CREATE TABLE arena_visit_event (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_office_id uuid NOT NULL REFERENCES arena_visit_office (id) ON DELETE CASCADE,
  from_stage      text NOT NULL,
  to_stage        text NOT NULL,
  note            text,
  by_user_id      uuid NOT NULL REFERENCES app_user (id),
  at              timestamptz NOT NULL
);
CREATE INDEX arena_visit_event_office ON arena_visit_event (visit_office_id, at);

-- Who goes on the visit: advisers, the advisory physician, the department head.
CREATE TABLE arena_visit_participant (
  visit_office_id uuid NOT NULL REFERENCES arena_visit_office (id) ON DELETE CASCADE,
  user_id         uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (visit_office_id, user_id)
);
CREATE INDEX arena_visit_participant_user ON arena_visit_participant (user_id);

-- What was agreed at a visit, with whom it rests and by when.
CREATE TABLE arena_visit_follow_up (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_office_id uuid NOT NULL REFERENCES arena_visit_office (id) ON DELETE CASCADE,
  text            text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 1000),
  owner_user_id   uuid NOT NULL REFERENCES app_user (id),
  due_on          date NOT NULL,
  done_at         timestamptz,
  done_by         uuid REFERENCES app_user (id),
  created_by      uuid NOT NULL REFERENCES app_user (id),
  created_at      timestamptz NOT NULL
);
CREATE INDEX arena_visit_follow_up_office ON arena_visit_follow_up (visit_office_id);
CREATE INDEX arena_visit_follow_up_owner ON arena_visit_follow_up (owner_user_id, due_on) WHERE done_at IS NULL;

-- Agenda proposals for a joint meeting or meeting place, from the GP side or the NAV side.
CREATE TABLE arena_agenda_proposal (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arena_id        uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  side            text NOT NULL CHECK (side IN ('gp', 'nav')),
  title           text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  proposed_by     uuid NOT NULL REFERENCES app_user (id),
  status          text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined')),
  -- Accepted into this session's agenda (arena_session.agenda gets an item).
  session_id      uuid REFERENCES arena_session (id) ON DELETE SET NULL,
  decision_note   text,
  decided_by      uuid REFERENCES app_user (id),
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL
);
CREATE INDEX arena_agenda_proposal_arena ON arena_agenda_proposal (arena_id, status);

-- A practice consultant's post (PKO): a GP in a part-time post at NAV or a hospital.
CREATE TABLE arena_consultant_post (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id              uuid NOT NULL REFERENCES app_user (id),
  share_percent        numeric(5,2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
  host_organisation_id uuid NOT NULL REFERENCES organisation (id),
  period_from          date NOT NULL,
  period_to            date,
  -- Honoraria: this percentage (practice-consultant rate, 89 %) of a base rate per hour
  -- (practice compensation). No base rate, no amount: the platform does not guess one.
  honorarium_percent   numeric(5,2) NOT NULL DEFAULT 89 CHECK (honorarium_percent BETWEEN 0 AND 100),
  base_nok_per_hour    numeric(10,2) CHECK (base_nok_per_hour IS NULL OR base_nok_per_hour >= 0),
  note                 text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX arena_consultant_post_user ON arena_consultant_post (user_id);

CREATE TABLE arena_consultant_hours (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id     uuid NOT NULL REFERENCES arena_consultant_post (id) ON DELETE CASCADE,
  worked_on   date NOT NULL,
  hours       numeric(4,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
  activity    text NOT NULL CHECK (length(trim(activity)) BETWEEN 1 AND 500),
  arena_id    uuid REFERENCES arena (id) ON DELETE SET NULL,
  created_by  uuid NOT NULL REFERENCES app_user (id),
  created_at  timestamptz NOT NULL
);
CREATE INDEX arena_consultant_hours_post ON arena_consultant_hours (post_id, worked_on);

-- The sick-leave cases an adviser and a GP go through in one of their case slots (an arena
-- session of an arena of kind 'case_slots').
CREATE TABLE arena_case_slot_case (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id          uuid NOT NULL REFERENCES arena_session (id) ON DELETE CASCADE,
  case_id             uuid NOT NULL REFERENCES sick_case (id),
  citizen_id          uuid NOT NULL REFERENCES citizen (id),
  status              text NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'discussed', 'to_meeting')),
  note                text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  dialogue_meeting_id uuid REFERENCES dialogue_meeting (id),
  added_by            uuid NOT NULL REFERENCES app_user (id),
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  UNIQUE (session_id, case_id)
);
CREATE INDEX arena_case_slot_case_case ON arena_case_slot_case (case_id);
