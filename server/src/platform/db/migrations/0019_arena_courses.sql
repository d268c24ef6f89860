-- Small-group series and courses (issue 10, docs/adr/0006-arenas.md, sections Series and Courses):
-- invitations sent through the municipal physician, topic proposals and anonymised cases, a
-- course's table plan and its evaluation answers. Depends only on 0001–0015.

-- An invitation to an arena, sent to the area's GPs through the municipal physician.
CREATE TABLE arena_invitation (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arena_id         uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  sent_by_user_id  uuid NOT NULL REFERENCES app_user (id),
  -- Named as sender: the municipal physician co-organising the series (or the organiser).
  via_user_id      uuid NOT NULL REFERENCES app_user (id),
  via_name         text NOT NULL,
  message          text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
  recipient_count  integer NOT NULL CHECK (recipient_count >= 0),
  sent_at          timestamptz NOT NULL
);
CREATE INDEX arena_invitation_arena ON arena_invitation (arena_id, sent_at);

-- A topic (usually from a NAV adviser) or an anonymised case proposed for a session's agenda.
CREATE TABLE arena_proposal (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arena_id         uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('topic', 'case')),
  title            text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  text             text NOT NULL DEFAULT '' CHECK (length(text) <= 5000),
  proposed_by      uuid NOT NULL REFERENCES app_user (id),
  proposer_name    text NOT NULL,
  proposer_role    text NOT NULL,
  status           text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'declined')),
  session_id       uuid REFERENCES arena_session (id) ON DELETE SET NULL,
  decided_by       uuid REFERENCES app_user (id),
  decided_at       timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX arena_proposal_arena ON arena_proposal (arena_id, status, created_at);

-- A course's table plan: computed, then adjusted by hand (one row per seated participant).
CREATE TABLE arena_table_plan (
  arena_id         uuid PRIMARY KEY REFERENCES arena (id) ON DELETE CASCADE,
  table_count      integer NOT NULL CHECK (table_count BETWEEN 1 AND 500),
  seats_per_table  integer NOT NULL CHECK (seats_per_table BETWEEN 1 AND 50),
  computed_at      timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  updated_by       uuid NOT NULL REFERENCES app_user (id)
);

CREATE TABLE arena_table_seat (
  arena_id         uuid NOT NULL REFERENCES arena_table_plan (arena_id) ON DELETE CASCADE,
  participant_id   uuid NOT NULL REFERENCES arena_participant (id) ON DELETE CASCADE,
  table_number     integer NOT NULL CHECK (table_number >= 1),
  PRIMARY KEY (arena_id, participant_id)
);
CREATE INDEX arena_table_seat_table ON arena_table_seat (arena_id, table_number);

-- A participant's evaluation of a course, on a versioned form template (shown to the organiser
-- without the participant's name).
CREATE TABLE arena_evaluation (
  arena_id          uuid NOT NULL REFERENCES arena (id) ON DELETE CASCADE,
  participant_id    uuid NOT NULL REFERENCES arena_participant (id) ON DELETE CASCADE,
  template_key      text NOT NULL,
  template_version  integer NOT NULL,
  answers           jsonb NOT NULL,
  submitted_at      timestamptz NOT NULL,
  PRIMARY KEY (arena_id, participant_id)
);
