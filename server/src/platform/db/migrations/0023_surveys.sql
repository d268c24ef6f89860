-- Pulse surveys (issue 12 point 2, docs/adr/0008-insights.md "Pulse surveys"): an organiser sends
-- report 001's questions to the GPs and NAV advisers of an area; each recipient gets one
-- single-use link, and the answers are stored WITHOUT who gave them.
--
-- Anonymity by construction: survey_answer has no invitation id, no user id and no timestamp;
-- the answers of one respondent share only a random response_id. The invitation is marked used in
-- the same statement that writes the answers, and survey_invitation keeps no time of use.

CREATE TABLE survey (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title                text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  -- The area: municipality numbers, or (when none) the whole county.
  municipality_numbers text[] NOT NULL DEFAULT '{}',
  county_number        text NOT NULL CHECK (county_number ~ '^\d{2}$'),
  -- The same area gives the same key: earlier rounds of an area are found by it.
  area_key             text NOT NULL,
  audiences            text[] NOT NULL CHECK (cardinality(audiences) BETWEEN 1 AND 2 AND audiences <@ ARRAY['gps', 'nav_advisers']),
  -- Keys of the question bank (server/src/modules/insights/surveys/domain/question-bank.ts), in order.
  question_keys        text[] NOT NULL CHECK (cardinality(question_keys) >= 1),
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opens_on             date,
  closes_on            date,
  created_by           uuid NOT NULL REFERENCES app_user (id),
  created_at           timestamptz NOT NULL,
  opened_at            timestamptz,
  closed_at            timestamptz,
  CHECK (status = 'draft' OR (opens_on IS NOT NULL AND closes_on IS NOT NULL AND closes_on >= opens_on))
);
CREATE INDEX survey_area_idx ON survey (area_key, closes_on);

-- One per recipient: a person of the directory with a current position of the audience's role in
-- the area (whether or not they have a user account: the link needs no sign-in). The token itself
-- is only in the recipient's link; this keeps its hash.
CREATE TABLE survey_invitation (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id   uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  person_id   uuid NOT NULL REFERENCES person (id),
  audience    text NOT NULL CHECK (audience IN ('gps', 'nav_advisers')),
  token_hash  text NOT NULL UNIQUE,
  used        boolean NOT NULL DEFAULT false,
  UNIQUE (survey_id, person_id)
);
CREATE INDEX survey_invitation_survey_idx ON survey_invitation (survey_id, audience);

-- The anonymous answers: one row per question answered; nothing here points at a person.
CREATE TABLE survey_answer (
  survey_id     uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  response_id   uuid NOT NULL,
  audience      text NOT NULL CHECK (audience IN ('gps', 'nav_advisers')),
  question_key  text NOT NULL,
  answer        text NOT NULL,
  PRIMARY KEY (survey_id, response_id, question_key)
);
