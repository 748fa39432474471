-- verdict: hazard breaks-running-app
ALTER TABLE notes RENAME COLUMN body TO content;

-- verdict: hazard data-loss
ALTER TABLE notes DROP COLUMN color;

-- verdict: safe
CREATE TRIGGER IF NOT EXISTS notes_touch_updated_at
AFTER UPDATE OF content ON notes
FOR EACH ROW
BEGIN
    UPDATE notes SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

-- verdict: safe
CREATE VIEW IF NOT EXISTS pinned_notes AS
    SELECT id, notebook_id, content FROM notes WHERE pinned = 1 AND archived = 0;
