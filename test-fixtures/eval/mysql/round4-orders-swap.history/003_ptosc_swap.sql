-- The same change done the pt-online-schema-change way: triggers keep the copy in sync,
-- chunked copy, atomic rename.
-- verdict: safe
CREATE TABLE _order_notes_new LIKE order_notes;

-- verdict: safe
ALTER TABLE _order_notes_new MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT, ADD COLUMN author_id INT NULL;

-- verdict: safe
CREATE TRIGGER pt_osc_order_notes_ins AFTER INSERT ON order_notes FOR EACH ROW
    REPLACE INTO _order_notes_new (id, order_id, body) VALUES (NEW.id, NEW.order_id, NEW.body);

-- verdict: safe
CREATE TRIGGER pt_osc_order_notes_upd AFTER UPDATE ON order_notes FOR EACH ROW
    REPLACE INTO _order_notes_new (id, order_id, body) VALUES (NEW.id, NEW.order_id, NEW.body);

-- verdict: safe
CREATE TRIGGER pt_osc_order_notes_del AFTER DELETE ON order_notes FOR EACH ROW
    DELETE IGNORE FROM _order_notes_new WHERE id = OLD.id;

-- verdict: safe
INSERT LOW_PRIORITY IGNORE INTO _order_notes_new (id, order_id, body)
    SELECT id, order_id, body FROM order_notes WHERE id BETWEEN 1 AND 10000 LOCK IN SHARE MODE;

-- verdict: safe
INSERT LOW_PRIORITY IGNORE INTO _order_notes_new (id, order_id, body)
    SELECT id, order_id, body FROM order_notes WHERE id BETWEEN 10001 AND 20000 LOCK IN SHARE MODE;

-- verdict: safe
RENAME TABLE order_notes TO _order_notes_old, _order_notes_new TO order_notes;

-- verdict: safe
DROP TRIGGER IF EXISTS pt_osc_order_notes_ins;

-- verdict: safe
DROP TRIGGER IF EXISTS pt_osc_order_notes_upd;

-- verdict: safe
DROP TRIGGER IF EXISTS pt_osc_order_notes_del;

-- verdict: hazard data-loss
DROP TABLE IF EXISTS _order_notes_old;
