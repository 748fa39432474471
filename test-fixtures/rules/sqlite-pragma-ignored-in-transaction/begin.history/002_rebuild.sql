-- outside a transaction: it takes effect
PRAGMA foreign_keys = OFF;
BEGIN;
-- expect: sqlite-pragma-ignored-in-transaction
PRAGMA foreign_keys = OFF;
-- expect: sqlite-pragma-ignored-in-transaction
PRAGMA foreign_keys=0;
-- turning them on, or reading them, is not this rule's case
PRAGMA foreign_keys = ON;
PRAGMA foreign_keys;
CREATE TABLE notebooks_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
INSERT INTO notebooks_new SELECT id, coalesce(title, '') FROM notebooks;
DROP TABLE notebooks;
ALTER TABLE notebooks_new RENAME TO notebooks;
COMMIT;
PRAGMA foreign_keys = ON;
