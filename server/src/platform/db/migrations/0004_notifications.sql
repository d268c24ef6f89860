-- Notifications in the platform and by e-mail.
--
-- A notification is written in the transaction of the change it describes, so it exists if and
-- only if that change committed. Its texts are short and carry no health data; the e-mails carry
-- even less (a generic sentence per event and a link), because e-mail leaves the platform.
-- Event names are not checked here: the catalogue lives in code (platform/notify/preferences.ts)
-- and grows with the modules, without a migration per new event.

CREATE TABLE notification (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES app_user (id),
  event       text NOT NULL CHECK (event ~ '^[a-z_]{1,60}$'),
  title_nb    text NOT NULL CHECK (length(title_nb) BETWEEN 1 AND 200),
  title_en    text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  body_nb     text NOT NULL CHECK (length(body_nb) <= 1000),
  body_en     text NOT NULL CHECK (length(body_en) <= 1000),
  -- A path inside the app, never a full address: nobody can make a notification point elsewhere.
  link        text NOT NULL CHECK (link ~ '^/[^/\\]' OR link = '/'),
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
-- The list, newest first, and the unread count, which the header asks for every minute.
CREATE INDEX notification_user_created_idx ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

-- The events a user has chosen for; any other event follows the default in code.
CREATE TABLE notification_preference (
  user_id     uuid NOT NULL REFERENCES app_user (id),
  event       text NOT NULL CHECK (event ~ '^[a-z_]{1,60}$'),
  in_app      boolean NOT NULL,
  email       boolean NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (user_id, event)
);

-- Transactional outbox: rows are written with the notification and sent afterwards by a worker
-- that claims them with FOR UPDATE SKIP LOCKED, so several app servers send each e-mail once.
-- notification_id is null when the user wants the e-mail but not the in-app notification.
CREATE TABLE email_outbox (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  notification_id  uuid REFERENCES notification (id),
  to_address       text NOT NULL CHECK (to_address ~ '^[^@\s]+@[^@\s]+$'),
  subject          text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  body_text        text NOT NULL CHECK (length(body_text) <= 4000),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  sent_at          timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX email_outbox_notification_idx ON email_outbox (notification_id);
