-- The public recommendation list and the Atom feed read the newest 20–50 of thousands: the time of
-- the published version (and of a withdrawal) is kept on the recommendation itself, by the database,
-- so both are read from an index instead of joining and sorting every version. Triggers keep it
-- right whichever is written first (a publication sets the version's time, then published_version;
-- an external recommendation inserts the recommendation, then its version).

ALTER TABLE forum_recommendation ADD COLUMN published_at timestamptz;
ALTER TABLE forum_recommendation ADD COLUMN public_updated_at timestamptz GENERATED ALWAYS AS (greatest(published_at, withdrawn_at)) STORED;

CREATE FUNCTION forum_recommendation_take_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.published_version IS NULL THEN
    NEW.published_at := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW.published_version IS DISTINCT FROM OLD.published_version THEN
    NEW.published_at := (SELECT v.published_at FROM forum_recommendation_version v
                          WHERE v.recommendation_id = NEW.id AND v.version = NEW.published_version);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER forum_recommendation_published_at BEFORE INSERT OR UPDATE OF published_version ON forum_recommendation
  FOR EACH ROW EXECUTE FUNCTION forum_recommendation_take_published_at();

CREATE FUNCTION forum_recommendation_version_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forum_recommendation r SET published_at = n.published_at
    FROM new_rows n
   WHERE r.id = n.recommendation_id AND r.published_version = n.version
     AND r.published_at IS DISTINCT FROM n.published_at;
  RETURN NULL;
END $$;
CREATE TRIGGER forum_recommendation_version_published_insert AFTER INSERT ON forum_recommendation_version
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forum_recommendation_version_published();
CREATE TRIGGER forum_recommendation_version_published_update AFTER UPDATE ON forum_recommendation_version
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION forum_recommendation_version_published();

UPDATE forum_recommendation r SET published_at = v.published_at
  FROM forum_recommendation_version v
 WHERE v.recommendation_id = r.id AND v.version = r.published_version;

CREATE INDEX forum_recommendation_listed_idx ON forum_recommendation (published_at DESC, slug)
  WHERE published_version IS NOT NULL AND status <> 'withdrawn';
CREATE INDEX forum_recommendation_feed_idx ON forum_recommendation (public_updated_at DESC)
  WHERE published_version IS NOT NULL;
