-- Arenas and meeting places (issue 10, docs/adr/0006-arenas.md): every arena — a small-group
-- series, a course, an annual joint meeting, a PKO-NAV meeting place, an adviser's case slots with
-- one GP — is an arena with dated sessions and participants. Kind-specific details (a course's
-- table plan, a joint meeting's agenda proposals, visit rounds) live in their own tables.

CREATE TABLE arena (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                 text NOT NULL CHECK (kind IN ('small_group_series', 'course', 'joint_meeting', 'meeting_place', 'case_slots')),
  title                text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  description          text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  organiser_user_id    uuid NOT NULL REFERENCES app_user (id),
  -- Who hosts it: a NAV office, a municipality (the municipal physician invites), a hospital.
  host_organisation_id uuid REFERENCES organisation (id),
  -- The area it serves, as municipality numbers; the county is their first two digits.
  municipality_numbers text[] NOT NULL DEFAULT '{}',
  county_number        text CHECK (county_number ~ '^[0-9]{2}$'),
  location             text NOT NULL DEFAULT '' CHECK (length(location) <= 300),
  -- Participants at most (null: open); sign-ups beyond it go to the waiting list.
  capacity             integer CHECK (capacity BETWEEN 1 AND 5000),
  signup_deadline      timestamptz,
  status               text NOT NULL DEFAULT 'open' CHECK (status IN ('draft', 'open', 'closed', 'cancelled', 'completed')),
  cancel_reason        text,
  -- Kind-specific settings: fee rate (takst 14), agenda template, overnight stay, course points,
  -- approval status, GP priority, holidays skipped … (validated by the module, see the ADR).
  settings             jsonb NOT NULL DEFAULT '{}',
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL
);
CREATE INDEX arena_county ON arena (county_number, kind);
CREATE INDEX arena_organiser ON arena (organiser_user_id);

CREATE TABLE arena_session (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arena_id    uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  -- 1, 2, 3 … in time order within the arena.
  ordinal     integer NOT NULL CHECK (ordinal >= 1),
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  title       text NOT NULL DEFAULT '',
  location    text NOT NULL DEFAULT '',
  -- [{ kind: 'talk' | 'questions' | 'cases' | 'nav_measures' | 'guest' | 'other', title, minutes, by? }]
  agenda      jsonb NOT NULL DEFAULT '[]',
  status      text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  cancel_reason text,
  reminded_at timestamptz,
  created_at  timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  UNIQUE (arena_id, ordinal)
);
CREATE INDEX arena_session_time ON arena_session (starts_at, arena_id);

CREATE TABLE arena_participant (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arena_id         uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES app_user (id),
  -- participant, or the arena's guest/speaker/co-organiser.
  part             text NOT NULL DEFAULT 'participant' CHECK (part IN ('participant', 'guest', 'speaker', 'co_organiser')),
  -- nominated: an adviser proposed this GP, who has not answered yet.
  status           text NOT NULL CHECK (status IN ('nominated', 'signed_up', 'waiting', 'cancelled', 'declined')),
  -- Lower comes first on the waiting list: GPs before NAV staff on courses (settings.gpPriority).
  priority         integer NOT NULL DEFAULT 0,
  waiting_since    timestamptz,
  nominated_by     uuid REFERENCES app_user (id),
  -- Snapshot at sign-up for the table plan and reach figures: the participant's organisation and municipality.
  organisation_id  uuid REFERENCES organisation (id),
  municipality_number text CHECK (municipality_number ~ '^[0-9]{4}$'),
  is_gp            boolean NOT NULL DEFAULT false,
  is_nav           boolean NOT NULL DEFAULT false,
  note             text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  signed_up_at     timestamptz,
  updated_at       timestamptz NOT NULL,
  UNIQUE (arena_id, user_id)
);
CREATE INDEX arena_participant_user ON arena_participant (user_id, status);
CREATE INDEX arena_participant_waiting ON arena_participant (arena_id, status, priority, waiting_since);

CREATE TABLE arena_attendance (
  session_id     uuid NOT NULL REFERENCES arena_session (id) ON DELETE CASCADE,
  participant_id uuid NOT NULL REFERENCES arena_participant (id) ON DELETE CASCADE,
  attended       boolean NOT NULL,
  -- Minutes attended, for the fee claim (takst 14 per started half hour).
  minutes        integer CHECK (minutes BETWEEN 0 AND 1440),
  recorded_by    uuid NOT NULL REFERENCES app_user (id),
  recorded_at    timestamptz NOT NULL,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX arena_attendance_participant ON arena_attendance (participant_id);
