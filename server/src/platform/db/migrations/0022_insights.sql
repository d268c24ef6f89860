-- Insights (issue 12, docs/adr/0008-insights.md): KPI facts pre-aggregated per calendar month and
-- NAV office, so a county's year (1,000,000 messages, 200,000 cases) is read from a few thousand
-- rows instead of the source tables. A periodic job recomputes the (month, office) groups whose
-- source rows changed since its watermark; the dashboards show "figures as of" its last run.
-- Only 0001–0021 are needed here: arenas, forums and teams are counted live (small tables).

-- One row per fact metric, month and office: n counted, hits of them (a share's numerator), and
-- for durations a histogram over fixed hour buckets (domain/histogram.ts) for medians and p90.
CREATE TABLE insights_office_month (
  metric              text NOT NULL,
  month               date NOT NULL CHECK (extract(day FROM month) = 1),
  nav_office_id       uuid NOT NULL REFERENCES organisation (id),
  -- The office's municipality when the facts were computed: county = its first two digits.
  municipality_number text NOT NULL DEFAULT '',
  n                   integer NOT NULL CHECK (n >= 0),
  hits                integer NOT NULL DEFAULT 0 CHECK (hits >= 0),
  hist                integer[],
  PRIMARY KEY (metric, month, nav_office_id)
);
CREATE INDEX insights_office_month_area_idx ON insights_office_month (municipality_number, month);
CREATE INDEX insights_office_month_office_idx ON insights_office_month (nav_office_id, month);

-- The same per GP (the GP's own figures and the area's distribution of GPs), split by office so a
-- recomputed (month, office) group rewrites exactly its own rows.
CREATE TABLE insights_gp_month (
  metric              text NOT NULL,
  month               date NOT NULL CHECK (extract(day FROM month) = 1),
  nav_office_id       uuid NOT NULL REFERENCES organisation (id),
  gp_person_id        uuid NOT NULL REFERENCES person (id),
  municipality_number text NOT NULL DEFAULT '',
  n                   integer NOT NULL CHECK (n >= 0),
  hits                integer NOT NULL DEFAULT 0 CHECK (hits >= 0),
  hist                integer[],
  PRIMARY KEY (metric, month, nav_office_id, gp_person_id)
);
CREATE INDEX insights_gp_month_gp_idx ON insights_gp_month (gp_person_id, month);
CREATE INDEX insights_gp_month_area_idx ON insights_gp_month (municipality_number, month);

-- The job's state, one row: claimed FOR UPDATE SKIP LOCKED, so of several app instances one
-- refreshes and the others skip that round.
CREATE TABLE insights_refresh_state (
  id              integer PRIMARY KEY CHECK (id = 1),
  -- Source rows changed after this instant are looked at by the next run (with a safety overlap).
  watermark       timestamptz,
  -- When the last run finished: "figures as of" on the dashboards.
  refreshed_at    timestamptz,
  last_groups     integer NOT NULL DEFAULT 0,
  last_duration_ms integer NOT NULL DEFAULT 0
);
INSERT INTO insights_refresh_state (id) VALUES (1);
