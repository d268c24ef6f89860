-- Plans and forms on one template engine (docs/adr/0003-forms.md). Shipped templates live in the
-- code; versions an administrator publishes later are kept here and never changed.
CREATE TABLE form_template (
  key           text NOT NULL CHECK (key ~ '^[a-z0-9-]{1,60}$'),
  version       integer NOT NULL CHECK (version >= 1),
  definition    jsonb NOT NULL,
  published_by  uuid REFERENCES app_user (id),
  published_at  timestamptz NOT NULL,
  PRIMARY KEY (key, version)
);

-- A filled form on a sick-leave case: its current revision. Approved and shared revisions are
-- also kept whole in filled_form_revision, so what was approved and sent can always be shown.
CREATE TABLE filled_form (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id           uuid NOT NULL REFERENCES sick_case (id),
  citizen_id        uuid NOT NULL REFERENCES citizen (id),
  template_key      text NOT NULL,
  template_version  integer NOT NULL,
  status            text NOT NULL CHECK (status IN ('draft', 'approved', 'shared')),
  revision          integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  values            jsonb NOT NULL DEFAULT '{}',
  -- Raised by every saved edit: a save based on an older count is refused, never silently lost.
  edit_count        integer NOT NULL DEFAULT 0,
  created_by        uuid REFERENCES app_user (id),
  created_by_role   text NOT NULL,
  updated_by_name   text,
  updated_at        timestamptz NOT NULL,
  shared_at         timestamptz,
  created_at        timestamptz NOT NULL
);
CREATE INDEX filled_form_case_idx ON filled_form (case_id, created_at);

CREATE TABLE filled_form_revision (
  form_id           uuid NOT NULL REFERENCES filled_form (id),
  revision          integer NOT NULL,
  template_version  integer NOT NULL,
  status            text NOT NULL CHECK (status IN ('approved', 'shared')),
  values            jsonb NOT NULL,
  approved_at       timestamptz NOT NULL,
  shared_at         timestamptz,
  PRIMARY KEY (form_id, revision)
);

-- The GP's comments on a shared plan, and NAV's comments and requests to improve it.
CREATE TABLE form_comment (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  form_id       uuid NOT NULL REFERENCES filled_form (id),
  revision      integer NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('comment', 'improvement_request')),
  author_user_id uuid REFERENCES app_user (id),
  author_name   text NOT NULL,
  author_role   text NOT NULL,
  text          text NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 4000),
  created_at    timestamptz NOT NULL
);
CREATE INDEX form_comment_form_idx ON form_comment (form_id, created_at);

-- An improvement request is a task for the employer that names the form.
ALTER TABLE case_task ADD COLUMN form_id uuid REFERENCES filled_form (id);
