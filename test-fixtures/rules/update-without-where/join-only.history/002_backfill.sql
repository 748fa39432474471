-- A WHERE that only pairs each row with its partner in the FROM / USING table narrows nothing.
-- expect: update-without-where
UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id;

-- expect: update-without-where
UPDATE items i SET note = c.title FROM cats AS c WHERE i.cat_id = c.id AND TRUE;

-- A WHERE that only pairs rows with rows of another table that already holds rows, with no condition on either side:
-- every row with a partner there, the way a backfill from another table is written.
-- expect: update-without-where
UPDATE items SET note = l.title FROM legacy_items l WHERE l.id = items.id;

-- expect: delete-without-where
DELETE FROM items i USING legacy_items l WHERE i.id = l.id;

-- These narrow, or may: a key of the target, a condition on the joined table, a joined table created here (it holds
-- only what this migration put in it), a column compared with itself (not a join), a joined subquery or CTE with its own
-- WHERE.
UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id AND items.id = 3;
DELETE FROM items USING cats c WHERE c.id = items.cat_id AND c.title LIKE 'old%';
CREATE TABLE archive (id bigint PRIMARY KEY, title text);
UPDATE items SET note = a.title FROM archive a WHERE a.id = items.cat_id;
UPDATE items SET note = 'x' WHERE items.note = items.note AND items.id < 100;
UPDATE items SET note = l.title FROM legacy_items l WHERE l.id = items.id AND l.title LIKE 'old%';
UPDATE items SET note = l.title FROM (SELECT id, title FROM legacy_items WHERE id < 10) l WHERE l.id = items.id;
WITH marked AS (SELECT id, title FROM legacy_items WHERE title LIKE 'old%')
UPDATE items SET note = m.title FROM marked m WHERE m.id = items.id;

-- Last, since it empties items (every row has its cat): what follows would no longer touch rows.
-- expect: delete-without-where
DELETE FROM items USING cats c WHERE c.id = items.cat_id;
