-- The participant's work status now, on the same scale as at start and closure (issue 8, report
-- 003). Moving into work during the course is a meaningful change the GP is told about, so the
-- current status must be kept between the start and the closure; null until first changed (the
-- start status holds until then).
ALTER TABLE team_course ADD COLUMN work_status_current text
  CHECK (work_status_current IN ('working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other'));
ALTER TABLE team_course ADD COLUMN work_status_changed_at timestamptz;
