-- A team's short update to the GP (issue 8) also goes to the GP's record system as a national
-- Dialogmelding (a note, 7322/6 "Henvendelse om pasient"), ordered in the same transaction as the
-- update. Such a document has no dialogue message or conversation behind it, only the update.
ALTER TABLE interop_message ADD COLUMN team_gp_update_id uuid REFERENCES team_gp_update (id);
CREATE UNIQUE INDEX interop_message_out_team_update_idx ON interop_message (team_gp_update_id) WHERE direction = 'out';
