-- A case forwarded to a hospital department or a municipality carries a reply deadline; when it
-- passes unanswered, the body's leader and secretary are told once (forward_reminded_at).
ALTER TABLE forum_submission ADD COLUMN forward_reminded_at timestamptz;
CREATE INDEX forum_submission_forward_due_idx ON forum_submission (forward_due_on)
  WHERE status = 'forwarded' AND forward_reminded_at IS NULL;
