-- Registration facts kept on each course for evaluation (issue 8, point 6): sessions held, the
-- first held or booked session, goals set and reached. The database keeps them in step with
-- team_session and team_goal (statement triggers, so a bulk insert refreshes each course once),
-- whichever code writes those rows. Evaluation then reads one row per referral and course instead
-- of every session and goal: over 20,000 courses that is the difference between the target
-- (p95 < 300 ms) and several times it.

ALTER TABLE team_course ADD COLUMN sessions_held integer NOT NULL DEFAULT 0;
ALTER TABLE team_course ADD COLUMN first_session_at timestamptz;
ALTER TABLE team_course ADD COLUMN goals_set integer NOT NULL DEFAULT 0;
ALTER TABLE team_course ADD COLUMN goals_reached integer NOT NULL DEFAULT 0;

CREATE FUNCTION team_course_refresh_session_facts(courses uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE team_course c
     SET sessions_held = f.held, first_session_at = f.first_at
    FROM (SELECT k.id,
                 count(s.id) FILTER (WHERE s.status = 'held')::int AS held,
                 min(s.starts_at) FILTER (WHERE s.status IN ('held', 'booked')) AS first_at
            FROM unnest(courses) AS k(id)
            LEFT JOIN team_session s ON s.course_id = k.id
           GROUP BY k.id) f
   WHERE c.id = f.id;
$$;

CREATE FUNCTION team_course_refresh_goal_facts(courses uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE team_course c
     SET goals_set = f.total, goals_reached = f.reached
    FROM (SELECT k.id,
                 count(g.id)::int AS total,
                 count(g.id) FILTER (WHERE g.status = 'reached')::int AS reached
            FROM unnest(courses) AS k(id)
            LEFT JOIN team_goal g ON g.course_id = k.id
           GROUP BY k.id) f
   WHERE c.id = f.id;
$$;

-- One function per table; the transition tables hold the rows a statement touched.
CREATE FUNCTION team_session_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM team_course_refresh_session_facts(ARRAY(SELECT DISTINCT course_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM team_course_refresh_session_facts(ARRAY(SELECT course_id FROM new_rows UNION SELECT course_id FROM old_rows));
  ELSE
    PERFORM team_course_refresh_session_facts(ARRAY(SELECT DISTINCT course_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION team_goal_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM team_course_refresh_goal_facts(ARRAY(SELECT DISTINCT course_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM team_course_refresh_goal_facts(ARRAY(SELECT course_id FROM new_rows UNION SELECT course_id FROM old_rows));
  ELSE
    PERFORM team_course_refresh_goal_facts(ARRAY(SELECT DISTINCT course_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER team_session_facts_insert AFTER INSERT ON team_session
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_session_facts_changed();
CREATE TRIGGER team_session_facts_update AFTER UPDATE ON team_session
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_session_facts_changed();
CREATE TRIGGER team_session_facts_delete AFTER DELETE ON team_session
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION team_session_facts_changed();

CREATE TRIGGER team_goal_facts_insert AFTER INSERT ON team_goal
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_goal_facts_changed();
CREATE TRIGGER team_goal_facts_update AFTER UPDATE ON team_goal
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION team_goal_facts_changed();
CREATE TRIGGER team_goal_facts_delete AFTER DELETE ON team_goal
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION team_goal_facts_changed();

-- Courses written before this migration.
SELECT team_course_refresh_session_facts(ARRAY(SELECT id FROM team_course));
SELECT team_course_refresh_goal_facts(ARRAY(SELECT id FROM team_course));
