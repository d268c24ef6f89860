-- Collaboration forums and committees (issue 9, docs/adr/0005-forums.md): bodies with composition
-- rules and members' terms, submissions (collaboration deviations and change proposals) with
-- triage, structured assessment against a versioned template, recommendations with versions and
-- publication, the body's meetings with agendas, minutes, annual plans and reports, and open
-- thematic meetings with registration. Submissions never carry patient data (checked on entry).

CREATE TABLE forum_body (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind               text NOT NULL CHECK (kind IN ('forum', 'committee', 'lsu', 'alu', 'working_group')),
  name               text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  slug               text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,80}$'),
  mandate            text NOT NULL DEFAULT '',
  -- Who the body answers to, e.g. the municipality–hospital collaboration committee.
  owner              text NOT NULL DEFAULT '',
  -- [{ key, nb, en, represents, count, region?, termYears?, appointedBy? }]
  composition_rules  jsonb NOT NULL DEFAULT '[]',
  -- Members present needed to approve (null: more than half of the current members).
  quorum             integer CHECK (quorum BETWEEN 1 AND 200),
  -- Honoraria for meeting hours, e.g. the practice-consultant rate: 89 % of practice compensation.
  honorarium_percent numeric(5,2) NOT NULL DEFAULT 89 CHECK (honorarium_percent BETWEEN 0 AND 100),
  honorarium_base_nok_per_hour numeric(10,2),
  -- Open thematic meetings the body holds a year at least (Møteplass Oslo: 3).
  open_meetings_per_year integer NOT NULL DEFAULT 0 CHECK (open_meetings_per_year BETWEEN 0 AND 52),
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);

CREATE TABLE forum_member (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id         uuid NOT NULL REFERENCES forum_body (id),
  user_id         uuid REFERENCES app_user (id),
  person_id       uuid REFERENCES person (id),
  name            text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  -- Whom they represent: matches a composition rule's `represents` (gp, hospital, municipal_physician …).
  represents      text NOT NULL,
  region          text,
  role            text NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'secretary', 'member', 'deputy')),
  appointed_how   text NOT NULL CHECK (appointed_how IN ('elected', 'appointed', 'co_opted', 'network')),
  appointed_by    text,
  term_start      date NOT NULL,
  term_end        date,
  created_at      timestamptz NOT NULL,
  CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX forum_member_body_idx ON forum_member (body_id);
CREATE INDEX forum_member_user_idx ON forum_member (user_id);

CREATE TABLE forum_meeting (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id         uuid NOT NULL REFERENCES forum_body (id),
  kind            text NOT NULL CHECK (kind IN ('ordinary', 'open_thematic')),
  title           text NOT NULL,
  theme           text,
  starts_at       timestamptz NOT NULL,
  duration_minutes integer NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 15 AND 1440),
  place           text,
  capacity        integer CHECK (capacity BETWEEN 1 AND 10000),
  status          text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  -- Members present (forum_member ids), recorded with the minutes; quorum is checked against it.
  present_member_ids uuid[] NOT NULL DEFAULT '{}',
  minutes_text    text,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX forum_meeting_body_idx ON forum_meeting (body_id, starts_at);

