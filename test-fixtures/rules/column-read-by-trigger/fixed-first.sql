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

-- Replacing the function first, or dropping the trigger first, is the fix.
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END $$;
ALTER TABLE items DROP COLUMN note;
UPDATE items SET price = 3 WHERE id = 1;
DROP TRIGGER items_audit ON items;
ALTER TABLE items DROP COLUMN legacy;
DELETE FROM items WHERE id = 7;
