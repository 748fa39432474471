-- A WHERE that only pairs each row with its partner in the FROM / USING table narrows nothing.
-- expect: update-without-where
UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id;

-- expect: update-without-where
UPDATE items i SET note = c.title FROM cats AS c WHERE i.cat_id = c.id AND TRUE;

-- expect: delete-without-where
DELETE FROM items USING cats c WHERE c.id = items.cat_id;

-- These narrow, or may: a key of the target, a condition on the joined table, a table the foreign key does not
-- reference (only rows with a partner there), a column compared with itself (not a join).
UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id AND items.id = 3;
DELETE FROM items USING cats c WHERE c.id = items.cat_id AND c.title LIKE 'old%';
CREATE TABLE archive (id bigint PRIMARY KEY, title text);
UPDATE items SET note = a.title FROM archive a WHERE a.id = items.cat_id;
UPDATE items SET note = 'x' WHERE items.note = items.note AND items.id < 100;
