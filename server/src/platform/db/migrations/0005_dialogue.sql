-- Dialogue between NAV and GPs: requests (L8/L40), answers, notes, receipts, reminders.
-- Kinds and codes follow the national code lists (domain.md §3), so the national messages can
-- carry the same content later: request 8129/1, reminder 8129/2, answer 9069/5,
-- note NAV → GP 8127/x, note GP → NAV 8128/x.

-- Tariffs (takster): code, text, amount, valid from (domain.md §4). The amount is set by an
-- administrator; null means "not set here", never zero.
CREATE TABLE tariff (
  code        text NOT NULL,
  valid_from  date NOT NULL,
  text_nb     text NOT NULL,
  text_en     text NOT NULL,
  amount_nok  numeric(10, 2),
  PRIMARY KEY (code, valid_from)
);
INSERT INTO tariff (code, valid_from, text_nb, text_en) VALUES
  ('L1', '2024-07-01', 'Sykmelding', 'Sick note'),
  ('L4', '2024-07-01', 'Sykmelding ved 7, 17 og 39 uker (utvidede spørsmål)', 'Sick note passing weeks 7, 17 or 39 (extended questions)'),
  ('L8', '2024-07-01', 'Tilleggsopplysninger på NAVs fritekstforespørsel', 'Additional information on NAV''s free-text request'),
  ('L40', '2024-07-01', 'Legeerklæring om arbeidsuførhet (NAV 08-07.08), bestilt av NAV', 'Medical declaration of work incapacity (NAV 08-07.08), ordered by NAV');

-- One thread about one person between one GP and one NAV office.
CREATE TABLE conversation (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id        uuid NOT NULL REFERENCES citizen (id),
  case_id           uuid REFERENCES sick_case (id),
  nav_office_id     uuid NOT NULL REFERENCES organisation (id),
  gp_person_id      uuid NOT NULL REFERENCES person (id),
  gp_office_id      uuid REFERENCES organisation (id),
  assigned_user_id  uuid REFERENCES app_user (id),
  subject           text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  started_by        text NOT NULL CHECK (started_by IN ('nav', 'gp')),
  -- The request that opened the thread, if one did: the inbox shows its kind and tariff.
  request_kind      text CHECK (request_kind IN ('L8', 'L40')),
  -- What the inboxes sort and filter on, kept current by every message in the same transaction:
  -- who owes the next answer, by when, and when anything last happened.
  awaiting          text CHECK (awaiting IN ('nav', 'gp')),
  next_due_at       timestamptz,
  last_message_at   timestamptz NOT NULL,
  gp_unread         boolean NOT NULL DEFAULT false,
  nav_unread        boolean NOT NULL DEFAULT false,
  search_text       text NOT NULL DEFAULT '',
  search_vector     tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
  created_at        timestamptz NOT NULL
);
CREATE INDEX conversation_gp_due_idx ON conversation (gp_person_id, next_due_at) WHERE awaiting = 'gp';
CREATE INDEX conversation_gp_recent_idx ON conversation (gp_person_id, last_message_at DESC);
CREATE INDEX conversation_office_due_idx ON conversation (nav_office_id, next_due_at) WHERE awaiting = 'nav';
CREATE INDEX conversation_office_recent_idx ON conversation (nav_office_id, last_message_at DESC);
CREATE INDEX conversation_assigned_idx ON conversation (assigned_user_id, last_message_at DESC);
CREATE INDEX conversation_citizen_idx ON conversation (citizen_id);
CREATE INDEX conversation_case_idx ON conversation (case_id);
CREATE INDEX conversation_search_idx ON conversation USING gin (search_vector);

