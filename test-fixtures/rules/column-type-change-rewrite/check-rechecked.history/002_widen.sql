ALTER TABLE accounts ADD CONSTRAINT note_len CHECK (char_length(note) > 1) NOT VALID;

-- A binary-coercible change still drops and re-adds the CHECK constraints that read the column, and a re-added
-- CHECK is validated over every row under the ALTER's ACCESS EXCLUSIVE lock (PostgreSQL re-checks it).
-- expect: column-type-change-rewrite
ALTER TABLE accounts ALTER COLUMN amount TYPE numeric(14, 2);

-- expect: column-type-change-rewrite
ALTER TABLE accounts ALTER COLUMN code TYPE text;

-- No CHECK reads memo, and note's CHECK is NOT VALID (not re-checked): catalog-only changes.
ALTER TABLE accounts ALTER COLUMN memo TYPE text;
ALTER TABLE accounts ALTER COLUMN note TYPE text;
