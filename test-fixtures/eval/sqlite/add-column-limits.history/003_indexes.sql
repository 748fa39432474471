-- verdict: safe
CREATE INDEX IF NOT EXISTS notes_folder_idx ON notes (folder_id);

-- verdict: safe
DROP INDEX IF EXISTS notes_folder_idx;
