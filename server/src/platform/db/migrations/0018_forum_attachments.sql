-- Attachments on forum submissions (issue 9): a screenshot of a routine, the agreement as PDF …
-- Stored in the database, in the same transaction as the submission (or added by the submitter
-- while the case is still 'received'). The type is decided by the content before storing (PDF,
-- PNG, JPEG, plain text, DOCX, ODT); media_type is what the file is served with (text keeps its
-- charset). text_check says how much of the text the personal-identifier check could read:
-- 'full' (plain text, DOCX, ODT), 'partial' (PDF: metadata and simple-font text), 'none' (pictures).
-- Depends on 0014 (forum_submission) and 0001 (app_user) only.
CREATE TABLE forum_submission_attachment (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Upload order: files added in one request share their time.
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  submission_id  uuid NOT NULL REFERENCES forum_submission (id),
  filename       text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  media_type     text NOT NULL CHECK (split_part(media_type, ';', 1) IN (
                   'application/pdf', 'image/png', 'image/jpeg', 'text/plain',
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                   'application/vnd.oasis.opendocument.text')),
  size_bytes     integer NOT NULL CHECK (size_bytes > 0),
  sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  text_check     text NOT NULL CHECK (text_check IN ('full', 'partial', 'none')),
  content        bytea NOT NULL,
  uploaded_by    uuid REFERENCES app_user (id),
  created_at     timestamptz NOT NULL
);
CREATE INDEX forum_submission_attachment_submission_idx ON forum_submission_attachment (submission_id, seq);
