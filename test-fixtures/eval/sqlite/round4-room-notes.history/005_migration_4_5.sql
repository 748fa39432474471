-- verdict: safe
DROP INDEX IF EXISTS `index_notes_pinned`;

-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_pinned_created` ON `notes` (`pinned`, `created_at`);

-- verdict: safe
CREATE TRIGGER IF NOT EXISTS `notes_count_insert` AFTER INSERT ON `notes` BEGIN UPDATE folders SET note_count = note_count + 1 WHERE id = NEW.folder_id; END;

-- verdict: safe
CREATE TRIGGER IF NOT EXISTS `notes_count_delete` AFTER DELETE ON `notes` BEGIN UPDATE folders SET note_count = note_count - 1 WHERE id = OLD.folder_id; END;

-- verdict: safe
UPDATE folders SET note_count = (SELECT count(*) FROM notes WHERE notes.folder_id = folders.id) WHERE id IN (SELECT DISTINCT folder_id FROM notes);

-- verdict: hazard data-loss
ALTER TABLE `notes` DROP COLUMN `color`;

-- verdict: safe
ANALYZE;

-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, 'c0ffee00112233445566778899aabbcc');