-- Members' meeting hours for honoraria.
CREATE TABLE forum_member_hours (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id   uuid NOT NULL REFERENCES forum_member (id),
  meeting_id  uuid REFERENCES forum_meeting (id),
  worked_on   date NOT NULL,
  hours       numeric(5,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
  note        text,
  created_at  timestamptz NOT NULL
);
CREATE INDEX forum_member_hours_member_idx ON forum_member_hours (member_id, worked_on);

-- Registration for open thematic meetings (also people without a platform account).
CREATE TABLE forum_meeting_registration (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id  uuid NOT NULL REFERENCES forum_meeting (id),
  user_id     uuid REFERENCES app_user (id),
  name        text NOT NULL,
  email       text,
  organisation text,
  created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX forum_meeting_registration_user_idx ON forum_meeting_registration (meeting_id, user_id) WHERE user_id IS NOT NULL;

CREATE TABLE forum_submission (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id          uuid NOT NULL REFERENCES forum_body (id),
  kind             text NOT NULL CHECK (kind IN ('deviation', 'proposal')),
  -- received → accepted → in_assessment → assessed → answered; or merged | forwarded | rejected.
  status           text NOT NULL CHECK (status IN ('received', 'accepted', 'in_assessment', 'assessed', 'answered', 'merged', 'forwarded', 'rejected')),
  title            text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  -- Deviation: what happened, the agreement or routine, the units, what was done at once, the consequences.
  -- Proposal: what should change, why, who is affected. Kept as one jsonb of named texts.
  fields           jsonb NOT NULL,
  themes           text[] NOT NULL DEFAULT '{}',
  submitted_by     uuid REFERENCES app_user (id),
  submitter_name   text NOT NULL,
  submitter_role   text NOT NULL,
  merged_into      uuid REFERENCES forum_submission (id),
  forwarded_to     text,
  forward_due_on   date,
  reject_reason    text,
  outcome          text,
  outcome_at       timestamptz,
  ready_for_meeting boolean NOT NULL DEFAULT false,
  search_text      text NOT NULL DEFAULT '',
  search_vector    tsvector GENERATED ALWAYS AS (to_tsvector('norwegian', search_text)) STORED,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX forum_submission_body_idx ON forum_submission (body_id, status, created_at);
CREATE INDEX forum_submission_submitter_idx ON forum_submission (submitted_by, created_at DESC);
CREATE INDEX forum_submission_search_idx ON forum_submission USING gin (search_vector);

-- The assessment template: versioned, per body (null body: the shipped default, SUFF's approach).
CREATE TABLE forum_assessment_template (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id     uuid REFERENCES forum_body (id),
  version     integer NOT NULL CHECK (version >= 1),
  -- { sections: [{ key, nb, en, items: [{ key, nb, en, help? }] }] }
  definition  jsonb NOT NULL,
  created_by_name text,
  created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX forum_assessment_template_version_idx ON forum_assessment_template (coalesce(body_id, '00000000-0000-0000-0000-000000000000'::uuid), version);

CREATE TABLE forum_assessment (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  submission_id    uuid NOT NULL UNIQUE REFERENCES forum_submission (id),
  template_id      uuid NOT NULL REFERENCES forum_assessment_template (id),
  assigned_member_ids uuid[] NOT NULL DEFAULT '{}',
  conclusion       text,
  concluded_at     timestamptz,
  concluded_by_name text,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);

CREATE TABLE forum_assessment_answer (
  assessment_id  uuid NOT NULL REFERENCES forum_assessment (id),
  member_id      uuid NOT NULL REFERENCES forum_member (id),
  item_key       text NOT NULL,
  answer         text NOT NULL CHECK (length(answer) <= 4000),
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (assessment_id, member_id, item_key)
);

CREATE TABLE forum_recommendation (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id          uuid REFERENCES forum_body (id),
  slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,120}$'),
  -- draft → approved → published; published → (revised draft → approved → published) | withdrawn.
  status           text NOT NULL CHECK (status IN ('draft', 'approved', 'published', 'withdrawn')),
  -- An external recommendation (e.g. the College of General Practice's) registered as a source.
  external         boolean NOT NULL DEFAULT false,
  source_name      text,
  source_url       text CHECK (source_url IS NULL OR source_url LIKE 'https://%'),
  owner            text NOT NULL DEFAULT '',
  administrator    text NOT NULL DEFAULT '',
  themes           text[] NOT NULL DEFAULT '{}',
  published_version integer,
  withdrawn_reason text,
  withdrawn_at     timestamptz,
  -- The published version's text, for public full-text search (Norwegian configuration).
  search_text      text NOT NULL DEFAULT '',
  search_vector    tsvector GENERATED ALWAYS AS (to_tsvector('norwegian', search_text)) STORED,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX forum_recommendation_published_idx ON forum_recommendation (status, updated_at DESC);
CREATE INDEX forum_recommendation_search_idx ON forum_recommendation USING gin (search_vector);

CREATE TABLE forum_recommendation_version (
  recommendation_id uuid NOT NULL REFERENCES forum_recommendation (id),
  version           integer NOT NULL CHECK (version >= 1),
  title             text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  summary           text NOT NULL DEFAULT '',
  text              text NOT NULL CHECK (length(text) <= 50000),
  change_note       text,
  approved_at       timestamptz,
  approved_meeting_id uuid REFERENCES forum_meeting (id),
  published_at      timestamptz,
  created_by_name   text NOT NULL,
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (recommendation_id, version)
);

-- The cases a recommendation answers.
CREATE TABLE forum_recommendation_case (
  recommendation_id uuid NOT NULL REFERENCES forum_recommendation (id),
  submission_id     uuid NOT NULL REFERENCES forum_submission (id),
  PRIMARY KEY (recommendation_id, submission_id)
);
CREATE INDEX forum_recommendation_case_submission_idx ON forum_recommendation_case (submission_id);

-- A meeting's agenda and minutes: one item per case or recommendation, with the decision.
CREATE TABLE forum_meeting_item (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id        uuid NOT NULL REFERENCES forum_meeting (id),
  position          integer NOT NULL,
  submission_id     uuid REFERENCES forum_submission (id),
  recommendation_id uuid REFERENCES forum_recommendation (id),
  title             text NOT NULL,
  decision          text,
  created_at        timestamptz NOT NULL
);
CREATE INDEX forum_meeting_item_meeting_idx ON forum_meeting_item (meeting_id, position);

-- The annual plan and report: generated from the data, edited, then published.
CREATE TABLE forum_annual_document (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body_id       uuid NOT NULL REFERENCES forum_body (id),
  year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  kind          text NOT NULL CHECK (kind IN ('plan', 'report')),
  text          text NOT NULL,
  published_at  timestamptz,
  updated_by_name text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  UNIQUE (body_id, year, kind)
);
