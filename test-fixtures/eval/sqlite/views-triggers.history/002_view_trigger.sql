-- verdict: safe
CREATE VIEW IF NOT EXISTS item_names AS SELECT id, name FROM items;

-- verdict: safe
CREATE TRIGGER IF NOT EXISTS items_touch AFTER UPDATE ON items
BEGIN
    UPDATE items SET updated_at = datetime('now') WHERE id = NEW.id;
END;

-- verdict: safe
INSERT OR IGNORE INTO items (id, name) VALUES (100, 'seed');

-- verdict: safe
UPDATE items SET name = 'renamed' WHERE id = 100;

-- verdict: safe
DROP VIEW IF EXISTS item_names;

-- verdict: safe
CREATE INDEX items_name_idx ON items (name);
