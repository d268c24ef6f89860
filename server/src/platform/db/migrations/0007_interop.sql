-- National message exchange: MsgHead 1.2 + Dialogmelding 1.0 documents in and out, AppRec receipts.

-- A health professional's own address in the address register (HER-id), used in messages.
ALTER TABLE person ADD COLUMN her_id integer UNIQUE CHECK (her_id > 0);

-- An office whose electronic address was refused ("recipient does not exist", E21) needs a look.
ALTER TABLE organisation ADD COLUMN address_attention_at timestamptz;
ALTER TABLE organisation ADD COLUMN address_attention_reason text;

-- A GP's record system sends messages without a platform user behind them.
ALTER TABLE dialogue_attachment ALTER COLUMN uploaded_by DROP NOT NULL;

-- Replies to meeting invitations (8126) arrive before the meetings module exists and are kept as
-- notes in the thread; invitations (8125) will be sent from it.
ALTER TABLE dialogue_message DROP CONSTRAINT dialogue_message_code_system_check;
ALTER TABLE dialogue_message ADD CONSTRAINT dialogue_message_code_system_check
  CHECK (code_system IN (8125, 8126, 8127, 8128, 8129, 9069));

-- Every national message in and out, with the document as it travelled and its receipt.
CREATE TABLE interop_message (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  direction            text NOT NULL CHECK (direction IN ('in', 'out')),
  -- MsgHead MsgId. Outbound it is the dialogue message's id; inbound whatever the sender chose.
  msg_id               text,
  msg_type             text,
  code_system          integer,
  code                 integer,
  conversation_ref     text,
  parent_ref           text,
  -- Outbound: ordered (the platform owes the document) → sent (handed to the transport) →
  -- ok | rejected (the receiver's AppRec); failed = could not be produced or addressed.
  -- Inbound: stored | rejected (what our AppRec said).
  status               text NOT NULL CHECK (status IN ('ordered', 'sent', 'ok', 'rejected', 'failed', 'stored')),
  dialogue_message_id  uuid REFERENCES dialogue_message (id),
  conversation_id      uuid REFERENCES conversation (id),
  citizen_id           uuid REFERENCES citizen (id),
  -- The other side's office: the GP office an outbound message goes to, or an inbound one came from.
  counterpart_org_id   uuid REFERENCES organisation (id),
  transport            text CHECK (transport IN ('http', 'folder', 'cli')),
  envelope             text CHECK (envelope IN ('bare', 'fellesformat')),
  document             bytea,
  size_bytes           integer,
  sha256               text,
  -- Deviations from the schemas that real record systems send and NAV accepts (kept, not fatal).
  schema_warnings      jsonb NOT NULL DEFAULT '[]',
  -- 8221 errors: ours for a rejected inbound message, the receiver's for a rejected outbound one.
  errors               jsonb NOT NULL DEFAULT '[]',
  apprec_id            text,
  apprec               text,
  attempts             integer NOT NULL DEFAULT 0,
  created_at           timestamptz NOT NULL,
  sent_at              timestamptz,
  acknowledged_at      timestamptz
);
-- The same MsgId received twice is one message with one receipt; references are found by MsgId.
CREATE UNIQUE INDEX interop_message_msg_id_idx ON interop_message (msg_id, direction);
CREATE UNIQUE INDEX interop_message_out_dialogue_idx ON interop_message (dialogue_message_id) WHERE direction = 'out';
CREATE INDEX interop_message_conversation_idx ON interop_message (conversation_id, created_at);
CREATE INDEX interop_message_ordered_idx ON interop_message (created_at) WHERE status = 'ordered';
CREATE INDEX interop_message_recent_idx ON interop_message (created_at DESC);

-- Every message the platform sends a GP is also owed as a national document: ordered in the
-- same transaction as the message itself, so none is forgotten; a worker produces and sends it.
CREATE FUNCTION interop_order_outbound() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sender_side IN ('nav', 'system') AND NEW.code_system IN (8125, 8127, 8129) THEN
    INSERT INTO interop_message (direction, msg_id, msg_type, code_system, code, status,
                                 dialogue_message_id, conversation_id, counterpart_org_id, created_at)
    VALUES ('out', NEW.id::text,
            CASE WHEN NEW.code_system = 8127 THEN 'DIALOG_NOTAT' ELSE 'DIALOG_FORESPORSEL' END,
            NEW.code_system, NEW.code, 'ordered', NEW.id, NEW.conversation_id, NEW.recipient_org_id,
            NEW.created_at);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER dialogue_message_interop_order AFTER INSERT ON dialogue_message
  FOR EACH ROW EXECUTE FUNCTION interop_order_outbound();
