-- verdict: safe
CREATE INDEX notes_pinned_idx ON notes (pinned) WHERE pinned = 1;
-- verdict: hazard rename-column
ALTER TABLE notebooks RENAME COLUMN title TO name;
-- verdict: safe
CREATE VIEW pinned_notes AS SELECT id, body FROM notes WHERE pinned = 1;
-- verdict: safe
UPDATE notebooks SET name = 'Inbox' WHERE id = 1;
-- verdict: hazard data-loss
DELETE FROM notes;
