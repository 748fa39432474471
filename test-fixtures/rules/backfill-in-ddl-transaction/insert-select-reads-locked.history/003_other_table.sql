-- A lock on cats, then a full read of items into a new table: cats stays blocked during the read.
-- expect: lock-held-during-later-work
LOCK TABLE cats IN ACCESS EXCLUSIVE MODE;
CREATE TABLE items_copy2 (id bigint, name text);
-- expect: statements-after-exclusive-lock
INSERT INTO items_copy2 SELECT id, name FROM items;
