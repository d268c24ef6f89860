-- The catalogue and knowledge base (issue 11, docs/adr/0007-catalogue.md): collaboration models of
-- report 002, NAV measures, rules-and-roles articles, checklists and templates. Every entry keeps
-- its content as immutable, numbered versions (jsonb); the entry points at the version the public
-- sees and the version being worked on. Each published entry has one search document: a weighted
-- Norwegian tsvector and, for models, the typology as facet columns.

CREATE TABLE catalogue_entry (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind               text NOT NULL CHECK (kind IN ('model', 'measure', 'article', 'checklist', 'template')),
  slug               text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  -- The state of the working version: draft → in_review → published; archived leaves the public.
  status             text NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  -- The version the public sees (null: never published); may lag the working version while a
  -- revision is drafted or reviewed.
  published_version  integer CHECK (published_version >= 1),
  working_version    integer NOT NULL CHECK (working_version >= 1),
  -- Title of the working version, for editors' lists.
  title              text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  -- Shipped with the platform (loaded on start) rather than written here.
  shipped            boolean NOT NULL DEFAULT false,
  status_changed_at  timestamptz NOT NULL,
  status_changed_by  text NOT NULL,
  -- Why a review sent the draft back, shown to the author until the next save.
  review_note        text,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  UNIQUE (kind, slug),
  CHECK (published_version IS NULL OR published_version <= working_version)
);
CREATE INDEX catalogue_entry_status_idx ON catalogue_entry (status, updated_at DESC);

CREATE TABLE catalogue_version (
  entry_id          uuid NOT NULL REFERENCES catalogue_entry (id),
  version           integer NOT NULL CHECK (version >= 1),
  content           jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  title             text NOT NULL,
  -- Null author: the platform (shipped content).
  author_user_id    uuid REFERENCES app_user (id),
  author_name       text NOT NULL,
  change_note       text CHECK (length(change_note) <= 2000),
  -- Set when this version was published: who reviewed it and when.
  reviewer_user_id  uuid REFERENCES app_user (id),
  reviewer_name     text,
  published_at      timestamptz,
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (entry_id, version)
);

-- One search document per published entry, replaced on every publication, removed on archiving.
CREATE TABLE catalogue_document (
  entry_id           uuid PRIMARY KEY REFERENCES catalogue_entry (id),
  kind               text NOT NULL,
  slug               text NOT NULL,
  version            integer NOT NULL,
  title              text NOT NULL,
  title_en           text,
  summary            text NOT NULL DEFAULT '',
  body               text NOT NULL DEFAULT '',
  -- A grouping within the kind: a measure's category, an article's topic, a tool's audience.
  category           text,
  search_vector      tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('norwegian', title), 'A') ||
                       setweight(to_tsvector('norwegian', summary), 'B') ||
                       setweight(to_tsvector('norwegian', body), 'C')) STORED,
  -- Model typology (empty for other kinds): filters and facet counts read these.
  levels             text[] NOT NULL DEFAULT '{}',
  domains            text[] NOT NULL DEFAULT '{}',
  gp_role_intensity  text,
  steering           text[] NOT NULL DEFAULT '{}',
  relationship_type  text,
  gp_office_kind     text,
  model_status       text,
  counties           text[] NOT NULL DEFAULT '{}',
  published_at       timestamptz NOT NULL,
  UNIQUE (kind, slug)
);
CREATE INDEX catalogue_document_search_idx ON catalogue_document USING gin (search_vector);
CREATE INDEX catalogue_document_kind_idx ON catalogue_document (kind, title);
CREATE INDEX catalogue_document_levels_idx ON catalogue_document USING gin (levels);
CREATE INDEX catalogue_document_domains_idx ON catalogue_document USING gin (domains);
CREATE INDEX catalogue_document_steering_idx ON catalogue_document USING gin (steering);
CREATE INDEX catalogue_document_counties_idx ON catalogue_document USING gin (counties);
CREATE INDEX catalogue_document_model_idx ON catalogue_document (kind, gp_role_intensity, relationship_type, gp_office_kind, model_status);
