-- Work lists without recomputing every timeline per request: each case keeps its open deadlines
-- (milestones neither done nor not applicable) and its earliest one. They are rewritten in the
-- transaction of every change to the case, and once a day for the part that depends on the date
-- (the maksdato of a case whose last note has run out moves with today).

ALTER TABLE sick_case
  ADD COLUMN maksdato         date,
  ADD COLUMN next_due_on      date,
  ADD COLUMN next_due_key     text,
  ADD COLUMN deadlines_as_of  date;

CREATE TABLE case_deadline (
  case_id  uuid NOT NULL REFERENCES sick_case (id) ON DELETE CASCADE,
  key      text NOT NULL,
  owner    text NOT NULL CHECK (owner IN ('gp', 'nav', 'employer', 'patient')),
  due_on   date NOT NULL,
  PRIMARY KEY (case_id, key)
);
CREATE INDEX case_deadline_key_idx ON case_deadline (key, due_on);

-- The office work list: open cases of one office, most urgent first.
CREATE INDEX sick_case_office_urgency_idx ON sick_case (nav_office_id, next_due_on, id)
  WHERE status IN ('active', 'graded', 'pending');
CREATE INDEX sick_case_stale_idx ON sick_case (deadlines_as_of)
  WHERE status IN ('active', 'graded', 'pending', 'fit_for_job_placement');
-- The GP list: cases with a note by this GP.
CREATE INDEX sick_note_issuer_case_idx ON sick_note (issuer_person_id, case_id);

-- A list read is one audit entry. Who the list showed is kept once per distinct answer (a cached
-- page read by twenty advisers names the same people), and the entry refers to it; the innsyn
-- page finds the person through either.
CREATE TABLE audit_subject_set (
  id           bigserial PRIMARY KEY,
  citizen_ids  uuid[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_subject_set_citizens_idx ON audit_subject_set USING gin (citizen_ids);
CREATE TRIGGER audit_subject_set_no_update BEFORE UPDATE OR DELETE ON audit_subject_set
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_subject_set_no_truncate BEFORE TRUNCATE ON audit_subject_set
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

ALTER TABLE audit_log ADD COLUMN subject_set_id bigint REFERENCES audit_subject_set (id);
CREATE INDEX audit_log_subject_set_idx ON audit_log (subject_set_id) WHERE subject_set_id IS NOT NULL;
