-- fixture: --select set-not-null-without-check
CREATE TABLE tags (id bigserial PRIMARY KEY, name text);
ALTER TABLE tags ALTER COLUMN name SET NOT NULL;
