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

-- NEW.note is read on INSERT and UPDATE.
-- expect: column-read-by-trigger
ALTER TABLE items DROP COLUMN note;
-- expect: column-no-longer-exists
UPDATE items SET price = 2 WHERE id = 1;
-- expect: column-no-longer-exists
INSERT INTO items (id, price) VALUES (5, 1);
-- the DELETE trigger reads only OLD.id and OLD.legacy
DELETE FROM items WHERE id = 5;

-- A rename leaves the function reading the old name; OLD.legacy is read on DELETE.
-- expect: column-read-by-trigger
ALTER TABLE items RENAME COLUMN legacy TO old_code;
-- expect: column-no-longer-exists
DELETE FROM items WHERE id = 6;

-- touch() compares OLD.price with NEW.price on UPDATE.
-- expect: column-read-by-trigger
ALTER TABLE items DROP COLUMN price;
-- A column of a table whose trigger reads other fields.
ALTER TABLE other DROP COLUMN id;
