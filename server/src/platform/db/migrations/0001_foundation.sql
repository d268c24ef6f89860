-- Foundation: directory, citizens, users and sessions, audit log.

CREATE TABLE organisation (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                text NOT NULL CHECK (kind IN ('nav_office', 'gp_office', 'municipality', 'hospital', 'employer')),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  org_number          text UNIQUE CHECK (org_number ~ '^[0-9]{9}$'),
  her_ids             integer[] NOT NULL DEFAULT '{}',
  street              text,
  postal_code         text CHECK (postal_code ~ '^[0-9]{4}$'),
  city                text,
  municipality_number text CHECK (municipality_number ~ '^[0-9]{4}$'),
  municipality_name   text,
  phone               text,
  email               text,
  opening_hours       jsonb NOT NULL DEFAULT '[]',
  active              boolean NOT NULL DEFAULT true,
  search_vector       tsvector NOT NULL DEFAULT ''::tsvector,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisation_search_idx ON organisation USING gin (search_vector);
CREATE INDEX organisation_her_ids_idx ON organisation USING gin (her_ids);
CREATE INDEX organisation_name_idx ON organisation (lower(name));

-- Health personnel, NAV staff, employers' managers: people with positions in organisations.
CREATE TABLE person (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  given_name    text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name   text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  hpr_number    integer UNIQUE CHECK (hpr_number > 0 AND hpr_number < 1000000000),
  phone         text,
  email         text,
  active        boolean NOT NULL DEFAULT true,
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_search_idx ON person USING gin (search_vector);
CREATE INDEX person_name_idx ON person (lower(family_name), lower(given_name));

-- A person may hold several positions ("hats") at once.
CREATE TABLE position (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES person (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  role            text NOT NULL,
  title           text NOT NULL,
  share_percent   integer NOT NULL DEFAULT 100 CHECK (share_percent BETWEEN 1 AND 100),
  valid_from      date NOT NULL,
  valid_to        date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX position_person_idx ON position (person_id);
CREATE INDEX position_organisation_idx ON position (organisation_id);

CREATE TABLE contact_role (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  person_id       uuid NOT NULL REFERENCES person (id),
  purpose         text NOT NULL CHECK (purpose IN ('nav_contact', 'escalation', 'callback', 'gp_contact', 'other')),
  note            text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, person_id, purpose)
);
CREATE INDEX contact_role_person_idx ON contact_role (person_id);

-- Citizens: patients and sick-listed persons. Special-category personal data.
CREATE TABLE citizen (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fnr                   text NOT NULL UNIQUE CHECK (fnr ~ '^[0-9]{11}$'),
  given_name            text NOT NULL,
  family_name           text NOT NULL,
  birth_date            date NOT NULL,
  street                text,
  postal_code           text,
  city                  text,
  municipality_number   text,
  municipality_name     text,
  phone                 text,
  protection            text NOT NULL DEFAULT 'none' CHECK (protection IN ('none', 'fortrolig', 'strengt_fortrolig')),
  shielded              boolean NOT NULL DEFAULT false,
  regular_gp_person_id  uuid REFERENCES person (id),
  gp_office_id          uuid REFERENCES organisation (id),
  nav_office_id         uuid REFERENCES organisation (id),
  employer_id           uuid REFERENCES organisation (id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_regular_gp_idx ON citizen (regular_gp_person_id);
CREATE INDEX citizen_nav_office_idx ON citizen (nav_office_id);
CREATE INDEX citizen_employer_idx ON citizen (employer_id);

-- Who may sign in, as what. A person with two hats has two users.
CREATE TABLE app_user (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  role            text NOT NULL,
  person_id       uuid REFERENCES person (id),
  citizen_id      uuid REFERENCES citizen (id),
  organisation_id uuid REFERENCES organisation (id),
  grants          text[] NOT NULL DEFAULT '{}',
  oidc_subject    text UNIQUE,
  is_demo         boolean NOT NULL DEFAULT false,
  description     text,
  lang            text NOT NULL DEFAULT 'nb' CHECK (lang IN ('nb', 'en')),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((person_id IS NOT NULL) <> (citizen_id IS NOT NULL))
);

CREATE TABLE session (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES app_user (id),
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX session_expires_idx ON session (expires_at);

-- Append-only: the database itself refuses changes and deletions.
CREATE TABLE audit_log (
  id             bigserial PRIMARY KEY,
  at             timestamptz NOT NULL,
  request_id     text,
  actor_user_id  uuid,
  actor_name     text,
  actor_role     text,
  actor_org_name text,
  action         text NOT NULL,
  outcome        text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  citizen_id     uuid,
  object_type    text NOT NULL,
  object_id      text,
  purpose        text NOT NULL,
  detail         jsonb
);
CREATE INDEX audit_log_citizen_idx ON audit_log (citizen_id, at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Directory search: one tsvector per entry ('simple' keeps Norwegian words and numbers intact;
-- queries use prefix matching, so search-as-you-type works from the second character).
CREATE FUNCTION organisation_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('simple',
    coalesce(NEW.name, '') || ' ' || coalesce(NEW.org_number, '') || ' ' ||
    array_to_string(NEW.her_ids, ' ') || ' ' || coalesce(NEW.city, '') || ' ' ||
    coalesce(NEW.postal_code, '') || ' ' || coalesce(NEW.municipality_name, ''));
  RETURN NEW;
END;
$$;
CREATE TRIGGER organisation_search BEFORE INSERT OR UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION organisation_search_refresh();

-- A person is found by name, HPR number, e-mail and the names and places of their workplaces.
-- Custom plans: a plan cached while the position table was small would scan it whole forever.
CREATE FUNCTION person_search_refresh() RETURNS trigger LANGUAGE plpgsql
  SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  NEW.search_vector := to_tsvector('simple',
    coalesce(NEW.given_name, '') || ' ' || coalesce(NEW.family_name, '') || ' ' ||
    coalesce(NEW.hpr_number::text, '') || ' ' || coalesce(NEW.email, '') || ' ' ||
    coalesce((SELECT string_agg(o.name || ' ' || coalesce(o.city, ''), ' ')
                FROM position p JOIN organisation o ON o.id = p.organisation_id
               WHERE p.person_id = NEW.id), ''));
  RETURN NEW;
END;
$$;
CREATE TRIGGER person_search BEFORE INSERT OR UPDATE ON person
  FOR EACH ROW EXECUTE FUNCTION person_search_refresh();

-- Statement-level, so a bulk import of positions refreshes each person once, not once per row.
CREATE FUNCTION position_touches_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE person SET updated_at = updated_at WHERE id IN (SELECT DISTINCT person_id FROM changed_new);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE person SET updated_at = updated_at WHERE id IN (SELECT DISTINCT person_id FROM changed_old);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER position_person_search_insert AFTER INSERT ON position
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION position_touches_person();
CREATE TRIGGER position_person_search_update AFTER UPDATE ON position
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION position_touches_person();
CREATE TRIGGER position_person_search_delete AFTER DELETE ON position
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION position_touches_person();
