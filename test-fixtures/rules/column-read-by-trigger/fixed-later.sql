-- fixture: --select column-read-by-trigger,column-no-longer-exists --dialect postgres
CREATE TABLE items (id bigint PRIMARY KEY, note text, price numeric, code text, legacy text);
CREATE TABLE other (id bigint PRIMARY KEY, note text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.note := coalesce(NEW."note", '');
  IF OLD.price IS DISTINCT FROM NEW.price THEN NEW.code := upper(NEW.code); END IF;
  RETURN NEW;
END $$;
CREATE FUNCTION audit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO other VALUES (OLD.id, OLD.legacy);
  RETURN OLD;
END $$;
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER items_audit AFTER DELETE ON items FOR EACH ROW EXECUTE FUNCTION audit_delete();
CREATE TRIGGER other_touch BEFORE UPDATE ON other FOR EACH ROW EXECUTE FUNCTION touch();

-- Replacing the function or dropping the trigger later in the same file, before any write, is harmless; a write in
-- between fails.
ALTER TABLE items DROP COLUMN note;
-- expect: column-no-longer-exists
UPDATE items SET price = 2 WHERE id = 1;
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
UPDATE items SET price = 3 WHERE id = 1;
ALTER TABLE items DROP COLUMN legacy;
DROP TRIGGER items_audit ON items;
DELETE FROM items WHERE id = 7;

CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.label := upper(NEW.label); RETURN NEW; END$$;
CREATE TABLE tags (id bigint PRIMARY KEY, label text, slug text);
CREATE TRIGGER tags_stamp BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE tags DROP COLUMN label;
CREATE OR REPLACE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.slug := lower(NEW.slug); RETURN NEW; END$$;
UPDATE tags SET slug = 'x' WHERE id = 1;
