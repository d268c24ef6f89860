-- Received and sent documents (MsgHead XML, a few KB to megabytes) and attachments are compressed
-- with lz4 where the server has it: several times cheaper than the default pglz for the same
-- saving on XML, and it gives up quickly on what is compressed already (PDF, JPEG, PNG). The
-- message import writes one document per message, so this is on its hot path. A server without
-- lz4 (the embedded database) keeps pglz.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE interop_message ALTER COLUMN document SET COMPRESSION lz4;
    ALTER TABLE dialogue_attachment ALTER COLUMN content SET COMPRESSION lz4;
  END IF;
END $$;