CREATE TABLE dialogue_message (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id     uuid NOT NULL REFERENCES conversation (id),
  parent_id           uuid REFERENCES dialogue_message (id),
  kind                text NOT NULL CHECK (kind IN ('request', 'reminder', 'answer', 'note')),
  code_system         integer NOT NULL CHECK (code_system IN (8127, 8128, 8129, 9069)),
  code                integer NOT NULL,
  sender_side         text NOT NULL CHECK (sender_side IN ('nav', 'gp', 'system')),
  sender_user_id      uuid REFERENCES app_user (id),
  sender_name         text,
  sender_org_name     text,
  -- Who it went to when sent: the GP, or the NAV office and the adviser it was routed to.
  recipient_org_id    uuid REFERENCES organisation (id),
  recipient_person_id uuid REFERENCES person (id),
  recipient_user_id   uuid REFERENCES app_user (id),
  body                text NOT NULL DEFAULT '',
  -- Requests (and GP messages that expect an answer): deadline and state.
  request_kind        text CHECK (request_kind IN ('L8', 'L40')),
  tariff_code         text,
  legal_basis         text,
  due_on              date,
  due_at              timestamptz,
  status              text NOT NULL DEFAULT 'sent'
                      CHECK (status IN ('sent', 'read', 'answered', 'reminded', 'overdue', 'withdrawn')),
  expects_answer      boolean NOT NULL DEFAULT false,
  reminded_at         timestamptz,
  escalated_at        timestamptz,
  answered_at         timestamptz,
  answer_id           uuid REFERENCES dialogue_message (id),
  withdrawn_at        timestamptz,
  -- Receipts: delivered (stored in the recipient's inbox), read (first opened by a named person).
  delivered_at        timestamptz NOT NULL,
  read_at             timestamptz,
  read_by_user_id     uuid REFERENCES app_user (id),
  read_by_name        text,
  idempotency_key     text,
  payload_hash        text,
  created_at          timestamptz NOT NULL
);
CREATE INDEX dialogue_message_conversation_idx ON dialogue_message (conversation_id, created_at);
CREATE UNIQUE INDEX dialogue_message_idempotency_idx ON dialogue_message (sender_user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- The reminder job's work: unanswered messages that expect an answer, by deadline.
CREATE INDEX dialogue_message_due_idx ON dialogue_message (due_at)
  WHERE expects_answer AND answered_at IS NULL AND withdrawn_at IS NULL;

CREATE TABLE request_question (
  message_id  uuid NOT NULL REFERENCES dialogue_message (id),
  position    smallint NOT NULL,
  text        text NOT NULL,
  is_open     boolean NOT NULL DEFAULT false,
  PRIMARY KEY (message_id, position)
);

CREATE TABLE answer_item (
  message_id  uuid NOT NULL REFERENCES dialogue_message (id),
  position    smallint NOT NULL,
  text        text NOT NULL,
  PRIMARY KEY (message_id, position)
);

-- The GP's unfinished answer: saved as they go, removed when the answer is sent.
CREATE TABLE answer_draft (
  request_id  uuid NOT NULL REFERENCES dialogue_message (id),
  user_id     uuid NOT NULL REFERENCES app_user (id),
  answers     jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (request_id, user_id)
);

-- Attachments are uploaded first (kept with the draft), then bound to the message that sends them.
CREATE TABLE dialogue_attachment (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversation (id),
  message_id     uuid REFERENCES dialogue_message (id),
  uploaded_by    uuid NOT NULL REFERENCES app_user (id),
  filename       text NOT NULL,
  media_type     text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  category       text NOT NULL DEFAULT 'document' CHECK (category IN ('document', 'discharge_summary', 'journal')),
  size_bytes     integer NOT NULL,
  sha256         text NOT NULL,
  content        bytea NOT NULL,
  created_at     timestamptz NOT NULL
);
CREATE INDEX dialogue_attachment_message_idx ON dialogue_attachment (message_id);
CREATE INDEX dialogue_attachment_draft_idx ON dialogue_attachment (conversation_id, uploaded_by) WHERE message_id IS NULL;

-- Tasks now also come from messages ("no answer"): a task may name the message it is about.
ALTER TABLE case_task ADD COLUMN message_id uuid REFERENCES dialogue_message (id);
